//! WeCom (企业微信) group robot: a markdown message, then the picture as base64 + MD5 of the raw
//! bytes (at most 2 MB before base64, JPG/PNG). Error 45009 is the 20-per-minute limit.

use super::{check, note_line, Outgoing, SendError, Target};
use crate::relay::alert::{self, Dialect};
use crate::relay::config::TargetConfig;
use crate::relay::http::Http;
use crate::relay::image::fit_under;
use base64::Engine;
use serde_json::json;
use std::sync::Arc;

pub const MAX_IMAGE: usize = 2 * 1024 * 1024;
const MAX_MARKDOWN: usize = 4096;

pub struct WeCom {
    url: String,
    http: Arc<Http>,
}

impl WeCom {
    pub fn new(cfg: &TargetConfig, http: Arc<Http>) -> WeCom {
        WeCom { url: cfg.url.as_ref().map(|u| u.expose().to_string()).unwrap_or_default(), http }
    }
}

pub fn markdown(out: &Outgoing) -> String {
    let n = out.notification;
    let color = if n.status == "firing" { "warning" } else { "info" };
    let mut text = format!("## <font color=\"{}\">{}</font>\n", color, Dialect::Markdown.text(&alert::title(n)));
    let note = note_line(out).map(|l| format!("<font color=\"comment\">{}</font>\n", l)).unwrap_or_default();
    let room = MAX_MARKDOWN.saturating_sub(text.len() + note.len());
    text.push_str(&alert::body(n, Dialect::Markdown, room));
    text.push_str(&note);
    text
}

impl Target for WeCom {
    fn steps(&self, out: &Outgoing) -> u32 {
        1 + out.picture.is_some() as u32
    }
    fn send(&self, step: u32, out: &Outgoing) -> Result<(), SendError> {
        let body = match (step, &out.picture) {
            (0, _) => json!({"msgtype": "markdown", "markdown": {"content": markdown(out)}}),
            (_, Some(p)) => {
                let (bytes, _) = fit_under(p.bytes, MAX_IMAGE).map_err(SendError::Fatal)?;
                json!({"msgtype": "image", "image": {
                    "base64": base64::engine::general_purpose::STANDARD.encode(&bytes),
                    "md5": format!("{:x}", md5::compute(&bytes)),
                }})
            }
            _ => return Ok(()),
        };
        let code = |v: &serde_json::Value| v.get("errcode").and_then(|c| c.as_i64());
        check(self.http.post_json(&self.url, &[], &body), code, &[45009, -1]).map(|_| ())
    }
}
