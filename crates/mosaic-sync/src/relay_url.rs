//! Which relay addresses this crate will talk to. Read tokens and signed requests travel in
//! every request, so plain `http://` is allowed only to a relay on this machine (loopback,
//! for development and tests); anything else must be `https://`. Checked here, in Rust, so no
//! front end can skip it.

use std::net::{Ipv4Addr, Ipv6Addr};

use crate::error::{Error, Result};

/// Refuses relay addresses that would send tokens in clear to another machine.
/// `sim://` (the in-memory relay of the tests and benchmarks) never leaves the process.
pub fn check_relay_url(url: &str) -> Result<()> {
    let refuse = || {
        Error::Invalid(format!(
            "relay address `{url}` refused: it must start with https:// (plain http:// only \
             for a relay on this device)"
        ))
    };
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err(refuse());
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // Userinfo (`user@host`) is never needed and can disguise the host.
    if authority.is_empty() || authority.contains('@') {
        return Err(refuse());
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" | "sim" => Ok(()),
        "http" if is_loopback(authority) => Ok(()),
        _ => Err(refuse()),
    }
}

/// `host[:port]` names this machine.
fn is_loopback(authority: &str) -> bool {
    if let Some(v6) = authority.strip_prefix('[') {
        let Some((host, port)) = v6.split_once(']') else {
            return false;
        };
        return port_ok(port) && host.parse::<Ipv6Addr>().is_ok_and(|a| a.is_loopback());
    }
    let (host, port) = match authority.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    if !port.is_none_or(|p| port_ok(&format!(":{p}"))) {
        return false;
    }
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<Ipv4Addr>().is_ok_and(|a| a.is_loopback())
}

/// Empty, or `:` and a port number.
fn port_ok(p: &str) -> bool {
    p.is_empty()
        || p.strip_prefix(':')
            .is_some_and(|n| !n.is_empty() && n.parse::<u16>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http() {
        for ok in [
            "https://relay.example.org",
            "https://relay.example.org:8443/base",
            "HTTP://LOCALHOST:9000",
            "http://127.0.0.1:8080/",
            "http://127.3.4.5",
            "http://[::1]:80",
            "sim://relay",
        ] {
            assert!(check_relay_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://relay.example.org",
            "http://127.0.0.1.evil.org",
            "http://localhost.evil.org",
            "http://127.0.0.1@evil.org",
            "http://evil.org#@127.0.0.1",
            "http://[::ffff:1.2.3.4]",
            "http://127.0.0.1:notaport",
            "ftp://x",
            "relay.example.org",
            "https://",
        ] {
            assert!(check_relay_url(bad).is_err(), "{bad}");
        }
    }
}
