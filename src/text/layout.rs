//! Line layout of parsed labels the way a browser lays out draw.io's HTML label:
//! an inline-block (`white-space: normal; word-wrap: normal` when wrapping, `nowrap` otherwise),
//! whitespace collapsed, line boxes built from each run's font and `line-height` plus the block's strut.

use super::html::{Align, Doc, Inline, LineHeight, Para, SpanStyle};
use super::metrics::{advance_em, classify, face, kern_em, FaceMetrics};

/// A run of one style on a line, positioned relative to the block's left edge.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedRun {
    pub x: f64,
    pub width: f64,
    pub text: String,
    pub style: SpanStyle,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Top of the line box, relative to the block top.
    pub top: f64,
    pub height: f64,
    /// Alphabetic baseline, relative to the block top.
    pub baseline: f64,
    /// Left edge of the text (after indent and alignment), relative to the block.
    pub left: f64,
    /// Width of the text without trailing spaces.
    pub width: f64,
    pub align: Align,
    pub runs: Vec<PlacedRun>,
    /// List marker: text, x, style.
    pub marker: Option<(String, f64, SpanStyle)>,
    /// A horizontal rule spanning `left..left+width` at `top`.
    pub rule: bool,
}

/// A laid-out label: lines inside a `width` × `height` box.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Block {
    pub lines: Vec<Line>,
    pub width: f64,
    pub height: f64,
}

/// Blink measures in LayoutUnits of 1/64 px.
fn lu(v: f64) -> f64 {
    (v * 64.0).floor() / 64.0
}

pub(super) fn style_face(s: &SpanStyle) -> &'static FaceMetrics {
    face(classify(&s.font.family), s.font.bold, s.font.italic)
}

/// Advance of `c` in px for a style.
pub fn char_width(c: char, s: &SpanStyle) -> f64 {
    advance_em(style_face(s), c) * s.font.size
}

/// (ascent, descent) of a run's inline box around its baseline, px, half-leading included.
pub fn inline_extent(s: &SpanStyle) -> (f64, f64) {
    let f = style_face(s);
    let size = s.font.size;
    // Blink rounds the font's ascent and descent to whole pixels.
    let asc = (f.ascent_em() * size).round();
    let desc = (f.descent_em() * size).round();
    let lh = match s.line_height {
        LineHeight::Normal => asc + desc + (f.em(f.line_gap) * size).round(),
        LineHeight::Factor(k) => lu(k * size),
        LineHeight::Px(px) => lu(px),
    };
    let half = lu((lh - (asc + desc)) / 2.0);
    let a = asc + half;
    (a - s.shift, lh - a + s.shift)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Char,
    /// A collapsible space: a break opportunity, hangs at the end of a line.
    Space,
    /// Forced line break.
    Break,
}

struct Glyph {
    c: char,
    style: usize,
    w: f64,
    kind: Kind,
    /// A line may break after this glyph.
    break_after: bool,
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// Flatten a paragraph into glyphs: whitespace collapsed (unless preserved), break opportunities marked.
fn glyphs(p: &Para, styles: &mut Vec<SpanStyle>) -> Vec<Glyph> {
    let mut out: Vec<Glyph> = Vec::new();
    let style_idx = |s: &SpanStyle, styles: &mut Vec<SpanStyle>| -> usize {
        if let Some(i) = styles.iter().rposition(|x| x == s) {
            return i;
        }
        styles.push(s.clone());
        styles.len() - 1
    };
    let strut = style_idx(&p.strut, styles);
    for inl in &p.inlines {
        match inl {
            Inline::Break => out.push(Glyph {
                c: '\n',
                style: strut,
                w: 0.0,
                kind: Kind::Break,
                break_after: true,
            }),
            Inline::Text(t, s) => {
                let si = style_idx(s, styles);
                for c in t.chars() {
                    let ws = matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c');
                    if ws && !p.preserve {
                        // Collapse: no space at a line start or after another space.
                        match out.last() {
                            None => continue,
                            Some(g) if g.kind != Kind::Char => continue,
                            _ => {}
                        }
                        let w = char_width(' ', s);
                        out.push(Glyph {
                            c: ' ',
                            style: si,
                            w,
                            kind: Kind::Space,
                            break_after: true,
                        });
                        continue;
                    }
                    let c = if ws { '\u{A0}' } else { c };
                    let w = if c == '\u{A0}' {
                        char_width(' ', s)
                    } else {
                        char_width(c, s)
                    };
                    out.push(Glyph {
                        c,
                        style: si,
                        w,
                        kind: Kind::Char,
                        break_after: false,
                    });
                }
            }
        }
    }
    // Pair kerning inside a run of one style (shapers kern within a run, not across elements).
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        if a.style == b.style && a.kind != Kind::Break && b.kind != Kind::Break {
            if let Some(st) = styles.get(a.style) {
                let k = kern_em(style_face(st), a.c, b.c) * st.font.size;
                out[i - 1].w += k;
            }
        }
    }
    // Break opportunities inside words: after a hyphen between letters, around CJK, at ZWSP.
    for i in 0..out.len() {
        if out[i].kind != Kind::Char || p.preserve {
            continue;
        }
        let c = out[i].c;
        let next = out.get(i + 1).filter(|g| g.kind == Kind::Char).map(|g| g.c);
        let prev = i
            .checked_sub(1)
            .and_then(|j| out.get(j))
            .filter(|g| g.kind == Kind::Char)
            .map(|g| g.c);
        let hyphen = matches!(c, '-' | '\u{2010}' | '\u{2013}')
            && prev.is_some_and(|p| p.is_alphanumeric())
            && next.is_some_and(|n| n.is_alphanumeric());
        let cjk = next.is_some() && (is_wide(c) || next.is_some_and(is_wide));
        if hyphen || cjk || c == '\u{200B}' {
            out[i].break_after = true;
        }
    }
    out
}

/// Unbreakable pieces of a paragraph: [start, end) glyph ranges ending at an opportunity.
fn pieces(g: &[Glyph]) -> Vec<(usize, usize)> {
    let mut v = Vec::new();
    let mut s = 0;
    for (i, gl) in g.iter().enumerate() {
        if gl.break_after {
            v.push((s, i + 1));
            s = i + 1;
        }
    }
    if s < g.len() {
        v.push((s, g.len()));
    }
    v
}

/// Width of glyphs [a, b) without trailing spaces and forced breaks.
fn trimmed_width(g: &[Glyph], a: usize, b: usize) -> f64 {
    let mut end = b;
    while end > a && g.get(end - 1).is_some_and(|x| x.kind != Kind::Char) {
        end -= 1;
    }
    g.get(a..end)
        .map(|s| s.iter().map(|x| x.w).sum())
        .unwrap_or(0.0)
}

/// Split glyphs into lines: forced breaks always, and at `avail` px when wrapping.
fn break_lines(g: &[Glyph], avail: Option<f64>) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut width = 0.0;
    let mut end = 0;
    for (a, b) in pieces(g) {
        let forced = g.get(b - 1).is_some_and(|x| x.kind == Kind::Break);
        let piece_trim = trimmed_width(g, a, b);
        if let Some(avail) = avail {
            // Tolerate rounding: Blink compares in LayoutUnits.
            if end > start && width + piece_trim > avail + 1.0 / 64.0 {
                lines.push((start, end));
                start = a;
                width = 0.0;
            }
        }
        width += g
            .get(a..b)
            .map(|s| s.iter().map(|x| x.w).sum::<f64>())
            .unwrap_or(0.0);
        end = b;
        if forced {
            lines.push((start, b));
            start = b;
            width = 0.0;
        }
    }
    // Content after the last forced break makes a line; an empty remainder does not.
    if end > start || lines.is_empty() {
        lines.push((start, end.max(start)));
    }
    lines
}

struct ParaMeasure {
    glyphs: Vec<Glyph>,
    min_content: f64,
    max_content: f64,
}

fn measure(p: &Para, styles: &mut Vec<SpanStyle>) -> ParaMeasure {
    let glyphs = glyphs(p, styles);
    let min_content = if p.preserve {
        0.0
    } else {
        pieces(&glyphs)
            .iter()
            .map(|&(a, b)| trimmed_width(&glyphs, a, b))
            .fold(0.0, f64::max)
    };
    let max_content = break_lines(&glyphs, None)
        .iter()
        .map(|&(a, b)| trimmed_width(&glyphs, a, b))
        .fold(0.0, f64::max);
    let marker_w = 0.0;
    ParaMeasure {
        glyphs,
        min_content: min_content + marker_w,
        max_content,
    }
}

/// Lay out a parsed label. `wrap` = available width when the label wraps.
pub fn layout_doc(doc: &Doc, wrap: Option<f64>, default_align: Align) -> Block {
    let mut styles: Vec<SpanStyle> = Vec::new();
    let measures: Vec<ParaMeasure> = doc.paras.iter().map(|p| measure(p, &mut styles)).collect();
    let max_content = doc
        .paras
        .iter()
        .zip(&measures)
        .map(|(p, m)| p.indent + m.max_content)
        .fold(0.0, f64::max);
    let min_content = doc
        .paras
        .iter()
        .zip(&measures)
        .map(|(p, m)| p.indent + m.min_content)
        .fold(0.0, f64::max);
    // Shrink-to-fit width of the inline-block (CSS 2.1 §10.3.9).
    let width = match wrap {
        Some(avail) => min_content.max(avail).min(max_content),
        None => max_content,
    };

    let mut lines = Vec::new();
    let mut y = 0.0;
    for (p, m) in doc.paras.iter().zip(&measures) {
        y += p.margin_before;
        let align = p.align.unwrap_or(default_align);
        if p.rule {
            // <hr>: a 2px box (1px inset border top and bottom).
            lines.push(Line {
                top: y,
                height: 2.0,
                baseline: y,
                left: p.indent,
                width: (width - p.indent).max(0.0),
                align,
                runs: vec![],
                marker: None,
                rule: true,
            });
            y += 2.0;
            continue;
        }
        let avail = (width - p.indent).max(0.0);
        let g = &m.glyphs;
        let breaks = break_lines(
            g,
            if wrap.is_some() && !p.preserve {
                Some(avail)
            } else {
                None
            },
        );
        let (strut_a, strut_d) = inline_extent(&p.strut);
        for (li, &(a, b)) in breaks.iter().enumerate() {
            let mut end = b;
            while end > a && g.get(end - 1).is_some_and(|x| x.kind != Kind::Char) {
                end -= 1;
            }
            let mut runs: Vec<PlacedRun> = Vec::new();
            let mut x = 0.0;
            let (mut asc, mut desc) = (strut_a, strut_d);
            for gl in g.get(a..end).unwrap_or(&[]) {
                let style = styles
                    .get(gl.style)
                    .cloned()
                    .unwrap_or_else(|| p.strut.clone());
                match runs.last_mut() {
                    Some(r) if r.style == style => {
                        r.text.push(gl.c);
                        r.width += gl.w;
                    }
                    _ => {
                        let (ra, rd) = inline_extent(&style);
                        asc = asc.max(ra);
                        desc = desc.max(rd);
                        runs.push(PlacedRun {
                            x,
                            width: gl.w,
                            text: gl.c.to_string(),
                            style,
                        });
                    }
                }
                x += gl.w;
            }
            let lw = x;
            let left = match align {
                Align::Left => p.indent,
                Align::Center => p.indent + ((avail - lw) / 2.0).max(0.0),
                Align::Right => p.indent + (avail - lw).max(0.0),
            };
            for r in &mut runs {
                r.x += left;
            }
            let marker = if li == 0 {
                p.marker.as_ref().map(|mk| {
                    let mw: f64 = format!("{mk} ")
                        .chars()
                        .map(|c| char_width(c, &p.strut))
                        .sum();
                    // Blink pads symbol markers (disc, circle, square) by a further 7px.
                    let pad = if mk.ends_with('.') { 0.0 } else { 7.0 };
                    (mk.clone(), p.indent - mw - pad, p.strut.clone())
                })
            } else {
                None
            };
            let height = asc + desc;
            lines.push(Line {
                top: y,
                height,
                baseline: y + asc,
                left,
                width: lw,
                align,
                runs,
                marker,
                rule: false,
            });
            y += height;
        }
    }
    y += doc.margin_after;
    Block {
        lines,
        width,
        height: y,
    }
}

#[cfg(test)]
mod tests {
    use super::super::html::{base_style, parse_html, plain_doc};
    use super::super::{text_width, Font};
    use super::*;
    use crate::style::Theme;

    fn html(s: &str, wrap: Option<f64>) -> Block {
        let d = parse_html(
            s,
            &base_style("Helvetica", 12.0, 0),
            Align::Center,
            &Theme::light(),
        );
        layout_doc(&d, wrap, Align::Center)
    }

    fn line_texts(b: &Block) -> Vec<String> {
        b.lines
            .iter()
            .map(|l| l.runs.iter().map(|r| r.text.as_str()).collect())
            .collect()
    }

    fn w(s: &str) -> f64 {
        text_width(
            s,
            &Font {
                family: "Helvetica".into(),
                size: 12.0,
                bold: false,
                italic: false,
            },
        )
    }

    #[test]
    fn collapses_whitespace_like_a_browser() {
        let b = html("  a \n\t  b   <b> c </b>  ", None);
        // "\n" is a <br> in draw.io html labels.
        assert_eq!(line_texts(&b), vec!["a", "b c"]);
        assert_eq!(b.lines[1].runs.len(), 2);
        let bold_c = text_width(
            "c",
            &Font {
                family: "Helvetica".into(),
                size: 12.0,
                bold: true,
                italic: false,
            },
        );
        assert!((b.lines[1].width - (w("b ") + bold_c)).abs() < 1e-9);
        // &nbsp; is kept and never collapses.
        let b = html("a&nbsp;&nbsp;b", None);
        assert_eq!(line_texts(&b), vec!["a\u{A0}\u{A0}b"]);
    }

    #[test]
    fn wraps_at_word_boundaries() {
        let text = "alpha beta gamma delta";
        // Room for "alpha beta" and "gamma delta" but not "alpha beta gamma".
        let avail = w("alpha beta").max(w("gamma delta")) + 1.0;
        assert!(avail < w("alpha beta gamma"));
        let b = html(text, Some(avail));
        assert_eq!(line_texts(&b), vec!["alpha beta", "gamma delta"]);
        // The inline-block takes the available width when content must wrap.
        assert_eq!(b.width, avail);
        // Exactly fitting text does not wrap.
        let b = html("alpha beta", Some(w("alpha beta")));
        assert_eq!(line_texts(&b), vec!["alpha beta"]);
        // A word longer than the width overflows instead of breaking (word-wrap: normal),
        // and the block widens to it: the next words share its line width.
        let b = html("Supercalifragilistic a b", Some(20.0));
        assert_eq!(line_texts(&b), vec!["Supercalifragilistic", "a b"]);
        assert!((b.width - w("Supercalifragilistic")).abs() < 1e-9);
        // No wrapping without a width: one line, shrink-wrapped.
        let b = html(text, None);
        assert_eq!(line_texts(&b), vec![text]);
        assert!((b.width - w(text)).abs() < 1e-9);
        // Hyphenated words break after the hyphen; CJK between ideographs.
        let b = html("well-known", Some(w("well-") + 0.5));
        assert_eq!(line_texts(&b), vec!["well-", "known"]);
        let b = html("中文字符", Some(25.0));
        assert_eq!(line_texts(&b), vec!["中文", "字符"]);
    }

    #[test]
    fn alignment_offsets() {
        let b = html("<div style=\"text-align:left\">a</div><div>bbbb</div><div style=\"text-align:right\">cc</div>", None);
        let width = w("bbbb");
        assert_eq!(b.width, width);
        assert_eq!(b.lines[0].left, 0.0);
        assert_eq!(b.lines[1].left, 0.0);
        assert!((b.lines[2].left - (width - w("cc"))).abs() < 1e-9);
        let b = html("a<br>bbbb", None);
        assert!((b.lines[0].left - (w("bbbb") - w("a")) / 2.0).abs() < 1e-9);
    }

    #[test]
    fn line_heights_and_baselines() {
        // 12px Liberation Sans: ascent round(10.86)=11, descent round(2.54)=3, line-height 14.4.
        let b = html("a<br>b", None);
        let lh = (14.4f64 * 64.0).floor() / 64.0;
        let half = (((lh - 14.0) / 2.0) * 64.0).floor() / 64.0;
        assert!((b.lines[0].height - lh).abs() < 1e-9);
        assert!((b.lines[0].baseline - (11.0 + half)).abs() < 1e-9);
        assert!((b.lines[1].top - lh).abs() < 1e-9);
        assert!((b.height - 2.0 * lh).abs() < 1e-9);
        // A bigger run makes its line taller; the strut keeps small runs from shrinking it.
        let b = html(
            "x<font style=\"font-size: 24px\">Y</font><br><font style=\"font-size:6px\">z</font>",
            None,
        );
        assert!(b.lines[0].height > 28.0);
        assert!((b.lines[1].height - lh).abs() < 1e-9);
        // Empty divs add nothing; <div><br></div> adds an empty line.
        assert_eq!(html("a<div></div>b", None).lines.len(), 2);
        let b = html("a<div><br></div>b", None);
        assert_eq!(line_texts(&b), vec!["a", "", "b"]);
        // Paragraph margins count, including the first and last (inline-block contains them).
        let b = html("<p>a</p>", None);
        assert!((b.height - (12.0 + lh + 12.0)).abs() < 1e-9);
    }

    #[test]
    fn css_line_height() {
        let lh12 = (14.4f64 * 64.0).floor() / 64.0;
        // A block's line-height sets its strut: 2 (factor), 30px, 200%, normal (asc+desc+gap = 11+3+0).
        let cases = [
            ("2", 24.0),
            ("30px", 30.0),
            ("200%", 24.0),
            ("normal", 14.0),
        ];
        for (v, expect) in cases {
            let b = html(&format!("<div style=\"line-height: {v}\">a</div>"), None);
            assert!(
                (b.lines[0].height - expect).abs() < 1e-9,
                "{v}: {}",
                b.lines[0].height
            );
        }
        // On an inline element its own box counts, aligned on the baseline with the 12px strut:
        // 18px text (asc 16, desc 4) in 17.171875px → above baseline 16 − 1.421875; below, the
        // strut's 3.203125 wins: 14.578125 + 3.203125.
        let b = html(
            "<span style=\"line-height: 17.18px; font-size: 18px\">x</span>",
            None,
        );
        assert!(
            (b.lines[0].height - 17.78125).abs() < 1e-9,
            "{}",
            b.lines[0].height
        );
        let b = html("<span style=\"line-height: 40px\">x</span>", None);
        assert!((b.lines[0].height - 40.0).abs() < 0.02 && b.lines[0].height > lh12);
    }

    #[test]
    fn lists_and_rules() {
        let b = html("<ul><li>one</li><li>two</li></ul><hr>", None);
        assert_eq!(b.lines[0].marker.as_ref().map(|m| m.0.as_str()), Some("•"));
        let (_, mx, _) = b.lines[0].marker.clone().unwrap();
        // "• " is 7.5px at 12px, plus Blink's 7px symbol padding, left of the 40px indent.
        let bullet = w("• ");
        assert!((mx - (40.0 - bullet - 7.0)).abs() < 1e-9, "{mx}");
        let ol = html("<ol><li>one</li></ol>", None);
        let (mk, mx, _) = ol.lines[0].marker.clone().unwrap();
        assert_eq!(mk, "1.");
        assert!((mx - (40.0 - w("1. "))).abs() < 1e-9);
        assert!((b.lines[0].runs[0].x - 40.0).abs() < 1e-9 || b.lines[0].align == Align::Center);
        assert!(b.lines.last().unwrap().rule);
    }

    #[test]
    fn plain_wrapped_labels_collapse_but_pre_keeps() {
        let d = plain_doc("a   b\n", &base_style("Helvetica", 12.0, 0), Align::Left);
        // A trailing newline is an empty line (draw.io turns it into <div><br></div>).
        assert_eq!(
            line_texts(&layout_doc(&d, None, Align::Left)),
            vec!["a b", ""]
        );
        let b = html("<pre>a   b\nc</pre>", Some(5.0));
        assert_eq!(line_texts(&b), vec!["a\u{A0}\u{A0}\u{A0}b", "c"]);
    }
}
