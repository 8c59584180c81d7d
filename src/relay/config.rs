//! `relay.toml`: what the relay listens on, how it checks Grafana, where it spools, and the robots.
//! Secrets may be written as `env:NAME` or `file:/path` so the file itself can be shared.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A value that must never be printed. `Debug` shows `***`.
#[derive(Clone, Default, PartialEq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    #[cfg(test)]
    pub fn new(s: &str) -> Secret {
        Secret(s.to_string())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        resolve_secret(&raw).map(Secret).map_err(serde::de::Error::custom)
    }
}

/// Plain settings may also be `env:NAME` / `file:PATH` (a container passes its URLs this way).
fn resolved<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let raw = String::deserialize(d)?;
    resolve_secret(&raw).map(Some).map_err(serde::de::Error::custom)
}

fn resolved_req<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let raw = String::deserialize(d)?;
    resolve_secret(&raw).map_err(serde::de::Error::custom)
}

/// `env:NAME` → the variable, `file:PATH` → the file without its trailing newline, else the text itself.
fn resolve_secret(raw: &str) -> Result<String, String> {
    if let Some(name) = raw.strip_prefix("env:") {
        return std::env::var(name).map_err(|_| format!("environment variable {} is not set", name));
    }
    if let Some(path) = raw.strip_prefix("file:") {
        return std::fs::read_to_string(path)
            .map(|s| s.trim_end_matches(['\r', '\n']).to_string())
            .map_err(|e| format!("cannot read secret file {}: {}", path, e));
    }
    Ok(raw.to_string())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address to listen on. Loopback unless told otherwise.
    #[serde(default = "default_listen")]
    pub listen: String,
    /// Base URL at which IM servers can fetch images the relay serves (`<base>/images/…`).
    /// Needed by DingTalk, Slack incoming webhooks, and Feishu without app credentials.
    #[serde(default, deserialize_with = "resolved")]
    pub public_base_url: Option<String>,
    pub spool_dir: PathBuf,
    /// Dashboard JSON files (e.g. Grafana's provisioning folder): the native renderer's source,
    /// and how the relay knows a panel does not exist.
    #[serde(default)]
    pub dashboards_dir: Option<PathBuf>,
    #[serde(default = "default_max_body")]
    pub max_body_bytes: u64,
    /// A webhook with the same group key, status and alerts within this window is not posted again.
    /// Keep it below the shortest repeat interval of your notification policies.
    #[serde(default = "default_dedupe")]
    pub dedupe_window_secs: u64,
    #[serde(default = "default_retention")]
    pub image_retention_hours: u64,
    #[serde(default)]
    pub auth: AuthConfig,
    #[serde(default)]
    pub grafana: Option<GrafanaConfig>,
    #[serde(default)]
    pub render: RenderConfig,
    #[serde(default)]
    pub delivery: DeliveryConfig,
    #[serde(default, rename = "target")]
    pub targets: Vec<TargetConfig>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthConfig {
    #[serde(default)]
    pub basic_user: Option<String>,
    #[serde(default)]
    pub basic_password: Option<Secret>,
    #[serde(default)]
    pub bearer_token: Option<Secret>,
    #[serde(default)]
    pub hmac_secret: Option<Secret>,
    /// The signature header. Unset: `X-Grafana-Alerting-Signature` (what Grafana's form suggests) or
    /// `X-Grafana-Alert-Signature` (what grafana/alerting sends when the form's header is left empty).
    #[serde(default)]
    pub hmac_header: Option<String>,
    /// When set, the timestamp (Unix seconds) in this header is part of the signed string and
    /// must be within `max_skew_secs` of the relay's clock.
    #[serde(default)]
    pub timestamp_header: Option<String>,
    #[serde(default = "default_skew")]
    pub max_skew_secs: u64,
    /// Must be set explicitly to run with no credential check at all.
    #[serde(default)]
    pub allow_unauthenticated: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrafanaConfig {
    /// How the relay reaches Grafana (may differ from Grafana's public root_url).
    #[serde(deserialize_with = "resolved_req")]
    pub url: String,
    /// Service-account token (Viewer is enough) for /render and /api/dashboards. Without one the
    /// relay asks anonymously, which works only when Grafana lets anonymous users view.
    #[serde(default)]
    pub token: Option<Secret>,
    #[serde(default = "default_width")]
    pub width: u32,
    #[serde(default = "default_height")]
    pub height: u32,
    #[serde(default = "default_render_timeout")]
    pub timeout_secs: u64,
    #[serde(default)]
    pub theme: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenderConfig {
    #[serde(default = "default_width")]
    pub width: u32,
    #[serde(default = "default_height")]
    pub height: u32,
    #[serde(default)]
    pub theme: Option<String>,
}

impl Default for RenderConfig {
    fn default() -> Self {
        RenderConfig { width: default_width(), height: default_height(), theme: None }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryConfig {
    /// Per-request timeout towards IM servers and image sources.
    #[serde(default = "default_timeout")]
    pub timeout_secs: u64,
    #[serde(default = "default_backoff_initial")]
    pub backoff_initial_ms: u64,
    #[serde(default = "default_backoff_max")]
    pub backoff_max_secs: u64,
    /// A notification still undelivered after this long is dropped (logged and counted).
    #[serde(default = "default_max_age")]
    pub max_age_secs: u64,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            timeout_secs: default_timeout(),
            backoff_initial_ms: default_backoff_initial(),
            backoff_max_secs: default_backoff_max(),
            max_age_secs: default_max_age(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Wecom,
    Dingtalk,
    Feishu,
    Slack,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetConfig {
    /// Shown in logs and metrics instead of the URL (which holds the robot's key).
    pub name: String,
    pub kind: Kind,
    /// The robot's webhook URL. Slack: the incoming-webhook URL, or leave out and set bot_token.
    #[serde(default)]
    pub url: Option<Secret>,
    /// DingTalk `SEC…` signing secret; Feishu signature secret.
    #[serde(default)]
    pub secret: Option<Secret>,
    /// Feishu/Lark app credentials for the image upload.
    #[serde(default, deserialize_with = "resolved")]
    pub app_id: Option<String>,
    #[serde(default)]
    pub app_secret: Option<Secret>,
    /// Slack bot token (`xoxb-…`) and channel ID, for file uploads.
    #[serde(default)]
    pub bot_token: Option<Secret>,
    #[serde(default, deserialize_with = "resolved")]
    pub channel: Option<String>,
    /// API base for Feishu (`https://open.feishu.cn`, Lark: `https://open.larksuite.com`) and Slack
    /// (`https://slack.com/api`).
    #[serde(default)]
    pub api_base: Option<String>,
    /// Messages per minute this robot accepts (WeCom and DingTalk: 20).
    #[serde(default = "default_rate")]
    pub rate_per_minute: u32,
}

fn default_listen() -> String {
    "127.0.0.1:9095".into()
}
fn default_max_body() -> u64 {
    10 << 20
}
fn default_dedupe() -> u64 {
    600
}
fn default_retention() -> u64 {
    168
}
fn default_skew() -> u64 {
    300
}
fn default_width() -> u32 {
    1000
}
fn default_height() -> u32 {
    500
}
fn default_render_timeout() -> u64 {
    30
}
fn default_timeout() -> u64 {
    10
}
fn default_backoff_initial() -> u64 {
    1000
}
fn default_backoff_max() -> u64 {
    300
}
fn default_max_age() -> u64 {
    86_400
}
fn default_rate() -> u32 {
    20
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {}", path.display(), e))?;
        Config::parse(&text).map_err(|e| format!("{}: {}", path.display(), e))
    }

    pub fn parse(text: &str) -> Result<Config, String> {
        let mut cfg: Config = toml::from_str(text).map_err(|e| e.to_string().trim_end().replace('\n', " "))?;
        cfg.validate()?;
        if let Some(base) = &mut cfg.public_base_url {
            while base.ends_with('/') {
                base.pop();
            }
        }
        if let Some(g) = &mut cfg.grafana {
            while g.url.ends_with('/') {
                g.url.pop();
            }
            if g.token.as_ref().is_some_and(Secret::is_empty) {
                g.token = None;
            }
        }
        Ok(cfg)
    }

    fn validate(&self) -> Result<(), String> {
        if self.targets.is_empty() {
            return Err("no [[target]] configured: add at least one robot (wecom, dingtalk, feishu or slack)".into());
        }
        let a = &self.auth;
        let has_basic = a.basic_user.is_some() || a.basic_password.is_some();
        if has_basic && (a.basic_user.is_none() || a.basic_password.is_none()) {
            return Err("auth: basic_user and basic_password go together".into());
        }
        if !has_basic && a.bearer_token.is_none() && a.hmac_secret.is_none() && !a.allow_unauthenticated {
            return Err("auth: no credentials configured; set basic_user/basic_password, bearer_token or hmac_secret \
                        (or allow_unauthenticated = true to accept anyone)"
                .into());
        }
        if self.max_body_bytes == 0 {
            return Err("max_body_bytes must be positive".into());
        }
        if let Some(base) = &self.public_base_url {
            check_http_url("public_base_url", base)?;
        }
        if let Some(g) = &self.grafana {
            check_http_url("grafana.url", &g.url)?;
        }
        let mut names = BTreeSet::new();
        for t in &self.targets {
            if t.name.is_empty() || !t.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                return Err(format!("target name \"{}\" must be letters, digits, - or _", t.name));
            }
            if t.name == "image" {
                return Err("target name \"image\" is reserved (the spool uses it); pick another".into());
            }
            if !names.insert(t.name.as_str()) {
                return Err(format!("two targets are named \"{}\"", t.name));
            }
            if t.rate_per_minute == 0 {
                return Err(format!("target {}: rate_per_minute must be positive", t.name));
            }
            let slack_bot = t.kind == Kind::Slack && t.bot_token.is_some();
            match &t.url {
                Some(u) => check_http_url(&format!("target {}: url", t.name), u.expose())?,
                None if slack_bot => {}
                None => return Err(format!("target {}: url is required", t.name)),
            }
            if slack_bot && t.channel.is_none() {
                return Err(format!("target {}: bot_token needs channel (a channel ID such as C0123456)", t.name));
            }
            if t.kind == Kind::Feishu && t.app_id.is_some() != t.app_secret.is_some() {
                return Err(format!("target {}: app_id and app_secret go together", t.name));
            }
            let needs_public = match t.kind {
                Kind::Dingtalk => true,
                Kind::Slack => !slack_bot,
                Kind::Feishu => t.app_id.is_none(),
                Kind::Wecom => false,
            };
            if needs_public && self.public_base_url.is_none() {
                return Err(format!(
                    "target {}: this robot cannot receive image bytes, so the relay serves the image; set public_base_url \
                     to a URL the IM service can reach",
                    t.name
                ));
            }
        }
        Ok(())
    }

    pub fn delivery_timeout(&self) -> Duration {
        Duration::from_secs(self.delivery.timeout_secs.max(1))
    }
}

fn check_http_url(what: &str, url: &str) -> Result<(), String> {
    if url.starts_with("http://") || url.starts_with("https://") {
        Ok(())
    } else {
        Err(format!("{} must start with http:// or https://", what))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "spool_dir = \"/tmp/x\"\n[auth]\nbearer_token = \"t\"\n";

    #[test]
    fn secrets_never_show_in_debug_output() {
        let cfg = Config::parse(&format!("{}[[target]]\nname = \"w\"\nkind = \"wecom\"\nurl = \"https://q/send?key=SECRETKEY\"\n", BASE))
            .unwrap();
        let dbg = format!("{:?}", cfg);
        assert!(!dbg.contains("SECRETKEY"), "{}", dbg);
        assert!(!dbg.contains("bearer_token: Some(\"t\")"));
    }

    #[test]
    fn refuses_to_run_open_or_without_targets() {
        let e = Config::parse("spool_dir = \"/tmp/x\"\n[[target]]\nname = \"w\"\nkind = \"wecom\"\nurl = \"https://q\"\n").unwrap_err();
        assert!(e.contains("no credentials configured"), "{}", e);
        let e = Config::parse(BASE).unwrap_err();
        assert!(e.contains("no [[target]]"), "{}", e);
    }

    #[test]
    fn dingtalk_needs_a_public_base_url() {
        let e = Config::parse(&format!("{}[[target]]\nname = \"d\"\nkind = \"dingtalk\"\nurl = \"https://o\"\n", BASE)).unwrap_err();
        assert!(e.contains("public_base_url"), "{}", e);
    }

    #[test]
    fn env_secrets_resolve_and_missing_ones_are_named() {
        std::env::set_var("FAULTLINE_RELAY_TEST_KEY", "k1");
        let cfg = Config::parse(&format!("{}[[target]]\nname = \"w\"\nkind = \"wecom\"\nurl = \"env:FAULTLINE_RELAY_TEST_KEY\"\n", BASE));
        // The URL check runs on the resolved value, which is not a URL here.
        assert!(cfg.unwrap_err().contains("must start with http"));
        let e = Config::parse(&format!("{}[[target]]\nname = \"w\"\nkind = \"wecom\"\nurl = \"env:FAULTLINE_RELAY_NOPE\"\n", BASE))
            .unwrap_err();
        assert!(e.contains("FAULTLINE_RELAY_NOPE is not set"), "{}", e);
    }
}
