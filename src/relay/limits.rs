//! Time windows: duplicate keys seen recently, messages per minute per robot, and retry backoff.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

/// Keys seen within the last `window` seconds.
pub struct Dedupe {
    window: u64,
    seen: HashMap<String, u64>,
}

impl Dedupe {
    pub fn new(window_secs: u64) -> Dedupe {
        Dedupe { window: window_secs, seen: HashMap::new() }
    }

    /// Record `key` at `now`; false when it was already seen inside the window.
    pub fn insert(&mut self, key: &str, now: u64) -> bool {
        if self.seen.len() > 10_000 {
            let cutoff = now.saturating_sub(self.window);
            self.seen.retain(|_, t| *t >= cutoff);
        }
        match self.seen.get(key) {
            Some(t) if now.saturating_sub(*t) < self.window => false,
            _ => {
                self.seen.insert(key.to_string(), now);
                true
            }
        }
    }

    /// Undo an insert whose notification could not be stored.
    pub fn remove(&mut self, key: &str) {
        self.seen.remove(key);
    }
}

/// At most `per_minute` sends in any 60 s (a sliding window, as the robots count).
pub struct RateLimiter {
    per_minute: usize,
    sent: VecDeque<f64>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> RateLimiter {
        RateLimiter { per_minute: per_minute.max(1) as usize, sent: VecDeque::new() }
    }

    /// How long to wait before the next send at time `now` (seconds on any monotonic clock).
    pub fn wait(&mut self, now: f64) -> Duration {
        while self.sent.front().is_some_and(|t| now - t >= 60.0) {
            self.sent.pop_front();
        }
        if self.sent.len() < self.per_minute {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((self.sent[0] + 60.0 - now).max(0.0))
        }
    }

    pub fn record(&mut self, now: f64) {
        self.sent.push_back(now);
    }
}

/// Exponential backoff with ±20% jitter from `seed`, capped at `max`.
pub fn backoff(attempt: u32, initial: Duration, max: Duration, seed: u64) -> Duration {
    let base = initial.as_secs_f64() * 2f64.powi(attempt.saturating_sub(1).min(30) as i32);
    let jitter =
        0.8 + 0.4 * ((seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407) >> 33) as f64 / (1u64 << 31) as f64);
    Duration::from_secs_f64((base * jitter).min(max.as_secs_f64()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dedupe_forgets_after_the_window() {
        let mut d = Dedupe::new(600);
        assert!(d.insert("k", 1000));
        assert!(!d.insert("k", 1599));
        assert!(d.insert("k", 1600));
        assert!(d.insert("other", 1600));
        d.remove("other");
        assert!(d.insert("other", 1601));
    }

    #[test]
    fn twenty_per_minute_sliding() {
        let mut r = RateLimiter::new(20);
        for i in 0..20 {
            assert_eq!(r.wait(i as f64), Duration::ZERO);
            r.record(i as f64);
        }
        // The 21st waits until the first send is a minute old.
        assert_eq!(r.wait(30.0), Duration::from_secs(30));
        assert_eq!(r.wait(60.0), Duration::ZERO);
        r.record(60.0);
        assert_eq!(r.wait(60.5), Duration::from_secs_f64(0.5));
    }

    #[test]
    fn backoff_grows_and_caps() {
        let i = Duration::from_secs(1);
        let m = Duration::from_secs(300);
        let b1 = backoff(1, i, m, 7);
        let b4 = backoff(4, i, m, 7);
        assert!(b1 >= Duration::from_millis(800) && b1 <= Duration::from_millis(1200), "{:?}", b1);
        assert!(b4 >= Duration::from_millis(6400) && b4 <= Duration::from_millis(9600), "{:?}", b4);
        assert_eq!(backoff(30, i, m, 7), m);
    }
}
