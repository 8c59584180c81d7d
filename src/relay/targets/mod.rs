//! The robots. Each turns a notification (and its picture) into the messages its IM accepts,
//! signs them as that IM requires, and says whether a failure is worth retrying.

mod dingtalk;
mod feishu;
mod slack;
mod wecom;

use super::alert::Notification;
use super::config::{Kind, TargetConfig};
use super::http::{Http, Reply};
use base64::Engine;
use ring::hmac;
use std::time::Duration;

/// What a robot is asked to post.
pub struct Outgoing<'a> {
    pub notification: &'a Notification,
    pub picture: Option<Picture<'a>>,
    /// Why there is no picture (or how it was made), shown small under the text.
    pub image_note: &'a str,
}

pub struct Picture<'a> {
    pub bytes: &'a [u8],
    /// `png` or `jpg`.
    pub ext: &'a str,
    /// Where the relay serves it (`<public_base_url>/images/<file>`), when configured.
    pub public_url: Option<String>,
}

impl Picture<'_> {
    pub fn mime(&self) -> &'static str {
        if self.ext == "jpg" {
            "image/jpeg"
        } else {
            "image/png"
        }
    }
}

#[derive(Debug)]
pub enum SendError {
    /// Worth trying again (network, timeout, 5xx, rate limit), maybe not before `after`.
    Retry { msg: String, after: Option<Duration> },
    /// The robot refused the message; retrying the same request cannot help.
    Fatal(String),
}

fn retry(msg: impl Into<String>) -> SendError {
    SendError::Retry { msg: msg.into(), after: None }
}

pub trait Target: Send + Sync {
    /// How many messages this notification takes (each counts against the rate limit).
    fn steps(&self, _out: &Outgoing) -> u32 {
        1
    }
    /// Post message number `step`.
    fn send(&self, step: u32, out: &Outgoing) -> Result<(), SendError>;
}

/// A configured robot: its name (for logs and metrics), its rate, and the IM it speaks.
pub struct Robot {
    pub name: String,
    pub rate_per_minute: u32,
    pub im: Box<dyn Target>,
}

pub fn build(cfg: &TargetConfig, http: std::sync::Arc<Http>) -> Robot {
    let im: Box<dyn Target> = match cfg.kind {
        Kind::Wecom => Box::new(wecom::WeCom::new(cfg, http)),
        Kind::Dingtalk => Box::new(dingtalk::DingTalk::new(cfg, http)),
        Kind::Feishu => Box::new(feishu::Feishu::new(cfg, http)),
        Kind::Slack => Box::new(slack::Slack::new(cfg, http)),
    };
    Robot { name: cfg.name.clone(), rate_per_minute: cfg.rate_per_minute, im }
}

/// Sort an IM's answer: transport and HTTP status first, then its own error code (`code_of`),
/// where `rate_codes` mean "too fast, try later".
fn check(res: Result<Reply, String>, code_of: impl Fn(&serde_json::Value) -> Option<i64>, rate_codes: &[i64]) -> Result<Reply, SendError> {
    let reply = res.map_err(retry)?;
    if reply.status == 429 {
        return Err(SendError::Retry { msg: format!("HTTP 429 {}", reply.text()), after: reply.retry_after.map(Duration::from_secs) });
    }
    if reply.status >= 500 || reply.status == 408 {
        return Err(retry(format!("HTTP {} {}", reply.status, reply.text())));
    }
    if !(200..300).contains(&reply.status) {
        return Err(SendError::Fatal(format!("HTTP {} {}", reply.status, reply.text())));
    }
    if let Some(code) = reply.json().as_ref().and_then(code_of) {
        if code != 0 {
            let msg = format!("error code {}: {}", code, reply.text());
            return Err(if rate_codes.contains(&code) { retry(msg) } else { SendError::Fatal(msg) });
        }
    }
    Ok(reply)
}

/// base64(HMAC-SHA256(key, msg)).
fn hmac_b64(key: &[u8], msg: &[u8]) -> String {
    let tag = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), msg);
    base64::engine::general_purpose::STANDARD.encode(tag.as_ref())
}

fn now_unix() -> std::time::Duration {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default()
}

/// The small line under a message about the picture.
fn note_line(out: &Outgoing) -> Option<String> {
    let n = out.image_note.trim();
    (!n.is_empty()).then(|| format!("Image: {}", n.replace(['\n', '\r'], " ")))
}

pub use dingtalk::sign as dingtalk_sign;
pub use feishu::sign as feishu_sign;
