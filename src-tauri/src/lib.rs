//! Mosaic's Tauri 2 shell: opens the store in the platform's app data directory and
//! exposes the core API to the web UI as commands (see [`commands`]). No business logic.

pub mod attest;
pub mod commands;

use std::sync::Mutex;

use tauri::Manager;

/// Everything the commands share: the one store of this device.
pub struct AppState {
    /// The open store; while the app is locked, an empty in-memory stand-in, so a
    /// command that slips through reads nothing (the real store and its key are
    /// dropped on lock).
    pub mosaic: Mutex<mosaic_core::Mosaic>,
    /// Whether the store is closed behind the lock screen (a PIN opens it).
    pub locked: std::sync::atomic::AtomicBool,
    pub data_dir: std::path::PathBuf,
    /// Serialises the sync engine's own operations (sync, share, join, revoke, erase): a
    /// sync keeps its progress in memory between relay requests. Always taken before
    /// `mosaic`; edits take only `mosaic`, and a sync holds that only between requests.
    pub sync_lock: Mutex<()>,
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            mosaic_core::fsutil::private_dir(&data_dir)?;
            // A store behind a PIN stays closed until the lock screen's `unlock`.
            let (mosaic, locked) = match mosaic_core::Mosaic::open(&data_dir) {
                Err(mosaic_core::Error::Locked(_)) => {
                    (mosaic_core::Mosaic::open_in_memory()?, true)
                }
                other => (other?, false),
            };
            app.manage(AppState {
                locked: std::sync::atomic::AtomicBool::new(locked),
                mosaic: Mutex::new(mosaic),
                data_dir,
                sync_lock: Mutex::new(()),
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::lock_state,
            commands::unlock,
            commands::lock,
            commands::set_pin,
            commands::list_portfolios,
            commands::summary,
            commands::create_portfolio,
            commands::portfolio,
            commands::update_profile,
            commands::add_entry,
            commands::programme_templates,
            commands::start_programme,
            commands::edit_entry,
            commands::remove_entry,
            commands::history,
            commands::import_attachment,
            commands::attachment,
            commands::export_json,
            commands::import_json,
            commands::restore_backup,
            commands::backup,
            commands::erase_portfolio,
            commands::erase_everything,
            commands::render_cv,
            commands::cv_languages,
            commands::delete_export,
            commands::save_export_as,
            commands::open_export,
            commands::attach_to_certificate,
            commands::attach_photo,
            commands::store_voice_note,
            commands::publish_testimonial,
            commands::withdraw_testimonial,
            commands::consents,
            commands::propose_goal,
            commands::goal_proposals,
            commands::accept_goal,
            commands::decline_goal,
            commands::assess_competence,
            commands::link_competence,
            commands::import_badge,
            commands::device_code,
            attest::organiser_info,
            attest::organiser_init,
            attest::events,
            attest::create_event,
            attest::event_code,
            attest::event_receipt,
            attest::event_register,
            attest::check_in,
            attest::attendance_sources,
            attest::entry_confirmations,
            commands::sync,
            commands::move_relay,
            commands::share_code,
            commands::set_shared_sections,
            commands::join,
            commands::members,
            commands::revoke,
            commands::mentees,
            commands::comment,
            commands::confirm,
            commands::feedback,
            commands::mark_feedback_read,
            commands::export_badge,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Mosaic could not start: {e}");
        std::process::exit(1);
    }
}
