//! Prometheus text exposition for `/metrics`: notifications received, delivered, retried, dropped,
//! queue depth per robot, plus rejections, duplicates, image sources and intake latency.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;

#[derive(Default)]
pub struct TargetMetrics {
    pub delivered: AtomicU64,
    pub messages: AtomicU64,
    pub retried: AtomicU64,
    pub dropped: AtomicU64,
    pub queue_depth: AtomicI64,
}

const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0];

#[derive(Default)]
pub struct Metrics {
    pub received: AtomicU64,
    pub duplicates: AtomicU64,
    rejected: Mutex<BTreeMap<u16, u64>>,
    images: Mutex<BTreeMap<String, u64>>,
    pub targets: BTreeMap<String, TargetMetrics>,
    latency: Mutex<([u64; BUCKETS.len()], u64, f64)>,
}

impl Metrics {
    pub fn new<'a>(targets: impl Iterator<Item = &'a str>) -> Metrics {
        Metrics { targets: targets.map(|t| (t.to_string(), TargetMetrics::default())).collect(), ..Default::default() }
    }

    pub fn target(&self, name: &str) -> &TargetMetrics {
        &self.targets[name]
    }

    pub fn rejected(&self, status: u16) {
        *self.rejected.lock().unwrap_or_else(|p| p.into_inner()).entry(status).or_default() += 1;
    }

    pub fn image(&self, source: &str) {
        *self.images.lock().unwrap_or_else(|p| p.into_inner()).entry(source.to_string()).or_default() += 1;
    }

    pub fn observe_intake(&self, secs: f64) {
        let mut l = self.latency.lock().unwrap_or_else(|p| p.into_inner());
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                l.0[i] += 1;
            }
        }
        l.1 += 1;
        l.2 += secs;
    }

    pub fn queue_depth(&self) -> i64 {
        self.targets.values().map(|t| t.queue_depth.load(Relaxed)).sum()
    }

    pub fn render(&self) -> String {
        let mut s = String::new();
        let counter = |s: &mut String, name: &str, help: &str| {
            let _ = writeln!(s, "# HELP {} {}\n# TYPE {} counter", name, help, name);
        };
        counter(&mut s, "faultline_relay_received_total", "Webhook notifications accepted and spooled.");
        let _ = writeln!(s, "faultline_relay_received_total {}", self.received.load(Relaxed));
        counter(&mut s, "faultline_relay_duplicates_total", "Webhook notifications not posted again (same group key, status and alerts).");
        let _ = writeln!(s, "faultline_relay_duplicates_total {}", self.duplicates.load(Relaxed));
        counter(&mut s, "faultline_relay_rejected_total", "Webhook requests refused, by HTTP status.");
        for (code, n) in self.rejected.lock().unwrap_or_else(|p| p.into_inner()).iter() {
            let _ = writeln!(s, "faultline_relay_rejected_total{{code=\"{}\"}} {}", code, n);
        }
        let per_target = |s: &mut String, name: &str, kind: &str, help: &str, get: &dyn Fn(&TargetMetrics) -> i64| {
            let _ = writeln!(s, "# HELP {} {}\n# TYPE {} {}", name, help, name, kind);
            for (t, m) in &self.targets {
                let _ = writeln!(s, "{}{{target=\"{}\"}} {}", name, t, get(m));
            }
        };
        per_target(&mut s, "faultline_relay_delivered_total", "counter", "Notifications fully delivered to the robot.", &|m| {
            m.delivered.load(Relaxed) as i64
        });
        per_target(
            &mut s,
            "faultline_relay_messages_total",
            "counter",
            "Messages the robot accepted (a notification may need several).",
            &|m| m.messages.load(Relaxed) as i64,
        );
        per_target(&mut s, "faultline_relay_retried_total", "counter", "Failed attempts that will be retried.", &|m| {
            m.retried.load(Relaxed) as i64
        });
        per_target(
            &mut s,
            "faultline_relay_dropped_total",
            "counter",
            "Notifications given up on (rejected by the robot, or too old).",
            &|m| m.dropped.load(Relaxed) as i64,
        );
        per_target(&mut s, "faultline_relay_queue_depth", "gauge", "Notifications waiting for this robot.", &|m| {
            m.queue_depth.load(Relaxed)
        });
        counter(&mut s, "faultline_relay_images_total", "Pictures obtained, by source (image-url, grafana-render, native, none).");
        for (src, n) in self.images.lock().unwrap_or_else(|p| p.into_inner()).iter() {
            let _ = writeln!(s, "faultline_relay_images_total{{source=\"{}\"}} {}", src, n);
        }
        let l = self.latency.lock().unwrap_or_else(|p| p.into_inner());
        let _ = writeln!(s, "# HELP faultline_relay_intake_seconds Time from request to answer, spooling included.\n# TYPE faultline_relay_intake_seconds histogram");
        for (i, b) in BUCKETS.iter().enumerate() {
            let _ = writeln!(s, "faultline_relay_intake_seconds_bucket{{le=\"{}\"}} {}", b, l.0[i]);
        }
        let _ = writeln!(s, "faultline_relay_intake_seconds_bucket{{le=\"+Inf\"}} {}", l.1);
        let _ = writeln!(s, "faultline_relay_intake_seconds_sum {}\nfaultline_relay_intake_seconds_count {}", l.2, l.1);
        s
    }
}
