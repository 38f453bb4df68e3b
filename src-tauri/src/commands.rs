//! The command layer: each command is a thin call onto [`mosaic_core::Mosaic`].
//! Errors reach the UI as `{ kind, message }` so it can pick a translated text by
//! `kind` and still show the core's one-line `message` (which names the field).

use mosaic_core::{
    AttachmentRef, EntryId, HistoryEvent, Mosaic, NewAttachment, Portfolio, PortfolioId,
    PortfolioSummary, Profile, Section,
};
use serde::Serialize;
use tauri::State;
use tauri::ipc::{InvokeBody, Request, Response};

use crate::AppState;

#[derive(Debug, Serialize)]
pub struct ApiError {
    /// `invalid`, `not_found`, `exists`, `import`, `attachment`, `unavailable`, `storage`.
    pub kind: &'static str,
    pub message: String,
}

impl From<mosaic_core::Error> for ApiError {
    fn from(e: mosaic_core::Error) -> Self {
        use mosaic_core::Error as E;
        let kind = match &e {
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

impl From<mosaic_media::MediaError> for ApiError {
    fn from(e: mosaic_media::MediaError) -> Self {
        ApiError {
            kind: "attachment",
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

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Res<AppInfo> {
    let device_id = with(&state, |m| Ok(m.device_id()))?;
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        data_dir: state.data_dir.display().to_string(),
        device_id,
    })
}

#[tauri::command]
pub fn list_portfolios(state: State<'_, AppState>) -> Res<Vec<PortfolioSummary>> {
    with(&state, |m| m.list_portfolios())
}

#[tauri::command]
pub fn summary(state: State<'_, AppState>, id: PortfolioId) -> Res<PortfolioSummary> {
    with(&state, |m| m.summary(id))
}

#[tauri::command]
pub fn create_portfolio(state: State<'_, AppState>, profile: Profile) -> Res<PortfolioId> {
    with(&state, |m| m.create_portfolio(profile))
}

#[tauri::command]
pub fn portfolio(state: State<'_, AppState>, id: PortfolioId) -> Res<Portfolio> {
    with(&state, |m| m.portfolio(id))
}

#[tauri::command]
pub fn update_profile(state: State<'_, AppState>, id: PortfolioId, profile: Profile) -> Res<()> {
    with(&state, |m| m.update_profile(id, profile))
}

#[tauri::command]
pub fn add_entry(
    state: State<'_, AppState>,
    id: PortfolioId,
    section: Section,
    entry: serde_json::Value,
) -> Res<EntryId> {
    with(&state, |m| m.add_json(id, section, entry))
}

#[tauri::command]
pub fn edit_entry(
    state: State<'_, AppState>,
    id: PortfolioId,
    section: Section,
    entry_id: EntryId,
    patch: serde_json::Value,
) -> Res<()> {
    with(&state, |m| m.edit_json(id, section, entry_id, patch))
}

#[tauri::command]
pub fn remove_entry(
    state: State<'_, AppState>,
    id: PortfolioId,
    section: Section,
    entry_id: EntryId,
) -> Res<()> {
    with(&state, |m| m.remove(id, section, entry_id))
}

#[tauri::command]
pub fn history(
    state: State<'_, AppState>,
    id: PortfolioId,
    entry_id: Option<EntryId>,
) -> Res<Vec<HistoryEvent>> {
    with(&state, |m| m.history(id, entry_id))
}

/// The file's bytes arrive as the raw request body (no JSON number arrays), its name
/// URI-encoded in the `x-file-name` header. `mosaic-media` makes it safe to store.
#[tauri::command]
pub fn import_attachment(state: State<'_, AppState>, request: Request<'_>) -> Res<AttachmentRef> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("the file must be sent as raw bytes"));
    };
    let file_name = request
        .headers()
        .get("x-file-name")
        .and_then(|v| v.to_str().ok())
        .map(percent_decode);
    let imported =
        mosaic_media::import_attachment(bytes, file_name.as_deref(), &Default::default())?;
    let new = NewAttachment {
        bytes: imported.bytes,
        mime: imported.mime.to_string(),
        file_name,
        width: imported.width,
        height: imported.height,
        thumbnail: imported.thumbnail.map(|t| (t.mime.to_string(), t.bytes)),
    };
    with(&state, |m| m.put_attachment(new))
}

/// The stored bytes (or the thumbnail when asked and present), as a raw response.
#[tauri::command]
pub fn attachment(state: State<'_, AppState>, sha256: String, thumbnail: bool) -> Res<Response> {
    let a = with(&state, |m| m.attachment(&sha256))?;
    let bytes = match (thumbnail, a.thumbnail) {
        (true, Some((_, thumb))) => thumb,
        _ => a.bytes,
    };
    Ok(Response::new(bytes))
}

#[tauri::command]
pub fn export_json(state: State<'_, AppState>, id: PortfolioId) -> Res<String> {
    with(&state, |m| m.export_json(id))
}

#[tauri::command]
pub fn import_json(state: State<'_, AppState>, json: String) -> Res<PortfolioId> {
    with(&state, |m| m.import_json(json.as_bytes()))
}

#[derive(Debug, Serialize)]
pub struct Exported {
    pub json: String,
    pub backup: String,
}

/// Writes the portfolio as JSON and as a full backup zip into `<data dir>/exports`.
#[tauri::command]
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
pub fn erase_portfolio(state: State<'_, AppState>, id: PortfolioId) -> Res<()> {
    with(&state, |m| m.erase_portfolio(id))
}

#[tauri::command]
pub fn erase_everything(state: State<'_, AppState>) -> Res<()> {
    with(&state, |m| m.erase_everything())
}

/// The PDF CV. `mosaic-cv` is not wired in yet: the UI shows the feature as unavailable.
#[tauri::command]
pub fn render_cv(_id: PortfolioId, _options: serde_json::Value) -> Res<Response> {
    Err(ApiError {
        kind: "unavailable",
        message: "PDF CVs arrive with the mosaic-cv crate".into(),
    })
}

/// CV languages offered by `mosaic-cv` (none until it is wired in).
#[tauri::command]
pub fn cv_languages() -> Vec<String> {
    Vec::new()
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
    use super::percent_decode;

    #[test]
    fn decodes_uri_components() {
        assert_eq!(percent_decode("caf%C3%A9%20scan.jpg"), "café scan.jpg");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
