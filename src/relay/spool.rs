//! The durable spool: one append-only journal with group commit. Every record is on disk
//! (fdatasync) before the call that wrote it returns, and concurrent writers share one fdatasync,
//! so a webhook costs a fraction of a disk flush under load instead of several.
//!
//! ```text
//! <spool>/journal.log   J <job json>                  a notification and the robots it goes to (before the 200)
//!                       I <id> <image json>           where its picture came from (so a restart does not render again)
//!                       S <id> <target> <n>           that robot accepted n of its messages
//!                       D <id> <target>               that robot is finished with it
//!                       F <id> <unix> <key>           every robot is finished; the key stays for duplicate checks
//! <spool>/images/<token>.<ext>   pictures, served at <public_base_url>/images/<token>.<ext>
//! ```
//! Fields are tab-separated; records are idempotent, so replaying one twice is harmless. The journal
//! is rewritten with only what is still needed at start and whenever it outgrows `COMPACT_BYTES`.
//! A crash between a robot accepting a message and its record reaching the disk sends that one
//! message again after the restart (at least once; the window is one fdatasync).

use super::alert::Notification;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

/// Rewrite the journal when it has grown by this much since the last rewrite.
const COMPACT_BYTES: u64 = 64 << 20;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    pub id: String,
    pub received_unix: u64,
    pub key: String,
    pub targets: Vec<String>,
    pub notification: Notification,
}

/// The picture chosen for a notification, once.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImageRef {
    /// File name under `images/`, when there is a picture.
    pub file: Option<String>,
    /// `image-url`, `grafana-render`, `native` or `none`.
    pub source: String,
    /// Why an earlier source was skipped, or why there is no picture.
    pub note: String,
}

/// What the journal says about one pending notification.
#[derive(Debug, Clone, Default)]
struct JobState {
    /// The `J` record's JSON, kept for rewriting the journal.
    job: Option<String>,
    image: Option<ImageRef>,
    steps: HashMap<String, u32>,
    done: HashSet<String>,
}

#[derive(Default)]
struct State {
    jobs: BTreeMap<String, JobState>,
    /// Finished notifications: (unix seconds, duplicate key).
    finished: VecDeque<(u64, String)>,
    /// Records applied in memory but not yet handed to the disk.
    buf: Vec<u8>,
    next_seq: u64,
    durable_seq: u64,
    syncing: bool,
    /// Bytes appended since the last rewrite.
    grown: u64,
    dedupe_window: u64,
}

pub struct Spool {
    images: PathBuf,
    path: PathBuf,
    state: Mutex<State>,
    synced: Condvar,
    /// Touched only by the writer currently flushing (`State::syncing`).
    file: Mutex<File>,
}

fn io_err(what: &str, path: &Path, e: io::Error) -> String {
    format!("{} {}: {}", what, path.display(), e)
}

/// Write to a temporary file, fsync, rename over `path`, fsync the directory.
fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path.parent().expect("spool paths have a parent");
    let tmp = dir.join(format!(".{}.tmp", path.file_name().and_then(|n| n.to_str()).unwrap_or("x")));
    let mut f = File::create(&tmp).map_err(|e| io_err("cannot create", &tmp, e))?;
    f.write_all(bytes).and_then(|_| f.sync_all()).map_err(|e| io_err("cannot write", &tmp, e))?;
    fs::rename(&tmp, path).map_err(|e| io_err("cannot rename into", path, e))?;
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| io_err("cannot fsync directory", dir, e))
}

fn open_append(path: &Path) -> Result<File, String> {
    OpenOptions::new().create(true).append(true).open(path).map_err(|e| io_err("cannot open", path, e))
}

/// Apply one record. Unreadable lines (a record torn by a crash) are skipped.
fn apply(st: &mut State, line: &str) {
    let f: Vec<&str> = line.split('\t').collect();
    match f.as_slice() {
        ["J", json] => {
            if let Ok(job) = serde_json::from_str::<Job>(json) {
                st.jobs.entry(job.id).or_default().job = Some(json.to_string());
            }
        }
        ["I", id, json] => {
            if let (Some(js), Ok(r)) = (st.jobs.get_mut(*id), serde_json::from_str(json)) {
                js.image = Some(r);
            }
        }
        ["S", id, target, n] => {
            if let (Some(js), Ok(n)) = (st.jobs.get_mut(*id), n.parse()) {
                js.steps.insert(target.to_string(), n);
            }
        }
        ["D", id, target] => {
            if let Some(js) = st.jobs.get_mut(*id) {
                js.done.insert(target.to_string());
            }
        }
        ["F", id, t, key] => {
            st.jobs.remove(*id);
            if let Ok(t) = t.parse::<u64>() {
                st.finished.push_back((t, key.to_string()));
                // Keys older than the duplicate window are of no more use.
                while st.finished.front().is_some_and(|(old, _)| old + st.dedupe_window < t) {
                    st.finished.pop_front();
                }
            }
        }
        _ => {}
    }
}

/// Everything still needed, as journal text.
fn snapshot(st: &State, now: u64) -> String {
    let mut out = String::new();
    let since = now.saturating_sub(st.dedupe_window);
    for (t, key) in st.finished.iter().filter(|(t, _)| *t >= since) {
        out.push_str(&format!("F\t-\t{}\t{}\n", t, key));
    }
    for (id, js) in &st.jobs {
        let Some(job) = &js.job else { continue };
        out.push_str(&format!("J\t{}\n", job));
        if let Some(img) = &js.image {
            out.push_str(&format!("I\t{}\t{}\n", id, serde_json::to_string(img).unwrap_or_default()));
        }
        for (t, n) in &js.steps {
            out.push_str(&format!("S\t{}\t{}\t{}\n", id, t, n));
        }
        for t in &js.done {
            out.push_str(&format!("D\t{}\t{}\n", id, t));
        }
    }
    out
}

impl Spool {
    /// Open (or create) the spool and read its journal; duplicate keys older than `dedupe_window`
    /// seconds are forgotten at the next rewrite.
    pub fn open(dir: &Path, dedupe_window: u64) -> Result<Spool, String> {
        let images = dir.join("images");
        fs::create_dir_all(&images).map_err(|e| io_err("cannot create spool directory", &images, e))?;
        // Half-written files from a crash: their rename never happened, so they never counted.
        for d in [dir, images.as_path()] {
            for entry in fs::read_dir(d).map_err(|e| io_err("cannot read", d, e))?.flatten() {
                if entry.file_name().to_string_lossy().ends_with(".tmp") {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
        let path = dir.join("journal.log");
        let mut st = State { dedupe_window, ..State::default() };
        match fs::read_to_string(&path) {
            Ok(text) => text.lines().for_each(|l| apply(&mut st, l)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err("cannot read", &path, e)),
        }
        let now = super::log::now_unix();
        st.finished.retain(|(t, _)| t + dedupe_window >= now);
        // Rewrite now: drops what is finished, and a torn last line cannot swallow the next record.
        atomic_write(&path, snapshot(&st, now).as_bytes())?;
        let file = open_append(&path)?;
        Ok(Spool { images, path, state: Mutex::new(st), synced: Condvar::new(), file: Mutex::new(file) })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Apply `line` and return once it is on disk. The first waiting writer flushes everyone's
    /// records with one write and one fdatasync (group commit).
    fn record(&self, line: String) -> Result<(), String> {
        let mut st = self.lock();
        apply(&mut st, line.trim_end_matches('\n'));
        st.buf.extend_from_slice(line.as_bytes());
        st.next_seq += 1;
        let mine = st.next_seq;
        loop {
            if st.durable_seq >= mine {
                return Ok(());
            }
            if st.syncing {
                st = self.synced.wait(st).unwrap_or_else(|p| p.into_inner());
                continue;
            }
            st.syncing = true;
            let data = std::mem::take(&mut st.buf);
            let upto = st.next_seq;
            st.grown += data.len() as u64;
            let compact = st.grown > COMPACT_BYTES;
            drop(st);
            let result = {
                let mut f = self.file.lock().unwrap_or_else(|p| p.into_inner());
                let r = f.write_all(&data).and_then(|_| f.sync_data()).map_err(|e| io_err("cannot append to", &self.path, e));
                if r.is_ok() && compact {
                    self.rewrite(&mut f)
                } else {
                    r
                }
            };
            st = self.lock();
            st.syncing = false;
            if result.is_ok() {
                st.durable_seq = upto;
                if compact {
                    st.grown = 0;
                }
            }
            self.synced.notify_all();
            result?;
        }
    }

    /// Replace the journal with a snapshot of what is still needed.
    fn rewrite(&self, file: &mut File) -> Result<(), String> {
        let text = snapshot(&self.lock(), super::log::now_unix());
        atomic_write(&self.path, text.as_bytes())?;
        *file = open_append(&self.path)?;
        Ok(())
    }

    /// Durably store a new notification. Returns only once it survives a crash.
    pub fn put_job(&self, job: &Job) -> Result<(), String> {
        self.record(format!("J\t{}\n", serde_json::to_string(job).map_err(|e| e.to_string())?))
    }

    /// Every pending notification, oldest first, and notes on records that could not be read.
    pub fn load_jobs(&self) -> Result<(Vec<Job>, Vec<String>), String> {
        let st = self.lock();
        let mut jobs = Vec::new();
        let mut problems = Vec::new();
        for (id, js) in &st.jobs {
            match js.job.as_deref().map(serde_json::from_str::<Job>) {
                Some(Ok(job)) => jobs.push(job),
                Some(Err(e)) => problems.push(format!("notification {}: {}", id, e)),
                None => problems.push(format!("notification {}: progress without the notification itself", id)),
            }
        }
        Ok((jobs, problems))
    }

    fn read<T>(&self, id: &str, f: impl FnOnce(&JobState) -> T) -> Option<T> {
        self.lock().jobs.get(id).map(f)
    }

    /// How many of `target`'s messages for `id` were accepted.
    pub fn progress(&self, id: &str, target: &str) -> u32 {
        self.read(id, |js| js.steps.get(target).copied().unwrap_or(0)).unwrap_or(0)
    }

    pub fn set_progress(&self, id: &str, target: &str, steps: u32) -> Result<(), String> {
        self.record(format!("S\t{}\t{}\t{}\n", id, target, steps))
    }

    /// `target` is finished with `id` (delivered, or given up on).
    pub fn is_done(&self, id: &str, target: &str) -> bool {
        self.read(id, |js| js.done.contains(target)).unwrap_or(false)
    }

    pub fn mark_done(&self, id: &str, target: &str) -> Result<(), String> {
        self.record(format!("D\t{}\t{}\n", id, target))
    }

    pub fn image_ref(&self, id: &str) -> Option<ImageRef> {
        self.read(id, |js| js.image.clone()).flatten()
    }

    pub fn set_image_ref(&self, id: &str, r: &ImageRef) -> Result<(), String> {
        self.record(format!("I\t{}\t{}\n", id, serde_json::to_string(r).map_err(|e| e.to_string())?))
    }

    /// A notification every robot has: forget it, keep its duplicate key.
    pub fn finish(&self, job: &Job, now_unix: u64) -> Result<(), String> {
        self.record(format!("F\t{}\t{}\t{}\n", job.id, now_unix, job.key))
    }

    /// Duplicate keys of notifications finished at or after `since`.
    pub fn finished_since(&self, since: u64) -> Vec<(u64, String)> {
        self.lock().finished.iter().filter(|(t, _)| *t >= since).cloned().collect()
    }

    /// Store picture bytes under an unguessable name; returns the file name.
    pub fn save_image(&self, bytes: &[u8], ext: &str) -> Result<String, String> {
        let mut token = [0u8; 16];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut token).map_err(|_| "no randomness available".to_string())?;
        let name = format!("{}.{}", super::auth::hex(&token), ext);
        atomic_write(&self.images.join(&name), bytes)?;
        Ok(name)
    }

    pub fn read_image(&self, name: &str) -> Option<Vec<u8>> {
        if !valid_image_name(name) {
            return None;
        }
        fs::read(self.images.join(name)).ok()
    }

    /// Delete pictures older than `max_age` (the notifications that used them are long delivered).
    pub fn prune_images(&self, max_age: std::time::Duration) -> usize {
        let mut removed = 0;
        let Ok(dir) = fs::read_dir(&self.images) else { return 0 };
        for entry in dir.flatten() {
            let old = entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age > max_age);
            if old && fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        removed
    }

    /// Can the spool still be written? (for /healthz)
    pub fn writable(&self) -> bool {
        let probe = self.images.join(".healthz.tmp");
        let ok = fs::write(&probe, b"ok").is_ok();
        let _ = fs::remove_file(&probe);
        ok
    }
}

/// `<32 hex>.<png|jpg>` only: nothing else under images/ is ever served.
pub fn valid_image_name(name: &str) -> bool {
    match name.split_once('.') {
        Some((token, ext)) => token.len() == 32 && token.chars().all(|c| c.is_ascii_hexdigit()) && (ext == "png" || ext == "jpg"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relay::alert::tests::sample;
    use std::sync::Arc;

    fn tmpdir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("faultline-spool-{}-{}", name, std::process::id()));
        let _ = fs::remove_dir_all(&d);
        d
    }

    fn job(id: &str) -> Job {
        Job { id: id.into(), received_unix: 1, key: format!("k-{}", id), targets: vec!["a".into(), "b".into()], notification: sample() }
    }

    #[test]
    fn jobs_and_progress_survive_reopen_and_finish_leaves_only_the_key() {
        let dir = tmpdir("reopen");
        let now = crate::relay::log::now_unix();
        let spool = Spool::open(&dir, 600).unwrap();
        spool.put_job(&job("0002")).unwrap();
        spool.put_job(&job("0001")).unwrap();
        spool.set_progress("0001", "a", 1).unwrap();
        spool.set_progress("0001", "a", 2).unwrap();
        spool.set_image_ref("0001", &ImageRef { file: None, source: "none".into(), note: "n".into() }).unwrap();
        spool.mark_done("0002", "b").unwrap();
        spool.put_job(&job("0003")).unwrap();
        spool.finish(&job("0003"), now).unwrap();
        spool.finish(&job("old"), now - 700).unwrap();
        drop(spool);
        // A crash tore the last record.
        fs::OpenOptions::new().append(true).open(dir.join("journal.log")).unwrap().write_all(b"S\t0002\ta").unwrap();
        let spool = Spool::open(&dir, 600).unwrap();
        let (jobs, problems) = spool.load_jobs().unwrap();
        assert_eq!(jobs.iter().map(|j| j.id.as_str()).collect::<Vec<_>>(), ["0001", "0002"]);
        assert!(problems.is_empty(), "{:?}", problems);
        assert_eq!((spool.progress("0001", "a"), spool.progress("0001", "b"), spool.progress("0002", "a")), (2, 0, 0));
        assert_eq!(spool.image_ref("0001").unwrap().note, "n");
        assert!(spool.is_done("0002", "b") && !spool.is_done("0002", "a"));
        // The rewrite at open kept what is pending and the recent key, and dropped the rest.
        assert_eq!(spool.finished_since(0), vec![(now, "k-0003".to_string())]);
        let journal = fs::read_to_string(dir.join("journal.log")).unwrap();
        assert!(!journal.contains("k-old") && !journal.contains("\"id\":\"0003\"") && journal.ends_with('\n'), "{}", journal);
        spool.finish(&jobs[0], now).unwrap();
        spool.finish(&jobs[1], now).unwrap();
        drop(spool);
        let spool = Spool::open(&dir, 600).unwrap();
        assert_eq!(spool.load_jobs().unwrap().0.len(), 0);
        assert_eq!(spool.finished_since(0).len(), 3);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn concurrent_writers_are_all_durable() {
        let dir = tmpdir("concurrent");
        let spool = Arc::new(Spool::open(&dir, 600).unwrap());
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let s = spool.clone();
                std::thread::spawn(move || {
                    for i in 0..25 {
                        s.put_job(&job(&format!("{:02}-{:02}", t, i))).unwrap();
                    }
                })
            })
            .collect();
        handles.into_iter().for_each(|h| h.join().unwrap());
        drop(spool);
        let spool = Spool::open(&dir, 600).unwrap();
        assert_eq!(spool.load_jobs().unwrap().0.len(), 200);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn images_are_named_by_token_and_nothing_else_is_served() {
        let dir = tmpdir("images");
        let spool = Spool::open(&dir, 600).unwrap();
        let name = spool.save_image(b"\x89PNG", "png").unwrap();
        assert!(valid_image_name(&name));
        assert_eq!(spool.read_image(&name).unwrap(), b"\x89PNG");
        assert_eq!(spool.read_image("../journal.log"), None);
        assert_eq!(spool.read_image("journal.log"), None);
        let _ = fs::remove_dir_all(&dir);
    }
}
