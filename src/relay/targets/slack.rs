//! Slack: an incoming webhook with a section and an image block pointing at the picture the relay
//! serves, or, with a bot token, the file upload flow (`files.getUploadURLExternal`, upload,
//! `files.completeUploadExternal` into the channel). 429 carries Retry-After.

use super::{check, note_line, Outgoing, SendError, Target};
use crate::relay::alert::{self, Dialect};
use crate::relay::config::TargetConfig;
use crate::relay::http::{form, Http};
use serde_json::{json, Value};
use std::sync::Arc;

const MAX_SECTION: usize = 2900;

pub struct Slack {
    webhook: Option<String>,
    bot: Option<(String, String)>,
    api_base: String,
    http: Arc<Http>,
}

impl Slack {
    pub fn new(cfg: &TargetConfig, http: Arc<Http>) -> Slack {
        let mut api_base = cfg.api_base.clone().unwrap_or_else(|| "https://slack.com/api".into());
        while api_base.ends_with('/') {
            api_base.pop();
        }
        Slack {
            webhook: cfg.url.as_ref().map(|u| u.expose().to_string()),
            bot: cfg.bot_token.as_ref().map(|t| t.expose().to_string()).zip(cfg.channel.clone()),
            api_base,
            http,
        }
    }

    /// A Web API call; `{"ok": false, "error": "ratelimited"}` is retried, other errors are not.
    fn api(&self, method: &str, token: &str, fields: &[(&str, &str)]) -> Result<Value, SendError> {
        let auth = format!("Bearer {}", token);
        let res = self.http.post(
            &format!("{}/{}", self.api_base, method),
            &[("Authorization", &auth)],
            "application/x-www-form-urlencoded",
            &form(fields),
        );
        let reply = check(res, |_| None, &[])?;
        let v = reply.json().unwrap_or(Value::Null);
        if v["ok"].as_bool() == Some(true) {
            return Ok(v);
        }
        let err = v["error"].as_str().unwrap_or("no error given").to_string();
        if err == "ratelimited" || err == "internal_error" || err == "service_unavailable" {
            Err(SendError::Retry { msg: format!("{}: {}", method, err), after: None })
        } else {
            Err(SendError::Fatal(format!("{}: {}", method, err)))
        }
    }
}

/// Header and text blocks (plus the image block for webhooks).
pub fn blocks(out: &Outgoing, image_url: Option<&str>) -> Vec<Value> {
    let n = out.notification;
    let title: String = alert::title(n).chars().take(150).collect();
    let mut text = alert::body(n, Dialect::Slack, MAX_SECTION);
    if let Some(note) = note_line(out) {
        text.push_str(&format!("_{}_", Dialect::Slack.text(&note)));
    }
    let mut b = vec![
        json!({"type": "header", "text": {"type": "plain_text", "text": title}}),
        json!({"type": "section", "text": {"type": "mrkdwn", "text": text}}),
    ];
    if let Some(url) = image_url {
        b.push(json!({"type": "image", "image_url": url, "alt_text": format!("Panel for {}", title)}));
    }
    b
}

impl Target for Slack {
    fn send(&self, _: u32, out: &Outgoing) -> Result<(), SendError> {
        let title = alert::title(out.notification);
        if let Some((token, channel)) = &self.bot {
            let Some(p) = &out.picture else {
                let b = serde_json::to_string(&blocks(out, None)).unwrap_or_default();
                return self.api("chat.postMessage", token, &[("channel", channel), ("text", &title), ("blocks", &b)]).map(|_| ());
            };
            let filename = format!("panel.{}", p.ext);
            let len = p.bytes.len().to_string();
            let v = self.api("files.getUploadURLExternal", token, &[("filename", &filename), ("length", &len)])?;
            let (Some(upload_url), Some(file_id)) = (v["upload_url"].as_str(), v["file_id"].as_str()) else {
                return Err(SendError::Fatal("files.getUploadURLExternal: no upload_url or file_id".into()));
            };
            check(self.http.post(upload_url, &[], p.mime(), p.bytes), |_| None, &[])?;
            let files = json!([{"id": file_id, "title": title}]).to_string();
            let b = serde_json::to_string(&blocks(out, None)).unwrap_or_default();
            return self
                .api("files.completeUploadExternal", token, &[("files", &files), ("channel_id", channel), ("blocks", &b)])
                .map(|_| ());
        }
        let url = self.webhook.as_deref().unwrap_or_default();
        let image = out.picture.as_ref().and_then(|p| p.public_url.as_deref());
        let body = json!({"text": title, "blocks": blocks(out, image)});
        check(self.http.post_json(url, &[], &body), |_| None, &[]).map(|_| ())
    }
}
