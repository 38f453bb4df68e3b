//! The versioned JSON interchange format (import, export) and the zip backup
//! (JSON + the Automerge document with its history + every attachment).

use std::io::{Read, Seek, Write};
use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::{Mosaic, NewAttachment};
use crate::doc::PortfolioDoc;
use crate::error::{Error, Result};
use crate::model::*;
use crate::validate::Validate;

pub const FORMAT: &str = "mosaic-portfolio";
pub const VERSION: u32 = 1;
/// Largest JSON file an import reads; a portfolio is far smaller.
pub const MAX_IMPORT_BYTES: u64 = 32 * 1024 * 1024;
/// Largest single file inside a backup (guards against zip bombs).
pub const MAX_BACKUP_ENTRY_BYTES: u64 = 64 * 1024 * 1024;
/// Most bytes of files a restore reads from one backup, all files together.
pub const MAX_BACKUP_TOTAL_BYTES: u64 = 1024 * 1024 * 1024;

/// The top level of an exported file. `schemas/portfolio-v1.schema.json` is generated from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Export {
    /// Always `mosaic-portfolio`.
    pub format: String,
    /// Version of this format; this build reads and writes 1.
    pub version: u32,
    /// RFC 3339 time of export.
    pub exported_at: String,
    pub portfolio: Portfolio,
}

pub fn export(portfolio: Portfolio) -> Export {
    Export {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: chrono::Utc::now().to_rfc3339(),
        portfolio,
    }
}

pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Export)).unwrap_or_default()
}

fn import_error(path: impl Into<String>, message: impl Into<String>) -> Error {
    Error::Import {
        path: path.into(),
        message: message.into(),
    }
}

/// Parses and validates an exported file; errors name the JSON path.
pub fn parse(bytes: &[u8]) -> Result<Portfolio> {
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(import_error(
            "$",
            format!(
                "file is {} bytes; the limit is {MAX_IMPORT_BYTES}",
                bytes.len()
            ),
        ));
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        import_error(
            "$",
            format!(
                "not valid JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(import_error(
                "$.format",
                format!("`{other}` is not `{FORMAT}`"),
            ));
        }
        None => {
            return Err(import_error(
                "$.format",
                format!("missing; expected `{FORMAT}`"),
            ));
        }
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => {
            return Err(import_error(
                "$.version",
                format!("version {v} is not supported (this build reads version {VERSION})"),
            ));
        }
        None => return Err(import_error("$.version", "missing or not a number")),
    }
    let mut value = value;
    if let Some(p) = value.get_mut("portfolio") {
        crate::legacy::migrate_portfolio(p);
    }
    let export: Export = serde_path_to_error::deserialize(value)
        .map_err(|e| import_error(format!("$.{}", e.path()), e.inner().to_string()))?;
    export
        .portfolio
        .validate_at(&crate::validate::Checker::new("$.portfolio"))
        .map_err(|e| import_error(e.path, e.message))?;
    Ok(export.portfolio)
}

impl Mosaic {
    pub fn export_json(&mut self, id: PortfolioId) -> Result<String> {
        Ok(serde_json::to_string_pretty(&export(self.portfolio(id)?))?)
    }

    /// Imports an exported portfolio as one new document (one commit). The store is
    /// unchanged if anything is wrong with the file.
    pub fn import_json(&mut self, bytes: &[u8]) -> Result<PortfolioId> {
        let portfolio = parse(bytes)?;
        self.import_portfolio(portfolio, None)
    }

    fn import_portfolio(
        &mut self,
        portfolio: Portfolio,
        document: Option<&[u8]>,
    ) -> Result<PortfolioId> {
        let id = portfolio.id;
        let pid = id.to_string();
        if self.role(id).is_ok() {
            return Err(Error::PortfolioExists(pid));
        }
        // Entries kept on this device only never go into the document, also when a
        // backup or an export brings them back.
        let device_only = crate::local::DeviceOnly::of(&portfolio, &Portfolio::empty(id));
        let data = match document {
            Some(bytes) => {
                let mut doc = PortfolioDoc::load(bytes, automerge::ActorId::random())?;
                if doc.id()? != id {
                    return Err(import_error(
                        "document.automerge",
                        "document belongs to another portfolio",
                    ));
                }
                doc.save()
            }
            None => build_document(
                &crate::local::DeviceOnly::shared_part(&portfolio),
                self.author(),
            )?,
        };
        let id = self.adopt_document(&data, "owner")?;
        device_only.add_missing(self, id)?;
        // A document from an older backup may still hold "only me" entries.
        self.keep_private_on_device()?;
        Ok(id)
    }

    /// Writes a backup: a zip with the JSON export, the full document and every
    /// attachment, sealed with `passphrase` in the age format (so `age -d` opens
    /// it too). Streamed into a temporary name and renamed when complete, so no
    /// plain copy touches the disk; a failure leaves nothing behind.
    pub fn backup(&mut self, id: PortfolioId, out: &Path, passphrase: &str) -> Result<()> {
        crate::sealed::check_passphrase(passphrase)?;
        write_then_rename(out, |tmp| {
            let sealed = crate::sealed::seal(crate::fsutil::create_private(tmp)?, passphrase)?;
            self.write_backup_zip(id, sealed)?.finish()?.sync_all()?;
            Ok(())
        })
    }

    /// The same backup as a plain zip (owner-only), the format Mosaic wrote before
    /// backups were sealed; restore still reads it. Front ends seal.
    pub fn backup_unsealed(&mut self, id: PortfolioId, out: &Path) -> Result<()> {
        write_then_rename(out, |tmp| {
            self.write_backup_zip(id, crate::fsutil::create_private(tmp)?)?
                .sync_all()?;
            Ok(())
        })
    }

    /// Writes the backup zip into `w` and gives `w` back.
    fn write_backup_zip<W: Write>(&mut self, id: PortfolioId, w: W) -> Result<W> {
        let portfolio = self.portfolio(id)?;
        let json = serde_json::to_vec_pretty(&export(portfolio.clone()))?;
        let document = self.save_document(id)?;
        let mut zip = zip::ZipWriter::new_stream(w);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("portfolio.json", opts)?;
        zip.write_all(&json)?;
        zip.start_file("document.automerge", opts)?;
        zip.write_all(&document)?;
        let mut seen = std::collections::HashSet::new();
        for a in portfolio.attachment_refs() {
            if !seen.insert(a.sha256.clone()) {
                continue;
            }
            let stored = self.attachment(&a.sha256)?;
            zip.start_file(format!("attachments/{}", a.sha256), opts)?;
            zip.write_all(&stored.bytes)?;
        }
        Ok(zip.finish()?.into_inner())
    }

    /// Restores a backup. With `replace`, an existing portfolio of the same id is
    /// replaced; otherwise restoring over it is refused.
    ///
    /// The document is loaded and checked before the store is touched; dropping the
    /// old portfolio, storing the files and storing the new document are one
    /// transaction, so a bad backup leaves the store as it was. Each file is read
    /// once however many entries reference it, one at a time, within
    /// [`MAX_BACKUP_TOTAL_BYTES`].
    ///
    /// A backup sealed with a passphrase needs `passphrase`; a plain zip from an
    /// older Mosaic is read as it is.
    pub fn restore(
        &mut self,
        path: &Path,
        passphrase: Option<&str>,
        replace: bool,
    ) -> Result<PortfolioId> {
        let mut file = std::fs::File::open(path)?;
        if crate::sealed::is_sealed(&mut file)? {
            let passphrase = passphrase.ok_or_else(|| {
                Error::Passphrase("this backup is encrypted; give its passphrase".into())
            })?;
            self.restore_zip(crate::sealed::open(file, passphrase)?, replace)
        } else {
            self.restore_zip(file, replace)
        }
    }

    fn restore_zip<R: Read + Seek>(&mut self, reader: R, replace: bool) -> Result<PortfolioId> {
        let mut zip = zip::ZipArchive::new(reader)
            .map_err(|e| import_error("backup", format!("not a Mosaic backup zip: {e}")))?;
        let json = read_entry(&mut zip, "portfolio.json")?
            .ok_or_else(|| import_error("portfolio.json", "missing from the backup"))?;
        let portfolio = parse(&json)?;
        let id = portfolio.id;
        let exists = self.role(id).is_ok();
        if exists && !replace {
            return Err(Error::PortfolioExists(id.to_string()));
        }
        let document = match read_entry(&mut zip, "document.automerge")? {
            Some(bytes) => bytes,
            None => build_document(&portfolio, self.author())?,
        };
        let doc = PortfolioDoc::load(&document, self.actor())?;
        if doc.id()? != id {
            return Err(import_error(
                "document.automerge",
                "document belongs to another portfolio",
            ));
        }
        let from_doc = doc.read()?;
        // "Only me" entries are in the backup's JSON, never in its document.
        let device_only = crate::local::DeviceOnly::of(&portfolio, &from_doc);
        let files: std::collections::BTreeMap<&str, &AttachmentRef> = portfolio
            .attachment_refs()
            .into_iter()
            .map(|a| (a.sha256.as_str(), a))
            .collect();
        let restored =
            self.insert_document_with(id, doc, "owner", &from_doc, &device_only, |tx| {
                if exists {
                    tx.execute("DELETE FROM portfolios WHERE id = ?1", [id.to_string()])?;
                }
                let mut total: u64 = 0;
                for (sha256, a) in files {
                    let name = format!("attachments/{sha256}");
                    let bytes = read_entry(&mut zip, &name)?
                        .ok_or_else(|| import_error(name.clone(), "missing from the backup"))?;
                    total += bytes.len() as u64;
                    if total > MAX_BACKUP_TOTAL_BYTES {
                        return Err(import_error(
                            "attachments",
                            format!("the files add up to more than {MAX_BACKUP_TOTAL_BYTES} bytes"),
                        ));
                    }
                    use sha2::Digest;
                    if hex::encode(sha2::Sha256::digest(&bytes)) != sha256 {
                        return Err(import_error(name, "content does not match its hash"));
                    }
                    crate::api::insert_attachment(
                        tx,
                        NewAttachment {
                            bytes,
                            mime: a.mime.clone(),
                            file_name: a.file_name.clone(),
                            width: None,
                            height: None,
                            thumbnail: None,
                        },
                    )?;
                }
                Ok(())
            })?;
        // A document from an older backup may still hold "only me" entries.
        self.keep_private_on_device()?;
        Ok(restored)
    }
}

/// Runs `write` on `<out>.partial`, then renames it to `out` (durably); on an error
/// the partial file is removed.
fn write_then_rename(out: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let tmp = out.with_extension("partial");
    if let Err(e) = write(&tmp) {
        // Best effort: the error that matters is the one from writing.
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, out)?;
    crate::fsutil::sync_parent(out)
}

fn read_entry<R: Read + Seek>(zip: &mut zip::ZipArchive<R>, name: &str) -> Result<Option<Vec<u8>>> {
    let entry = match zip.by_name(name) {
        Ok(e) => e,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(import_error(name, format!("unreadable: {e}"))),
    };
    if entry.size() > MAX_BACKUP_ENTRY_BYTES {
        return Err(import_error(name, "is larger than the backup limit"));
    }
    let mut bytes = Vec::new();
    entry
        .take(MAX_BACKUP_ENTRY_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| import_error(name, format!("unreadable: {e}")))?;
    if bytes.len() as u64 > MAX_BACKUP_ENTRY_BYTES {
        return Err(import_error(name, "is larger than the backup limit"));
    }
    Ok(Some(bytes))
}

/// A fresh document holding `portfolio`, as one `import` commit.
fn build_document(portfolio: &Portfolio, by: &str) -> Result<Vec<u8>> {
    let now = chrono::Utc::now().timestamp();
    let mut doc = PortfolioDoc::create(portfolio.id, automerge::ActorId::random(), by, now)?;
    doc.set_profile(&portfolio.profile)?;
    fn all<E: Entry>(doc: &mut PortfolioDoc, items: &[E]) -> Result<()> {
        items.iter().try_for_each(|e| doc.put_entry(e))
    }
    all(&mut doc, &portfolio.languages)?;
    all(&mut doc, &portfolio.certificates)?;
    all(&mut doc, &portfolio.programmes)?;
    all(&mut doc, &portfolio.activities)?;
    all(&mut doc, &portfolio.experience)?;
    all(&mut doc, &portfolio.education)?;
    all(&mut doc, &portfolio.skills)?;
    all(&mut doc, &portfolio.stories)?;
    all(&mut doc, &portfolio.goals)?;
    all(&mut doc, &portfolio.competences)?;
    all(&mut doc, &portfolio.reflections)?;
    all(&mut doc, &portfolio.consents)?;
    doc.commit(
        &crate::doc::Intent {
            action: "import".into(),
            section: None,
            entry: None,
            by: by.into(),
        },
        now,
    );
    Ok(doc.save())
}
