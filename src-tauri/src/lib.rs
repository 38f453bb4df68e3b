//! Tauri shell (placeholder until the app issue lands).
