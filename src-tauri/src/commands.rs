//! The command layer: each command is a thin call onto [`mosaic_core::Mosaic`].
//! No command runs on the window's main thread (`async` commands, long work on blocking
//! threads), so a long sync or PDF never freezes the window. A sync locks the store only
//! between relay requests, so edits go on while it waits for the network.
//! Errors reach the UI as `{ kind, message }` so it can pick a translated text by
//! `kind` and still show the core's one-line `message` (which names the field).

use mosaic_core::{
    AttachmentRef, ConsentView, EntryId, HistoryEvent, Mosaic, Portfolio, PortfolioId,
    PortfolioSummary, Profile, Section,
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
            E::Locked(_) => "locked",
            E::WrongPin => "wrong_pin",
            E::TooManyAttempts { .. } => "too_many_attempts",
            E::Passphrase(_) => "passphrase",
            // Publishing or withdrawing a testimonial refused (a photo that is not the
            // story's, a story already published to that organisation): the message says why.
            E::Testimonial(_) => "invalid",
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
    let mut guard = unlocked_store(state)?;
    Ok(f(&mut guard)?)
}

/// The store, unless the app is locked. Checked with the store's mutex held, so a
/// `lock` that lands meanwhile is seen (it swaps the store under the same mutex).
pub(crate) fn unlocked_store(state: &AppState) -> Res<std::sync::MutexGuard<'_, Mosaic>> {
    let guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
    refuse_if_locked(state)?;
    Ok(guard)
}

fn refuse_if_locked(state: &AppState) -> Res<()> {
    if state.locked.load(std::sync::atomic::Ordering::SeqCst) {
        return Err(ApiError {
            kind: "locked",
            message: "the app is locked".into(),
        });
    }
    Ok(())
}

// ----- app lock (the PIN is checked in Rust, by unwrapping the store key) -----

#[derive(Debug, Serialize)]
pub struct LockState {
    /// A PIN protects the store.
    pub protected: bool,
    /// The store is closed behind the lock screen.
    pub locked: bool,
    /// Seconds before the next PIN may be tried (after wrong ones).
    pub wait_secs: u64,
}

#[tauri::command(async)]
pub fn lock_state(state: State<'_, AppState>) -> Res<LockState> {
    let protected =
        mosaic_core::keys::protection(&state.data_dir)? == mosaic_core::keys::KeyProtection::Pin;
    Ok(LockState {
        protected,
        locked: state.locked.load(std::sync::atomic::Ordering::SeqCst),
        wait_secs: mosaic_core::lockout::wait_secs(&state.data_dir),
    })
}

/// Opens the store with `pin` (Argon2id unwraps the store key; wrong PINs back off).
#[tauri::command]
pub async fn unlock(app: AppHandle, pin: String) -> Res<()> {
    let pin = zeroize::Zeroizing::new(pin);
    on_blocking_thread(app, move |state| {
        let _sync = state.sync_lock.lock().unwrap_or_else(|p| p.into_inner());
        let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
        if state.locked.load(std::sync::atomic::Ordering::SeqCst) {
            *guard = Mosaic::open_with_pin(&state.data_dir, &pin)?;
            state
                .locked
                .store(false, std::sync::atomic::Ordering::SeqCst);
        } else {
            guard.check_pin(&pin)?;
        }
        Ok(())
    })
    .await
}

/// Locks at once (quick exit, time in the background): with a PIN, the store and
/// its key are dropped from memory. Returns whether the app is now locked.
#[tauri::command]
pub async fn lock(app: AppHandle) -> Res<bool> {
    on_blocking_thread(app, move |state| {
        let protected = mosaic_core::keys::protection(&state.data_dir)?
            == mosaic_core::keys::KeyProtection::Pin;
        if protected {
            let mut guard = state.mosaic.lock().unwrap_or_else(|p| p.into_inner());
            state
                .locked
                .store(true, std::sync::atomic::Ordering::SeqCst);
            *guard = Mosaic::open_in_memory()?;
        }
        Ok(protected)
    })
    .await
}

/// Sets or changes the PIN (`null` removes it); the store key stays the same.
#[tauri::command]
pub async fn set_pin(app: AppHandle, pin: Option<String>) -> Res<()> {
    on_blocking_thread(app, move |state| {
        let pin = pin.map(zeroize::Zeroizing::new);
        let mut guard = unlocked_store(state)?;
        Ok(guard.set_pin(pin.as_deref().map(String::as_str))?)
    })
    .await
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
    let mut portfolio = with(&state, |m| m.portfolio(id))?;
    without_testimonial_keys(&mut portfolio);
    Ok(portfolio)
}

/// Blanks each consent's testimonial key seed: it signs withdrawal notices in Rust and never
/// goes to the webview (the UI reads consents through [`consents`], as [`ConsentView`]s).
pub fn without_testimonial_keys(portfolio: &mut Portfolio) {
    for consent in &mut portfolio.consents {
        consent.secret_key.clear();
    }
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

/// Adds a photo to an activity or a story in one step. Raw body as for
/// [`import_attachment`]; `x-portfolio`, `x-section` (`activities` or `stories`) and
/// `x-entry` say where. Anything but an image is refused before it is stored.
#[tauri::command(async)]
pub fn attach_photo(state: State<'_, AppState>, request: Request<'_>) -> Res<AttachmentRef> {
    let (bytes, file_name) = upload(&request)?;
    let id: PortfolioId = header(&request, "x-portfolio")?;
    let section: Section = header(&request, "x-section")?;
    let entry: EntryId = header(&request, "x-entry")?;
    with(&state, |m| {
        m.attach_photo(id, section, entry, bytes, file_name.as_deref())
    })
}

/// Stores a voice note (raw body) for a reflection about to be saved with it. Only a
/// sound recording of at most 3 MiB is kept (MP3 tags and MP4 location atoms removed).
#[tauri::command(async)]
pub fn store_voice_note(state: State<'_, AppState>, request: Request<'_>) -> Res<AttachmentRef> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("the recording must be sent as raw bytes"));
    };
    with(&state, |m| m.store_voice_note(bytes))
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

/// Restores a backup sent as the raw body: a sealed `.age` backup (its passphrase
/// URI-encoded in the `x-passphrase` header) or a plain zip. The UI reads the file the
/// person picked (on Android a picked file is a `content://` URI, not a path), so the
/// bytes pass through an owner-only temporary file for the core's reader. A portfolio
/// already on this device is not replaced (`exists`); nothing changes if the file is
/// not a valid backup or the passphrase is wrong.
#[tauri::command(async)]
pub fn restore_backup(state: State<'_, AppState>, request: Request<'_>) -> Res<PortfolioId> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(bad_request("the backup must be sent as raw bytes"));
    };
    let passphrase = request
        .headers()
        .get("x-passphrase")
        .and_then(|v| v.to_str().ok())
        .map(|v| zeroize::Zeroizing::new(percent_decode(v)));
    let tmp = state.data_dir.join("tmp");
    with(&state, |m| {
        restore_from_bytes(m, &tmp, bytes, passphrase.as_deref().map(String::as_str))
    })
}

/// [`restore_backup`] without Tauri: writes `bytes` to a file in `tmp`, restores it, removes it.
pub fn restore_from_bytes(
    mosaic: &mut Mosaic,
    tmp: &std::path::Path,
    bytes: &[u8],
    passphrase: Option<&str>,
) -> mosaic_core::Result<PortfolioId> {
    mosaic_core::fsutil::private_dir(tmp)?;
    let path = tmp.join(format!("restore-{}.bin", uuid::Uuid::now_v7()));
    {
        use std::io::Write;
        mosaic_core::fsutil::create_private(&path)?.write_all(bytes)?;
    }
    let restored = mosaic.restore(&path, passphrase, false);
    // The copy is only a vehicle for the zip reader; a failed removal is left to the OS.
    let _ = std::fs::remove_file(&path);
    restored
}

#[derive(Debug, Serialize)]
pub struct Exported {
    pub backup: String,
}

/// Writes a full backup into `<data dir>/exports`, sealed with `passphrase` in the age
/// format (`mosaic-<id>.age`; `age -d` opens it). No plain copy (JSON or zip) is written.
/// The argument is optional only so that a missing one is a clear `passphrase` error
/// (the UI sends none to a shell without the app lock, which wrote plain zips).
#[tauri::command(async)]
pub fn backup(
    state: State<'_, AppState>,
    id: PortfolioId,
    passphrase: Option<String>,
) -> Res<Exported> {
    let passphrase = zeroize::Zeroizing::new(passphrase.unwrap_or_default());
    let dir = state.data_dir.join("exports");
    let file = dir.join(format!("mosaic-{id}.age"));
    with(&state, |m| {
        mosaic_core::fsutil::private_dir(&dir)?;
        m.backup(id, &file, &passphrase)
    })?;
    Ok(Exported {
        backup: file.display().to_string(),
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
        let mut guard = unlocked_store(state)?;
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
        let mut guard = unlocked_store(state)?;
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
    // Checked before anything else: only the resolved static code reaches the file name.
    let lang = mosaic_cv::cv_language(&options.lang)?;
    let portfolio = m.portfolio(id)?;
    let photo = match (&portfolio.profile.photo, options.include_photo) {
        (Some(p), true) => Some(m.attachment(&p.sha256)?.bytes),
        _ => None,
    };
    // Every CV the app makes is verifiable: its claims signed by this portfolio's key.
    let key = mosaic_attest::store::attendance_key(m.connection(), id)?;
    let pdf = mosaic_cv::render_verifiable_pdf(&portfolio, photo.as_deref(), options, &key)?;
    let dir = data_dir.join("exports");
    mosaic_core::fsutil::private_dir(&dir)?;
    let path = dir.join(format!("mosaic-cv-{id}-{lang}-{}.pdf", options.template));
    {
        use std::io::Write;
        let mut file = mosaic_core::fsutil::create_private(&path)?;
        file.write_all(&pdf)?;
    }
    Ok(path.display().to_string())
}

// ----- stories as testimonials, with consent (`mosaic_core::testimonial`) -----

/// A story just published: its consent as the UI shows it, and the signed testimonial file
/// in `exports/` for her to send the organisation.
#[derive(Debug, Serialize)]
pub struct PublishedTestimonial {
    pub consent: ConsentView,
    pub path: String,
}

/// Publishes story `story` to `organisation` as a signed testimonial file (`photo`: the
/// SHA-256 of one of the story's photos; `first_name` none: published without a name),
/// records the consent, and writes the file into `<data dir>/exports/`.
#[tauri::command(async)]
pub fn publish_testimonial(
    state: State<'_, AppState>,
    id: PortfolioId,
    story: EntryId,
    organisation: String,
    photo: Option<String>,
    first_name: Option<String>,
) -> Res<PublishedTestimonial> {
    let mut guard = unlocked_store(&state)?;
    let (consent, path) = write_testimonial(
        &mut guard,
        &state.data_dir,
        id,
        story,
        &organisation,
        photo.as_deref(),
        first_name.as_deref(),
    )?;
    Ok(PublishedTestimonial {
        consent: ConsentView::from(&consent),
        path,
    })
}

/// [`publish_testimonial`]'s work, apart from the app state so it can be tested. The
/// exports folder is made first, so a consent is not recorded when there is nowhere to put
/// its file.
pub fn write_testimonial(
    m: &mut Mosaic,
    data_dir: &std::path::Path,
    id: PortfolioId,
    story: EntryId,
    organisation: &str,
    photo: Option<&str>,
    first_name: Option<&str>,
) -> Res<(mosaic_core::Consent, String)> {
    let dir = data_dir.join("exports");
    mosaic_core::fsutil::private_dir(&dir)?;
    let (consent, bytes) = m.publish_testimonial(id, story, organisation, photo, first_name)?;
    let path = dir.join(testimonial_file_name("testimonial", consent.testimonial_id));
    mosaic_core::fsutil::write_private_atomic(&path, &bytes)?;
    Ok((consent, path.display().to_string()))
}

/// Withdraws consent `consent` and writes the signed withdrawal notice into
/// `<data dir>/exports/` (withdrawing again writes the same notice); returns its path.
#[tauri::command(async)]
pub fn withdraw_testimonial(
    state: State<'_, AppState>,
    id: PortfolioId,
    consent: EntryId,
) -> Res<String> {
    let mut guard = unlocked_store(&state)?;
    write_withdrawal(&mut guard, &state.data_dir, id, consent)
}

/// [`withdraw_testimonial`]'s work, apart from the app state so it can be tested.
pub fn write_withdrawal(
    m: &mut Mosaic,
    data_dir: &std::path::Path,
    id: PortfolioId,
    consent: EntryId,
) -> Res<String> {
    let dir = data_dir.join("exports");
    mosaic_core::fsutil::private_dir(&dir)?;
    let bytes = m.withdraw_testimonial(id, consent)?;
    let testimonial_id = m
        .consents(id)?
        .into_iter()
        .find(|c| c.id == consent)
        .map(|c| c.testimonial_id)
        .ok_or_else(|| ApiError {
            kind: "not_found",
            message: format!("no consents entry with id {consent}"),
        })?;
    let path = dir.join(testimonial_file_name("withdrawal", testimonial_id));
    mosaic_core::fsutil::write_private_atomic(&path, &bytes)?;
    Ok(path.display().to_string())
}

/// `<kind>-<first 8 hex digits of the testimonial id>.json`: never built from what she
/// typed (an organisation's name could hold `/` or `..`).
/// `<kind>-<first 8 hex digits of id>.json`: the name of a signed file in the exports folder.
fn testimonial_file_name(kind: &str, testimonial_id: uuid::Uuid) -> String {
    let hex = testimonial_id.simple().to_string();
    format!("{kind}-{}.json", &hex[..8])
}

/// Every consent of the portfolio, oldest first, without its key seed.
#[tauri::command(async)]
pub fn consents(state: State<'_, AppState>, id: PortfolioId) -> Res<Vec<ConsentView>> {
    let consents = with(&state, |m| m.consents(id))?;
    Ok(consents.iter().map(ConsentView::from).collect())
}

/// Deletes a file the app wrote into `<data dir>/exports/`: a CV once it has been
/// shared, so no copy of it stays on a phone others may pick up. The path comes from the
/// WebView, so anything that is not a file directly inside `exports/` is refused.
#[tauri::command(async)]
pub fn delete_export(state: State<'_, AppState>, path: String) -> Res<()> {
    remove_export(&state.data_dir, std::path::Path::new(&path))
}

/// [`delete_export`]'s work, apart from the app state so it can be tested.
pub fn remove_export(data_dir: &std::path::Path, path: &std::path::Path) -> Res<()> {
    let file = exported_file(data_dir, path)?;
    std::fs::remove_file(&file).map_err(|e| ApiError {
        kind: "storage",
        message: format!("cannot delete {}: {e}", path.display()),
    })
}

/// `path`, resolved, if it is a file directly inside `<data dir>/exports` (a CV or a
/// backup the app wrote); anything else (the store, `../`, the folder itself) is refused.
pub fn exported_file(
    data_dir: &std::path::Path,
    path: &std::path::Path,
) -> Res<std::path::PathBuf> {
    let refused = || ApiError {
        kind: "invalid",
        message: format!("{} is not a file Mosaic exported", path.display()),
    };
    let exports = data_dir
        .join("exports")
        .canonicalize()
        .map_err(|_| refused())?;
    let file = match path.canonicalize() {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ApiError {
                kind: "not_found",
                message: format!("{} is already gone", path.display()),
            });
        }
        Err(_) => return Err(refused()),
    };
    if file.parent() != Some(exports.as_path()) || !file.is_file() {
        return Err(refused());
    }
    Ok(file)
}

/// Saves a copy of an exported file where the person chooses, through the system's save
/// dialog (opened from Rust: the destination never comes from the webview). Returns the
/// path written, or None when the dialog was cancelled.
#[tauri::command(async)]
pub fn save_export_as(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Res<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    let file = exported_file(&state.data_dir, std::path::Path::new(&path))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(chosen) = app
        .dialog()
        .file()
        .set_file_name(&name)
        .blocking_save_file()
    else {
        return Ok(None);
    };
    let dest = chosen.into_path().map_err(|e| ApiError {
        kind: "invalid",
        message: format!("the chosen place is not a file path: {e}"),
    })?;
    copy_export(&file, &dest)?;
    Ok(Some(dest.display().to_string()))
}

/// [`save_export_as`]'s copy: written beside the destination, then renamed over it, so a
/// full disk never leaves half a file under the chosen name.
pub fn copy_export(file: &std::path::Path, dest: &std::path::Path) -> Res<()> {
    let storage = |e: std::io::Error| ApiError {
        kind: "storage",
        message: format!("cannot write {}: {e}", dest.display()),
    };
    let mut tmp = dest.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = std::path::PathBuf::from(tmp);
    std::fs::copy(file, &tmp).map_err(storage)?;
    std::fs::rename(&tmp, dest).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        storage(e)
    })
}

/// Opens an exported file (a CV) in the system's viewer, from where it can be printed or
/// sent; only a file the app exported.
#[tauri::command(async)]
pub fn open_export(app: AppHandle, state: State<'_, AppState>, path: String) -> Res<()> {
    use tauri_plugin_opener::OpenerExt;
    let file = exported_file(&state.data_dir, std::path::Path::new(&path))?;
    app.opener()
        .open_path(file.to_string_lossy(), None::<&str>)
        .map_err(|e| ApiError {
            kind: "unavailable",
            message: format!("no application here opens {}: {e}", file.display()),
        })
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
    let mut guard = unlocked_store(&state)?;
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
        refuse_if_locked(state)?;
        Ok(mosaic_sync::sync_shared(
            &state.mosaic,
            relay_url.trim(),
            id,
        )?)
    })
    .await
}

/// Moves a portfolio (and its feedback documents) to another address of the same relay
/// deployment, without re-sharing: the new address is checked first for every document
/// (read token, head, a signed no-op), then all are switched in one transaction. Another
/// relay, or an address the relay does not list, is refused (`refused`) and nothing changes.
/// Holds the store during the checks (a few small requests) so no sync or edit of the sync
/// state runs between the check and the switch.
///
/// With `new_relay`, the address is a different relay: the portfolio is copied there and a
/// signed notice left on the old one, which the other devices and the mentors follow
/// (`mosaic_sync::move_to_new_relay`).
#[tauri::command]
pub async fn move_relay(
    app: AppHandle,
    id: PortfolioId,
    relay_url: String,
    new_relay: Option<bool>,
) -> Res<mosaic_sync::MoveReport> {
    blocking_exclusive(app, move |m, _| {
        let url = relay_url.trim();
        Ok(if new_relay.unwrap_or(false) {
            mosaic_sync::move_to_new_relay(m, id, url)?
        } else {
            mosaic_sync::move_relay(m, id, url)?
        })
    })
    .await
}

/// Makes a share code sealed to the recipient's device code; `role` is `mentor` or `device`.
/// A mentor sees `sections` (every section when `None`).
#[tauri::command]
pub async fn share_code(
    app: AppHandle,
    id: PortfolioId,
    relay_url: String,
    recipient: String,
    role: String,
    sections: Option<Vec<Section>>,
) -> Res<String> {
    let role = match role.as_str() {
        "mentor" => mosaic_sync::ShareRole::Mentor,
        "device" => mosaic_sync::ShareRole::Device,
        _ => return Err(bad_request("role must be `mentor` or `device`")),
    };
    blocking_exclusive(app, move |m, _| {
        let (url, recipient) = (relay_url.trim(), recipient.trim());
        Ok(match (role, sections) {
            (mosaic_sync::ShareRole::Mentor, Some(s)) => {
                mosaic_sync::share_mentor_code(m, url, id, recipient, &s)?
            }
            _ => mosaic_sync::share_code(m, url, id, recipient, role)?,
        })
    })
    .await
}

/// Changes which sections a mentor's view shows (their copy follows at the next sync).
#[tauri::command(async)]
pub fn set_shared_sections(
    state: State<'_, AppState>,
    id: PortfolioId,
    member: String,
    sections: Vec<Section>,
) -> Res<()> {
    let mut guard = unlocked_store(&state)?;
    Ok(mosaic_sync::set_shared_sections(
        &mut guard, id, &member, &sections,
    )?)
}

/// Joins a portfolio with a share code made for this device.
#[tauri::command]
pub async fn join(app: AppHandle, code: String) -> Res<mosaic_sync::JoinReport> {
    blocking_exclusive(app, move |m, _| Ok(mosaic_sync::join(m, code.trim())?)).await
}

#[tauri::command(async)]
pub fn members(state: State<'_, AppState>, id: PortfolioId) -> Res<Vec<mosaic_sync::Member>> {
    let mut guard = unlocked_store(&state)?;
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
    let mut guard = unlocked_store(&state)?;
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
    let mut guard = unlocked_store(&state)?;
    Ok(mosaic_sync::comment(&mut guard, id, entry_id, text.trim())?)
}

/// Adds a judgement to a competence's history (making its entry on first use).
#[tauri::command(async)]
pub fn assess_competence(
    state: State<'_, AppState>,
    id: PortfolioId,
    code: mosaic_core::CompetenceCode,
    assessment: mosaic_core::CompetenceAssessment,
) -> Res<EntryId> {
    with(&state, |m| m.assess_competence(id, code, assessment))
}

/// Links an entry of the portfolio as evidence of a competence.
#[tauri::command(async)]
pub fn link_competence(
    state: State<'_, AppState>,
    id: PortfolioId,
    code: mosaic_core::CompetenceCode,
    entry: EntryId,
) -> Res<()> {
    with(&state, |m| m.link_competence_evidence(id, code, entry))
}

/// Mentor: proposes a goal to a mentee (title, area, due, steps; sent with the next sync).
#[tauri::command(async)]
pub fn propose_goal(
    state: State<'_, AppState>,
    id: PortfolioId,
    goal: serde_json::Value,
) -> Res<String> {
    let mut guard = unlocked_store(&state)?;
    Ok(mosaic_sync::propose_goal(&mut guard, id, goal)?)
}

/// Owner: the goals her mentors proposed, open, accepted or declined.
#[tauri::command(async)]
pub fn goal_proposals(
    state: State<'_, AppState>,
    id: PortfolioId,
) -> Res<Vec<mosaic_sync::GoalProposal>> {
    let mut guard = unlocked_store(&state)?;
    Ok(mosaic_sync::goal_proposals(&mut guard, id)?)
}

/// Owner: makes a proposal one of her goals (the only way a proposal reaches her portfolio).
#[tauri::command(async)]
pub fn accept_goal(state: State<'_, AppState>, id: PortfolioId, proposal: String) -> Res<EntryId> {
    let mut guard = unlocked_store(&state)?;
    Ok(mosaic_sync::accept_goal(&mut guard, id, &proposal)?)
}

/// Owner: declines a proposal on this device.
#[tauri::command(async)]
pub fn decline_goal(state: State<'_, AppState>, id: PortfolioId, proposal: String) -> Res<()> {
    let mut guard = unlocked_store(&state)?;
    Ok(mosaic_sync::decline_goal(&mut guard, id, &proposal)?)
}

/// Mentor: confirms evidence on a mentee's entry (`kind`: `attendance`, `certificate`, `level`).
#[tauri::command(async)]
pub fn confirm(
    state: State<'_, AppState>,
    id: PortfolioId,
    entry_id: EntryId,
    kind: String,
) -> Res<String> {
    let mut guard = unlocked_store(&state)?;
    Ok(mosaic_sync::confirm(&mut guard, id, entry_id, &kind)?)
}

/// Mentor feedback on a portfolio, newest first.
#[tauri::command(async)]
pub fn feedback(
    state: State<'_, AppState>,
    id: PortfolioId,
) -> Res<Vec<mosaic_sync::FeedbackItem>> {
    let mut guard = unlocked_store(&state)?;
    Ok(mosaic_sync::feedback(&mut guard, id)?)
}

/// Owner: writes the Open Badges 3.0 credential a mentor issued with a confirmation of `entry_id`
/// into `<data dir>/exports/badge-<entry>.json` and returns its path (refused, naming why, when
/// no confirmation still matches the entry).
#[tauri::command(async)]
pub fn export_badge(state: State<'_, AppState>, id: PortfolioId, entry_id: EntryId) -> Res<String> {
    let mut guard = unlocked_store(&state)?;
    let json = mosaic_sync::export_badge(&mut guard, id, entry_id)?;
    let dir = state.data_dir.join("exports");
    mosaic_core::fsutil::private_dir(&dir)?;
    let path = dir.join(testimonial_file_name("badge", entry_id));
    mosaic_core::fsutil::write_private_atomic(&path, json.as_bytes())?;
    Ok(path.display().to_string())
}

#[tauri::command(async)]
pub fn mark_feedback_read(state: State<'_, AppState>, id: PortfolioId) -> Res<()> {
    let mut guard = unlocked_store(&state)?;
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
    use super::{
        copy_export, exported_file, percent_decode, remove_export, restore_from_bytes,
        without_testimonial_keys, write_cv, write_testimonial, write_withdrawal,
    };
    use mosaic_core::{ConsentView, Mosaic, Profile};

    #[test]
    #[allow(clippy::unwrap_used)]
    fn a_testimonial_and_its_withdrawal_go_into_exports_without_the_key() {
        let dir = tempfile::tempdir().unwrap();
        let mut m = Mosaic::open_in_memory().unwrap();
        let profile = Profile {
            name_latin: "Selam Tesfaye".into(),
            ..Default::default()
        };
        let id = m.create_portfolio(profile).unwrap();
        let story = m
            .add_json(
                id,
                mosaic_core::Section::Stories,
                serde_json::json!({"title": "Harvest", "body": "We cooked injera.", "visibility": "private"}),
            )
            .unwrap();
        // The organisation's name is never part of the file name.
        let (consent, path) =
            write_testimonial(&mut m, dir.path(), id, story, "../../Hub/..", None, None).unwrap();
        let exports = dir.path().join("exports");
        let file = exported_file(dir.path(), std::path::Path::new(&path)).unwrap();
        assert_eq!(
            file.parent(),
            Some(exports.canonicalize().unwrap().as_path())
        );
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("testimonial-") && name.ends_with(".json"),
            "{name}"
        );
        let bytes = std::fs::read(&file).unwrap();
        let t = mosaic_core::testimonial::verify_testimonial(&bytes).unwrap();
        assert_eq!((t.body.as_str(), t.first_name), ("We cooked injera.", None));
        // The view the UI gets has no seed; the portfolio the UI reads has it blanked.
        let view = serde_json::to_value(ConsentView::from(&consent)).unwrap();
        assert!(view.get("secret_key").is_none());
        assert!(!view.to_string().contains(&consent.secret_key));
        let mut p = m.portfolio(id).unwrap();
        without_testimonial_keys(&mut p);
        assert_eq!(p.consents.len(), 1);
        assert!(p.consents.iter().all(|c| c.secret_key.is_empty()));
        // Withdrawing writes the signed notice; again, the same notice.
        let notice = write_withdrawal(&mut m, dir.path(), id, consent.id).unwrap();
        assert!(notice.contains("withdrawal-"), "{notice}");
        let first = std::fs::read(&notice).unwrap();
        mosaic_core::testimonial::verify_withdrawal(&first, &bytes).unwrap();
        let again = write_withdrawal(&mut m, dir.path(), id, consent.id).unwrap();
        assert_eq!(
            (again.as_str(), std::fs::read(&again).unwrap()),
            (notice.as_str(), first)
        );
        // An unknown consent is not found, and nothing is written for it.
        let err = write_withdrawal(&mut m, dir.path(), id, uuid::Uuid::now_v7()).unwrap_err();
        assert_eq!(err.kind, "not_found");
        assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 2);
    }

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
        old.backup_unsealed(id, &zip).unwrap();
        let bytes = std::fs::read(&zip).unwrap();
        let sealed = dir.path().join("backup.age");
        old.backup(id, &sealed, "correct horse").unwrap();
        let sealed = std::fs::read(&sealed).unwrap();

        let mut new = Mosaic::open(&dir.path().join("new")).unwrap();
        let tmp = dir.path().join("new").join("tmp");
        assert!(restore_from_bytes(&mut new, &tmp, b"not a zip", None).is_err());
        assert!(
            new.list_portfolios().unwrap().is_empty(),
            "a bad file changes nothing"
        );
        // A sealed backup needs its passphrase; a wrong one changes nothing.
        let err = restore_from_bytes(&mut new, &tmp, &sealed, Some("wrong")).unwrap_err();
        assert!(matches!(err, mosaic_core::Error::Passphrase(_)), "{err}");
        assert!(new.list_portfolios().unwrap().is_empty());
        assert_eq!(
            restore_from_bytes(&mut new, &tmp, &bytes, None).unwrap(),
            id
        );
        assert_eq!(new.profile(id).unwrap().name_latin, "Selam Tesfaye");
        // Restoring the same backup again does not replace what is already here.
        assert!(restore_from_bytes(&mut new, &tmp, &bytes, None).is_err());
        let other = Mosaic::open(&dir.path().join("other"));
        let mut other = other.unwrap();
        let otmp = dir.path().join("other").join("tmp");
        assert_eq!(
            restore_from_bytes(&mut other, &otmp, &sealed, Some("correct horse")).unwrap(),
            id
        );
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
            verify_url: None,
        };
        let path = write_cv(&mut m, dir.path(), id, &options).unwrap();
        assert!(path.ends_with("-de-compact.pdf"), "{path}");
        let pdf = std::fs::read(&path).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        // Signed by this portfolio's key, as the attendance receipts are.
        let text = mosaic_attest::credential::extract_from_pdf(&pdf).unwrap();
        let verified = mosaic_attest::credential::verify_full(&text).unwrap();
        let key = mosaic_attest::store::attendance_key(m.connection(), id).unwrap();
        assert_eq!(
            verified.owner_fingerprint,
            mosaic_attest::keys::fingerprint(key.verifying_key().as_bytes())
        );
        assert_eq!(verified.holder, "Selam Tesfaye");
        let bad = mosaic_cv::CvOptions {
            lang: "xx".into(),
            ..options
        };
        assert_eq!(
            write_cv(&mut m, dir.path(), id, &bad).unwrap_err().kind,
            "invalid"
        );
        // A code that is not a BCP 47 tag never reaches the file name.
        let escape = mosaic_cv::CvOptions {
            lang: "de-/../..".into(),
            ..bad
        };
        assert_eq!(
            write_cv(&mut m, dir.path(), id, &escape).unwrap_err().kind,
            "invalid"
        );
    }

    #[test]
    #[allow(clippy::unwrap_used)]
    fn deletes_an_exported_file_and_nothing_outside_exports() {
        let dir = tempfile::tempdir().unwrap();
        let exports = dir.path().join("exports");
        std::fs::create_dir(&exports).unwrap();
        let cv = exports.join("mosaic-cv-x-de-compact.pdf");
        std::fs::write(&cv, b"%PDF-").unwrap();
        let store = dir.path().join("mosaic.sqlite3");
        std::fs::write(&store, b"store").unwrap();
        let outside = tempfile::NamedTempFile::new().unwrap();

        // The store beside exports/, a path climbing out of it, the folder itself and a
        // file elsewhere are all refused and left alone.
        for path in [
            store.clone(),
            exports.join("../mosaic.sqlite3"),
            exports.clone(),
            outside.path().to_path_buf(),
        ] {
            let err = remove_export(dir.path(), &path).unwrap_err();
            assert_eq!(err.kind, "invalid", "{}", path.display());
            assert!(err.message.contains("not a file Mosaic exported"));
        }
        assert!(store.exists() && outside.path().exists() && cv.exists());

        remove_export(dir.path(), &cv).unwrap();
        assert!(!cv.exists());
        assert_eq!(
            remove_export(dir.path(), &cv).unwrap_err().kind,
            "not_found"
        );
    }

    #[test]
    #[allow(clippy::unwrap_used)]
    fn a_copy_goes_where_chosen_and_only_an_exported_file_is_copied() {
        let dir = tempfile::tempdir().unwrap();
        let exports = dir.path().join("exports");
        std::fs::create_dir(&exports).unwrap();
        let cv = exports.join("mosaic-cv-x-en-europass.pdf");
        std::fs::write(&cv, b"%PDF-1.7 cv").unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let dest = elsewhere.path().join("My CV.pdf");
        let file = exported_file(dir.path(), &cv).unwrap();
        copy_export(&file, &dest).unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"%PDF-1.7 cv");
        assert!(
            cv.exists(),
            "the original stays until the person deletes it"
        );
        let leftovers: Vec<_> = std::fs::read_dir(elsewhere.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no .part file is left beside the copy");
        // The store beside exports/, and a path out of it, are never copied or opened.
        std::fs::write(dir.path().join("mosaic.sqlite3"), b"store").unwrap();
        for bad in [
            dir.path().join("mosaic.sqlite3"),
            exports.join("../mosaic.sqlite3"),
            exports.clone(),
        ] {
            assert_eq!(exported_file(dir.path(), &bad).unwrap_err().kind, "invalid");
        }
        // A destination that cannot be written says so and leaves nothing behind.
        let err = copy_export(&file, &elsewhere.path().join("no/such/dir/cv.pdf")).unwrap_err();
        assert_eq!(err.kind, "storage");
    }

    #[test]
    fn decodes_uri_components() {
        assert_eq!(percent_decode("caf%C3%A9%20scan.jpg"), "café scan.jpg");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
