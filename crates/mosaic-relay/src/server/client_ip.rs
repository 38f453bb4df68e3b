//! Which client a request counts against for rate limiting. Behind a reverse proxy (the
//! usual way to give the relay TLS) every connection comes from the proxy, so all clients
//! would share one bucket. The relay reads `X-Forwarded-For` only when the connection comes
//! from a proxy the operator named (`--trusted-proxy`); otherwise a client could pick its
//! own bucket by sending the header.

use std::net::{IpAddr, SocketAddr};

use axum::http::HeaderValue;

/// The client address: the TCP peer, unless the peer is a trusted proxy; then the
/// right-most `X-Forwarded-For` hop that is not itself a trusted proxy. A hop that does
/// not parse ends the walk (what lies left of it cannot be trusted) and the last good hop
/// counts.
pub fn client_ip<'a>(
    peer: IpAddr,
    forwarded_for: impl DoubleEndedIterator<Item = &'a HeaderValue>,
    trusted_proxies: &[IpAddr],
) -> IpAddr {
    let peer = peer.to_canonical();
    let trusted = |ip: &IpAddr| trusted_proxies.iter().any(|t| t.to_canonical() == *ip);
    if !trusted(&peer) {
        return peer;
    }
    let mut client = peer;
    // Later headers and later entries were added by proxies nearer to us.
    for value in forwarded_for.rev() {
        let Ok(list) = value.to_str() else {
            return client;
        };
        for hop in list.rsplit(',') {
            let Some(ip) = parse_hop(hop) else {
                return client;
            };
            client = ip;
            if !trusted(&ip) {
                return ip;
            }
        }
    }
    client
}

/// `203.0.113.7`, `2001:db8::1`, and the forms with a port some proxies write.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|s| s.ip()))
        .ok()
        .map(|ip| ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    fn headers(values: &[&str]) -> Vec<HeaderValue> {
        values
            .iter()
            .filter_map(|v| HeaderValue::from_str(v).ok())
            .collect()
    }

    fn resolve(peer: &str, values: &[&str], trusted: &[&str]) -> IpAddr {
        let h = headers(values);
        let t: Vec<IpAddr> = trusted.iter().map(|s| ip(s)).collect();
        client_ip(ip(peer), h.iter(), &t)
    }

    #[test]
    fn without_a_trusted_proxy_the_header_is_ignored() {
        assert_eq!(
            resolve("198.51.100.1", &["203.0.113.7"], &[]),
            ip("198.51.100.1")
        );
        // Trusting some proxy does not make every peer's header count.
        assert_eq!(
            resolve("198.51.100.1", &["203.0.113.7"], &["10.0.0.1"]),
            ip("198.51.100.1")
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_right_most_untrusted_hop_counts() {
        let proxy = ["10.0.0.1"];
        assert_eq!(
            resolve("10.0.0.1", &["203.0.113.7"], &proxy),
            ip("203.0.113.7")
        );
        // A client-sent (spoofed) entry on the left does not win.
        assert_eq!(
            resolve("10.0.0.1", &["1.2.3.4, 203.0.113.7"], &proxy),
            ip("203.0.113.7")
        );
        // Two proxies in a row, and the entries split over two headers.
        assert_eq!(
            resolve(
                "10.0.0.1",
                &["203.0.113.7", "10.0.0.2"],
                &["10.0.0.1", "10.0.0.2"]
            ),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn ports_ipv6_and_mapped_addresses() {
        let proxy = ["::1"];
        assert_eq!(
            resolve("::1", &["203.0.113.7:4711"], &proxy),
            ip("203.0.113.7")
        );
        assert_eq!(
            resolve("::1", &["[2001:db8::1]:443"], &proxy),
            ip("2001:db8::1")
        );
        assert_eq!(
            resolve("::ffff:10.0.0.1", &["203.0.113.7"], &["10.0.0.1"]),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn garbage_or_a_missing_header_falls_back_to_the_last_good_hop() {
        let proxy = ["10.0.0.1"];
        assert_eq!(resolve("10.0.0.1", &[], &proxy), ip("10.0.0.1"));
        assert_eq!(resolve("10.0.0.1", &["<script>"], &proxy), ip("10.0.0.1"));
        assert_eq!(
            resolve("10.0.0.1", &["203.0.113.7, not-an-ip, 10.0.0.1"], &proxy),
            ip("10.0.0.1")
        );
        assert_eq!(
            resolve("10.0.0.1", &["unknown, 203.0.113.7"], &proxy),
            ip("203.0.113.7")
        );
    }
}
