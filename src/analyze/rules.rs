//! Reading the drawing: what an edge means (direction, hard or soft) and what a vertex is
//! (a node, a text cell, a group with a redundancy rule). Free functions over one cell each.
//!
//! Overrides are read from the cell's attributes (an `object` wrapper, set in draw.io with
//! Edit Data) first, then from its style string as written. The style is read raw because
//! draw.io's style resolution deletes any `key=none`, and `dependency=none` must survive.

use super::config::{ArrowMeaning, GraphConfig, UndirectedRule};
use crate::model::Cell;
use crate::style::Style;

/// Which way a dependency runs, relative to the edge's source → target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// The source depends on the target.
    Forward,
    /// The target depends on the source.
    Reverse,
    /// Each depends on the other.
    Both,
    /// Not a dependency.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Soft,
    Hard,
}

/// How one edge was read, and why (for the inspector).
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeRule {
    pub dir: Dir,
    pub strength: Strength,
    /// `arrow`, `override`, `bidirectional` or `undirected`.
    pub why: &'static str,
}

/// How a container relates to its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupPolicy {
    /// The group fails when fewer than `k` members are healthy (`None`: all members needed).
    Aggregate { k: Option<usize> },
    /// The members depend on the container (a host, a zone): its failure takes them down.
    Host,
    /// A box for the eye only.
    Visual,
}

const DEPENDENCY_KEYS: &[&str] = &["faultline.dependency", "dependency"];
const REDUNDANCY_KEYS: &[&str] = &["faultline.redundancy", "redundancy"];
const GROUP_KEYS: &[&str] = &["faultline.group"];
const IGNORE_KEYS: &[&str] = &["faultline.ignore"];

/// The first of `keys` set on the cell: attributes first, then the raw style.
pub fn lookup<'a>(
    cell: &'a Cell,
    raw: &'a Style,
    keys: &[&'static str],
) -> Option<(&'static str, &'a str)> {
    for &k in keys {
        if let Some(v) = cell.attr(k) {
            return Some((k, v));
        }
    }
    for &k in keys {
        if let Some(v) = raw.get(k) {
            return Some((k, v));
        }
    }
    None
}

fn arrow_set(style: &Style, key: &str) -> bool {
    // Resolution removes `endArrow=none`; the default edge style supplies `endArrow=classic`.
    matches!(style.get(key).map(str::trim), Some(v) if !v.is_empty() && v != "none")
}

/// Read one edge. The second value is a note when an override value is not understood
/// (the rest of the rule still applies).
pub fn edge_rule(cell: &Cell, cfg: &GraphConfig) -> (EdgeRule, Option<String>) {
    let raw = Style::parse_raw(&cell.style_text);
    let mut dir_override = None;
    let mut strength_override = None;
    let mut note = None;
    if let Some((key, value)) = lookup(cell, &raw, DEPENDENCY_KEYS) {
        let mut unknown = Vec::new();
        for tok in value
            .split([',', ' ', '+', '|', ';'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            match tok.to_ascii_lowercase().as_str() {
                "forward" | "source" => dir_override = Some(Dir::Forward),
                "reverse" | "target" => dir_override = Some(Dir::Reverse),
                "both" | "mutual" => dir_override = Some(Dir::Both),
                "none" | "ignore" | "off" => dir_override = Some(Dir::None),
                "hard" | "sync" | "critical" => strength_override = Some(Strength::Hard),
                "soft" | "async" | "optional" | "weak" => strength_override = Some(Strength::Soft),
                _ => unknown.push(tok.to_string()),
            }
        }
        if !unknown.is_empty() {
            note = Some(format!(
                "{}=\"{}\": ignored {}; use forward, reverse, both, none, hard or soft",
                key,
                value,
                unknown.join(", ")
            ));
        }
    }

    let style = &cell.style;
    let (dir, why) = match dir_override {
        Some(d) => (d, "override"),
        None => {
            let end = arrow_set(style, "endArrow");
            let start = arrow_set(style, "startArrow");
            let drawn = match (end, start) {
                (true, false) => Some(Dir::Forward),
                (false, true) => Some(Dir::Reverse),
                (true, true) => Some(Dir::Both),
                (false, false) => None,
            };
            match drawn {
                Some(Dir::Both) => (Dir::Both, "bidirectional"),
                Some(d) => (apply_meaning(d, cfg.arrow), "arrow"),
                None => match cfg.undirected {
                    UndirectedRule::Ignore => (Dir::None, "undirected"),
                    UndirectedRule::SoftBoth | UndirectedRule::HardBoth => {
                        (Dir::Both, "undirected")
                    }
                },
            }
        }
    };
    let strength = match strength_override {
        Some(s) => s,
        None if why == "undirected" && cfg.undirected == UndirectedRule::SoftBoth => Strength::Soft,
        None if cfg.dashed_is_soft && style.flag("dashed", false) => Strength::Soft,
        None => Strength::Hard,
    };
    (EdgeRule { dir, strength, why }, note)
}

fn apply_meaning(d: Dir, meaning: ArrowMeaning) -> Dir {
    match (meaning, d) {
        (ArrowMeaning::DependsOn, d) => d,
        (ArrowMeaning::Feeds, Dir::Forward) => Dir::Reverse,
        (ArrowMeaning::Feeds, Dir::Reverse) => Dir::Forward,
        (ArrowMeaning::Feeds, d) => d,
    }
}

/// A text cell (draw.io's `text` or `edgeLabel` style): never a node.
pub fn is_text_cell(cell: &Cell) -> bool {
    cell.style_text
        .split(';')
        .map(str::trim)
        .any(|t| t == "text" || t == "edgeLabel")
}

/// `faultline.ignore=1`: leave the vertex out of the graph (legends, notes).
pub fn is_ignored(cell: &Cell) -> bool {
    let raw = Style::parse_raw(&cell.style_text);
    match lookup(cell, &raw, IGNORE_KEYS) {
        Some((_, v)) => matches!(v.trim(), "1" | "true" | "yes"),
        None => false,
    }
}

/// `k/n`, `k of n`, `k-of-n` or `k` → (k, n).
pub fn parse_redundancy(v: &str) -> Option<(usize, Option<usize>)> {
    let v = v.trim().to_ascii_lowercase();
    let (k, n) = if let Some((a, b)) = v.split_once('/') {
        (a, Some(b))
    } else if let Some((a, b)) = v.split_once("-of-") {
        (a, Some(b))
    } else if let Some((a, b)) = v.split_once(" of ") {
        (a, Some(b))
    } else {
        (v.as_str(), None)
    };
    let k: usize = k.trim().parse().ok()?;
    let n = match n {
        Some(n) => Some(n.trim().parse::<usize>().ok()?),
        None => None,
    };
    Some((k, n))
}

/// The k of a k-of-n rule on a vertex (`redundancy=2/3`, `redundancy=2`, or an integer `k=2`).
/// `Err` is a note for a value that does not parse.
pub fn redundancy(cell: &Cell) -> Result<Option<(usize, Option<usize>)>, String> {
    let raw = Style::parse_raw(&cell.style_text);
    if let Some((key, v)) = lookup(cell, &raw, REDUNDANCY_KEYS) {
        return match parse_redundancy(v) {
            Some(r) => Ok(Some(r)),
            None => Err(format!(
                "{}=\"{}\" is not k/n or k; the rule is ignored",
                key, v
            )),
        };
    }
    // A bare `k` is a common attribute name: only an integer counts.
    let k = cell.attr("k").or_else(|| raw.get("k"));
    Ok(k.and_then(|v| v.trim().parse::<usize>().ok())
        .map(|k| (k, None)))
}

/// The policy of a container. `Err` is a note for an unknown `faultline.group` value.
pub fn group_policy(cell: &Cell) -> Result<GroupPolicy, String> {
    let raw = Style::parse_raw(&cell.style_text);
    let k = match redundancy(cell) {
        Ok(r) => r.map(|(k, _)| k),
        Err(_) => None,
    };
    match lookup(cell, &raw, GROUP_KEYS) {
        None => Ok(GroupPolicy::Aggregate { k }),
        Some((key, v)) => match v.trim().to_ascii_lowercase().as_str() {
            "all" | "aggregate" | "redundant" | "redundancy" | "" => {
                Ok(GroupPolicy::Aggregate { k })
            }
            "host" | "zone" | "runs-on" | "platform" => Ok(GroupPolicy::Host),
            "none" | "visual" | "box" => Ok(GroupPolicy::Visual),
            _ => Err(format!(
                "{}=\"{}\" is not all, host or none; the container aggregates its members",
                key, v
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::modelgen::{edge_cell, vertex_cell};

    fn rule(style: &str, attrs: &[(&str, &str)]) -> EdgeRule {
        let mut c = edge_cell("e", 0, 1, style);
        c.attrs = attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        edge_rule(&c, &GraphConfig::default()).0
    }

    #[test]
    fn default_edge_means_source_depends_on_target() {
        let r = rule("", &[]);
        assert_eq!(
            (r.dir, r.strength, r.why),
            (Dir::Forward, Strength::Hard, "arrow")
        );
    }

    #[test]
    fn arrow_at_source_reverses() {
        let r = rule("endArrow=none;startArrow=classic", &[]);
        assert_eq!(r.dir, Dir::Reverse);
    }

    #[test]
    fn both_heads_is_mutual_and_no_heads_is_soft_both() {
        let r = rule("startArrow=block", &[]);
        assert_eq!(
            (r.dir, r.strength, r.why),
            (Dir::Both, Strength::Hard, "bidirectional")
        );
        let r = rule("endArrow=none", &[]);
        assert_eq!(
            (r.dir, r.strength, r.why),
            (Dir::Both, Strength::Soft, "undirected")
        );
    }

    #[test]
    fn dashed_is_soft_unless_overridden() {
        assert_eq!(rule("dashed=1", &[]).strength, Strength::Soft);
        assert_eq!(
            rule("dashed=1;dependency=hard", &[]).strength,
            Strength::Hard
        );
    }

    #[test]
    fn overrides_attributes_before_style() {
        let r = rule("dependency=none", &[]);
        assert_eq!((r.dir, r.why), (Dir::None, "override"));
        let r = rule("dependency=none", &[("dependency", "reverse,soft")]);
        assert_eq!((r.dir, r.strength), (Dir::Reverse, Strength::Soft));
        let r = rule("faultline.dependency=async", &[]);
        assert_eq!((r.dir, r.strength), (Dir::Forward, Strength::Soft));
    }

    #[test]
    fn feeds_meaning_flips_arrows_but_not_overrides() {
        let cfg = GraphConfig {
            arrow: ArrowMeaning::Feeds,
            ..GraphConfig::default()
        };
        let c = edge_cell("e", 0, 1, "");
        assert_eq!(edge_rule(&c, &cfg).0.dir, Dir::Reverse);
        let c = edge_cell("e", 0, 1, "dependency=forward");
        assert_eq!(edge_rule(&c, &cfg).0.dir, Dir::Forward);
    }

    #[test]
    fn unknown_override_token_gives_a_note() {
        let c = edge_cell("e", 0, 1, "dependency=sideways");
        let (r, note) = edge_rule(&c, &GraphConfig::default());
        assert_eq!(r.dir, Dir::Forward);
        assert!(note.unwrap_or_default().contains("sideways"));
    }

    #[test]
    fn redundancy_forms() {
        assert_eq!(parse_redundancy("2/3"), Some((2, Some(3))));
        assert_eq!(parse_redundancy(" 1 of 2 "), Some((1, Some(2))));
        assert_eq!(parse_redundancy("3-of-5"), Some((3, Some(5))));
        assert_eq!(parse_redundancy("2"), Some((2, None)));
        assert_eq!(parse_redundancy("two"), None);
        let mut v = vertex_cell("g", "G", "");
        v.attrs = vec![("k".into(), "2".into())];
        assert_eq!(redundancy(&v), Ok(Some((2, None))));
        v.attrs = vec![("k".into(), "blue".into())];
        assert_eq!(redundancy(&v), Ok(None));
        v.attrs = vec![("redundancy".into(), "most".into())];
        assert!(redundancy(&v).is_err());
    }

    #[test]
    fn group_policies() {
        let v = vertex_cell("g", "G", "faultline.group=host");
        assert_eq!(group_policy(&v), Ok(GroupPolicy::Host));
        let v = vertex_cell("g", "G", "redundancy=2/3");
        assert_eq!(group_policy(&v), Ok(GroupPolicy::Aggregate { k: Some(2) }));
        let v = vertex_cell("g", "G", "faultline.group=none");
        assert_eq!(group_policy(&v), Ok(GroupPolicy::Visual));
        assert!(group_policy(&vertex_cell("g", "G", "faultline.group=blob")).is_err());
    }

    #[test]
    fn text_cells() {
        assert!(is_text_cell(&vertex_cell("t", "hi", "text;html=1")));
        assert!(is_text_cell(&vertex_cell("t", "hi", "edgeLabel;html=1")));
        assert!(!is_text_cell(&vertex_cell(
            "t",
            "hi",
            "rounded=1;textOpacity=50"
        )));
    }
}
