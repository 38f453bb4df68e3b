//! `mosaic`: the command-line front end over the core API.

mod attest;
mod competence;
mod fields;
mod goal;
mod programme;
mod reflect;
mod secrets;
mod sharing;
mod show;
mod testimonial;
mod verify;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use mosaic_core::{Mosaic, PortfolioId, Profile, Section};

#[derive(Parser)]
#[command(
    name = "mosaic",
    version,
    about = "Mosaic: an offline-first e-portfolio for migrants"
)]
struct Cli {
    /// Where the store lives (default: the platform's data directory, or $MOSAIC_DATA_DIR).
    #[arg(long, global = true, env = "MOSAIC_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Which portfolio (needed only when the store holds more than one of your own).
    #[arg(long, short = 'p', global = true)]
    portfolio: Option<PortfolioId>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Name recorded as the author of changes (saved for later runs).
    #[arg(long, global = true)]
    author: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create your portfolio.
    Init {
        /// Your name in Latin script.
        #[arg(long)]
        name: String,
        /// Your name in your own script.
        #[arg(long)]
        own_script: Option<String>,
        #[arg(long)]
        city: Option<String>,
        /// Mother tongues as BCP 47 codes, comma separated (e.g. `ti,ar`).
        #[arg(long, value_delimiter = ',')]
        mother_tongue: Vec<String>,
    },
    /// A readable summary of the portfolio.
    Show,
    /// Every portfolio in this store with its progress (a mentor's overview).
    Portfolios,
    /// Edit the profile: `mosaic profile city=Msida about="..."`.
    Profile { fields: Vec<String> },
    /// Add an entry: `mosaic add activity kind=language_cafe date=2025-03-01 hours=2`.
    Add {
        section: Section,
        fields: Vec<String>,
        /// Read the entry as JSON from a file (`-` for stdin) instead of FIELD=VALUE.
        #[arg(long)]
        from: Option<PathBuf>,
    },
    /// Change fields of an entry; `FIELD=` clears a field.
    Edit {
        section: Section,
        id: uuid::Uuid,
        fields: Vec<String>,
    },
    /// Remove an entry.
    Remove { section: Section, id: uuid::Uuid },
    /// List the entries of a section (as JSON with --json).
    List { section: Section },
    /// Record a CEFR assessment: `mosaic assess mt reading=B1 listening=A2 --by teacher`.
    Assess {
        /// BCP 47 code of the language.
        code: String,
        /// SKILL=LEVEL pairs (listening, reading, spoken_interaction, spoken_production, writing).
        levels: Vec<String>,
        /// self, teacher, exam or mentor.
        #[arg(long, default_value = "self")]
        by: String,
        /// Date of the assessment (default: today).
        #[arg(long)]
        date: Option<String>,
    },
    /// Attach a photo, scan or PDF to a certificate, or a photo to an activity or a story
    /// (location and other metadata are removed).
    Attach { entry: uuid::Uuid, file: PathBuf },
    /// Import a baked Open Badge PNG as a certificate (verified offline when possible).
    ImportBadge { file: PathBuf },
    /// Personal and social competences (LifeComp): assess, link evidence, list.
    Competence {
        #[command(subcommand)]
        cmd: competence::CompetenceCommand,
    },
    /// Reflections on activities: what I did, learned, new words, who I met, a voice note.
    Reflect {
        #[command(subcommand)]
        cmd: reflect::ReflectCommand,
    },
    /// Goals and their steps: add, edit, done, list (with what is due soon or overdue).
    Goal {
        #[command(subcommand)]
        cmd: goal::GoalCommand,
    },
    /// Stories published as testimonials, with consent: publish, list, withdraw, verify.
    Testimonial {
        #[command(subcommand)]
        cmd: testimonial::TestimonialCommand,
    },
    /// Programmes: templates, starting one, modules, and what is still missing.
    Programme {
        #[command(subcommand)]
        cmd: programme::ProgrammeCommand,
    },
    #[command(flatten)]
    Sharing(sharing::SharingCommand),
    #[command(flatten)]
    Attest(attest::AttestCommand),
    /// Import a portfolio exported as JSON.
    Import { file: PathBuf },
    /// Export the portfolio.
    Export {
        #[command(subcommand)]
        format: ExportFormat,
    },
    /// Write a full backup (JSON, history and attachments): a zip sealed with a
    /// passphrase in the age format (`age -d` opens it too). The passphrase comes
    /// from $MOSAIC_BACKUP_PASSPHRASE or is asked for on the terminal.
    Backup {
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Set or change the PIN that protects this store's key ($MOSAIC_NEW_PIN or
    /// asked for), or with --remove keep the key in an owner-only file instead.
    Pin {
        #[arg(long)]
        remove: bool,
    },
    /// Restore a backup (asks for its passphrase, or $MOSAIC_BACKUP_PASSPHRASE).
    Restore {
        file: PathBuf,
        /// Replace the portfolio if it already exists here.
        #[arg(long)]
        replace: bool,
    },
    /// Who changed what, and when (of one entry, or of everything).
    History { entry: Option<uuid::Uuid> },
    /// Check the store and rebuild the query tables.
    Doctor,
    /// Check a CV: the credential attached to a PDF, or a text file with a scanned QR code.
    /// Prints each claim with who vouches for it; fails on any change. Needs no store.
    Verify { file: PathBuf },
    /// Erase a portfolio (or with --everything, the whole store). Cannot be undone.
    Erase {
        #[arg(long)]
        everything: bool,
        /// Confirms that you mean it.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand)]
enum ExportFormat {
    /// The versioned interchange JSON (schemas/portfolio-v1.schema.json).
    Json {
        #[arg(short, long)]
        output: PathBuf,
    },
    /// A PDF CV in the host country's language (PDF/A-2u, tagged).
    Pdf {
        /// CV language, independent of the app's language (en, mt, sv, de, it, el, fr, nl, tr...).
        #[arg(long, default_value = "en")]
        lang: String,
        /// europass or compact.
        #[arg(long, default_value = "europass")]
        template: mosaic_cv::Template,
        /// Sections to include, comma separated (default: all).
        #[arg(long, value_delimiter = ',')]
        sections: Vec<mosaic_cv::CvSection>,
        /// Leave the profile photo out.
        #[arg(long)]
        no_photo: bool,
        /// Leave out the QR code and the signed claims (a plain PDF/A-2u).
        #[arg(long)]
        unsigned: bool,
        /// Where the verification page (verify.html) is hosted: the QR code then holds a
        /// link to it with the signed claims after `#`.
        #[arg(long)]
        verify_url: Option<String>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// JSON Resume (jsonresume.org schema v1).
    JsonResume {
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Europass XML with the CEFR grid of each language.
    Europass {
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// An entry's signed confirmation as an Open Badges 3.0 credential (a W3C Verifiable
    /// Credential with an eddsa-rdfc-2022 proof by the mentor's key), for other wallets.
    Badge {
        entry: uuid::Uuid,
        #[arg(short, long)]
        output: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) => {
            // One line, like every other error; `--help` has the details.
            let text = e.to_string();
            eprintln!("{}", text.lines().next().unwrap_or("error: bad arguments"));
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", one_line_error(&e));
            ExitCode::FAILURE
        }
    }
}

fn data_dir(cli: &Cli) -> Result<PathBuf> {
    if let Some(dir) = &cli.data_dir {
        return Ok(dir.clone());
    }
    directories::ProjectDirs::from("org", "Mosaic", "Mosaic")
        .map(|d| d.data_dir().to_path_buf())
        .context("no data directory on this platform; pass --data-dir")
}

/// The portfolio to act on: the one given, or the only one this person owns.
pub(crate) fn pick(m: &Mosaic, given: Option<PortfolioId>) -> Result<PortfolioId> {
    if let Some(id) = given {
        return Ok(id);
    }
    let own: Vec<_> = m
        .list_portfolios()?
        .into_iter()
        .filter(|s| s.role == "owner")
        .collect();
    match own.as_slice() {
        [one] => Ok(one.id),
        [] => bail!("no portfolio yet; create one with `mosaic init --name \"Your Name\"`"),
        many => bail!(
            "this store holds {} portfolios; choose one with --portfolio ({})",
            many.len(),
            many.iter()
                .map(|s| s.id.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub(crate) fn print(
    json: bool,
    value: &serde_json::Value,
    text: impl FnOnce() -> String,
) -> Result<()> {
    if json {
        emit(&serde_json::to_string_pretty(value)?)
    } else {
        emit(&text())
    }
}

/// Writes `text` and a newline to stdout. A reader that has gone (`mosaic show | head -1`)
/// is not an error: the command's work is done and nobody is left to tell.
pub(crate) fn emit(text: &str) -> Result<()> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut buf = vec![];
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)?;
        return Ok(buf);
    }
    std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}

fn run(cli: Cli) -> Result<()> {
    if let Command::Verify { file } = &cli.command {
        return verify::run(file, cli.json);
    }
    // An organisation verifies a testimonial without a store of its own.
    if let Command::Testimonial {
        cmd: testimonial::TestimonialCommand::Verify { file, withdrawal },
    } = &cli.command
    {
        return testimonial::verify(file, withdrawal.as_deref(), cli.json);
    }
    let dir = data_dir(&cli)?;
    let mut m = secrets::open_store(&dir)
        .with_context(|| format!("cannot open the store in {}", dir.display()))?;
    if let Some(author) = &cli.author {
        m.set_author(author)?;
    }
    let json = cli.json;
    match cli.command {
        Command::Init {
            name,
            own_script,
            city,
            mother_tongue,
        } => {
            let id = m.create_portfolio(Profile {
                name_latin: name,
                name_own_script: own_script,
                city,
                mother_tongues: mother_tongue,
                ..Default::default()
            })?;
            print(json, &serde_json::json!({ "id": id }), || {
                format!("Created portfolio {id}")
            })?;
        }
        Command::Show => {
            let id = pick(&m, cli.portfolio)?;
            let p = m.portfolio(id)?;
            print(json, &serde_json::to_value(&p)?, || show::render(&p))?;
        }
        Command::Portfolios => {
            let list = m.list_portfolios()?;
            print(json, &serde_json::to_value(&list)?, || {
                list.iter()
                    .map(|s| {
                        format!(
                            "{}  {:<7} {}  ({} entries, {} activities)",
                            s.id, s.role, s.name_latin, s.entries, s.activities_attended
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        }
        Command::Profile { fields } => {
            let id = pick(&m, cli.portfolio)?;
            let current = serde_json::to_value(m.profile(id)?)?;
            fields::with_both(&fields, |patch| {
                let mut merged = current.clone();
                if let (Some(obj), Some(patch)) = (merged.as_object_mut(), patch.as_object()) {
                    for (k, v) in patch {
                        if v.is_null() {
                            obj.remove(k);
                        } else {
                            obj.insert(k.clone(), v.clone());
                        }
                    }
                }
                if let Some(tongues) = merged.get("mother_tongues").and_then(|v| v.as_str()) {
                    let list: Vec<_> = tongues.split(',').map(|s| s.trim().to_string()).collect();
                    merged["mother_tongues"] = list.into();
                }
                let profile: Profile = serde_json::from_value(merged)?;
                m.update_profile(id, profile)
            })?;
            print(json, &serde_json::json!({"ok": true}), || {
                "Profile saved".into()
            })?;
        }
        Command::Add {
            section,
            fields,
            from,
        } => {
            let id = pick(&m, cli.portfolio)?;
            let entry = match from {
                Some(path) => {
                    let value = serde_json::from_slice(&read_input(&path)?)
                        .with_context(|| format!("{} is not JSON", path.display()))?;
                    m.add_json(id, section, value)?
                }
                None => fields::with_both(&fields, |v| m.add_json(id, section, v))?,
            };
            print(json, &serde_json::json!({ "id": entry }), || {
                format!("Added {section} entry {entry}")
            })?;
        }
        Command::Edit {
            section,
            id: entry,
            fields,
        } => {
            let id = pick(&m, cli.portfolio)?;
            fields::with_both(&fields, |patch| m.edit_json(id, section, entry, patch))?;
            print(json, &serde_json::json!({"ok": true}), || {
                format!("Saved {section} entry {entry}")
            })?;
        }
        Command::Remove { section, id: entry } => {
            let id = pick(&m, cli.portfolio)?;
            m.remove(id, section, entry)?;
            print(json, &serde_json::json!({"ok": true}), || {
                format!("Removed {section} entry {entry}")
            })?;
        }
        Command::List { section } => {
            let id = pick(&m, cli.portfolio)?;
            let list = m.list_json(id, section)?;
            print(json, &list, || {
                list.as_array()
                    .map(|items| {
                        items
                            .iter()
                            .map(|e| format!("{}  {}", e["id"].as_str().unwrap_or(""), one_line(e)))
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .unwrap_or_default()
            })?;
        }
        Command::Assess {
            code,
            levels,
            by,
            date,
        } => {
            let id = pick(&m, cli.portfolio)?;
            let levels = fields::parse(&levels, false)?;
            let date = date.unwrap_or_else(|| chrono::Local::now().date_naive().to_string());
            let assessment = serde_json::json!({"date": date, "assessor": by, "levels": levels});
            let existing = m
                .list::<mosaic_core::Language>(id)?
                .into_iter()
                .find(|l| l.code == code);
            let entry = match existing {
                Some(lang) => {
                    let mut history = serde_json::to_value(&lang.history)?;
                    if let Some(list) = history.as_array_mut() {
                        list.push(assessment);
                    }
                    m.edit_json(
                        id,
                        Section::Languages,
                        lang.id,
                        serde_json::json!({"history": history}),
                    )?;
                    lang.id
                }
                None => m.add_json(
                    id,
                    Section::Languages,
                    serde_json::json!({"code": code, "history": [assessment]}),
                )?,
            };
            print(json, &serde_json::json!({"id": entry}), || {
                format!("Recorded {code} assessment")
            })?;
        }
        Command::Attach { entry, file } => {
            let id = pick(&m, cli.portfolio)?;
            let name = file.file_name().and_then(|n| n.to_str()).map(String::from);
            let bytes = read_input(&file)?;
            let a = match m.section_of(id, entry)? {
                Section::Certificates => {
                    m.attach_to_certificate(id, entry, &bytes, name.as_deref())?
                }
                section => m.attach_photo(id, section, entry, &bytes, name.as_deref())?,
            };
            print(json, &serde_json::to_value(&a)?, || {
                format!("Attached {} ({} bytes, {})", a.sha256, a.size, a.mime)
            })?;
        }
        Command::ImportBadge { file } => {
            let id = pick(&m, cli.portfolio)?;
            let entry = m.import_badge(id, &read_input(&file)?)?;
            let cert: mosaic_core::Certificate = m.get(id, entry)?;
            print(json, &serde_json::to_value(&cert)?, || {
                let state = match &cert.verification {
                    mosaic_core::Verification::Credential { method } => {
                        format!("verified ({method})")
                    }
                    mosaic_core::Verification::CredentialNotVerified { reason } => {
                        format!("not verified: {reason}")
                    }
                    _ => "unverified".into(),
                };
                format!(
                    "Imported badge \"{}\" as certificate {entry}, {state}",
                    cert.title
                )
            })?;
        }
        Command::Goal { cmd } => goal::run(&mut m, cli.portfolio, json, cmd)?,
        Command::Reflect { cmd } => reflect::run(&mut m, cli.portfolio, json, cmd)?,
        Command::Testimonial { cmd } => testimonial::run(&mut m, cli.portfolio, json, cmd)?,
        Command::Competence { cmd } => competence::run(&mut m, cli.portfolio, json, cmd)?,
        Command::Programme { cmd } => programme::run(&mut m, cli.portfolio, json, cmd)?,
        Command::Sharing(cmd) => sharing::run(&mut m, cli.portfolio, json, cmd)?,
        Command::Attest(cmd) => attest::run(&mut m, cli.portfolio, json, cmd)?,
        Command::Import { file } => {
            let id = m.import_json(&read_input(&file)?)?;
            print(json, &serde_json::json!({"id": id}), || {
                format!("Imported portfolio {id}")
            })?;
        }
        Command::Export { format } => match format {
            ExportFormat::Json { output } => {
                let id = pick(&m, cli.portfolio)?;
                write_file(&output, m.export_json(id)?.as_bytes())?;
                print(json, &serde_json::json!({"file": output}), || {
                    format!("Wrote {}", output.display())
                })?;
            }
            ExportFormat::Pdf {
                lang,
                template,
                sections,
                no_photo,
                unsigned,
                verify_url,
                output,
            } => {
                // Refused before use if it is not a BCP 47 tag.
                mosaic_cv::cv_language(&lang)?;
                let id = pick(&m, cli.portfolio)?;
                let portfolio = m.portfolio(id)?;
                let photo = match (&portfolio.profile.photo, no_photo) {
                    (Some(p), false) => Some(m.attachment(&p.sha256)?.bytes),
                    _ => None,
                };
                let options = mosaic_cv::CvOptions {
                    lang,
                    template,
                    sections,
                    include_photo: photo.is_some(),
                    verify_url,
                };
                let pdf = if unsigned {
                    mosaic_cv::render_pdf(&portfolio, photo.as_deref(), &options)?
                } else {
                    let key = mosaic_attest::store::attendance_key(m.connection(), id)?;
                    mosaic_cv::render_verifiable_pdf(&portfolio, photo.as_deref(), &options, &key)?
                };
                write_file(&output, &pdf)?;
                print(
                    json,
                    &serde_json::json!({"file": output, "bytes": pdf.len()}),
                    || format!("Wrote {} ({} bytes)", output.display(), pdf.len()),
                )?;
            }
            ExportFormat::JsonResume { lang, output } => {
                // Refused before use if it is not a BCP 47 tag.
                mosaic_cv::cv_language(&lang)?;
                let id = pick(&m, cli.portfolio)?;
                let options = mosaic_cv::CvOptions {
                    lang,
                    ..Default::default()
                };
                let resume = mosaic_cv::json_resume(&m.portfolio(id)?, &options);
                write_file(&output, serde_json::to_string_pretty(&resume)?.as_bytes())?;
                print(json, &serde_json::json!({"file": output}), || {
                    format!("Wrote {}", output.display())
                })?;
            }
            ExportFormat::Europass { lang, output } => {
                // Refused before use if it is not a BCP 47 tag.
                mosaic_cv::cv_language(&lang)?;
                let id = pick(&m, cli.portfolio)?;
                let options = mosaic_cv::CvOptions {
                    lang,
                    ..Default::default()
                };
                let xml = mosaic_cv::europass_xml(&m.portfolio(id)?, &options)?;
                write_file(&output, xml.as_bytes())?;
                print(json, &serde_json::json!({"file": output}), || {
                    format!("Wrote {}", output.display())
                })?;
            }
            ExportFormat::Badge { entry, output } => {
                let id = pick(&m, cli.portfolio)?;
                let badge = mosaic_sync::export_badge(&mut m, id, entry)?;
                write_file(&output, badge.as_bytes())?;
                print(json, &serde_json::json!({"file": output}), || {
                    format!("Wrote {}", output.display())
                })?;
            }
        },
        Command::Backup { output } => {
            let id = pick(&m, cli.portfolio)?;
            let passphrase = secrets::backup_passphrase(true)?;
            m.backup(id, &output, &passphrase)?;
            print(json, &serde_json::json!({"file": output}), || {
                format!("Wrote backup {}", output.display())
            })?;
        }
        Command::Pin { remove } => {
            let pin = if remove {
                None
            } else {
                Some(secrets::new_pin()?)
            };
            m.set_pin(pin.as_deref().map(|p| p.as_str()))?;
            let kept = m.key_protection()?;
            print(
                json,
                &serde_json::json!({"pin": !remove, "key": kept}),
                || {
                    if remove {
                        format!("No PIN: the store key is now {}.", key_place(kept))
                    } else {
                        "PIN set: the store opens only with it.".into()
                    }
                },
            )?;
        }
        Command::Restore { file, replace } => {
            let sealed = mosaic_core::sealed::is_sealed(
                &mut std::fs::File::open(&file)
                    .with_context(|| format!("cannot read {}", file.display()))?,
            )?;
            let passphrase = if sealed {
                Some(secrets::backup_passphrase(false)?)
            } else {
                None
            };
            let id = m.restore(&file, passphrase.as_deref().map(|p| p.as_str()), replace)?;
            print(json, &serde_json::json!({"id": id}), || {
                format!("Restored portfolio {id}")
            })?;
        }
        Command::History { entry } => {
            let id = pick(&m, cli.portfolio)?;
            let events = m.history(id, entry)?;
            print(json, &serde_json::to_value(&events)?, || {
                events
                    .iter()
                    .map(|e| {
                        let when = chrono::DateTime::from_timestamp(e.time, 0)
                            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                            .unwrap_or_default();
                        let what = match (&e.intent.section, &e.intent.entry) {
                            (Some(s), Some(id)) => format!("{} {s} {id}", e.intent.action),
                            _ => e.intent.action.clone(),
                        };
                        format!("{when}  {:<16} {what}", e.intent.by)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        }
        Command::Doctor => {
            let report = m.doctor()?;
            let kept = m.key_protection()?;
            let mut value = serde_json::to_value(&report)?;
            value["key"] = serde_json::to_value(kept)?;
            print(json, &value, || {
                let mut s = format!(
                    "store key: {}\ndatabase: {}\nportfolios checked: {}\nprojections rebuilt: {}\nattachments checked: {}",
                    key_place(kept),
                    report.integrity,
                    report.portfolios_checked,
                    report.projections_rebuilt,
                    report.attachments_checked
                );
                for p in &report.problems {
                    s.push_str(&format!("\nproblem: {p}"));
                }
                s
            })?;
            if !report.problems.is_empty() {
                bail!("{} problem(s) found", report.problems.len());
            }
        }
        // Handled before the store opens; kept here so the match stays exhaustive.
        Command::Verify { file } => verify::run(&file, json)?,
        Command::Erase { everything, yes } => {
            if !yes {
                bail!("erasing cannot be undone; add --yes to confirm");
            }
            // Through mosaic-sync: the sync secrets, the exports and the relay copy go too.
            let report = if everything {
                mosaic_sync::erase_everything(&mut m)?
            } else {
                let id = pick(&m, cli.portfolio)?;
                mosaic_sync::erase_portfolio(&mut m, id)?
            };
            print(
                json,
                &serde_json::json!({"ok": true, "report": report}),
                || {
                    let mut s = "Erased".to_string();
                    for w in &report.warnings {
                        s.push_str(&format!("\nwarning: {w}"));
                    }
                    s
                },
            )?;
        }
    }
    Ok(())
}

/// The error and its causes on one line, skipping causes the message already quotes.
fn one_line_error(e: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !msg.contains(&text) {
            if !msg.is_empty() {
                msg.push_str(": ");
            }
            msg.push_str(&text);
        }
    }
    msg.replace('\n', " ")
}

fn one_line(e: &serde_json::Value) -> String {
    [
        "title",
        "name",
        "role",
        "qualification",
        "code",
        "kind",
        "date",
    ]
    .iter()
    .filter_map(|k| e.get(*k).and_then(|v| v.as_str()))
    .collect::<Vec<_>>()
    .join("  ")
}

/// Writes via a temporary file so a crash never leaves half an export.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("partial");
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Where the store key is kept, in words.
fn key_place(kept: mosaic_core::keys::KeyProtection) -> &'static str {
    use mosaic_core::keys::KeyProtection as K;
    match kept {
        K::Pin => "wrapped under the PIN",
        K::Keystore => "kept in the system keyring",
        K::KeyFile => "kept in an owner-only file beside the store",
        K::None => "not made yet",
    }
}
