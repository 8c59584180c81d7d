//! `faultline relay`: Grafana's webhook contact point in, pictures of the alerting panel out to
//! WeCom, DingTalk, Feishu/Lark and Slack robots. Native-only.
//!
//! Data flow, one stage per module: `server` (HTTP, `auth`) → `alert` (parse, check, duplicate key)
//! → `spool` (durable before the 200) → picture (`image`: imageURL → Grafana /render → `native`)
//! → one delivery worker per robot (`targets`, `limits` for rate and backoff) → `spool` progress.

pub mod alert;
pub mod auth;
pub mod config;
pub mod http;
pub mod image;
pub mod limits;
pub mod log;
pub mod metrics;
pub mod native;
mod server;
pub mod spool;
pub mod targets;

use alert::Notification;
use config::Config;
use limits::{Dedupe, RateLimiter};
use metrics::Metrics;
use native::{Dashboards, StencilsFor};
use spool::{ImageRef, Job, Spool};
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use targets::{Outgoing, Picture, Robot, SendError};

/// A pending notification in memory, next to its spooled copy.
struct Entry {
    job: Job,
    /// Robots that still have to take it.
    remaining: Mutex<BTreeSet<String>>,
}

struct Item {
    id: String,
    ready: Instant,
    attempts: u32,
}

/// One robot's queue: strictly oldest first, so a group's "resolved" never overtakes its "firing".
#[derive(Default)]
struct Queue {
    items: Mutex<Vec<Item>>,
    cv: Condvar,
}

impl Queue {
    fn push(&self, item: Item) {
        self.items.lock().unwrap_or_else(|p| p.into_inner()).push(item);
        self.cv.notify_all();
    }

    /// Wait for the oldest item and for its time.
    fn pop(&self) -> Item {
        let mut items = self.items.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(i) = (0..items.len()).min_by(|a, b| items[*a].id.cmp(&items[*b].id)) {
                let now = Instant::now();
                if items[i].ready <= now {
                    return items.swap_remove(i);
                }
                let wait = items[i].ready - now;
                items = self.cv.wait_timeout(items, wait).unwrap_or_else(|p| p.into_inner()).0;
            } else {
                items = self.cv.wait(items).unwrap_or_else(|p| p.into_inner());
            }
        }
    }
}

pub struct Relay {
    cfg: Config,
    spool: Spool,
    pub(crate) metrics: Metrics,
    dedupe: Mutex<Dedupe>,
    dashboards: Dashboards,
    render_http: http::Http,
    targets: Vec<Robot>,
    queues: Vec<Queue>,
    prep: (Mutex<VecDeque<String>>, Condvar),
    jobs: Mutex<HashMap<String, Arc<Entry>>>,
    seq: AtomicU64,
    stencils: StencilsFor,
    started: Instant,
}

/// The answer to a webhook: status and JSON body.
pub struct Answer(pub u16, pub serde_json::Value);

fn error(status: u16, msg: impl Into<String>) -> Answer {
    Answer(status, serde_json::json!({ "error": msg.into() }))
}

impl Relay {
    /// Open the spool, load dashboards, resume what was pending.
    pub fn new(cfg: Config, stencils: StencilsFor) -> Result<Arc<Relay>, String> {
        let spool = Spool::open(&cfg.spool_dir, cfg.dedupe_window_secs)?;
        let (dashboards, problems) = Dashboards::new(cfg.dashboards_dir.clone());
        for p in problems {
            log::warn(&format!("dashboards: {}", p));
        }
        let http = Arc::new(http::Http::new(cfg.delivery_timeout()));
        let render_http = http::Http::new(Duration::from_secs(cfg.grafana.as_ref().map_or(30, |g| g.timeout_secs.max(1)) + 2));
        let targets: Vec<Robot> = cfg.targets.iter().map(|t| targets::build(t, http.clone())).collect();
        let metrics = Metrics::new(targets.iter().map(|t| t.name.as_str()));
        let now = log::now_unix();
        let mut dedupe = Dedupe::new(cfg.dedupe_window_secs);
        for (t, key) in spool.finished_since(now.saturating_sub(cfg.dedupe_window_secs)) {
            dedupe.insert(&key, t);
        }
        let relay = Arc::new(Relay {
            queues: targets.iter().map(|_| Queue::default()).collect(),
            cfg,
            spool,
            metrics,
            dedupe: Mutex::new(dedupe),
            dashboards,
            render_http,
            targets,
            prep: (Mutex::new(VecDeque::new()), Condvar::new()),
            jobs: Mutex::new(HashMap::new()),
            seq: AtomicU64::new(0),
            stencils,
            started: Instant::now(),
        });
        relay.resume()?;
        Ok(relay)
    }

    fn resume(&self) -> Result<(), String> {
        let (jobs, problems) = self.spool.load_jobs()?;
        for p in problems {
            log::error(&format!("spool: {}", p));
        }
        let mut deliveries = 0;
        let n = jobs.len();
        for job in jobs {
            self.dedupe.lock().unwrap_or_else(|p| p.into_inner()).insert(&job.key, job.received_unix);
            // Robots this relay no longer has are skipped (and named) rather than kept forever.
            let (known, gone): (Vec<String>, Vec<String>) =
                job.targets.iter().cloned().partition(|t| self.targets.iter().any(|x| x.name.as_str() == t));
            if !gone.is_empty() {
                log::warn(&format!("notification {}: robots {} are no longer configured; not sent there", job.id, gone.join(", ")));
            }
            let pending: Vec<String> = known.into_iter().filter(|t| !self.spool.is_done(&job.id, t)).collect();
            deliveries += pending.len();
            self.admit(job, pending);
        }
        if n > 0 {
            log::info(&format!("spool: resumed {} notification(s), {} delivery(ies) pending", n, deliveries));
        }
        Ok(())
    }

    /// Register a spooled job with the robots that still have to take it, and queue its next stage.
    fn admit(&self, job: Job, pending: Vec<String>) {
        let id = job.id.clone();
        let has_image = self.spool.image_ref(&id).is_some();
        for t in &pending {
            self.metrics.target(t).queue_depth.fetch_add(1, Relaxed);
        }
        let empty = pending.is_empty();
        let entry = Arc::new(Entry { remaining: Mutex::new(pending.into_iter().collect()), job });
        if empty {
            let _ = self.spool.finish(&entry.job, log::now_unix());
            return;
        }
        self.jobs.lock().unwrap_or_else(|p| p.into_inner()).insert(id.clone(), entry.clone());
        if has_image {
            self.dispatch(&entry);
        } else {
            self.prep.0.lock().unwrap_or_else(|p| p.into_inner()).push_back(id);
            self.prep.1.notify_one();
        }
    }

    fn dispatch(&self, entry: &Entry) {
        for (i, t) in self.targets.iter().enumerate() {
            if entry.remaining.lock().unwrap_or_else(|p| p.into_inner()).contains(t.name.as_str()) {
                self.queues[i].push(Item { id: entry.job.id.clone(), ready: Instant::now(), attempts: 0 });
            }
        }
    }

    /// A webhook body that passed authentication: check, drop duplicates, spool, queue.
    pub fn intake(&self, body: &[u8]) -> Answer {
        let n = match alert::parse(body) {
            Ok(n) => n,
            Err(e) => return error(400, e),
        };
        if let Err(e) = self.check_panels(&n) {
            return error(422, e);
        }
        let key = alert::dedupe_key(&n);
        let now = log::now_unix();
        // The key is taken before the (slow, parallel) spool write and given back if that fails; a
        // copy arriving in between is answered "duplicate" while the original gets 503 and is resent.
        if !self.dedupe.lock().unwrap_or_else(|p| p.into_inner()).insert(&key, now) {
            self.metrics.duplicates.fetch_add(1, Relaxed);
            log::info(&format!("duplicate of a notification already taken (group {}, {}); not posted again", n.group_key, n.status));
            return Answer(200, serde_json::json!({"status": "duplicate"}));
        }
        let id = format!(
            "{:013}-{:06}",
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_millis(),
            self.seq.fetch_add(1, Relaxed) % 1_000_000
        );
        let job = Job {
            id: id.clone(),
            received_unix: now,
            key: key.clone(),
            targets: self.targets.iter().map(|t| t.name.as_str().to_string()).collect(),
            notification: n,
        };
        if let Err(e) = self.spool.put_job(&job) {
            self.dedupe.lock().unwrap_or_else(|p| p.into_inner()).remove(&key);
            log::error(&format!("cannot spool a notification: {}", e));
            return error(503, "the relay cannot write its spool; Grafana will retry");
        }
        self.metrics.received.fetch_add(1, Relaxed);
        log::info(&format!(
            "accepted {} ({} alert(s), {}, group {})",
            id,
            job.notification.alerts.len(),
            job.notification.status,
            job.notification.group_key
        ));
        let targets = job.targets.clone();
        self.admit(job, targets);
        Answer(200, serde_json::json!({"status": "accepted", "id": id}))
    }

    /// Alerts that need a rendered panel must point at a panel that exists.
    fn check_panels(&self, n: &Notification) -> Result<(), String> {
        for (i, a) in n.alerts.iter().enumerate() {
            if !a.image_url.trim().is_empty() {
                continue;
            }
            let Some(p) = alert::panel_ref(a).map_err(|e| format!("alerts[{}]: {}", i, e))? else {
                continue;
            };
            match self.dashboards.local(&p.uid) {
                Some(d) => {
                    if native::find_panel(&d, p.panel_id).is_none() {
                        let ids: Vec<String> = native::panel_ids(&d).iter().map(u64::to_string).collect();
                        return Err(format!(
                            "alerts[{}]: unknown panel {} in dashboard {} (its panels: {})",
                            i,
                            p.panel_id,
                            p.uid,
                            if ids.is_empty() { "none".into() } else { ids.join(", ") }
                        ));
                    }
                }
                None if self.dashboards.has_dir() && self.cfg.grafana.is_none() => {
                    return Err(format!("alerts[{}]: unknown dashboard {} (not in dashboards_dir, and no [grafana] to ask)", i, p.uid));
                }
                None => {}
            }
        }
        Ok(())
    }

    /// Picture stage: obtain once, store, record where it came from, then hand to the robots.
    fn prepare(&self, id: &str) {
        let Some(entry) = self.jobs.lock().unwrap_or_else(|p| p.into_inner()).get(id).cloned() else {
            return;
        };
        let sources = image::Sources {
            http: &self.render_http,
            grafana: self.cfg.grafana.as_ref(),
            dashboards: &self.dashboards,
            render: &self.cfg.render,
            stencils: self.stencils,
        };
        let r = match alert::image_wanted(&entry.job.notification) {
            None => ImageRef { file: None, source: "none".into(), note: String::new() },
            Some(want) => {
                let (pic, notes) = sources.obtain(&want);
                let note = notes.join("; ");
                match pic {
                    Some(p) => match self.spool.save_image(&p.bytes, p.ext) {
                        Ok(file) => {
                            if p.source == "native" || !notes.is_empty() {
                                log::info(&format!("picture for {}: {} ({})", id, p.source, note));
                            }
                            ImageRef {
                                file: Some(file),
                                source: p.source.into(),
                                note: match (p.source, p.live) {
                                    ("native", false) => "drawn without live data".into(),
                                    ("native", true) => "drawn natively with live data".into(),
                                    _ => String::new(),
                                },
                            }
                        }
                        Err(e) => {
                            log::error(&format!("picture for {}: cannot store it: {}", id, e));
                            ImageRef { file: None, source: "none".into(), note: "the relay could not store the image".into() }
                        }
                    },
                    None => {
                        log::warn(&format!("no picture for {}: {}", id, note));
                        ImageRef { file: None, source: "none".into(), note: "no image could be made".into() }
                    }
                }
            }
        };
        self.metrics.image(&r.source);
        if let Err(e) = self.spool.set_image_ref(id, &r) {
            log::error(&format!("notification {}: {}", id, e));
        }
        self.dispatch(&entry);
    }

    /// One robot's loop: oldest first, rate-limited, retried with backoff, progress spooled per message.
    fn deliver_loop(&self, index: usize) {
        let target = &self.targets[index];
        let name = target.name.as_str();
        let mut limiter = RateLimiter::new(target.rate_per_minute);
        let backoff_initial = Duration::from_millis(self.cfg.delivery.backoff_initial_ms.max(1));
        let backoff_max = Duration::from_secs(self.cfg.delivery.backoff_max_secs.max(1));
        loop {
            let mut item = self.queues[index].pop();
            let Some(entry) = self.jobs.lock().unwrap_or_else(|p| p.into_inner()).get(&item.id).cloned() else {
                continue;
            };
            let job = &entry.job;
            let age = log::now_unix().saturating_sub(job.received_unix);
            if age > self.cfg.delivery.max_age_secs {
                log::error(&format!(
                    "{} → {}: dropped after {} s undelivered (max_age_secs {})",
                    job.id, name, age, self.cfg.delivery.max_age_secs
                ));
                self.metrics.target(name).dropped.fetch_add(1, Relaxed);
                self.complete(&entry, name);
                continue;
            }
            let image = self.spool.image_ref(&job.id).unwrap_or_default();
            let bytes = image.file.as_deref().and_then(|f| self.spool.read_image(f));
            let picture = match (&image.file, &bytes) {
                (Some(f), Some(b)) => Some(Picture {
                    bytes: b,
                    ext: if f.ends_with(".jpg") { "jpg" } else { "png" },
                    public_url: self.cfg.public_base_url.as_ref().map(|base| format!("{}/images/{}", base, f)),
                }),
                _ => None,
            };
            let out = Outgoing { notification: &job.notification, picture, image_note: &image.note };
            let steps = target.im.steps(&out);
            let mut step = self.spool.progress(&job.id, name);
            let mut finished = true;
            while step < steps {
                let wait = limiter.wait(self.started.elapsed().as_secs_f64());
                if !wait.is_zero() {
                    std::thread::sleep(wait);
                }
                limiter.record(self.started.elapsed().as_secs_f64());
                match target.im.send(step, &out) {
                    Ok(()) => {
                        step += 1;
                        self.metrics.target(name).messages.fetch_add(1, Relaxed);
                        // The last message is recorded by `complete`.
                        let saved = if step < steps { self.spool.set_progress(&job.id, name, step) } else { Ok(()) };
                        if let Err(e) = saved {
                            log::error(&format!("{} → {}: sent, but cannot record it ({}); a restart may send it again", job.id, name, e));
                        }
                    }
                    Err(SendError::Retry { msg, after }) => {
                        item.attempts += 1;
                        let mut delay =
                            limits::backoff(item.attempts, backoff_initial, backoff_max, self.seq.load(Relaxed) ^ item.attempts as u64);
                        if let Some(a) = after {
                            delay = delay.max(a.min(backoff_max));
                        }
                        self.metrics.target(name).retried.fetch_add(1, Relaxed);
                        log::warn(&format!(
                            "{} → {}: attempt {} failed: {}; retrying in {:.1} s",
                            job.id,
                            name,
                            item.attempts,
                            msg,
                            delay.as_secs_f64()
                        ));
                        item.ready = Instant::now() + delay;
                        finished = false;
                        break;
                    }
                    Err(SendError::Fatal(msg)) => {
                        log::error(&format!("{} → {}: refused, not retried: {}", job.id, name, msg));
                        self.metrics.target(name).dropped.fetch_add(1, Relaxed);
                        step = u32::MAX;
                        break;
                    }
                }
            }
            if !finished {
                self.queues[index].push(item);
                continue;
            }
            if step != u32::MAX {
                self.metrics.target(name).delivered.fetch_add(1, Relaxed);
                log::info(&format!("{} → {}: delivered ({} message(s), picture: {})", job.id, name, steps, image.source));
            }
            self.complete(&entry, name);
        }
    }

    /// `target` is done with the job; the last robot done removes it from the spool.
    fn complete(&self, entry: &Entry, target: &str) {
        self.metrics.target(target).queue_depth.fetch_sub(1, Relaxed);
        let mut remaining = entry.remaining.lock().unwrap_or_else(|p| p.into_inner());
        remaining.remove(target);
        if !remaining.is_empty() {
            if let Err(e) = self.spool.mark_done(&entry.job.id, target) {
                log::error(&format!("{} → {}: finished, but cannot record it ({}); a restart may send it again", entry.job.id, target, e));
            }
        } else {
            if let Err(e) = self.spool.finish(&entry.job, log::now_unix()) {
                log::error(&format!("{}: delivered, but cannot clear it from the spool: {}", entry.job.id, e));
            }
            self.jobs.lock().unwrap_or_else(|p| p.into_inner()).remove(&entry.job.id);
        }
    }

    fn start_workers(self: &Arc<Self>) {
        for _ in 0..2 {
            let r = self.clone();
            std::thread::spawn(move || loop {
                let id = {
                    let mut q = r.prep.0.lock().unwrap_or_else(|p| p.into_inner());
                    loop {
                        if let Some(id) = q.pop_front() {
                            break id;
                        }
                        q = r.prep.1.wait(q).unwrap_or_else(|p| p.into_inner());
                    }
                };
                r.prepare(&id);
            });
        }
        for i in 0..self.targets.len() {
            let r = self.clone();
            std::thread::spawn(move || r.deliver_loop(i));
        }
        let r = self.clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_secs(3600));
            let n = r.spool.prune_images(Duration::from_secs(r.cfg.image_retention_hours * 3600));
            if n > 0 {
                log::info(&format!("removed {} picture(s) older than {} h", n, r.cfg.image_retention_hours));
            }
        });
    }
}

/// `faultline relay --config FILE`: runs until killed. Everything accepted is on disk, so any
/// stop (even `kill -9`) loses nothing; the next start resumes the spool.
pub fn run(config_path: &Path, stencils: StencilsFor) -> Result<(), String> {
    let cfg = Config::load(config_path)?;
    let listen = cfg.listen.clone();
    let relay = Relay::new(cfg, stencils)?;
    let server = tiny_http::Server::http(&listen).map_err(|e| format!("cannot listen on {}: {}", listen, e))?;
    let kinds: Vec<String> = relay.cfg.targets.iter().map(|t| format!("{} ({:?})", t.name, t.kind).to_lowercase()).collect();
    log::info(&format!(
        "faultline relay {} listening on {}; robots: {}; spool {}; dashboards known: {}; Grafana render: {}",
        env!("CARGO_PKG_VERSION"),
        listen,
        kinds.join(", "),
        relay.cfg.spool_dir.display(),
        relay.dashboards.count(),
        if relay.cfg.grafana.is_some() { "on" } else { "off" }
    ));
    if relay.cfg.grafana.as_ref().is_some_and(|g| g.token.is_none()) {
        log::warn("[grafana] has no token: /render and /api/dashboards are asked anonymously");
    }
    relay.start_workers();
    server::serve(relay, server);
    Ok(())
}

/// Check a config file without starting (`faultline relay --config FILE --check`).
pub fn check(config_path: &Path) -> Result<String, String> {
    let cfg = Config::load(config_path)?;
    Ok(format!("{}: ok ({} robot(s))", config_path.display(), cfg.targets.len()))
}
