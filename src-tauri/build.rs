//! Declares the app's own commands so capabilities can allow them one by one.

/// Every `#[tauri::command]` in `src/commands.rs` and `src/attest.rs`; keep in sync with `capabilities/default.json`.
const COMMANDS: &[&str] = &[
    "app_info",
    "lock_state",
    "unlock",
    "lock",
    "set_pin",
    "list_portfolios",
    "summary",
    "create_portfolio",
    "portfolio",
    "update_profile",
    "add_entry",
    "programme_templates",
    "start_programme",
    "edit_entry",
    "remove_entry",
    "history",
    "import_attachment",
    "attachment",
    "export_json",
    "import_json",
    "restore_backup",
    "backup",
    "erase_portfolio",
    "erase_everything",
    "render_cv",
    "cv_languages",
    "delete_export",
    "attach_to_certificate",
    "import_badge",
    "device_code",
    "organiser_info",
    "organiser_init",
    "events",
    "create_event",
    "event_code",
    "event_receipt",
    "event_register",
    "check_in",
    "attendance_sources",
    "entry_confirmations",
    "sync",
    "share_code",
    "join",
    "members",
    "revoke",
    "mentees",
    "comment",
    "confirm",
    "feedback",
    "mark_feedback_read",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}
