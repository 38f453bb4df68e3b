//! The command layer: each command is a thin call onto [`mosaic_core::Mosaic`].
//! No command runs on the window's main thread (`async` commands, long work on blocking
//! threads), so a long sync or PDF never freezes the window. A sync locks the store only
//! between relay requests, so edits go on while it waits for the network.
//! Errors reach the UI as `{ kind, message }` so it can pick a translated text by
//! `kind` and still show the core's one-line `message` (which names the field).

use mosaic_core::{
    AttachmentRef, EntryId, HistoryEvent, Mosaic, Portfolio, PortfolioId, PortfolioSummary,
    Profile, Section,
};
use mosaic_cv::CvOptions;
use serde::Serialize;
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::{AppHandle, Manager, State};

use crate::AppState;

#[derive(Debug, Serialize)]
pub struct ApiError {
    /// `invalid`, `not_found`, `exists`, `import`, `attachment`, `unavailable`, `storage`,
    /// `cv` (the PDF could not be made), and for sync: `offline` (relay unreachable),
    /// `refused` (relay refused or access revoked), `code` (a share/device code is unusable),
    /// `sync` (anything else), `busy` (a background task failed to run); for check-in codes
    /// (`attest.rs`): `code` (damaged, forged or altered), `expired`, `future`, `other_event`.
    pub kind: &'static str,
    pub message: String,
}

impl From<mosaic_core::Error> for ApiError {
    fn from(e: mosaic_core::Error) -> Self {
        ApiError::from_core(&e)
    }
}

impl ApiError {
    pub(crate) fn from_core(e: &mosaic_core::Error) -> Self {
        use mosaic_core::Error as E;
        let kind = match e {
            E::Invalid(_) => "invalid",
            E::NoSuchPortfolio(_) | E::NoSuchEntry { .. } | E::NoSuchAttachment(_) => "not_found",
            E::DuplicateEntry(_) | E::PortfolioExists(_) => "exists",
            E::Import { .. } => "import",
            E::Attachment(_) => "attachment",
            _ => "storage",
        };
        ApiError {
            kind,
            message: e.to_string(),
        }
    }
}

impl From<mosaic_cv::CvError> for ApiError {
    fn from(e: mosaic_cv::CvError) -> Self {
        use mosaic_cv::CvError as E;
        let kind = match &e {
            E::UnknownLanguage { .. } | E::UnknownTemplate(_) | E::UnknownSection(_) => "invalid",
            E::UnsupportedPhoto => "attachment",
            _ => "cv",
        };
        ApiError {
            kind,
            message: e.to_string(),
        }
    }
}

impl From<mosaic_sync::Error> for ApiError {
    fn from(e: mosaic_sync::Error) -> Self {
        use mosaic_sync::Error as E;
        let kind = match &e {
            E::Unreachable(_) => "offline",
            E::Refused(_) | E::NoAccess => "refused",
            E::Code(_) | E::Crypto(_) => "code",
            E::Invalid(_) => "invalid",
            _ => "sync",
        };
        ApiError {
            kind,
            message: e.to_string(),
        }
    }
}

impl From<std::io::Error> for ApiError {
    fn from(e: std::io::Error) -> Self {
        ApiError {
            kind: "storage",
            message: e.to_string(),
        }
    }
}

fn bad_request(message: &str) -> ApiError {
    ApiError {
        kind: "invalid",
        message: message.into(),
    }
}

type Res<T> = Result<T, ApiError>;

/// Runs `f` on the store; a poisoned lock (a panic elsewhere) is still usable because
/// every core write is one SQLite transaction.
fn with<T>(
    state: &State<'_, AppState>,
    f: impl FnOnce(&mut Mosaic) -> mosaic_core::Result<T>,
) -> Res<T> {
    let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    Ok(f(&mut guard)?)
}

#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub version: &'static str,
    pub data_dir: String,
    pub device_id: String,
}

#[tauri::command(async)]
pub fn app_info(state: State<'_, AppState>) -> Res<AppInfo> {
    let device_id = with(&state, |m| Ok(m.device_id()))?;
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.data_dir.display().to_string(),
        device_id,
    })
}

#[tauri::command(async)]
pub fn list_portfolios(state: State<'_, AppState>) -> Res<Vec<PortfolioSummary>> {
    with(&state, |m| m.list_portfolios())
}

#[tauri::command(async)]
pub fn summary(state: State<'_, AppState>, id: PortfolioId) -> Res<PortfolioSummary> {
    with(&state, |m| m.summary(id))
}

#[tauri::command(async)]
pub fn create_portfolio(state: State<'_, AppState>, profile: Profile) -> Res<PortfolioId> {
    with(&state, |m| m.create_portfolio(profile))
}

#[tauri::command(async)]
pub fn portfolio(state: State<'_, AppState>, id: PortfolioId) -> Res<Portfolio> {
    with(&state, |m| m.portfolio(id))
}

#[tauri::command(async)]
pub fn update_profile(state: State<'_, AppState>, id: PortfolioId, profile: Profile) -> Res<()> {
    with(&state, |m| m.update_profile(id, profile))
}

#[tauri::command(async)]
pub fn add_entry(
    state: State<'_, AppState>,
    id: PortfolioId,
    section: Section,
    entry: serde_json::Value,
) -> Res<EntryId> {
    with(&state, |m| m.add_json(id, section, entry))
}

/// The programme templates Mosaic ships (I Belong, Stage 1 and 2...).
#[tauri::command(async)]
pub fn programme_templates() -> Vec<mosaic_core::ProgrammeTemplate> {
    mosaic_core::ProgrammeTemplate::builtin()
}

/// Starts a programme from a shipped template: modules, hours and rules set.
#[tauri::command(async)]
pub fn start_programme(
    state: State<'_, AppState>,
    id: PortfolioId,
    template: String,
) -> Res<EntryId> {
    with(&state, |m| {
        let t = mosaic_core::ProgrammeTemplate::find_builtin(&template)?;
        m.add(id, t.instantiate(uuid::Uuid::now_v7()))
    })
}

#[tauri::command(async)]
pub fn edit_entry(
    state: State<'_, AppState>,
    id: PortfolioId,
    section: Section,
    entry_id: EntryId,
    patch: serde_json::Value,
) -> Res<()> {
    with(&state, |m| m.edit_json(id, section, entry_id, patch))
}

#[tauri::command(async)]
pub fn remove_entry(
    state: State<'_, AppState>,
    id: PortfolioId,
    section: Section,
    entry_id: EntryId,
) -> Res<()> {
    with(&state, |m| m.remove(id, section, entry_id))
}

#[tauri::command(async)]
pub fn history(
    state: State<'_, AppState>,
    id: PortfolioId,
    entry_id: Option<EntryId>,
) -> Res<Vec<HistoryEvent>> {
    with(&state, |m| m.history(id, entry_id))
}

/// The raw request body and the URI-encoded `x-file-name` header of an upload.
fn upload<'a>(request: &'a Request<'_>) -> Res<(&'a [u8], Option<String>)> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("the file must be sent as raw bytes"));
    };
    let file_name = request
        .headers()
        .get("x-file-name")
        .and_then(|v| v.to_str().ok())
        .map(percent_decode);
    Ok((bytes, file_name))
}

/// A string header (`x-portfolio`, `x-entry`) of an upload, parsed.
fn header<T: std::str::FromStr>(request: &Request<'_>, name: &str) -> Res<T> {
    request
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| bad_request(&format!("missing or invalid {name} header")))
}

/// The file's bytes arrive as the raw request body (no JSON number arrays), its name
/// URI-encoded in the `x-file-name` header. The core (through `mosaic-media`) makes it
/// safe to store: orientation applied, metadata stripped, size bounded.
#[tauri::command(async)]
pub fn import_attachment(state: State<'_, AppState>, request: Request<'_>) -> Res<AttachmentRef> {
    let (bytes, file_name) = upload(&request)?;
    with(&state, |m| m.import_attachment(bytes, file_name.as_deref()))
}

/// Adds a file to an existing certificate in one step. Raw body as for
/// [`import_attachment`]; the portfolio and certificate ids in `x-portfolio` / `x-entry`.
#[tauri::command(async)]
pub fn attach_to_certificate(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Res<AttachmentRef> {
    let (bytes, file_name) = upload(&request)?;
    let id: PortfolioId = header(&request, "x-portfolio")?;
    let cert: EntryId = header(&request, "x-entry")?;
    with(&state, |m| {
        m.attach_to_certificate(id, cert, bytes, file_name.as_deref())
    })
}

/// Imports a baked Open Badge (PNG, raw body; portfolio id in `x-portfolio`) as a
/// certificate; its verification state says whether the proof could be checked.
#[tauri::command(async)]
pub fn import_badge(state: State<'_, AppState>, request: Request<'_>) -> Res<EntryId> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("the badge must be sent as raw bytes"));
    };
    let id: PortfolioId = header(&request, "x-portfolio")?;
    with(&state, |m| m.import_badge(id, bytes))
}

/// The stored bytes (or the thumbnail when asked and present), as a raw response.
#[tauri::command(async)]
pub fn attachment(state: State<'_, AppState>, sha256: String, thumbnail: bool) -> Res<Response> {
    let a = with(&state, |m| m.attachment(&sha256))?;
    let bytes = match (thumbnail, a.thumbnail) {
        (true, Some((_, thumb))) => thumb,
        _ => a.bytes,
    };
    Ok(Response::new(bytes))
}

#[tauri::command(async)]
pub fn export_json(state: State<'_, AppState>, id: PortfolioId) -> Res<String> {
    with(&state, |m| m.export_json(id))
}

#[tauri::command(async)]
pub fn import_json(state: State<'_, AppState>, json: String) -> Res<PortfolioId> {
    with(&state, |m| m.import_json(json.as_bytes()))
}

/// Restores a backup zip sent as the raw body. The UI reads the file the person picked (on
/// Android a picked file is a `content://` URI, not a path), so the bytes pass through a
/// private temporary file for the core's zip reader. A portfolio already on this device is
/// not replaced (`exists`); nothing changes if the file is not a valid backup.
#[tauri::command(async)]
pub fn restore_backup(state: State<'_, AppState>, request: Request<'_>) -> Res<PortfolioId> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("the backup must be sent as raw bytes"));
    };
    let tmp = state.data_dir.join("tmp");
    with(&state, |m| restore_from_bytes(m, &tmp, bytes))
}

/// [`restore_backup`] without Tauri: writes `bytes` to a file in `tmp`, restores it, removes it.
pub fn restore_from_bytes(
    mosaic: &mut Mosaic,
    tmp: &std::path::Path,
    bytes: &[u8],
) -> mosaic_core::Result<PortfolioId> {
    std::fs::create_dir_all(tmp)?;
    let path = tmp.join(format!("restore-{}.zip", uuid::Uuid::now_v7()));
    std::fs::write(&path, bytes)?;
    let restored = mosaic.restore(&path, false);
    // The copy is only a vehicle for the zip reader; a failed removal is left to the OS.
    let _ = std::fs::remove_file(&path);
    restored
}

#[derive(Debug, Serialize)]
pub struct Exported {
    pub json: String,
    pub backup: String,
}

/// Writes the portfolio as JSON and as a full backup zip into `<data dir>/exports`.
#[tauri::command(async)]
pub fn backup(state: State<'_, AppState>, id: PortfolioId) -> Res<Exported> {
    let dir = state.data_dir.join("exports");
    std::fs::create_dir_all(&dir)?;
    let json = dir.join(format!("mosaic-{id}.json"));
    let zip = dir.join(format!("mosaic-{id}.zip"));
    let text = with(&state, |m| m.export_json(id))?;
    std::fs::write(&json, text)?;
    with(&state, |m| m.backup(id, &zip))?;
    Ok(Exported {
        json: json.display().to_string(),
        backup: zip.display().to_string(),
    })
}

#[tauri::command]
pub async fn erase_portfolio(app: AppHandle, id: PortfolioId) -> Res<()> {
    blocking_exclusive(app, move |m, _| {
        mosaic_sync::erase_portfolio(m, id)?;
        Ok(())
    })
    .await
}

#[tauri::command]
pub async fn erase_everything(app: AppHandle) -> Res<()> {
    blocking_exclusive(app, move |m, _| {
        mosaic_sync::erase_everything(m)?;
        Ok(())
    })
    .await
}

/// Runs `f` on a blocking thread, so long work (PDF layout, network sync) never stalls the
/// window's event loop.
async fn on_blocking_thread<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> Res<T> + Send + 'static,
) -> Res<T> {
    tauri::async_runtime::spawn_blocking(move || f(app.state::<AppState>().inner()))
        .await
        .map_err(|e| ApiError {
            kind: "busy",
            message: e.to_string(),
        })?
}

/// Runs `f` on the store on a blocking thread.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&mut Mosaic, &std::path::Path) -> Res<T> + Send + 'static,
) -> Res<T> {
    on_blocking_thread(app, move |state| {
        let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut guard, &state.data_dir)
    })
    .await
}

/// [`blocking`] for operations that must not overlap a sync (share, join, revoke, erase):
/// waits for the sync lock first, then takes the store.
async fn blocking_exclusive<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&mut Mosaic, &std::path::Path) -> Res<T> + Send + 'static,
) -> Res<T> {
    on_blocking_thread(app, move |state| {
        let _sync = state.sync_lock.lock().unwrap_or_else(|p| p.into_inner());
        let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut guard, &state.data_dir)
    })
    .await
}

/// Renders the PDF CV with `mosaic-cv` (in `options.lang`, independent of the UI
/// language) and writes it to `<data dir>/exports/`; returns the file's path.
#[tauri::command]
pub async fn render_cv(app: AppHandle, id: PortfolioId, options: CvOptions) -> Res<String> {
    blocking(app, move |m, data_dir| write_cv(m, data_dir, id, &options)).await
}

/// [`render_cv`]'s work: the photo from the attachment store, the PDF into `exports/`.
pub fn write_cv(
    m: &mut Mosaic,
    data_dir: &std::path::Path,
    id: PortfolioId,
    options: &CvOptions,
) -> Res<String> {
    let portfolio = m.portfolio(id)?;
    let photo = match (&portfolio.profile.photo, options.include_photo) {
        (Some(p), true) => Some(m.attachment(&p.sha256)?.bytes),
        _ => None,
    };
    let pdf = mosaic_cv::render_pdf(&portfolio, photo.as_deref(), options)?;
    let dir = data_dir.join("exports");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!(
        "mosaic-cv-{id}-{}-{}.pdf",
        options.lang, options.template
    ));
    std::fs::write(&path, pdf)?;
    Ok(path.display().to_string())
}

/// The CV languages `mosaic-cv` has translations for.
#[tauri::command(async)]
pub fn cv_languages() -> Vec<String> {
    mosaic_cv::supported_languages()
        .iter()
        .map(|l| l.to_string())
        .collect()
}

// ----- sharing and sync (`mosaic-sync`) -----

/// This device's public code, to give to an owner (as text or QR code).
#[tauri::command(async)]
pub fn device_code(state: State<'_, AppState>) -> Res<String> {
    let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    Ok(mosaic_sync::device_code(&mut guard)?)
}

/// Syncs a portfolio (and its feedback documents) with the relay.
#[tauri::command]
pub async fn sync(
    app: AppHandle,
    id: PortfolioId,
    relay_url: String,
) -> Res<mosaic_sync::SyncReport> {
    // The store is locked only between relay requests, so edits go on during a slow sync.
    on_blocking_thread(app, move |state| {
        let _sync = state.sync_lock.lock().unwrap_or_else(|p| p.into_inner());
        Ok(mosaic_sync::sync_shared(
            &state.mosaic,
            relay_url.trim(),
            id,
        )?)
    })
    .await
}

/// Makes a share code sealed to the recipient's device code; `role` is `mentor` or `device`.
#[tauri::command]
pub async fn share_code(
    app: AppHandle,
    id: PortfolioId,
    relay_url: String,
    recipient: String,
    role: String,
) -> Res<String> {
    let role = match role.as_str() {
        "mentor" => mosaic_sync::ShareRole::Mentor,
        "device" => mosaic_sync::ShareRole::Device,
        _ => return Err(bad_request("role must be `mentor` or `device`")),
    };
    blocking_exclusive(app, move |m, _| {
        Ok(mosaic_sync::share_code(
            m,
            relay_url.trim(),
            id,
            recipient.trim(),
            role,
        )?)
    })
    .await
}

/// Joins a portfolio with a share code made for this device.
#[tauri::command]
pub async fn join(app: AppHandle, code: String) -> Res<mosaic_sync::JoinReport> {
    blocking_exclusive(app, move |m, _| Ok(mosaic_sync::join(m, code.trim())?)).await
}

#[tauri::command(async)]
pub fn members(state: State<'_, AppState>, id: PortfolioId) -> Res<Vec<mosaic_sync::Member>> {
    let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    Ok(mosaic_sync::members(&mut guard, id)?)
}

/// Revokes a mentor: new key epoch, read token removed at the relay.
#[tauri::command]
pub async fn revoke(
    app: AppHandle,
    id: PortfolioId,
    member: String,
) -> Res<mosaic_sync::RevokeReport> {
    blocking_exclusive(app, move |m, _| Ok(mosaic_sync::revoke(m, id, &member)?)).await
}

#[tauri::command(async)]
pub fn mentees(state: State<'_, AppState>) -> Res<Vec<mosaic_sync::MenteeSummary>> {
    let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    Ok(mosaic_sync::mentees(&mut guard)?)
}

/// Mentor: a comment on a mentee's entry (sent with the next sync).
#[tauri::command(async)]
pub fn comment(
    state: State<'_, AppState>,
    id: PortfolioId,
    entry_id: EntryId,
    text: String,
) -> Res<String> {
    if text.trim().is_empty() {
        return Err(bad_request("the comment is empty"));
    }
    let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    Ok(mosaic_sync::comment(&mut guard, id, entry_id, text.trim())?)
}

/// Mentor: confirms evidence on a mentee's entry (`kind`: `attendance`, `certificate`, `level`).
#[tauri::command(async)]
pub fn confirm(
    state: State<'_, AppState>,
    id: PortfolioId,
    entry_id: EntryId,
    kind: String,
) -> Res<String> {
    let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    Ok(mosaic_sync::confirm(&mut guard, id, entry_id, &kind)?)
}

/// Mentor feedback on a portfolio, newest first.
#[tauri::command(async)]
pub fn feedback(
    state: State<'_, AppState>,
    id: PortfolioId,
) -> Res<Vec<mosaic_sync::FeedbackItem>> {
    let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    Ok(mosaic_sync::feedback(&mut guard, id)?)
}

#[tauri::command(async)]
pub fn mark_feedback_read(state: State<'_, AppState>, id: PortfolioId) -> Res<()> {
    let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    Ok(mosaic_sync::mark_feedback_read(&mut guard, id)?)
}

/// Decodes `%XX` escapes (as written by `encodeURIComponent`); invalid input is kept as is.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::{percent_decode, restore_from_bytes, write_cv};
    use mosaic_core::{Mosaic, Profile};

    #[test]
    #[allow(clippy::unwrap_used)]
    fn restores_a_backup_sent_as_bytes_and_leaves_no_copy() {
        let dir = tempfile::tempdir().unwrap();
        let mut old = Mosaic::open(&dir.path().join("old")).unwrap();
        let profile = Profile {
            name_latin: "Selam Tesfaye".into(),
            ..Default::default()
        };
        let id = old.create_portfolio(profile).unwrap();
        let zip = dir.path().join("backup.zip");
        old.backup(id, &zip).unwrap();
        let bytes = std::fs::read(&zip).unwrap();

        let mut new = Mosaic::open(&dir.path().join("new")).unwrap();
        let tmp = dir.path().join("new").join("tmp");
        assert!(restore_from_bytes(&mut new, &tmp, b"not a zip").is_err());
        assert!(
            new.list_portfolios().unwrap().is_empty(),
            "a bad file changes nothing"
        );
        assert_eq!(restore_from_bytes(&mut new, &tmp, &bytes).unwrap(), id);
        assert_eq!(new.profile(id).unwrap().name_latin, "Selam Tesfaye");
        // Restoring the same backup again does not replace what is already here.
        assert!(restore_from_bytes(&mut new, &tmp, &bytes).is_err());
        assert_eq!(
            std::fs::read_dir(&tmp).unwrap().count(),
            0,
            "no copy left behind"
        );
    }

    #[test]
    #[allow(clippy::unwrap_used)]
    fn writes_a_pdf_cv_into_exports() {
        let dir = tempfile::tempdir().unwrap();
        let mut m = Mosaic::open(dir.path()).unwrap();
        let profile = Profile {
            name_latin: "Selam Tesfaye".into(),
            ..Default::default()
        };
        let id = m.create_portfolio(profile).unwrap();
        let options = mosaic_cv::CvOptions {
            lang: "de".into(),
            template: mosaic_cv::Template::Compact,
            sections: vec![],
            include_photo: true,
        };
        let path = write_cv(&mut m, dir.path(), id, &options).unwrap();
        assert!(path.ends_with("-de-compact.pdf"), "{path}");
        assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
        let bad = mosaic_cv::CvOptions {
            lang: "xx".into(),
            ..options
        };
        assert_eq!(
            write_cv(&mut m, dir.path(), id, &bad).unwrap_err().kind,
            "invalid"
        );
    }

    #[test]
    fn decodes_uri_components() {
        assert_eq!(percent_decode("caf%C3%A9%20scan.jpg"), "café scan.jpg");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
