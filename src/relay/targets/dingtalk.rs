//! DingTalk (钉钉) custom robot, "加签" security: `&timestamp=<ms>&sign=<urlencode(base64(HmacSHA256(
//! key=secret, msg="<ms>\n<secret>")))>` on the webhook URL. A markdown message whose picture the
//! relay serves (the robot cannot upload). Error 130101 is "sending too fast".

use super::{check, hmac_b64, note_line, now_unix, Outgoing, SendError, Target};
use crate::relay::alert::{self, Dialect};
use crate::relay::config::TargetConfig;
use crate::relay::http::{url_encode, Http};
use serde_json::json;
use std::sync::Arc;

const MAX_TEXT: usize = 18_000;

pub struct DingTalk {
    url: String,
    secret: Option<String>,
    http: Arc<Http>,
}

/// The `sign` query value (already URL-encoded) for `timestamp_ms`.
pub fn sign(secret: &str, timestamp_ms: u128) -> String {
    url_encode(&hmac_b64(secret.as_bytes(), format!("{}\n{}", timestamp_ms, secret).as_bytes()))
}

impl DingTalk {
    pub fn new(cfg: &TargetConfig, http: Arc<Http>) -> DingTalk {
        DingTalk {
            url: cfg.url.as_ref().map(|u| u.expose().to_string()).unwrap_or_default(),
            secret: cfg.secret.as_ref().map(|s| s.expose().to_string()),
            http,
        }
    }
}

pub fn message(out: &Outgoing) -> serde_json::Value {
    let n = out.notification;
    let title = alert::title(n);
    let mut text = format!("#### {}\n\n", Dialect::Markdown.text(&title));
    text.push_str(&alert::body(n, Dialect::Markdown, MAX_TEXT - text.len()).replace('\n', "\n\n"));
    if let Some(url) = out.picture.as_ref().and_then(|p| p.public_url.as_ref()) {
        text.push_str(&format!("![panel]({})\n\n", url));
    }
    if let Some(note) = note_line(out) {
        text.push_str(&format!("> {}\n", note));
    }
    json!({"msgtype": "markdown", "markdown": {"title": title, "text": text}, "at": {"atMobiles": [], "isAtAll": false}})
}

impl Target for DingTalk {
    fn send(&self, _: u32, out: &Outgoing) -> Result<(), SendError> {
        let mut url = self.url.clone();
        if let Some(secret) = &self.secret {
            let ts = now_unix().as_millis();
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str(&format!("timestamp={}&sign={}", ts, sign(secret, ts)));
        }
        let code = |v: &serde_json::Value| v.get("errcode").and_then(|c| c.as_i64());
        check(self.http.post_json(&url, &[], &message(out)), code, &[130101, -1]).map(|_| ())
    }
}
