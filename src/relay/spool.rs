//! The durable spool. A notification is written (and fsynced, with its directory) before the relay
//! answers 200; each robot's progress is a small file rewritten atomically after every message it
//! accepts; a finished notification leaves only its duplicate key in `dedupe.log`.
//!
//! ```text
//! <spool>/jobs/<id>.json           the notification and the robots it goes to
//! <spool>/state/<id>.<target>      how many of that robot's messages were accepted
//! <spool>/state/<id>.image         where its picture came from (so a restart does not render again)
//! <spool>/images/<token>.<ext>     pictures, served at <public_base_url>/images/<token>.<ext>
//! <spool>/dedupe.log               "<unix seconds> <key>" of delivered notifications
//! ```
//! A crash between a robot accepting a message and the progress file being renamed into place
//! sends that one message again after the restart (at least once; the window is one fsync).

use super::alert::Notification;
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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

pub struct Spool {
    jobs: PathBuf,
    state: PathBuf,
    images: PathBuf,
    dedupe_log: Mutex<File>,
    dedupe_path: PathBuf,
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
    sync_dir(dir)
}

fn sync_dir(dir: &Path) -> Result<(), String> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| io_err("cannot fsync directory", dir, e))
}

impl Spool {
    pub fn open(dir: &Path) -> Result<Spool, String> {
        let jobs = dir.join("jobs");
        let state = dir.join("state");
        let images = dir.join("images");
        for d in [&jobs, &state, &images] {
            fs::create_dir_all(d).map_err(|e| io_err("cannot create spool directory", d, e))?;
            // Half-written files from a crash: their rename never happened, so they never counted.
            for entry in fs::read_dir(d).map_err(|e| io_err("cannot read", d, e))?.flatten() {
                let name = entry.file_name();
                if name.to_string_lossy().ends_with(".tmp") {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
        let dedupe_path = dir.join("dedupe.log");
        let log = OpenOptions::new().create(true).append(true).open(&dedupe_path).map_err(|e| io_err("cannot open", &dedupe_path, e))?;
        Ok(Spool { jobs, state, images, dedupe_log: Mutex::new(log), dedupe_path })
    }

    pub fn images_dir(&self) -> &Path {
        &self.images
    }

    /// Durably store a new notification. Returns only once it survives a crash.
    pub fn put_job(&self, job: &Job) -> Result<(), String> {
        let bytes = serde_json::to_vec(job).map_err(|e| e.to_string())?;
        atomic_write(&self.jobs.join(format!("{}.json", job.id)), &bytes)
    }

    /// Every pending notification, oldest first. Unreadable files are set aside as `.bad` and named.
    pub fn load_jobs(&self) -> Result<(Vec<Job>, Vec<String>), String> {
        let mut jobs = Vec::new();
        let mut problems = Vec::new();
        for entry in fs::read_dir(&self.jobs).map_err(|e| io_err("cannot read", &self.jobs, e))?.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            match fs::read(&path).map_err(|e| e.to_string()).and_then(|b| serde_json::from_slice::<Job>(&b).map_err(|e| e.to_string())) {
                Ok(job) => jobs.push(job),
                Err(e) => {
                    let _ = fs::rename(&path, path.with_extension("bad"));
                    problems.push(format!("{}: {} (moved aside as .bad)", path.display(), e));
                }
            }
        }
        jobs.sort_by(|a, b| a.id.cmp(&b.id));
        Ok((jobs, problems))
    }

    fn state_path(&self, id: &str, target: &str) -> PathBuf {
        self.state.join(format!("{}.{}", id, target))
    }

    /// How many of `target`'s messages for `id` were accepted.
    pub fn progress(&self, id: &str, target: &str) -> u32 {
        fs::read_to_string(self.state_path(id, target)).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0)
    }

    /// `target` is finished with `id` (delivered, or given up on).
    pub fn is_done(&self, id: &str, target: &str) -> bool {
        fs::read_to_string(self.state_path(id, target)).is_ok_and(|s| s.trim() == "done")
    }

    pub fn mark_done(&self, id: &str, target: &str) -> Result<(), String> {
        atomic_write(&self.state_path(id, target), b"done")
    }

    pub fn set_progress(&self, id: &str, target: &str, steps: u32) -> Result<(), String> {
        atomic_write(&self.state_path(id, target), steps.to_string().as_bytes())
    }

    pub fn image_ref(&self, id: &str) -> Option<ImageRef> {
        fs::read(self.state_path(id, "image")).ok().and_then(|b| serde_json::from_slice(&b).ok())
    }

    pub fn set_image_ref(&self, id: &str, r: &ImageRef) -> Result<(), String> {
        atomic_write(&self.state_path(id, "image"), &serde_json::to_vec(r).map_err(|e| e.to_string())?)
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

    /// A notification every robot has: remember its key, then forget it.
    pub fn finish(&self, job: &Job, now_unix: u64) -> Result<(), String> {
        {
            let mut log = self.dedupe_log.lock().unwrap_or_else(|p| p.into_inner());
            writeln!(log, "{} {}", now_unix, job.key)
                .and_then(|_| log.sync_data())
                .map_err(|e| io_err("cannot append to", &self.dedupe_path, e))?;
        }
        for t in job.targets.iter().map(String::as_str).chain(["image"]) {
            let _ = fs::remove_file(self.state_path(&job.id, t));
        }
        let path = self.jobs.join(format!("{}.json", job.id));
        fs::remove_file(&path).map_err(|e| io_err("cannot remove", &path, e))?;
        sync_dir(&self.jobs)
    }

    /// Keys of delivered notifications newer than `since`; the log is rewritten without older ones.
    pub fn load_dedupe(&self, since: u64) -> Result<Vec<(u64, String)>, String> {
        let text = fs::read_to_string(&self.dedupe_path).map_err(|e| io_err("cannot read", &self.dedupe_path, e))?;
        let keep: Vec<(u64, String)> = text
            .lines()
            .filter_map(|l| {
                let (t, k) = l.split_once(' ')?;
                Some((t.parse().ok()?, k.to_string()))
            })
            .filter(|(t, _)| *t >= since)
            .collect();
        let body: String = keep.iter().map(|(t, k)| format!("{} {}\n", t, k)).collect();
        let mut log = self.dedupe_log.lock().unwrap_or_else(|p| p.into_inner());
        atomic_write(&self.dedupe_path, body.as_bytes())?;
        *log = OpenOptions::new().append(true).open(&self.dedupe_path).map_err(|e| io_err("cannot open", &self.dedupe_path, e))?;
        Ok(keep)
    }

    /// Delete pictures older than `max_age` (the notifications that used them are long delivered).
    pub fn prune_images(&self, max_age: std::time::Duration) -> usize {
        let mut removed = 0;
        let Ok(dir) = fs::read_dir(&self.images) else {
            return 0;
        };
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
        let probe = self.state.join(".healthz.tmp");
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

    fn tmpdir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("faultline-spool-{}-{}", name, std::process::id()));
        let _ = fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn jobs_survive_reopen_and_finish_leaves_only_the_key() {
        let dir = tmpdir("reopen");
        let spool = Spool::open(&dir).unwrap();
        let job = |id: &str| Job {
            id: id.into(),
            received_unix: 1,
            key: format!("k-{}", id),
            targets: vec!["a".into(), "b".into()],
            notification: sample(),
        };
        spool.put_job(&job("0002")).unwrap();
        spool.put_job(&job("0001")).unwrap();
        spool.set_progress("0001", "a", 2).unwrap();
        // A crash left a temporary file and a corrupt job behind.
        fs::write(dir.join("jobs/.0003.json.tmp"), b"{half").unwrap();
        fs::write(dir.join("jobs/0004.json"), b"{half").unwrap();
        drop(spool);
        let spool = Spool::open(&dir).unwrap();
        let (jobs, problems) = spool.load_jobs().unwrap();
        assert_eq!(jobs.iter().map(|j| j.id.as_str()).collect::<Vec<_>>(), ["0001", "0002"]);
        assert_eq!(problems.len(), 1);
        assert!(dir.join("jobs/0004.bad").exists() && !dir.join("jobs/.0003.json.tmp").exists());
        assert_eq!((spool.progress("0001", "a"), spool.progress("0001", "b")), (2, 0));
        spool.mark_done("0002", "b").unwrap();
        assert!(spool.is_done("0002", "b") && !spool.is_done("0002", "a") && !spool.is_done("0001", "a"));
        spool.finish(&jobs[0], 100).unwrap();
        spool.finish(&jobs[1], 5).unwrap();
        assert_eq!(spool.load_jobs().unwrap().0.len(), 0);
        assert_eq!(spool.progress("0001", "a"), 0);
        // Compaction keeps only keys inside the window, and the log still appends afterwards.
        assert_eq!(spool.load_dedupe(50).unwrap(), vec![(100, "k-0001".to_string())]);
        spool.put_job(&job("0005")).unwrap();
        spool.finish(&job("0005"), 200).unwrap();
        assert_eq!(spool.load_dedupe(0).unwrap().len(), 2);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn images_are_named_by_token_and_nothing_else_is_served() {
        let dir = tmpdir("images");
        let spool = Spool::open(&dir).unwrap();
        let name = spool.save_image(b"\x89PNG", "png").unwrap();
        assert!(valid_image_name(&name));
        assert_eq!(spool.read_image(&name).unwrap(), b"\x89PNG");
        assert_eq!(spool.read_image("../jobs/x.json"), None);
        assert_eq!(spool.read_image("dedupe.log"), None);
        let _ = fs::remove_dir_all(&dir);
    }
}
