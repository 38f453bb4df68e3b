//! End-to-end encrypted sync engine: keys, outbox, pull and apply, sharing capabilities.
