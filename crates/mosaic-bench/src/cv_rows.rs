//! CV export beside the Typst command-line compiler on the same template and data.

use std::process::Command;
use std::time::Instant;

use crate::table::{Row, Value, median, median_of};

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let runs = if quick { 3 } else { 9 };
    let (portfolio, photo) = mosaic_cv::bench::two_page_portfolio();
    let options = mosaic_cv::bench::bench_options();
    let mut pdf_size = 0;
    let ours = median(runs, || {
        let pdf = mosaic_cv::render_pdf(&portfolio, Some(&photo), &options).expect("CV renders");
        pdf_size = pdf.len();
        pdf
    });
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let main = mosaic_cv::bench::write_typst_cli_equivalent(dir.path())
        .ok_or("cannot write Typst files")?;
    let out = dir.path().join("out.pdf");
    let compile = || {
        Command::new("typst")
            .arg("compile")
            .arg(&main)
            .arg(&out)
            .args([
                "--font-path",
                "fonts",
                "--ignore-system-fonts",
                "--pdf-standard",
                "a-2u",
            ])
            .current_dir(dir.path())
            .output()
    };
    let baseline = match compile() {
        Ok(o) if o.status.success() => {
            let times = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    let _ = compile();
                    start.elapsed()
                })
                .collect();
            Some(Value::Time(median_of(times)))
        }
        _ => None,
    };
    let cli_size = std::fs::metadata(&out).map(|m| m.len()).ok();
    let mut rows = vec![
        Row {
            what: "CV export, two pages with photo, PDF/A-2u (warm)".into(),
            ours: Value::Time(ours),
            baseline_name: "typst compile (CLI), same template and data".into(),
            baseline,
        },
        Row {
            what: "CV PDF size (fonts subset)".into(),
            ours: Value::Bytes(pdf_size as u64),
            baseline_name: "typst CLI output".into(),
            baseline: cli_size.map(Value::Bytes),
        },
    ];
    rows.extend(verify_rows(runs)?);
    Ok(rows)
}

/// The two-page CV's portfolio with a mentor's signed confirmation on every certificate,
/// language and work experience: what a well-supported CV carries.
fn confirmed_portfolio() -> Result<mosaic_core::Portfolio, String> {
    use mosaic_attest::endorse::{self, Claim, Kind, Role};
    let (mut p, _) = mosaic_cv::bench::two_page_portfolio();
    let mentor = mosaic_attest::keys::generate().map_err(|e| e.to_string())?;
    let at = 1_780_000_000;
    let pid = p.id;
    let err = |e: mosaic_attest::Error| e.to_string();
    for c in &mut p.certificates {
        let claim = Claim::of(
            pid,
            c.id,
            &*c,
            Kind::CertificateSeen,
            "Rita Borg",
            Role::Mentor,
            at,
        );
        c.endorsements = vec![endorse::sign(&mentor, &claim.map_err(err)?)];
    }
    for l in &mut p.languages {
        let claim = Claim::of(
            pid,
            l.id,
            &*l,
            Kind::LevelAssessed,
            "Rita Borg",
            Role::Mentor,
            at,
        );
        l.endorsements = vec![endorse::sign(&mentor, &claim.map_err(err)?)];
    }
    for e in &mut p.experience {
        let claim = Claim::of(
            pid,
            e.id,
            &*e,
            Kind::WorkExperience,
            "Rita Borg",
            Role::Mentor,
            at,
        );
        e.endorsements = vec![endorse::sign(&mentor, &claim.map_err(err)?)];
    }
    Ok(p)
}

/// Verifying a CV as an employer does (PDF read, credential found, every signature
/// checked) beside bare Ed25519 verifies of as many signatures; and the QR code it needs.
fn verify_rows(runs: usize) -> Result<Vec<Row>, String> {
    use mosaic_attest::credential;
    use qrcodegen::{QrCode, QrCodeEcc};
    let p = confirmed_portfolio()?;
    let owner = mosaic_attest::keys::generate().map_err(|e| e.to_string())?;
    let options = mosaic_cv::bench::bench_options();
    let pdf =
        mosaic_cv::render_verifiable_pdf(&p, None, &options, &owner).map_err(|e| e.to_string())?;
    let text = credential::extract_from_pdf(&pdf).ok_or("no credential in the CV")?;
    let verified = credential::verify_full(&text).map_err(|e| e.to_string())?;
    let signatures = 1 + verified
        .claims
        .iter()
        .map(|c| c.vouchers.len())
        .sum::<usize>();
    let ours = median(runs.max(7), || {
        let t = credential::extract_from_pdf(std::hint::black_box(&pdf));
        t.map(|t| credential::verify_full(&t).is_ok())
    });
    let msg = [7u8; 200];
    let sig = ed25519_dalek::Signer::sign(&owner, &msg);
    let public = owner.verifying_key();
    let bare = median(runs.max(7), || {
        (0..signatures)
            .filter(|_| ed25519_dalek::Verifier::verify(&public, &msg, &sig).is_ok())
            .count()
    });
    let issued = mosaic_cv::issue_credential(&p, &options, &owner, 1_780_000_000)
        .map_err(|e| e.to_string())?;
    let version = |t: &str| {
        QrCode::encode_text(t, QrCodeEcc::Medium)
            .map(|q| format!("v{}", q.version().value()))
            .unwrap_or_else(|_| "too big".into())
    };
    let in_qr = mosaic_cv::qr_text(&issued);
    let form = if in_qr == issued.full {
        "whole credential"
    } else {
        "signed digest"
    };
    let plain: usize = verified
        .claims
        .iter()
        .map(|c| c.fields.to_string().len())
        .sum::<usize>()
        + (signatures - 1) * 190;
    let short = mosaic_cv::CvOptions {
        sections: vec![mosaic_cv::CvSection::Languages],
        ..options.clone()
    };
    let short = mosaic_cv::issue_credential(&p, &short, &owner, 1_780_000_000)
        .map_err(|e| e.to_string())?;
    let short_qr = mosaic_cv::qr_text(&short);
    Ok(vec![
        Row {
            what: format!(
                "QR code of a short CV ({} claims: the confirmed languages)",
                short.claims
            ),
            ours: Value::Text(format!(
                "{} ({} chars, {})",
                version(short_qr),
                short_qr.len(),
                if short_qr == short.full {
                    "whole"
                } else {
                    "digest"
                }
            )),
            baseline_name: "-".into(),
            baseline: None,
        },
        Row {
            what: format!(
                "verify a CV: read the PDF, find the credential, check {signatures} signatures ({} claims)",
                verified.claims.len()
            ),
            ours: Value::Time(ours),
            baseline_name: format!("{signatures} bare Ed25519 verifies (ed25519-dalek)"),
            baseline: Some(Value::Time(bare)),
        },
        Row {
            what: format!(
                "CV credential text, {} claims (zlib + base32)",
                verified.claims.len()
            ),
            ours: Value::Bytes(issued.full.len() as u64),
            baseline_name: "claims' JSON + statements, uncompressed binary".into(),
            baseline: Some(Value::Bytes(plain as u64)),
        },
        Row {
            what: format!("QR code on that CV (ECC M): {form}"),
            ours: Value::Text(format!("{} ({} chars)", version(in_qr), in_qr.len())),
            baseline_name: "QR of the whole credential".into(),
            baseline: Some(Value::Text(version(&issued.full))),
        },
    ])
}
