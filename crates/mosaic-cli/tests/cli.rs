//! The `mosaic` binary as a user or a script drives it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::process::{Command, Output};

fn mosaic(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mosaic"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env("MOSAIC_BACKUP_PASSPHRASE", "correct horse battery")
        .env_remove("MOSAIC_PIN")
        .output()
        .unwrap()
}

fn ok(dir: &std::path::Path, args: &[&str]) -> String {
    let out = mosaic(dir, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_session_from_init_to_restore() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(
        d,
        &[
            "init",
            "--name",
            "Olena Kovalenko",
            "--own-script",
            "Олена Коваленко",
            "--mother-tongue",
            "uk",
        ],
    );
    let added: serde_json::Value = serde_json::from_str(&ok(
        d,
        &[
            "--json",
            "add",
            "activity",
            "kind=international_lunch",
            "date=2025-04-02",
            "hours=2",
            "title=<script>alert(1)</script>",
        ],
    ))
    .unwrap();
    let activity = added["id"].as_str().unwrap().to_string();
    ok(
        d,
        &[
            "assess",
            "mt",
            "reading=A2",
            "listening=A2",
            "--date",
            "2025-01-10",
        ],
    );
    ok(
        d,
        &[
            "assess",
            "mt",
            "reading=B1",
            "--by",
            "teacher",
            "--date",
            "2025-06-10",
        ],
    );
    ok(
        d,
        &["edit", "activity", &activity, "hours=3", "place=Valletta"],
    );
    ok(d, &["add", "skill", "name=Tailoring", "level=3"]);

    let show = ok(d, &["show"]);
    assert!(show.contains("Олена Коваленко"));
    assert!(
        show.contains("L A2 · R B1"),
        "latest level per skill: {show}"
    );
    assert!(
        show.contains("<script>alert(1)</script>"),
        "text is shown as typed"
    );

    // Each level says who judged it; an owner-typed "confirmed" is only a self-reported note.
    assert!(
        show.contains("listening A2: self-assessed"),
        "per-skill source: {show}"
    );
    assert!(
        show.contains("reading B1: assessed by a teacher"),
        "per-skill source: {show}"
    );
    ok(
        d,
        &[
            "edit",
            "activity",
            &activity,
            "confirmed.by=Rita Borg",
            "confirmed.on=2025-04-02",
        ],
    );
    let show = ok(d, &["show"]);
    assert!(!show.contains("Confirmed by"), "{show}");
    assert!(!show.contains("confirmed by Rita"), "{show}");
    assert!(show.contains("(self-reported)"), "{show}");
    let list: serde_json::Value =
        serde_json::from_str(&ok(d, &["--json", "list", "activities"])).unwrap();
    assert!(
        list[0]["note"]
            .as_str()
            .unwrap()
            .contains("marked confirmed by Rita Borg on 2025-04-02 (self-reported)"),
        "{list}"
    );
    assert!(list[0].get("confirmed").is_none(), "{list}");

    let list: serde_json::Value =
        serde_json::from_str(&ok(d, &["--json", "list", "activities"])).unwrap();
    assert_eq!(list[0]["hours"], 3.0);
    assert_eq!(list[0]["place"], "Valletta");

    let history = ok(d, &["history", &activity]);
    assert_eq!(history.lines().count(), 3, "add + two updates: {history}");

    let export = d.join("out.json");
    ok(d, &["export", "json", "-o", export.to_str().unwrap()]);
    let backup = d.join("backup.age");
    ok(d, &["backup", "-o", backup.to_str().unwrap()]);

    let other = tempfile::tempdir().unwrap();
    ok(other.path(), &["restore", backup.to_str().unwrap()]);
    assert_eq!(
        ok(other.path(), &["--json", "show"]),
        ok(d, &["--json", "show"])
    );
    let third = tempfile::tempdir().unwrap();
    ok(third.path(), &["import", export.to_str().unwrap()]);
    assert_eq!(
        ok(third.path(), &["--json", "show"]),
        ok(d, &["--json", "show"])
    );
    assert!(ok(d, &["doctor"]).contains("database: ok"));

    ok(
        d,
        &[
            "add",
            "certificate",
            "title=Forklift licence",
            "kind=vocational",
        ],
    );
    let pdf = d.join("cv.pdf");
    ok(
        d,
        &[
            "export",
            "pdf",
            "--lang",
            "de",
            "--template",
            "compact",
            "--sections",
            "languages,activities",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    // An employer checks it with no store of her own.
    let employer = tempfile::tempdir().unwrap();
    let verdict = ok(employer.path(), &["verify", pdf.to_str().unwrap()]);
    assert!(verdict.starts_with("VERIFIED"), "{verdict}");
    assert!(verdict.contains("Olena Kovalenko"), "{verdict}");
    assert!(
        verdict.contains("reading B1: assessed by a teacher"),
        "{verdict}"
    );
    assert!(verdict.contains("<script>alert(1)</script>"), "{verdict}");
    assert!(
        !verdict.contains("\n- certificate:"),
        "only the chosen sections: {verdict}"
    );
    // A scanned QR text with one character changed fails, loudly.
    let qr_json: serde_json::Value = serde_json::from_str(&ok(
        employer.path(),
        &["--json", "verify", pdf.to_str().unwrap()],
    ))
    .unwrap();
    assert_eq!(qr_json["form"], "full");
    let pdf_bytes = std::fs::read(&pdf).unwrap();
    let text = mosaic_attest::credential::extract_from_pdf(&pdf_bytes).unwrap();
    let mut chars: Vec<char> = text.chars().collect();
    let i = chars.len() / 2;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let scanned = employer.path().join("qr.txt");
    std::fs::write(&scanned, chars.into_iter().collect::<String>()).unwrap();
    let out = mosaic(employer.path(), &["verify", scanned.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("CV credential"), "{err}");
    // A CV made without signing says so.
    let plain = d.join("plain.pdf");
    ok(
        d,
        &["export", "pdf", "--unsigned", "-o", plain.to_str().unwrap()],
    );
    let out = mosaic(employer.path(), &["verify", plain.to_str().unwrap()]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("holds no Mosaic CV credential"), "{err}");
    let out = mosaic(
        d,
        &["export", "pdf", "--lang", "xx", "-o", pdf.to_str().unwrap()],
    );
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("unknown CV language `xx`"), "{err}");
}

#[test]
fn errors_are_one_line_on_stderr_with_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = mosaic(d, &["show"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("error: no portfolio yet"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1);

    ok(d, &["init", "--name", "A"]);
    for (args, words) in [
        (
            vec!["add", "activity", "kind=party", "date=2025-01-01"],
            "$.kind",
        ),
        (
            vec!["add", "activity", "kind=workshop", "date=2025-02-30"],
            "$.date",
        ),
        (vec!["add", "nonsense", "x=1"], "unknown section"),
        (vec!["assess", "mt", "reading=Z9"], "reading"),
        (vec!["import", "/nonexistent.json"], "cannot read"),
        (vec!["erase"], "--yes"),
    ] {
        let out = mosaic(d, &args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(words), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    assert!(ok(d, &["show"]).contains("Activities (0"));
}

#[test]
fn revoke_covers_mentors_and_own_devices() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let help = ok(d, &["revoke", "--help"]);
    assert!(help.contains("mentor or one of your devices"), "{help}");
    assert!(ok(d, &["--help"]).contains("Revoke a mentor or one of your devices"));
    ok(d, &["init", "--name", "A"]);
    let out = mosaic(d, &["revoke", "Lost phone"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("not shared"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn choosing_what_a_mentor_sees_names_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(ok(d, &["share", "--help"]).contains("--sections"));
    ok(d, &["init", "--name", "A"]);
    for (args, words) in [
        (
            vec!["sections", "Rita", "languages,diaries"],
            "`diaries` is not a section",
        ),
        (
            vec!["sections", "Rita", "consents"],
            "`consents` is not a section",
        ),
        (vec!["sections", "Rita", "languages,stories"], "not shared"),
        (
            vec!["share", "MOSAIC1:X", "--device", "--sections", "skills"],
            "cannot be used",
        ),
    ] {
        let out = mosaic(d, &args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(words), "{args:?}: {err}");
    }
}

#[test]
fn i_belong_from_templates_module_by_module() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["init", "--name", "Amina Yusuf"]);
    let list = ok(d, &["programme", "templates"]);
    assert!(
        list.contains("mt-ibelong-stage-1") && list.contains("mt-ibelong-stage-2"),
        "{list}"
    );
    assert!(list.contains("requires mt-ibelong-stage-1"), "{list}");

    let start = |t: &str| -> String {
        let v: serde_json::Value =
            serde_json::from_str(&ok(d, &["--json", "programme", "start", t])).unwrap();
        v["id"].as_str().unwrap().to_string()
    };
    let s2 = start("mt-ibelong-stage-2");
    let s1 = start("mt-ibelong-stage-1");
    let status = ok(d, &["programme", "status", &s2]);
    assert!(
        status.contains("requires I Belong, Stage 1 first"),
        "{status}"
    );

    ok(
        d,
        &[
            "programme",
            "module",
            &s1,
            "maltese",
            "status=completed",
            "attendance_pct=60",
            "score_pct=70",
        ],
    );
    let status = ok(d, &["programme", "status", &s1]);
    assert!(status.contains("requirements not met"), "{status}");
    assert!(
        status.contains("Maltese: completed; attendance 60% is below the 80% needed"),
        "{status}"
    );

    for (module, att, score) in [
        ("maltese", "80", "50"),
        ("english", "95", "71"),
        ("3", "85", "50"),
    ] {
        ok(
            d,
            &[
                "programme",
                "module",
                &s1,
                module,
                "status=completed",
                &format!("attendance_pct={att}"),
                &format!("score_pct={score}"),
            ],
        );
    }
    let status = ok(d, &["programme", "status", &s1]);
    assert!(
        status.starts_with("I Belong, Stage 1 (Stage 1): requirements met"),
        "{status}"
    );
    let status = ok(d, &["programme", "status", &s2]);
    assert!(!status.contains("requires"), "{status}");
    assert!(status.contains("in progress"), "{status}");

    // Bad input names the problem and changes nothing.
    let before = ok(d, &["--json", "programme", "status", &s1]);
    for args in [
        vec![
            "programme",
            "module",
            s1.as_str(),
            "maltese",
            "score_pct=140",
        ],
        vec!["programme", "module", s1.as_str(), "maltese", "colour=red"],
        vec![
            "programme",
            "module",
            s1.as_str(),
            "geography",
            "status=completed",
        ],
        vec!["programme", "start", "no-such-template"],
    ] {
        let out = mosaic(d, &args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert_eq!(ok(d, &["--json", "programme", "status", &s1]), before);
}

fn mosaic_env(dir: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mosaic"));
    cmd.arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("MOSAIC_PIN");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdin(std::process::Stdio::null()).output().unwrap()
}

#[test]
fn a_pin_protected_store_opens_with_mosaic_pin_only() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["init", "--name", "Selam Tesfaye"]);
    let set = mosaic_env(d, &[("MOSAIC_NEW_PIN", "2468")], &["pin"]);
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );

    let locked = mosaic_env(d, &[], &["show"]);
    assert!(!locked.status.success());
    let err = String::from_utf8_lossy(&locked.stderr);
    assert!(err.contains("locked") && err.contains("PIN"), "{err}");

    let wrong = mosaic_env(d, &[("MOSAIC_PIN", "0000")], &["show"]);
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("wrong PIN"));

    let right = mosaic_env(d, &[("MOSAIC_PIN", "2468")], &["show"]);
    assert!(
        right.status.success(),
        "{}",
        String::from_utf8_lossy(&right.stderr)
    );
    assert!(String::from_utf8_lossy(&right.stdout).contains("Selam Tesfaye"));
}

#[test]
fn an_empty_portfolio_shows_zero_hours_not_minus_zero() {
    // Rust sums an empty list of f64 to -0.0, which printed as "-0 h".
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["init", "--name", "Amina Yusuf"]);
    let shown = ok(dir.path(), &["show"]);
    assert!(shown.contains("Activities (0, 0 h)"), "{shown}");
}

#[test]
fn a_reader_that_stops_early_is_not_a_crash() {
    // `mosaic list activities | head -1`: the pipe closes before mosaic has written.
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["init", "--name", "Amina Yusuf"]);
    for args in [
        &["show"][..],
        &["--json", "list", "activities"],
        &["goal", "list"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mosaic"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env("MOSAIC_KEYSTORE", "off")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(out.status.success(), "{args:?}: {err}");
    }
}

#[test]
fn a_goal_with_steps_from_add_to_done() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["init", "--name", "Amina Yusuf"]);
    let soon = (chrono::Local::now().date_naive() + chrono::Days::new(5)).to_string();
    let added: serde_json::Value = serde_json::from_str(&ok(
        d,
        &[
            "--json",
            "goal",
            "add",
            "A job in a kitchen",
            "--area",
            "work",
            "--step",
            &format!("Food safety course@{soon}"),
            "--step",
            "Send three applications",
        ],
    ))
    .unwrap();
    let goal = added["id"].as_str().unwrap().to_string();
    let list: serde_json::Value =
        serde_json::from_str(&ok(d, &["--json", "goal", "list"])).unwrap();
    assert_eq!(list[0]["urgency"], "due_soon", "{list}");
    assert_eq!(list[0]["steps"], 2);
    ok(d, &["goal", "done", &goal, "--step", "1"]);
    let list: serde_json::Value =
        serde_json::from_str(&ok(d, &["--json", "goal", "list"])).unwrap();
    assert_eq!(list[0]["steps_done"], 1);
    assert_eq!(list[0]["urgency"], "none", "the dated step is done: {list}");
    // A step that is not there is a clear error that changes nothing.
    let out = mosaic(d, &["goal", "done", &goal, "--step", "9"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no step 9"));
    ok(d, &["goal", "done", &goal]);
    assert!(ok(d, &["goal", "list"]).contains("[done] 1/2 steps"));
}

#[test]
fn a_competence_is_judged_over_time_and_a_bad_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["init", "--name", "Amina Yusuf"]);
    ok(
        d,
        &[
            "competence",
            "assess",
            "empathy",
            "2",
            "--date",
            "2026-01-10",
        ],
    );
    ok(
        d,
        &[
            "competence",
            "assess",
            "empathy",
            "3",
            "--by",
            "mentor",
            "--name",
            "Rita Borg",
        ],
    );
    let list = ok(d, &["competence", "list"]);
    assert!(
        list.contains("empathy            3/4 by mentor Rita Borg"),
        "{list}"
    );
    assert!(
        list.contains("wellbeing          not assessed yet"),
        "{list}"
    );
    for (args, words) in [
        (
            &["competence", "assess", "telepathy", "2"][..],
            "unknown competence `telepathy`",
        ),
        (
            &["competence", "assess", "wellbeing", "7"],
            "must be 1 to 4",
        ),
        (
            &["competence", "assess", "wellbeing", "2", "--by", "boss"],
            "--by must be self or mentor",
        ),
    ] {
        let out = mosaic(d, args);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(words), "{args:?}: {err}");
    }
}

#[test]
fn a_story_published_as_a_testimonial_listed_withdrawn_and_verified() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["init", "--name", "Mariam Haile"]);
    let added: serde_json::Value = serde_json::from_str(&ok(
        d,
        &[
            "--json",
            "add",
            "story",
            "title=My first harvest festival",
            "body=We cooked injera.",
        ],
    ))
    .unwrap();
    let story = added["id"].as_str().unwrap().to_string();
    let file = d.join("testimonial.json");
    let file_s = file.to_str().unwrap();
    let published: serde_json::Value = serde_json::from_str(&ok(
        d,
        &[
            "--json",
            "testimonial",
            "publish",
            &story,
            "--to",
            "Migrant Hub",
            "--first-name",
            "Mariam",
            "-o",
            file_s,
        ],
    ))
    .unwrap();
    let consent = published["id"].as_str().unwrap().to_string();
    assert!(
        published.get("secret_key").is_none(),
        "the key is not shown"
    );
    // Twice to the same organisation is refused.
    let again = mosaic(
        d,
        &[
            "testimonial",
            "publish",
            &story,
            "--to",
            "Migrant Hub",
            "-o",
            file_s,
        ],
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already published"));

    let list = ok(d, &["testimonial", "list"]);
    assert!(list.contains("My first harvest festival"), "{list}");
    assert!(
        list.contains("Migrant Hub") && list.contains("active"),
        "{list}"
    );

    // The organisation verifies it with a store of its own (none).
    let org = tempfile::tempdir().unwrap();
    let shown = ok(org.path(), &["testimonial", "verify", file_s]);
    assert!(
        shown.contains("Signature valid") && shown.contains("We cooked injera."),
        "{shown}"
    );
    assert!(
        shown.contains("Mariam") && shown.contains("No withdrawal"),
        "{shown}"
    );

    let notice = d.join("withdrawal.json");
    let notice_s = notice.to_str().unwrap();
    ok(d, &["testimonial", "withdraw", &consent, "-o", notice_s]);
    let list = ok(d, &["testimonial", "list"]);
    assert!(list.contains("withdrawn"), "{list}");
    let shown = ok(
        org.path(),
        &["testimonial", "verify", file_s, "--withdrawal", notice_s],
    );
    assert!(shown.contains("WITHDRAWN"), "{shown}");

    // A changed text is caught and the exit code says so.
    let text = std::fs::read_to_string(&file).unwrap();
    let tampered = d.join("tampered.json");
    std::fs::write(&tampered, text.replace("injera", "pasta")).unwrap();
    let out = mosaic(
        org.path(),
        &["testimonial", "verify", tampered.to_str().unwrap()],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("body") && err.contains("changed"), "{err}");
    let out = mosaic(
        org.path(),
        &["testimonial", "verify", notice_s, "--withdrawal", file_s],
    );
    assert!(!out.status.success());
}

#[test]
fn a_reflection_with_a_voice_note_is_private_until_shared() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["init", "--name", "Amina Yusuf"]);
    let added: serde_json::Value = serde_json::from_str(&ok(
        d,
        &[
            "--json",
            "add",
            "activity",
            "kind=cooking_class",
            "date=2026-11-20",
            "title=Cooking with neighbours",
        ],
    ))
    .unwrap();
    let activity = added["id"].as_str().unwrap().to_string();
    let voice = d.join("note.webm");
    let mut webm = vec![0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01];
    webm.resize(5_000, 7);
    std::fs::write(&voice, &webm).unwrap();
    let added: serde_json::Value = serde_json::from_str(&ok(
        d,
        &[
            "--json",
            "reflect",
            "add",
            "--activity",
            &activity,
            "--learned",
            "Fenkata is rabbit stew",
            "--words",
            "fenek, tewm",
            "--voice",
            voice.to_str().unwrap(),
        ],
    ))
    .unwrap();
    let reflection = added["id"].as_str().unwrap().to_string();
    let list = ok(d, &["reflect", "list"]);
    assert!(
        list.contains("Cooking with neighbours  [only me] voice note words: fenek, tewm"),
        "{list}"
    );
    assert!(list.contains("learned: Fenkata is rabbit stew"), "{list}");
    ok(d, &["reflect", "share", &reflection]);
    assert!(ok(d, &["reflect", "list"]).contains("[shared]"));

    // A photo is no voice note, a missing file is named, and neither adds anything.
    let photo = d.join("p.png");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\n0000").unwrap();
    for (file, says) in [
        (photo.to_str().unwrap(), "not a sound recording"),
        ("/nonexistent/x.ogg", "cannot read /nonexistent/x.ogg"),
    ] {
        let out = mosaic(d, &["reflect", "add", "--did", "x", "--voice", file]);
        assert!(!out.status.success());
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = mosaic(d, &["reflect", "add", "--did", "   "]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("a reflection needs some words"));
    let all: serde_json::Value =
        serde_json::from_str(&ok(d, &["--json", "reflect", "list"])).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 1);
}

#[test]
fn a_badge_is_exported_only_for_a_signed_confirmation() {
    // The owner's own activity, never confirmed by anyone: no badge, a clear error, no file.
    // (A mentor's confirmation exported as a badge: mosaic-sync's engine test and
    // tests/interop/ob3.rs, which needs two devices and the relay.)
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(d, &["init", "--name", "Amina Yusuf"]);
    let added: serde_json::Value = serde_json::from_str(&ok(
        d,
        &[
            "--json",
            "add",
            "activity",
            "kind=language_cafe",
            "date=2026-03-04",
            "hours=2",
        ],
    ))
    .unwrap();
    let activity = added["id"].as_str().unwrap();
    let file = d.join("badge.json");
    let out = mosaic(
        d,
        &["export", "badge", activity, "-o", file.to_str().unwrap()],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("has no signed confirmation"), "{err}");
    assert!(!file.exists(), "nothing written");
}
