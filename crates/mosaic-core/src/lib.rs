//! The portfolio model, Automerge document, SQLite store and the one API every front end calls.
