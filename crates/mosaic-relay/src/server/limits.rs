//! Who a client is for limits (its address bucket) and per-client token bucket rate limiting.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

/// The unit of per-client limits: an IPv4 address, or the /64 prefix of an IPv6 address
/// (one home or phone usually gets a whole /64, so counting single IPv6 addresses would give
/// every client 2^64 fresh identities). IPv4-mapped IPv6 addresses count as IPv4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClientKey {
    /// An IPv4 address.
    V4([u8; 4]),
    /// The first 64 bits of an IPv6 address.
    V6Prefix([u8; 8]),
}

impl ClientKey {
    /// The bucket `ip` belongs to.
    pub fn of(ip: IpAddr) -> Self {
        match ip {
            IpAddr::V4(v4) => ClientKey::V4(v4.octets()),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => ClientKey::V4(v4.octets()),
                None => {
                    let mut p = [0u8; 8];
                    p.copy_from_slice(&v6.octets()[..8]);
                    ClientKey::V6Prefix(p)
                }
            },
        }
    }

    /// Stored form (4 or 8 bytes), the key of the relay's per-client accounting.
    pub fn to_bytes(self) -> Vec<u8> {
        match self {
            ClientKey::V4(b) => b.to_vec(),
            ClientKey::V6Prefix(b) => b.to_vec(),
        }
    }
}

/// Token buckets keyed by client (IPv4 address or IPv6 /64).
pub struct RateLimiter {
    rate: f64,
    burst: f64,
    buckets: Mutex<HashMap<ClientKey, Bucket>>,
}

#[derive(Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

const MAX_TRACKED: usize = 100_000;

impl RateLimiter {
    /// `rate` requests per second sustained, `burst` at once. `rate <= 0` disables limiting.
    pub fn new(rate: f64, burst: f64) -> Self {
        RateLimiter {
            rate,
            burst: burst.max(1.0),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `ip`'s bucket. `Err(seconds)` tells how long until one is available.
    pub fn check(&self, ip: IpAddr) -> Result<(), f64> {
        if self.rate <= 0.0 {
            return Ok(());
        }
        let ip = ClientKey::of(ip);
        let now = Instant::now();
        let Ok(mut map) = self.buckets.lock() else {
            // A poisoned limiter must not take the relay down: fail open.
            return Ok(());
        };
        if map.len() >= MAX_TRACKED && !map.contains_key(&ip) {
            // Forget clients whose bucket has refilled; they lose nothing.
            let (rate, burst) = (self.rate, self.burst);
            map.retain(|_, b| b.tokens + now.duration_since(b.last).as_secs_f64() * rate < burst);
        }
        let b = map.entry(ip).or_insert(Bucket {
            tokens: self.burst,
            last: now,
        });
        b.tokens =
            (b.tokens + now.duration_since(b.last).as_secs_f64() * self.rate).min(self.burst);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err((1.0 - b.tokens) / self.rate)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_limits_and_refills() {
        // One token a second: the burst runs out long before a token comes back, however
        // slow a loaded CI machine is (at 1000/s a 1 ms stall refilled it: a flaky test).
        let l = RateLimiter::new(1.0, 3.0);
        let ip: IpAddr = [127, 0, 0, 1].into();
        assert!(l.check(ip).is_ok());
        assert!(l.check(ip).is_ok());
        assert!(l.check(ip).is_ok());
        assert!(l.check(ip).is_err());
        let other: IpAddr = [127, 0, 0, 2].into();
        assert!(l.check(other).is_ok());
        // A fast bucket refills after a wait: at least 5 ms is at least 5 tokens, capped at 1.
        let fast = RateLimiter::new(1000.0, 1.0);
        assert!(fast.check(ip).is_ok());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(fast.check(ip).is_ok());
        assert!(RateLimiter::new(0.0, 1.0).check(ip).is_ok());
    }

    #[test]
    fn ipv6_addresses_in_one_slash64_share_a_bucket() -> Result<(), std::net::AddrParseError> {
        let l = RateLimiter::new(0.001, 2.0);
        let a: IpAddr = "2001:db8:1:2::1".parse()?;
        let b: IpAddr = "2001:db8:1:2:ffff:ffff:ffff:fffe".parse()?;
        let c: IpAddr = "2001:db8:1:2::abcd".parse()?;
        let other: IpAddr = "2001:db8:1:3::1".parse()?;
        assert!(l.check(a).is_ok());
        assert!(l.check(b).is_ok());
        // A third address of the same /64 is the same client: no fresh bucket.
        assert!(
            l.check(c).is_err(),
            "a new address in the same /64 got a fresh bucket"
        );
        assert!(l.check(other).is_ok(), "another /64 is another client");
        Ok(())
    }

    #[test]
    fn ipv4_mapped_ipv6_is_the_ipv4_client() -> Result<(), std::net::AddrParseError> {
        assert_eq!(
            ClientKey::of("::ffff:192.0.2.7".parse()?),
            ClientKey::of("192.0.2.7".parse()?)
        );
        Ok(())
    }
}
