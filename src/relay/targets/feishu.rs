//! Feishu / Lark custom bot. Signature: `base64(HmacSHA256(key="<seconds>\n<secret>", msg=""))`,
//! sent as `timestamp` and `sign` in the JSON body. The custom bot cannot upload, so the picture
//! goes through the app's API: `tenant_access_token/internal` (app_id, app_secret), then
//! `POST /open-apis/im/v1/images` (multipart, `image_type=message`) → `image_key`, used in a card.
//! Codes 11232 and 9499 mean "too fast".

use super::{check, hmac_b64, note_line, now_unix, Outgoing, SendError, Target};
use crate::relay::alert::{self, Dialect};
use crate::relay::config::TargetConfig;
use crate::relay::http::{multipart, Http};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const MAX_TEXT: usize = 15_000;
const RATE_CODES: &[i64] = &[11232, 9499];

pub struct Feishu {
    url: String,
    secret: Option<String>,
    app: Option<(String, String)>,
    api_base: String,
    http: Arc<Http>,
    token: Mutex<Option<(String, Instant)>>,
}

/// The `sign` body field for `timestamp_secs`.
pub fn sign(secret: &str, timestamp_secs: u64) -> String {
    hmac_b64(format!("{}\n{}", timestamp_secs, secret).as_bytes(), b"")
}

fn code(v: &Value) -> Option<i64> {
    v.get("code").or_else(|| v.get("StatusCode")).and_then(Value::as_i64)
}

impl Feishu {
    pub fn new(cfg: &TargetConfig, http: Arc<Http>) -> Feishu {
        let mut api_base = cfg.api_base.clone().unwrap_or_else(|| "https://open.feishu.cn".into());
        while api_base.ends_with('/') {
            api_base.pop();
        }
        Feishu {
            url: cfg.url.as_ref().map(|u| u.expose().to_string()).unwrap_or_default(),
            secret: cfg.secret.as_ref().map(|s| s.expose().to_string()),
            app: cfg.app_id.clone().zip(cfg.app_secret.as_ref().map(|s| s.expose().to_string())),
            api_base,
            http,
            token: Mutex::new(None),
        }
    }

    fn tenant_token(&self, app_id: &str, app_secret: &str) -> Result<String, SendError> {
        let mut cached = self.token.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((t, until)) = cached.as_ref() {
            if Instant::now() < *until {
                return Ok(t.clone());
            }
        }
        let url = format!("{}/open-apis/auth/v3/tenant_access_token/internal", self.api_base);
        let reply = check(self.http.post_json(&url, &[], &json!({"app_id": app_id, "app_secret": app_secret})), code, RATE_CODES)?;
        let v = reply.json().unwrap_or(Value::Null);
        let token =
            v["tenant_access_token"].as_str().ok_or_else(|| SendError::Fatal("tenant_access_token missing in the answer".into()))?;
        let life = v["expire"].as_u64().unwrap_or(7200).saturating_sub(300).max(60);
        *cached = Some((token.to_string(), Instant::now() + Duration::from_secs(life)));
        Ok(token.to_string())
    }

    /// Upload through the app; `Ok(None)` with a reason when the app refuses (the card then goes without it).
    fn upload(&self, bytes: &[u8], mime: &str, ext: &str) -> Result<Result<String, String>, SendError> {
        let Some((id, secret)) = &self.app else {
            return Ok(Err("no app credentials for the upload".into()));
        };
        let token = match self.tenant_token(id, secret) {
            Ok(t) => t,
            Err(SendError::Fatal(e)) => return Ok(Err(format!("app token refused: {}", e))),
            Err(e) => return Err(e),
        };
        let (ctype, body) = multipart(&[("image_type", "message")], "image", &format!("panel.{}", ext), mime, bytes);
        let auth = format!("Bearer {}", token);
        let url = format!("{}/open-apis/im/v1/images", self.api_base);
        match check(self.http.post(&url, &[("Authorization", &auth)], &ctype, &body), code, RATE_CODES) {
            Ok(reply) => match reply.json().and_then(|v| v["data"]["image_key"].as_str().map(str::to_string)) {
                Some(key) => Ok(Ok(key)),
                None => Ok(Err("image_key missing in the upload answer".into())),
            },
            Err(SendError::Fatal(e)) => Ok(Err(format!("upload refused: {}", e))),
            Err(e) => Err(e),
        }
    }
}

pub fn card(out: &Outgoing, image_key: Option<&str>, problem: Option<&str>) -> Value {
    let n = out.notification;
    let mut md = alert::body(n, Dialect::Markdown, MAX_TEXT);
    if image_key.is_none() {
        if let Some(url) = out.picture.as_ref().and_then(|p| p.public_url.as_ref()) {
            md.push_str(&format!("[Panel image]({})\n", url));
        }
    }
    let notes: Vec<String> = note_line(out).into_iter().chain(problem.map(|p| format!("Image: {}", p))).collect();
    let mut elements = vec![json!({"tag": "div", "text": {"tag": "lark_md", "content": md}})];
    if let Some(key) = image_key {
        elements.push(json!({"tag": "img", "img_key": key, "alt": {"tag": "plain_text", "content": "panel"}}));
    }
    if !notes.is_empty() {
        elements.push(json!({"tag": "note", "elements": [{"tag": "plain_text", "content": notes.join(" · ")}]}));
    }
    json!({
        "msg_type": "interactive",
        "card": {
            "config": {"wide_screen_mode": true},
            "header": {"title": {"tag": "plain_text", "content": alert::title(n)}, "template": if n.status == "firing" { "red" } else { "green" }},
            "elements": elements,
        }
    })
}

impl Target for Feishu {
    fn send(&self, _: u32, out: &Outgoing) -> Result<(), SendError> {
        let (key, problem) = match &out.picture {
            Some(p) if self.app.is_some() => match self.upload(p.bytes, p.mime(), p.ext)? {
                Ok(k) => (Some(k), None),
                Err(why) => (None, Some(why)),
            },
            _ => (None, None),
        };
        let mut body = card(out, key.as_deref(), problem.as_deref());
        if let Some(secret) = &self.secret {
            let ts = now_unix().as_secs();
            body["timestamp"] = json!(ts.to_string());
            body["sign"] = json!(sign(secret, ts));
        }
        check(self.http.post_json(&self.url, &[], &body), code, RATE_CODES).map(|_| ())
    }
}
