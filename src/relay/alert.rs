//! Grafana's webhook notification (grafana/alerting `receivers/webhook`), what the relay takes from it:
//! the panel an alert points at, the duplicate key, and the text every robot shows.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Notification {
    #[serde(default)]
    pub receiver: String,
    pub status: String,
    #[serde(default)]
    pub org_id: i64,
    pub alerts: Vec<Alert>,
    #[serde(default)]
    pub group_labels: BTreeMap<String, String>,
    #[serde(default)]
    pub common_labels: BTreeMap<String, String>,
    #[serde(default)]
    pub common_annotations: BTreeMap<String, String>,
    #[serde(default, rename = "externalURL")]
    pub external_url: String,
    #[serde(default)]
    pub group_key: String,
    #[serde(default)]
    pub truncated_alerts: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Alert {
    pub status: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub annotations: BTreeMap<String, String>,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    #[serde(default, rename = "generatorURL")]
    pub generator_url: String,
    #[serde(default)]
    pub fingerprint: String,
    #[serde(default, rename = "silenceURL")]
    pub silence_url: String,
    #[serde(default, rename = "dashboardURL")]
    pub dashboard_url: String,
    #[serde(default, rename = "panelURL")]
    pub panel_url: String,
    #[serde(default)]
    pub values: Option<BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    pub value_string: String,
    #[serde(default, rename = "imageURL")]
    pub image_url: String,
}

/// Parse and check a webhook body; the error names what is wrong.
pub fn parse(body: &[u8]) -> Result<Notification, String> {
    let n: Notification = serde_json::from_slice(body).map_err(|e| format!("body is not a Grafana alert notification: {}", e))?;
    if n.status != "firing" && n.status != "resolved" {
        return Err(format!("status must be \"firing\" or \"resolved\", not \"{}\"", n.status));
    }
    if n.alerts.is_empty() {
        return Err("the notification has no alerts".into());
    }
    for (i, a) in n.alerts.iter().enumerate() {
        if a.status != "firing" && a.status != "resolved" {
            return Err(format!("alerts[{}].status must be \"firing\" or \"resolved\", not \"{}\"", i, a.status));
        }
    }
    Ok(n)
}

/// Same group, same status, same alerts in the same episodes → same key. Grafana resends a group
/// when an alert joins, leaves, resolves or starts again; each of those changes the key.
pub fn dedupe_key(n: &Notification) -> String {
    let mut alerts: Vec<String> = n
        .alerts
        .iter()
        .map(|a| {
            let id = if a.fingerprint.is_empty() { serde_json::to_string(&a.labels).unwrap_or_default() } else { a.fingerprint.clone() };
            format!("{}|{}|{}", id, a.status, a.starts_at)
        })
        .collect();
    alerts.sort();
    let text = format!("{}\n{}\n{}\n{}\n{}", n.org_id, n.receiver, n.group_key, n.status, alerts.join("\n"));
    super::auth::hex(ring::digest::digest(&ring::digest::SHA256, text.as_bytes()).as_ref())
}

/// The dashboard panel an alert belongs to, read from its `panelURL`
/// (`<root>/d/<uid>[/<slug>]?orgId=1&viewPanel=3&from=…&to=…`; scenes writes `viewPanel=panel-3`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PanelRef {
    pub uid: String,
    pub slug: Option<String>,
    pub panel_id: u64,
    pub org_id: Option<i64>,
    pub from: Option<String>,
    pub to: Option<String>,
}

pub fn panel_ref(alert: &Alert) -> Result<Option<PanelRef>, String> {
    let url = alert.panel_url.trim();
    if url.is_empty() {
        return Ok(None);
    }
    let bad = |why: &str| format!("panelURL \"{}\" {}", url, why);
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let after = path.split("/d/").nth(1).ok_or_else(|| bad("has no /d/<uid> part"))?;
    let mut segs = after.split('/').filter(|s| !s.is_empty());
    let uid = segs.next().ok_or_else(|| bad("has no dashboard uid"))?;
    if !uid.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(bad("has a dashboard uid with characters Grafana does not use"));
    }
    let slug = segs.next().map(str::to_string);
    let mut r = PanelRef { uid: uid.to_string(), slug, panel_id: 0, org_id: None, from: None, to: None };
    let mut have_panel = false;
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = percent_encoding::percent_decode_str(v).decode_utf8_lossy().to_string();
        match k {
            "viewPanel" | "panelId" => {
                let digits = v.strip_prefix("panel-").unwrap_or(&v);
                let digits = digits.split('-').next().unwrap_or("");
                r.panel_id = digits.parse().map_err(|_| bad("has a viewPanel that is not a panel id"))?;
                have_panel = true;
            }
            "orgId" => r.org_id = v.parse().ok(),
            "from" => r.from = Some(v),
            "to" => r.to = Some(v),
            _ => {}
        }
    }
    if !have_panel {
        return Err(bad("has no viewPanel"));
    }
    Ok(Some(r))
}

/// Where the picture for a notification comes from: the first firing alert (else resolved) that has
/// an image or a panel. One picture per notification keeps within the robots' 20 messages a minute.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageWanted {
    pub image_url: Option<String>,
    pub panel: Option<PanelRef>,
}

pub fn image_wanted(n: &Notification) -> Option<ImageWanted> {
    let ordered = n.alerts.iter().filter(|a| a.status == "firing").chain(n.alerts.iter().filter(|a| a.status != "firing"));
    for a in ordered {
        let panel = panel_ref(a).ok().flatten();
        let image_url = Some(a.image_url.trim().to_string()).filter(|u| !u.is_empty());
        if image_url.is_some() || panel.is_some() {
            return Some(ImageWanted { image_url, panel });
        }
    }
    None
}

/// How a robot writes markdown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dialect {
    /// WeCom, DingTalk, Feishu `lark_md`: `**bold**`, `[text](url)`.
    Markdown,
    /// Slack mrkdwn: `*bold*`, `<url|text>`, and `& < >` escaped.
    Slack,
}

impl Dialect {
    fn bold(self, s: &str) -> String {
        match self {
            Dialect::Markdown => format!("**{}**", s),
            Dialect::Slack => format!("*{}*", s),
        }
    }
    fn link(self, text: &str, url: &str) -> String {
        match self {
            Dialect::Markdown => format!("[{}]({})", text, url.replace(' ', "%20").replace(')', "%29")),
            Dialect::Slack => format!("<{}|{}>", url.replace('|', "%7C").replace('>', "%3E"), text),
        }
    }
    /// Text from alert labels and annotations: one line, no markup of its own.
    pub fn text(self, s: &str) -> String {
        let one_line = s.replace(['\r', '\n'], " ");
        match self {
            // No links or HTML tags of its own: break `](` and angle brackets.
            Dialect::Markdown => one_line.replace("](", "] (").replace('<', "‹").replace('>', "›"),
            Dialect::Slack => one_line.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;"),
        }
    }
}

/// Grafana's default title: `[FIRING:2, RESOLVED:1] <group label values> (<other common label values>)`.
pub fn title(n: &Notification) -> String {
    let firing = n.alerts.iter().filter(|a| a.status == "firing").count();
    let resolved = n.alerts.len() - firing;
    let mut t = if n.status == "firing" {
        if resolved > 0 {
            format!("[FIRING:{}, RESOLVED:{}]", firing, resolved)
        } else {
            format!("[FIRING:{}]", firing)
        }
    } else {
        "[RESOLVED]".to_string()
    };
    let group: Vec<&str> = n.group_labels.values().map(String::as_str).collect();
    if !group.is_empty() {
        t.push(' ');
        t.push_str(&group.join(" "));
    }
    let rest: Vec<&str> = n.common_labels.iter().filter(|(k, _)| !n.group_labels.contains_key(*k)).map(|(_, v)| v.as_str()).collect();
    if !rest.is_empty() {
        t.push_str(&format!(" ({})", rest.join(" ")));
    }
    t
}

/// The message body: firing alerts, then resolved ones, each with value, labels, summary and links
/// (dashboard, panel, silence, source), cut to `max_bytes` with a count of what was left out.
pub fn body(n: &Notification, d: Dialect, max_bytes: usize) -> String {
    let mut sections = Vec::new();
    for (status, heading) in [("firing", "Firing"), ("resolved", "Resolved")] {
        let alerts: Vec<&Alert> = n.alerts.iter().filter(|a| a.status == status).collect();
        if !alerts.is_empty() {
            sections.push((heading, alerts));
        }
    }
    let mut out = String::new();
    let total = n.alerts.len() + n.truncated_alerts as usize;
    let mut shown = 0;
    'outer: for (heading, alerts) in sections {
        let head = format!("{}\n", d.bold(&format!("{} ({})", heading, alerts.len())));
        if out.len() + head.len() > max_bytes {
            break;
        }
        out.push_str(&head);
        for a in alerts {
            let block = alert_block(a, d);
            // Keep room for the "and N more" line.
            if out.len() + block.len() + 64 > max_bytes {
                break 'outer;
            }
            out.push_str(&block);
            shown += 1;
        }
    }
    if shown < total {
        out.push_str(&format!("…and {} more alert(s) not shown\n", total - shown));
    }
    out
}

fn alert_block(a: &Alert, d: Dialect) -> String {
    let name = a.labels.get("alertname").map(String::as_str).unwrap_or("alert");
    let mut s = format!("- {}", d.bold(&d.text(name)));
    if let Some(summary) = a.annotations.get("summary").or_else(|| a.annotations.get("description")) {
        s.push_str(&format!(": {}", d.text(summary)));
    }
    s.push('\n');
    let values = match &a.values {
        Some(v) if !v.is_empty() => v.iter().map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>().join(", "),
        _ => a.value_string.clone(),
    };
    if !values.is_empty() {
        s.push_str(&format!("  Value: {}\n", d.text(&values)));
    }
    let labels: Vec<String> = a.labels.iter().filter(|(k, _)| k.as_str() != "alertname").map(|(k, v)| format!("{}={}", k, v)).collect();
    if !labels.is_empty() {
        s.push_str(&format!("  Labels: {}\n", d.text(&labels.join(", "))));
    }
    if !a.starts_at.is_empty() {
        let when = if a.status == "resolved" && !a.ends_at.starts_with("0001") { &a.ends_at } else { &a.starts_at };
        s.push_str(&format!("  {}: {}\n", if a.status == "resolved" { "Resolved at" } else { "Since" }, d.text(when)));
    }
    let links: Vec<String> =
        [("Dashboard", &a.dashboard_url), ("Panel", &a.panel_url), ("Silence", &a.silence_url), ("Source", &a.generator_url)]
            .iter()
            .filter(|(_, u)| u.starts_with("http://") || u.starts_with("https://"))
            .map(|(t, u)| d.link(t, u))
            .collect();
    if !links.is_empty() {
        s.push_str(&format!("  {}\n", links.join(" · ")));
    }
    s
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn sample() -> Notification {
        parse(
            br#"{"receiver":"relay","status":"firing","orgId":1,"groupKey":"{}:{alertname=\"HighLatency\"}",
            "groupLabels":{"alertname":"HighLatency"},"commonLabels":{"alertname":"HighLatency","team":"shop"},
            "externalURL":"http://grafana:3000/","truncatedAlerts":0,
            "alerts":[
             {"status":"firing","labels":{"alertname":"HighLatency","service":"checkout"},"annotations":{"summary":"p99 above 500 ms"},
              "startsAt":"2026-08-01T10:00:00Z","endsAt":"0001-01-01T00:00:00Z","fingerprint":"aaa",
              "generatorURL":"http://grafana:3000/alerting/grafana/r1/view","silenceURL":"http://grafana:3000/alerting/silence/new?x=1",
              "dashboardURL":"http://grafana:3000/d/faultline-demo","panelURL":"http://grafana:3000/d/faultline-demo?orgId=1&viewPanel=panel-1&from=1&to=2",
              "values":{"B":612.5}},
             {"status":"resolved","labels":{"alertname":"HighLatency","service":"cart"},"annotations":{},
              "startsAt":"2026-08-01T09:00:00Z","endsAt":"2026-08-01T09:30:00Z","fingerprint":"bbb"}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn panel_refs_from_classic_and_scenes_urls() {
        let n = sample();
        let r = panel_ref(&n.alerts[0]).unwrap().unwrap();
        assert_eq!((r.uid.as_str(), r.panel_id, r.org_id), ("faultline-demo", 1, Some(1)));
        let mut a = n.alerts[0].clone();
        a.panel_url = "https://g.example.com/sub/d/abc_1/my-dash?orgId=2&viewPanel=12".into();
        let r = panel_ref(&a).unwrap().unwrap();
        assert_eq!((r.uid.as_str(), r.slug.as_deref(), r.panel_id), ("abc_1", Some("my-dash"), 12));
        a.panel_url = "https://g/d/x?viewPanel=panel-3-clone-1".into();
        assert_eq!(panel_ref(&a).unwrap().unwrap().panel_id, 3);
        a.panel_url = "https://g/d/x?orgId=1".into();
        assert!(panel_ref(&a).unwrap_err().contains("no viewPanel"));
        a.panel_url = String::new();
        assert_eq!(panel_ref(&a).unwrap(), None);
    }

    #[test]
    fn dedupe_key_follows_group_status_and_alert_episodes() {
        let n = sample();
        let k = dedupe_key(&n);
        let mut reordered = n.clone();
        reordered.alerts.reverse();
        assert_eq!(dedupe_key(&reordered), k, "order of alerts does not matter");
        let mut resolved = n.clone();
        resolved.status = "resolved".into();
        assert_ne!(dedupe_key(&resolved), k);
        let mut restarted = n.clone();
        restarted.alerts[0].starts_at = "2026-08-01T11:00:00Z".into();
        assert_ne!(dedupe_key(&restarted), k, "a new firing episode is a new notification");
        let mut one_resolved = n.clone();
        one_resolved.alerts[0].status = "resolved".into();
        assert_ne!(dedupe_key(&one_resolved), k);
    }

    #[test]
    fn title_and_body_like_grafana() {
        let n = sample();
        assert_eq!(title(&n), "[FIRING:1, RESOLVED:1] HighLatency (shop)");
        let b = body(&n, Dialect::Markdown, 4096);
        assert!(b.starts_with("**Firing (1)**\n- **HighLatency**: p99 above 500 ms\n"), "{}", b);
        assert!(b.contains("[Panel](http://grafana:3000/d/faultline-demo?orgId=1&viewPanel=panel-1&from=1&to=2)"));
        assert!(b.contains("[Silence](http://grafana:3000/alerting/silence/new?x=1)"));
        assert!(b.contains("**Resolved (1)**"));
        assert!(b.contains("Resolved at: 2026-08-01T09:30:00Z"));
        let s = body(&n, Dialect::Slack, 4096);
        assert!(s.contains("<http://grafana:3000/d/faultline-demo|Dashboard>"), "{}", s);
        // Cut to size with a count of what is missing.
        let short = body(&n, Dialect::Markdown, 420);
        assert!(short.len() <= 420 && short.contains("more alert(s) not shown"), "{}", short);
    }

    #[test]
    fn bad_payloads_are_named() {
        assert!(parse(b"{").unwrap_err().contains("not a Grafana alert notification"));
        assert!(parse(br#"{"status":"firing"}"#).unwrap_err().contains("missing field `alerts`"));
        assert!(parse(br#"{"status":"odd","alerts":[]}"#).unwrap_err().contains("status must be"));
        assert!(parse(br#"{"status":"firing","alerts":[]}"#).unwrap_err().contains("no alerts"));
    }
}
