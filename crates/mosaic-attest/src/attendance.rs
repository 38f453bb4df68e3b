//! Module attendance computed from verified check-ins over a signed session list.
