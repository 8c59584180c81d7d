//! Links: templates per binding and per cell, expanded by the core with cell variables, the
//! value, the level and the time range (each value percent-encoded unless `:raw`). Grafana's
//! own variables stay for the panel's replaceVariables. Only http(s) and relative URLs pass.

use super::json::{index, one_line, Issues, Obj};
use super::levels::{Levels, When};
use super::template::{Template, Var};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::Value;

/// encodeURIComponent's set: everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

pub fn encode_component(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

#[derive(Debug, Clone)]
pub struct LinkTemplate {
    pub title: Template,
    pub url: Template,
    pub new_tab: bool,
    pub when: When,
}

/// A link ready for the menu (Grafana variables may remain in `url`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Link {
    pub title: String,
    pub url: String,
    pub new_tab: bool,
    /// The binding id, or "cell" for a cell link.
    pub source: String,
}

pub fn compile_all(
    v: &Value,
    path: &str,
    levels: &Levels,
    errs: &mut Issues,
) -> Option<Vec<LinkTemplate>> {
    let Value::Array(items) = v else {
        errs.push(path, "expected an array of {title, url, newTab}");
        return None;
    };
    let before = errs.len();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate().take(100) {
        let p = index(path, i);
        let Some(o) = Obj::new(item, &p, &["title", "url", "newTab", "when"], errs) else {
            continue;
        };
        let Some(url) = o.str("url", errs) else {
            errs.push(&p, "a link needs a url");
            continue;
        };
        if url.len() > 8192 {
            errs.push(&o.at("url"), "url is longer than 8192 bytes");
            continue;
        }
        // Reject a bad scheme now when it is visible before expansion.
        if !scheme_ok(url) {
            errs.push(
                &o.at("url"),
                format!(
                    "only http(s) and relative URLs are allowed: \"{}\"",
                    one_line(url)
                ),
            );
            continue;
        }
        let title = o.str("title", errs).unwrap_or(url);
        let when = o
            .get("when")
            .and_then(|w| When::compile(w, &o.at("when"), levels, errs))
            .unwrap_or(When::Always);
        out.push(LinkTemplate {
            title: Template::parse(title),
            url: Template::parse(url),
            new_tab: o.bool("newTab", errs).unwrap_or(false),
            when,
        });
    }
    (errs.len() == before).then_some(out)
}

/// The scheme check on a URL or URL template: http, https, or none (relative). A leading
/// `$`/`${…}` (a variable holding the base URL) cannot be judged yet and passes here; the
/// panel checks the final URL again with `isSafeUrl`.
fn scheme_ok(url: &str) -> bool {
    let u = url.trim_start();
    if u.starts_with('$') {
        return !u.chars().any(|c| c.is_control());
    }
    safe_url(u)
}

/// True for http(s) and relative URLs without control characters (browsers strip tabs and
/// newlines inside a scheme, so "java\tscript:" must not slip through).
pub fn safe_url(url: &str) -> bool {
    if url.chars().any(|c| c.is_control()) {
        return false;
    }
    let u = url.trim();
    // A scheme is letters/digits/+-. before the first ':' that precedes any / ? #.
    let end = u.find([':', '/', '?', '#']);
    match end {
        Some(i) if u.as_bytes()[i] == b':' => {
            let scheme = u[..i].to_ascii_lowercase();
            scheme == "http" || scheme == "https"
        }
        _ => !u.starts_with("\\\\") && !u.starts_with("/\\") && !u.starts_with("\\/"),
    }
}

/// Expand a link; Err when the result is not an allowed URL.
pub fn expand(
    t: &LinkTemplate,
    lookup: &dyn Fn(&Var) -> Option<String>,
    source: &str,
) -> Result<Link, String> {
    let url = t.url.expand(lookup, &encode_component);
    if !safe_url(&url)
        && !(url.trim_start().starts_with('$') && !url.chars().any(|c| c.is_control()))
    {
        return Err(format!(
            "link \"{}\" dropped: only http(s) and relative URLs are allowed",
            one_line(&url)
        ));
    }
    let title = t.title.expand(lookup, &|s| s.to_string());
    Ok(Link {
        title: one_line(&title),
        url,
        new_tab: t.new_tab,
        source: source.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_safety() {
        assert!(safe_url("https://grafana/d/x?a=b"));
        assert!(safe_url("/d/abc?var-x=1"));
        assert!(safe_url("d/abc"));
        assert!(safe_url("?x=1#y"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JavaScript:alert(1)"));
        assert!(!safe_url("java\tscript:alert(1)"));
        assert!(!safe_url("data:text/html,x"));
        assert!(safe_url("//cdn.example.com/x"));
        assert!(scheme_ok("${base}/x"));
    }

    #[test]
    fn expansion_encodes_values() {
        let levels = Levels::default_for(&crate::style::Theme::light());
        let mut e = Issues::default();
        let v = serde_json::json!([{"title": "Runbook ${__cell.label}", "url": "https://wiki/${__cell.service}?from=${__from}&to=${__to}&q=${var}", "newTab": true}, {"url": "javascript:alert(1)"}]);
        assert!(compile_all(&v, "links", &levels, &mut e).is_none());
        assert_eq!(e.list[0].path, "links[1].url");
        let ok = compile_all(
            &serde_json::json!([v[0].clone()]),
            "links",
            &levels,
            &mut Issues::default(),
        )
        .unwrap();
        let l = expand(
            &ok[0],
            &|v| match v {
                Var::CellLabel => Some("Check out".into()),
                Var::CellAttr(_) => Some("a&b".into()),
                Var::From => Some("1".into()),
                Var::To => Some("2".into()),
                _ => None,
            },
            "b1",
        )
        .unwrap();
        assert_eq!(l.url, "https://wiki/a%26b?from=1&to=2&q=${var}");
        assert_eq!(l.title, "Runbook Check out");
        assert!(l.new_tab);
    }
}
