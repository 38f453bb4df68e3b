//! `mosaic verify FILE`: what an employer runs on a CV. Reads the credential attached to a
//! PDF, or a text file holding a scanned QR code, checks every signature, and prints each
//! claim with who vouches for it. Needs no store and no network.

use std::path::Path;

use anyhow::{Result, bail};
use chrono::DateTime;
use mosaic_attest::credential::{self, Verdict, Verified, VerifiedDigest, printable};

/// Verifies `file` and prints the verdict; an error (non-zero exit) on any failure.
pub fn run(file: &Path, json: bool) -> Result<()> {
    let bytes = crate::read_input(file)?;
    let verdict = if bytes.starts_with(b"%PDF") {
        let Some(text) = credential::extract_from_pdf(&bytes) else {
            bail!(
                "{} holds no Mosaic CV credential (was it made with `mosaic export pdf`?)",
                file.display()
            );
        };
        credential::verify_text(&text)?
    } else {
        let text = String::from_utf8(bytes)
            .map_err(|_| anyhow::anyhow!("{} is neither a PDF nor a text", file.display()))?;
        credential::verify_text(&text)?
    };
    crate::print(json, &serde_json::to_value(&verdict)?, || match &verdict {
        Verdict::Full(v) => describe(v),
        Verdict::Digest(d) => describe_digest(d),
    })
}

fn when(secs: i64) -> String {
    DateTime::from_timestamp(secs, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|| secs.to_string())
}

fn describe(v: &Verified) -> String {
    let mut out = format!(
        "VERIFIED: every signature checks and nothing was changed.\n\
         CV of {} (portfolio {}), issued {}, signed by the portfolio key {}.\n",
        printable(&v.holder),
        v.portfolio,
        when(v.issued_at),
        v.owner_fingerprint
    );
    for c in &v.claims {
        out.push_str(&format!("\n- {}\n", printable(&c.summary)));
        if c.vouchers.is_empty() {
            out.push_str("    vouched for by: nobody else (the holder's own word)\n");
        }
        for voucher in &c.vouchers {
            out.push_str(&format!(
                "    vouched for by: {}\n",
                printable(&voucher.describe())
            ));
        }
    }
    out.push_str(
        "\nA signature proves that the holder of that key signed these facts. It does not prove\n\
         who holds the key: compare each fingerprint with one the person or organisation gives you.",
    );
    out
}

fn describe_digest(d: &VerifiedDigest) -> String {
    format!(
        "VERIFIED DIGEST: this QR code is the signature of the portfolio key {} (portfolio {}),\n\
         issued {}, over a credential of {} claims with SHA-256 {}.\n\
         The claims themselves are in the file attached to the PDF: run `mosaic verify CV.pdf`.",
        d.owner_fingerprint,
        d.portfolio,
        when(d.issued_at),
        d.claims,
        d.sha256
    )
}
