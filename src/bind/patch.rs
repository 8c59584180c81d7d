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
            let html = self.label_html(cell, &new.label);
            let texts = label.as_deref().and_then(|prev| text_changes(prev, &html));
            match texts {
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
