//! Per-client token bucket rate limiting.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

/// Token buckets keyed by client IP.
pub struct RateLimiter {
    rate: f64,
    burst: f64,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
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

    /// Takes one token for `ip`. `Err(seconds)` tells how long until one is available.
    pub fn check(&self, ip: IpAddr) -> Result<(), f64> {
        if self.rate <= 0.0 {
            return Ok(());
        }
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
        let l = RateLimiter::new(1000.0, 3.0);
        let ip: IpAddr = [127, 0, 0, 1].into();
        assert!(l.check(ip).is_ok());
        assert!(l.check(ip).is_ok());
        assert!(l.check(ip).is_ok());
        assert!(l.check(ip).is_err());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(l.check(ip).is_ok());
        let other: IpAddr = [127, 0, 0, 2].into();
        assert!(l.check(other).is_ok());
        assert!(RateLimiter::new(0.0, 1.0).check(ip).is_ok());
    }
}
