//! Organiser check-in through the real `mosaic` binary with three data directories (an
//! organiser and two migrants): an event, check-ins from both, receipts into the register
//! (which then lists exactly both); forged, altered, expired, future-dated, other-event and
//! replayed codes each refused with nothing stored; a receipt for the wrong event refused;
//! a programme module's attendance computed from the organiser's signed session list.

use std::path::PathBuf;
use std::process::Command;

use mosaic_attest::{checkin, wire};
use serde_json::Value;

type R<T = ()> = Result<T, Box<dyn std::error::Error>>;

struct Dir {
    path: tempfile::TempDir,
    bin: PathBuf,
}

struct Out {
    ok: bool,
    stdout: String,
    stderr: String,
}

impl Dir {
    fn new() -> R<Self> {
        Ok(Dir {
            path: tempfile::tempdir()?,
            bin: mosaic_tests::workspace_bin("mosaic-cli", "mosaic")?,
        })
    }
    fn run(&self, args: &[&str]) -> R<Out> {
        let out = Command::new(&self.bin)
            .arg("--data-dir")
            .arg(self.path.path())
            .args(args)
            .output()?;
        Ok(Out {
            ok: out.status.success(),
            stdout: String::from_utf8(out.stdout)?,
            stderr: String::from_utf8(out.stderr)?,
        })
    }
    /// Runs and requires success.
    fn ok(&self, args: &[&str]) -> R<String> {
        let out = self.run(args)?;
        if !out.ok {
            return Err(format!("mosaic {args:?} failed: {}", out.stderr).into());
        }
        Ok(out.stdout)
    }
    fn json(&self, args: &[&str]) -> R<Value> {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        Ok(serde_json::from_str(&self.ok(&all)?)?)
    }
    /// Runs, requires failure, and returns the error line.
    fn refused(&self, args: &[&str]) -> R<String> {
        let out = self.run(args)?;
        if out.ok {
            return Err(format!("mosaic {args:?} should have failed: {}", out.stdout).into());
        }
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
        Ok(out.stderr)
    }
    fn activities(&self) -> R<usize> {
        Ok(self
            .json(&["list", "activity"])?
            .as_array()
            .ok_or("not a list")?
            .len())
    }
}

fn code(org: &Dir, event: &str, extra: &[&str]) -> R<String> {
    let mut args = vec!["event", "code", event];
    args.extend_from_slice(extra);
    Ok(org.ok(&args)?.trim().to_string())
}

fn receipt_of(check_in_output: &Value) -> R<String> {
    Ok(check_in_output["receipt"]
        .as_str()
        .ok_or("no receipt")?
        .to_string())
}

#[test]
fn organiser_and_two_migrants_through_the_cli() -> R {
    let org = Dir::new()?;
    let amina = Dir::new()?;
    let yonas = Dir::new()?;
    let info = org.json(&[
        "organiser",
        "init",
        "--name",
        "Integra Foundation",
        "--organisation",
        "Integra",
    ])?;
    let fingerprint = info["fingerprint"]
        .as_str()
        .ok_or("fingerprint")?
        .to_string();
    assert!(org.ok(&["organiser", "show"])?.contains(&fingerprint));
    amina.ok(&["init", "--name", "Amina Yusuf"])?;
    yonas.ok(&["init", "--name", "Yonas Tesfaye"])?;

    let today = chrono::Utc::now().date_naive().to_string();
    let event = org.json(&[
        "event",
        "create",
        "--title",
        "Language café",
        "--kind",
        "language_cafe",
        "--date",
        &today,
        "--hours",
        "2",
        "--place",
        "Valletta",
    ])?;
    let ev = event["id"].as_str().ok_or("event id")?.to_string();
    let other = org.json(&[
        "event",
        "create",
        "--title",
        "International lunch",
        "--kind",
        "international_lunch",
        "--date",
        &today,
        "--hours",
        "1.5",
    ])?;
    let other_ev = other["id"].as_str().ok_or("event id")?.to_string();
    assert_eq!(
        org.json(&["event", "list"])?.as_array().map(Vec::len),
        Some(2)
    );

    // Both check in with the code on the organiser's screen.
    let shown = code(&org, &ev, &[])?;
    let a = amina.json(&["check-in", &shown])?;
    let y = yonas.json(&["check-in", &shown])?;
    assert_eq!(a["recorded"], true);
    assert_eq!(a["fingerprint"], fingerprint.as_str());
    assert!(
        amina
            .ok(&["show"])?
            .contains(&format!("verified by Integra Foundation ({fingerprint})"))
    );

    // Receipts scanned back: the register lists exactly both.
    assert!(
        org.ok(&["event", "receipt", &ev, &receipt_of(&a)?])?
            .contains("Added Amina Yusuf")
    );
    assert!(
        org.ok(&["event", "receipt", &ev, &receipt_of(&y)?])?
            .contains("Added Yonas Tesfaye")
    );
    assert!(
        org.ok(&["event", "receipt", &ev, &receipt_of(&a)?])?
            .contains("already")
    );
    let register = org.json(&["event", "register", &ev])?;
    let mut names: Vec<&str> = register
        .as_array()
        .ok_or("register")?
        .iter()
        .filter_map(|r| r["name"].as_str())
        .collect();
    names.sort();
    assert_eq!(names, ["Amina Yusuf", "Yonas Tesfaye"]);
    let csv = org.ok(&["event", "register", &ev, "--csv"])?;
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.starts_with("name,key_fingerprint,checked_in_at"));

    // A receipt for the wrong event is refused and the other register stays empty.
    let err = org.refused(&["event", "receipt", &other_ev, &receipt_of(&a)?])?;
    assert!(err.contains("another event"), "{err}");
    assert_eq!(
        org.json(&["event", "register", &other_ev])?,
        Value::Array(vec![])
    );

    // Scanning again is a no-op that says so.
    let again = amina.ok(&["check-in", &shown])?;
    assert!(again.contains("Already checked in"), "{again}");
    assert_eq!(amina.activities()?, 1);

    // Refused codes: nothing stored on Yonas's phone.
    let fresh = code(&org, &other_ev, &[])?;
    let mut bytes = wire::from_text(checkin::PREFIX, &fresh, "code")?;
    // Forged: signed by a stranger's key but naming the organiser's key.
    let stranger = Dir::new()?;
    stranger.ok(&["organiser", "init", "--name", "Integra Foundation"])?;
    let stranger_ev = stranger.json(&[
        "event",
        "create",
        "--title",
        "International lunch",
        "--kind",
        "international_lunch",
        "--date",
        &today,
        "--hours",
        "1.5",
    ])?;
    let stranger_code = code(&stranger, stranger_ev["id"].as_str().ok_or("id")?, &[])?;
    let mut forged = wire::from_text(checkin::PREFIX, &stranger_code, "code")?;
    let key_at = 1 + 16 + 1 + 4 + 2 + 4 + 2;
    forged[key_at..key_at + 32].copy_from_slice(&bytes[key_at..key_at + 32]);
    let err = yonas.refused(&["check-in", &wire::to_text(checkin::PREFIX, &forged)])?;
    assert!(err.contains("forged or altered"), "{err}");
    // Altered: the hours changed from 1.5 to a day.
    let hours_at = 1 + 16 + 1 + 4;
    bytes[hours_at] ^= 0x05;
    let err = yonas.refused(&["check-in", &wire::to_text(checkin::PREFIX, &bytes)])?;
    assert!(err.contains("forged or altered"), "{err}");
    // Expired and future-dated.
    let now = chrono::Utc::now().timestamp();
    let old = code(&org, &other_ev, &["--at", &(now - 600).to_string()])?;
    let err = yonas.refused(&["check-in", &old])?;
    assert!(err.contains("expired"), "{err}");
    let future = code(&org, &other_ev, &["--at", &(now + 3600).to_string()])?;
    let err = yonas.refused(&["check-in", &future])?;
    assert!(err.contains("future"), "{err}");
    // A code for another event than the one the screen expects.
    let err = yonas.refused(&["check-in", &fresh, "--event", &ev])?;
    assert!(err.contains("another event"), "{err}");
    // Replayed: a code forwarded after its window closed.
    let short = code(&org, &other_ev, &["--valid", "1"])?;
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let err = yonas.refused(&["check-in", &short])?;
    assert!(err.contains("expired"), "{err}");
    assert_eq!(
        yonas.activities()?,
        1,
        "only the genuine check-in is stored"
    );
    Ok(())
}

#[test]
fn module_attendance_follows_the_verified_sessions() -> R {
    let org = Dir::new()?;
    let amina = Dir::new()?;
    let yonas = Dir::new()?;
    let info = org.json(&["organiser", "init", "--name", "Integra Foundation"])?;
    let fingerprint = info["fingerprint"]
        .as_str()
        .ok_or("fingerprint")?
        .to_string();
    let today = chrono::Utc::now().date_naive();
    let mut sessions = vec![];
    for date in [today.pred_opt().ok_or("date")?, today] {
        let ev = org.json(&[
            "event",
            "create",
            "--title",
            "Maltese lesson",
            "--kind",
            "workshop",
            "--date",
            &date.to_string(),
            "--hours",
            "2",
            "--programme-template",
            "i-belong-stage-1",
            "--module",
            "Maltese",
        ])?;
        sessions.push(ev["id"].as_str().ok_or("id")?.to_string());
    }
    let mut programmes = vec![];
    for d in [&amina, &yonas] {
        d.ok(&["init", "--name", "Migrant"])?;
        // A self-reported 100 % that the signed sessions will replace.
        let file = d.path.path().join("programme.json");
        std::fs::write(
            &file,
            r#"{"title": "I Belong", "stage": "Stage 1", "min_attendance_pct": 80,
                "modules": [{"name": "Maltese", "status": "in_progress", "hours": 20, "attendance_pct": 100}]}"#,
        )?;
        let added = d.json(&["add", "programme", "--from", &file.to_string_lossy()])?;
        programmes.push(added["id"].as_str().ok_or("id")?.to_string());
    }
    // Amina comes to the first session only.
    let first = code(&org, &sessions[0], &[])?;
    amina.ok(&["check-in", &first])?;
    let list = org.ok(&[
        "event",
        "sessions",
        "--programme-template",
        "i-belong-stage-1",
        "--module",
        "Maltese",
    ])?;
    let list = list.trim();
    let linked = amina.json(&["import-sessions", list, "--programme", &programmes[0]])?;
    assert_eq!(linked["attendance"]["attended"], 1);
    assert_eq!(linked["attendance"]["held"], 2);
    let shown = amina.ok(&["show"])?;
    let expected = format!(
        "Maltese: attendance 50 % (1 of 2 sessions), verified by Integra Foundation ({fingerprint})"
    );
    assert!(shown.contains(&expected), "{shown}");
    let attendance = |d: &Dir| -> R<Value> {
        Ok(d.json(&["list", "programme"])?[0]["modules"][0]["attendance_pct"].clone())
    };
    assert_eq!(attendance(&amina)?, 50.0);
    // The second session: the module follows at once.
    let second = code(&org, &sessions[1], &[])?;
    amina.ok(&["check-in", &second])?;
    assert_eq!(attendance(&amina)?, 100.0);
    // Yonas typed 100 % but checked in nowhere: the signed list says 0 of 2.
    let linked = yonas.json(&["import-sessions", list, "--programme", &programmes[1]])?;
    assert_eq!(linked["attendance"]["attended"], 0);
    assert_eq!(attendance(&yonas)?, 0.0);
    // A session list altered in transit is refused and changes nothing.
    let mut bytes = wire::from_text(mosaic_attest::sessions::PREFIX, list, "list")?;
    let at = bytes.len() - 70;
    bytes[at] ^= 1;
    let altered = wire::to_text(mosaic_attest::sessions::PREFIX, &bytes);
    let err = amina.refused(&["import-sessions", &altered])?;
    assert!(err.contains("forged or altered"), "{err}");
    assert_eq!(attendance(&amina)?, 100.0);
    Ok(())
}
