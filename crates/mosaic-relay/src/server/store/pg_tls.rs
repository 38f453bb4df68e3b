//! TLS to PostgreSQL, configured from the URL as libpq's users expect: `sslmode`
//! (`disable`, `prefer` — the default: TLS when the server offers it — or `require`), read
//! by tokio-postgres, and `sslrootcert=FILE` (a PEM CA), read here and removed because
//! tokio-postgres refuses parameters it does not know. Whenever TLS is used the server's
//! certificate must chain to that CA (or, without one, to the webpki roots) and name the
//! host connected to. Every connection the relay makes goes through [`connect_config`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use tokio_postgres_rustls::MakeRustlsConnect;

use super::StoreError;

/// A parsed PostgreSQL URL and the TLS connector that goes with it.
pub struct Target {
    pub config: tokio_postgres::Config,
    pub tls: MakeRustlsConnect,
}

/// Parses `url` (with its `sslmode` and `sslrootcert`) into what connections need.
pub fn connect_config(url: &str) -> Result<Target, StoreError> {
    let (url, ca) = take_sslrootcert(url);
    let config: tokio_postgres::Config = url
        .parse()
        .map_err(|e| StoreError::Database(format!("bad PostgreSQL URL: {e}")))?;
    Ok(Target {
        config,
        tls: connector(ca.as_deref())?,
    })
}

/// `url` without its `sslrootcert` query parameter, and that parameter's value.
fn take_sslrootcert(url: &str) -> (String, Option<PathBuf>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_string(), None);
    };
    let mut ca = None;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| match pair.strip_prefix("sslrootcert=") {
            Some(path) => {
                ca = Some(PathBuf::from(path));
                false
            }
            None => true,
        })
        .collect();
    if kept.is_empty() {
        (base.to_string(), ca)
    } else {
        (format!("{base}?{}", kept.join("&")), ca)
    }
}

/// A rustls connector trusting `ca` (a PEM file of one or more certificates) or, without
/// one, the webpki roots.
fn connector(ca: Option<&Path>) -> Result<MakeRustlsConnect, StoreError> {
    let mut roots = rustls::RootCertStore::empty();
    match ca {
        Some(path) => {
            let unreadable = |e: &dyn std::fmt::Display| {
                StoreError::Database(format!(
                    "cannot read the PostgreSQL CA certificate {} (sslrootcert): {e}",
                    path.display()
                ))
            };
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| unreadable(&e))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| unreadable(&e))?;
            if certs.is_empty() {
                return Err(unreadable(&"no PEM certificate in it"));
            }
            for cert in certs {
                roots.add(cert).map_err(|e| unreadable(&e))?;
            }
        }
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| StoreError::Database(format!("TLS setup: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

/// What went wrong with TLS in a failed connection, said plainly; `None` when TLS is not
/// the cause.
pub fn failure(e: &tokio_postgres::Error) -> Option<String> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cause {
        if let Some(tls) = as_rustls(err) {
            return Some(match tls {
                rustls::Error::InvalidCertificate(why) => format!(
                    "the PostgreSQL server's certificate is not trusted: {why:?} (it must be \
                     signed by the CA in sslrootcert, or a public CA without one, and name \
                     the host in the URL)"
                ),
                other => format!("TLS with the PostgreSQL server failed: {other}"),
            });
        }
        // tokio-postgres's own words when the server answers the TLS request with "no".
        if err.to_string().contains("server does not support TLS") {
            return Some(
                "the PostgreSQL server does not offer TLS, but the URL asks for it \
                 (sslmode=require)"
                    .into(),
            );
        }
        cause = err.source();
    }
    None
}

/// The rustls error in `err`, also when it is wrapped in an `io::Error` (whose `source`
/// skips it).
fn as_rustls<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
    err.downcast_ref::<rustls::Error>().or_else(|| {
        err.downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslrootcert_is_taken_out_of_the_url() {
        let (url, ca) = take_sslrootcert("postgres://u@h/db?sslmode=require&sslrootcert=/a/ca.pem");
        assert_eq!(url, "postgres://u@h/db?sslmode=require");
        assert_eq!(ca, Some(PathBuf::from("/a/ca.pem")));
        let (url, ca) = take_sslrootcert("postgres://u@h/db?sslrootcert=/a/ca.pem");
        assert_eq!(url, "postgres://u@h/db");
        assert_eq!(ca, Some(PathBuf::from("/a/ca.pem")));
        let (url, ca) = take_sslrootcert("postgres://u@h/db");
        assert_eq!(url, "postgres://u@h/db");
        assert_eq!(ca, None);
    }

    #[test]
    fn a_missing_ca_file_is_named() {
        let Err(e) = connect_config("postgres://u@h/db?sslrootcert=/nonexistent/ca.pem") else {
            panic!("a missing CA file was accepted");
        };
        assert!(e.to_string().contains("/nonexistent/ca.pem"), "{e}");
    }
}
