//! Patches: what a refresh changes in the drawn SVG, nothing more. Each bound cell has a
//! `Visual` (its bound look); a refresh diffs the new look against the last one sent and emits
//! attribute, class and fragment operations the panel applies in a flat loop.
//!
//! Selectors (`sel`), inside the cell's `<g data-cell-id>`: `root` (the group), `shape`
//! (`.fl-shape`), `fg` (`.fl-fg`), `marker` (`.fl-marker`), `gradient` (the last `<stop>` of the
//! gradient a `.fl-shape` fill points at), `label` (`.fl-label`, replaced by `html`), `under`
//! (`.fl-bind-under`, inserted before `.fl-image` or as first child) and `over`
//! (`.fl-bind-over`, inserted before `.fl-label` or last). `value: null` restores the drawn value.

use super::template::strip_html;
use crate::geom::Rect;
use crate::layout::Layout;
use crate::model::{CellKind, Model};
use crate::render::label::{render_label, LabelInput};
use crate::render::svg::num;
use crate::style::{Color, Theme};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Sel {
    Root,
    Shape,
    Fg,
    Marker,
    Gradient,
    Label,
    Under,
    Over,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Op {
    Attr {
        id: String,
        sel: Sel,
        attr: &'static str,
        value: Option<String>,
        /// Only elements whose drawn value is not `none`.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        painted: bool,
    },
    Html {
        id: String,
        sel: Sel,
        html: String,
    },
    Class {
        id: String,
        sel: Sel,
        class: &'static str,
        on: bool,
    },
    /// New character data for some text nodes of a fragment this core sent before, when only
    /// text changed (a value in a label): `(index among the fragment's text nodes, text)`,
    /// `count` = how many text nodes it has. No markup to parse: the panel sets `node.data`.
    Text {
        id: String,
        sel: Sel,
        texts: Vec<(u32, String)>,
        count: u32,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timing {
    pub ingest_us: f64,
    pub match_us: f64,
    pub eval_us: f64,
    pub patch_us: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Patch {
    pub ops: Vec<Op>,
    /// Cells whose level changed (null: no level any more).
    pub levels: BTreeMap<String, Option<String>>,
    pub timing: Timing,
    /// Data problems this refresh (details in `inspect()`).
    pub problems: usize,
    /// True when the series → binding matching was recomputed this refresh.
    pub rematched: bool,
}

/// Label look driven by bindings; None fields keep the drawn value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelLook {
    pub text: Option<String>,
    pub font: Option<Color>,
    pub background: Option<Color>,
    pub border: Option<Color>,
}

impl LabelLook {
    pub fn is_default(&self) -> bool {
        *self == LabelLook::default()
    }
}

/// A cell's bound look. Default = as drawn.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Visual {
    pub level: Option<String>,
    pub fill: Option<Color>,
    pub stroke: Option<Color>,
    pub gradient: Option<Color>,
    pub image_background: Option<Color>,
    pub image_border: Option<Color>,
    pub label: LabelLook,
    pub blink: bool,
    pub width: Option<f64>,
    pub flow: Option<f64>,
}

/// Renders what patches need from the diagram.
pub struct Painter<'a> {
    pub model: &'a Model,
    pub layout: &'a Layout,
    pub theme: &'a Theme,
}

impl Painter<'_> {
    /// The label of a cell with the bound text/colours (`<g class="fl-label">…`, or one line's `<text class="fl-label">`, or ""
    /// when the label is empty). Same code path as the first render, so it lines up exactly.
    pub fn label_html(&self, cell: usize, look: &LabelLook) -> String {
        let c = &self.model.cells[cell];
        // The cell's own style unless a colour is bound (cloning it per label was a tenth of a refresh).
        let style = if look.font.is_none() && look.background.is_none() && look.border.is_none() {
            std::borrow::Cow::Borrowed(&c.style)
        } else {
            let mut style = c.style.clone();
            if let Some(f) = &look.font {
                style.set("fontColor", f.as_str());
            }
            if let Some(b) = &look.background {
                style.set("labelBackgroundColor", b.as_str());
            }
            if let Some(b) = &look.border {
                style.set("labelBorderColor", b.as_str());
            }
            std::borrow::Cow::Owned(style)
        };
        let text = look.text.as_deref().unwrap_or(&c.label);
        let bounds = match c.kind {
            CellKind::Edge => self
                .layout
                .label_anchor
                .get(cell)
                .copied()
                .flatten()
                .map(|p| Rect::new(p.x, p.y, 0.0, 0.0)),
            _ => self.layout.bounds.get(cell).copied().flatten(),
        };
        let Some(bounds) = bounds else {
            return String::new();
        };
        let mut out = String::new();
        render_label(
            &mut out,
            &LabelInput {
                text,
                html: c.is_html(),
                style: &style,
                bounds,
                is_edge: c.kind == CellKind::Edge,
                theme: self.theme,
            },
        );
        out
    }

    fn image_rect(&self, cell: usize) -> Option<Rect> {
        self.layout.bounds.get(cell).copied().flatten()
    }

    fn under_html(&self, cell: usize, c: &Color) -> String {
        let Some(b) = self.image_rect(cell) else {
            return String::new();
        };
        format!(
            "<rect class=\"fl-bind-under\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"none\"/>",
            num(b.x),
            num(b.y),
            num(b.width.max(0.0)),
            num(b.height.max(0.0)),
            c.as_str()
        )
    }

    fn over_html(&self, cell: usize, c: &Color) -> String {
        let Some(b) = self.image_rect(cell) else {
            return String::new();
        };
        format!(
            "<rect class=\"fl-bind-over\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{}\"/>",
            num(b.x),
            num(b.y),
            num(b.width.max(0.0)),
            num(b.height.max(0.0)),
            c.as_str()
        )
    }

    /// Ops turning `old` into `new` for one cell. `label` holds the label fragment last sent
    /// (None: the drawn one) and is updated when the label changes.
    pub fn diff(
        &self,
        cell: usize,
        old: &Visual,
        new: &Visual,
        label: &mut Option<String>,
        ops: &mut Vec<Op>,
    ) {
        let c = &self.model.cells[cell];
        let id = || c.id.clone();
        let is_edge = c.kind == CellKind::Edge;
        let col = |x: &Option<Color>| x.as_ref().map(|c| c.as_str().to_string());
        let attr = |ops: &mut Vec<Op>,
                    sel: Sel,
                    attr: &'static str,
                    value: Option<String>,
                    painted: bool| {
            ops.push(Op::Attr {
                id: id(),
                sel,
                attr,
                value,
                painted,
            })
        };

        if old.level != new.level {
            attr(ops, Sel::Root, "data-level", new.level.clone(), false);
        }
        let has_gradient =
            c.style.has("gradientColor") && c.style.get("gradientColor") != Some("none");
        // Without a drawn gradient, a gradient colour paints the fill (unless fill is bound too).
        let fill_of = |v: &Visual| {
            if !has_gradient && v.fill.is_none() {
                v.gradient.clone()
            } else {
                v.fill.clone()
            }
        };
        let (of, nf) = (fill_of(old), fill_of(new));
        if of != nf {
            if is_edge {
                attr(ops, Sel::Marker, "fill", col(&nf), true);
            } else {
                attr(ops, Sel::Shape, "fill", col(&nf), false);
            }
        }
        if has_gradient && old.gradient != new.gradient {
            attr(ops, Sel::Gradient, "stop-color", col(&new.gradient), false);
        }
        if old.stroke != new.stroke {
            let v = col(&new.stroke);
            attr(ops, Sel::Shape, "stroke", v.clone(), false);
            if is_edge {
                attr(ops, Sel::Marker, "stroke", v.clone(), false);
                attr(ops, Sel::Marker, "fill", v, true);
            } else {
                attr(ops, Sel::Fg, "stroke", v, false);
            }
        }
        if old.image_background != new.image_background {
            let html = new
                .image_background
                .as_ref()
                .map(|b| self.under_html(cell, b))
                .unwrap_or_default();
            ops.push(Op::Html {
                id: id(),
                sel: Sel::Under,
                html,
            });
        }
        if old.image_border != new.image_border {
            let html = new
                .image_border
                .as_ref()
                .map(|b| self.over_html(cell, b))
                .unwrap_or_default();
            ops.push(Op::Html {
                id: id(),
                sel: Sel::Over,
                html,
            });
        }
        if old.label != new.label {
            // Only digits changed (a value in the label): the fragment last sent with those digits
            // swapped, when that is provably what a new layout would give (`swap_digits`).
            let same_colours = old.label.font == new.label.font
                && old.label.background == new.label.background
                && old.label.border == new.label.border;
            let swapped = match label.as_deref() {
                Some(prev) if same_colours => swap_digits(
                    prev,
                    old.label.text.as_deref().unwrap_or(&c.label),
                    new.label.text.as_deref().unwrap_or(&c.label),
                    c.is_html(),
                ),
                _ => None,
            };
            let html = match swapped {
                Some(s) => {
                    ops.push(Op::Text {
                        id: id(),
                        sel: Sel::Label,
                        texts: s.texts,
                        count: s.count,
                    });
                    s.html
                }
                None => {
                    let html = self.label_html(cell, &new.label);
                    match label.as_deref().and_then(|prev| text_changes(prev, &html)) {
                        Some((texts, _)) if texts.is_empty() => {}
                        Some((texts, count)) => ops.push(Op::Text {
                            id: id(),
                            sel: Sel::Label,
                            texts,
                            count,
                        }),
                        None => ops.push(Op::Html {
                            id: id(),
                            sel: Sel::Label,
                            html: html.clone(),
                        }),
                    }
                    html
                }
            };
            *label = Some(html);
        }
        if old.blink != new.blink {
            ops.push(Op::Class {
                id: id(),
                sel: Sel::Root,
                class: "fl-blink",
                on: new.blink,
            });
        }
        if old.width != new.width {
            attr(ops, Sel::Shape, "stroke-width", new.width.map(num), false);
        }
        if old.flow != new.flow {
            attr(ops, Sel::Root, "data-flow", new.flow.map(num), false);
        }
    }
}

/// The next piece of a fragment: a tag (`<…>`) or a run of character data (raw, escaped).
fn next_piece(rest: &str) -> Option<(bool, &str, &str)> {
    if rest.is_empty() {
        return None;
    }
    if rest.starts_with('<') {
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        Some((true, &rest[..end], &rest[end..]))
    } else {
        let end = rest.find('<').unwrap_or(rest.len());
        Some((false, &rest[..end], &rest[end..]))
    }
}

/// XML character data → text (the entities our writers emit, and numeric references).
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let ent = &rest[1..end];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => ent
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// When `new` has the same markup as `prev` and differs only in character data: the changed
/// text nodes and the number of text nodes. None when markup differs (send the fragment).
/// One pass over both, no allocation but the changed texts (a refresh compares ~1,000 labels).
pub fn text_changes(prev: &str, new: &str) -> Option<(Vec<(u32, String)>, u32)> {
    if prev.is_empty() || new.is_empty() {
        return None;
    }
    let (mut a, mut b) = (prev, new);
    let mut changes = Vec::new();
    let mut count = 0u32;
    loop {
        match (next_piece(a), next_piece(b)) {
            (None, None) => return Some((changes, count)),
            (Some((ta, pa, ra)), Some((tb, pb, rb))) if ta == tb => {
                if ta {
                    if pa != pb {
                        return None;
                    }
                } else {
                    // A text node can not be emptied (the DOM would lose it) or created by a text op.
                    if pb.is_empty() {
                        return None;
                    }
                    if pa != pb {
                        let (ua, ub) = (unescape(pa), unescape(pb));
                        if ub.is_empty() {
                            return None;
                        }
                        if ua != ub {
                            changes.push((count, ub));
                        }
                    }
                    count += 1;
                }
                a = ra;
                b = rb;
            }
            _ => return None,
        }
    }
}

/// The characters a reader sees, in order, one byte each as far as digits and the "11" kerning
/// pair go: markup skipped, an entity as one `&`. None when the source has what could hide or
/// add a digit (a numeric reference, a `<` that is not a tag, a comment, a numbered list).
fn visible_bytes(text: &str, html: bool) -> Option<Vec<u8>> {
    let b = text.as_bytes();
    if !html {
        return Some(b.to_vec());
    }
    let lower = text.to_ascii_lowercase();
    if lower.contains("&#") || lower.contains("<!") || lower.contains("<ol") {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'<' => {
                if !b
                    .get(i + 1)
                    .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/')
                {
                    return None;
                }
                i += b[i..].iter().position(|&c| c == b'>')? + 1;
            }
            b'&' => {
                out.push(b'&');
                let end = b[i..].iter().take(32).position(|&c| c == b';');
                i += end.map_or(1, |e| e + 1);
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Some(out)
}

/// The new label fragment without a layout, when the label text changed only in digits: `prev`
/// (the fragment drawn for `old`) with the changed digits swapped. Exact, because every bundled
/// face has tabular digits whose only kerning pair is "11" (`text::metrics::digits_tabular`):
/// with the same markup, the same non-digits and no "11" pair made or broken, line breaks,
/// widths and positions stay as they were. None when any of that does not hold, or when the
/// fragment's digits do not line up one to one with the text's (placeholders, list numbers):
/// then the label is laid out again.
pub fn swap_digits(prev: &str, old: &str, new: &str, html: bool) -> Option<Swapped> {
    if old.len() != new.len() || !crate::text::metrics::digits_tabular() {
        return None;
    }
    let (ov, nv) = (visible_bytes(old, html)?, visible_bytes(new, html)?);
    if ov.len() != nv.len() {
        return None;
    }
    let eleven = |v: &[u8], k: usize| v[k] == b'1' && v.get(k + 1) == Some(&b'1');
    let mut changes: Vec<(usize, u8)> = Vec::new();
    let mut digits = 0usize;
    for k in 0..ov.len() {
        let (a, b) = (ov[k], nv[k]);
        if a != b {
            if !(a.is_ascii_digit() && b.is_ascii_digit()) {
                return None;
            }
            // The pairs this digit is in must kern as before (treated as adjacent across markup).
            if eleven(&ov, k) != eleven(&nv, k)
                || (k > 0 && eleven(&ov, k - 1) != eleven(&nv, k - 1))
            {
                return None;
            }
            changes.push((digits, b));
        }
        if a.is_ascii_digit() {
            digits += 1;
        }
    }
    // Markup and entities the same: every changed byte of the source is one of those digits.
    if changes.is_empty()
        || old.bytes().zip(new.bytes()).filter(|(a, b)| a != b).count() != changes.len()
    {
        return None;
    }
    // The digits in the fragment's character data (entities skipped): their offsets, and the
    // text node each is in, counted as `text_changes` counts them.
    let mut offsets: Vec<(usize, u32)> = Vec::with_capacity(digits);
    let (mut rest, mut at, mut count) = (prev, 0usize, 0u32);
    while let Some((tag, piece, after)) = next_piece(rest) {
        if !tag {
            let t = piece.as_bytes();
            let mut i = 0;
            while i < t.len() {
                if t[i] == b'&' {
                    i += t[i..].iter().position(|&c| c == b';')? + 1;
                    continue;
                }
                if t[i].is_ascii_digit() {
                    offsets.push((at + i, count));
                }
                i += 1;
            }
            count += 1;
        }
        at += piece.len();
        rest = after;
    }
    if offsets.len() != digits {
        return None;
    }
    let mut out = prev.as_bytes().to_vec();
    let mut touched: Vec<u32> = Vec::new();
    for (d, b) in changes {
        let (at, node) = offsets[d];
        out[at] = b;
        if touched.last() != Some(&node) {
            touched.push(node);
        }
    }
    // Only ASCII digits were swapped for ASCII digits: still UTF-8.
    let html = String::from_utf8(out).ok()?;
    // The new character data of the text nodes that changed.
    let mut texts = Vec::with_capacity(touched.len());
    let (mut rest, mut node) = (html.as_str(), 0u32);
    while let Some((tag, piece, after)) = next_piece(rest) {
        if !tag {
            if touched.contains(&node) {
                texts.push((node, unescape(piece)));
            }
            node += 1;
        }
        rest = after;
    }
    Some(Swapped { html, texts, count })
}

/// A label fragment made by `swap_digits`, with the text ops that turn the last one into it.
#[derive(Debug, PartialEq)]
pub struct Swapped {
    pub html: String,
    /// (text node index, its new character data), as in `Op::Text`.
    pub texts: Vec<(u32, String)>,
    pub count: u32,
}

/// A cell's bound text, plain (for tooltips and the inspector).
pub fn plain(text: &str, html: bool) -> String {
    if html {
        strip_html(text)
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid_out(text: &str, html: bool, style: &str) -> String {
        let st = crate::style::Stylesheet::default().resolve(style, false);
        let mut out = String::new();
        render_label(
            &mut out,
            &LabelInput {
                text,
                html,
                style: &st,
                bounds: Rect::new(10.0, 20.0, 120.0, 60.0),
                is_edge: false,
                theme: &Theme::light(),
            },
        );
        out
    }

    /// The shortcut gives exactly what a new layout gives, or nothing: over labels in plain and
    /// HTML form, wrapped and not, centred and left-aligned, with a background (whose width shows
    /// any change in measure), as the value walks through numbers of every digit pattern.
    #[test]
    fn swapped_digits_equal_a_fresh_layout() {
        let styles = [
            "whiteSpace=wrap;rounded=1",
            "whiteSpace=wrap;html=1;align=left;labelBackgroundColor=#ffeeaa",
            "fontStyle=1;labelBorderColor=#000000;verticalAlign=top",
            "whiteSpace=wrap;html=1;fontFamily=Times New Roman;fontSize=17",
            "fontFamily=Courier New;align=right",
        ];
        let bases = [
            ("svc 11\n{} ms", false),
            ("<b>svc 0</b><br>{} ms", true),
            ("<b>disk 1</b><br><i>{}</i>&nbsp;GB free of 1{}", true),
            (
                "a long label that wraps at some width 1{}1 and more words {} here",
                false,
            ),
            (
                "<div>Node <font color=\"#ff0000\">{}</font>1 errors</div>",
                true,
            ),
        ];
        let values = [
            "0", "1", "7", "11", "10", "17", "71", "45", "99", "111", "101", "110", "123", "911",
            "181", "988",
        ];
        let (mut taken, mut refused) = (0, 0);
        for style in styles {
            for (base, html) in bases {
                for a in values {
                    for b in values {
                        let (old, new) = (base.replace("{}", a), base.replace("{}", b));
                        let style = if html {
                            format!("{style};html=1")
                        } else {
                            style.to_string()
                        };
                        let prev = laid_out(&old, html, &style);
                        match swap_digits(&prev, &old, &new, html) {
                            Some(got) => {
                                taken += 1;
                                let fresh = laid_out(&new, html, &style);
                                assert_eq!(got.html, fresh, "{old:?} → {new:?} ({style})");
                                // The same text ops as comparing the two fragments.
                                assert_eq!(
                                    Some((got.texts, got.count)),
                                    text_changes(&prev, &fresh)
                                );
                            }
                            None => refused += 1,
                        }
                    }
                }
            }
        }
        // Both ways are exercised: same-length changes without a new "11" take the shortcut.
        assert!(
            taken > 500 && refused > 1000,
            "taken {taken}, refused {refused}"
        );
        let prev = laid_out("<b>svc 0</b><br>45 ms", true, "whiteSpace=wrap;html=1");
        assert!(swap_digits(
            &prev,
            "<b>svc 0</b><br>45 ms",
            "<b>svc 0</b><br>48 ms",
            true
        )
        .is_some());
    }

    #[test]
    fn swap_digits_refuses_what_it_cannot_prove() {
        let prev = laid_out("x 12", true, "html=1");
        // A digit inside markup, an entity or a number that grows: lay out again.
        assert_eq!(
            swap_digits(
                &prev,
                "<font size=\"2\">x 12</font>",
                "<font size=\"3\">x 12</font>",
                true
            ),
            None
        );
        assert_eq!(swap_digits(&prev, "x &#49;2", "x &#50;2", true), None);
        assert_eq!(swap_digits(&prev, "x 12", "x 120", true), None);
        assert_eq!(swap_digits(&prev, "x 12", "y 12", true), None);
        // "11" kerns: making or breaking the pair changes the width.
        let prev = laid_out("x 12", false, "");
        assert_eq!(swap_digits(&prev, "x 12", "x 11", false), None);
        assert!(swap_digits(&prev, "x 12", "x 13", false).is_some_and(|s| s.html.contains("x 13")));
        // Digits the fragment does not show one for one (a placeholder filled in): no shortcut.
        assert_eq!(
            swap_digits("<text>x 12 7</text>", "x 12", "x 13", false),
            None
        );
    }

    #[test]
    fn text_only_changes_become_text_ops() {
        let a = "<g class=\"fl-label\"><text x=\"60\">svc 1</text><text x=\"60\">45 ms</text></g>";
        let b = "<g class=\"fl-label\"><text x=\"60\">svc 1</text><text x=\"60\">7 &lt;b&gt; &amp; &#x41;</text></g>";
        assert_eq!(
            text_changes(a, b),
            Some((vec![(1, "7 <b> & A".to_string())], 2))
        );
        assert_eq!(text_changes(a, a), Some((vec![], 2)));
        // Markup moved (a wrapped line): the fragment is sent whole.
        let c = "<g class=\"fl-label\"><text x=\"60\">svc 1</text><text x=\"61\">45 ms</text></g>";
        assert_eq!(text_changes(a, c), None);
        assert_eq!(text_changes("", a), None);
    }
}
