//! Tooltips drawn by the core: one SVG fragment per cell with its label, draw.io's own
//! `tooltip` attribute, and each bound series (name, value in its unit, level colour) with a
//! sparkline over the panel's time range. Every string is escaped; every colour validated.

use super::engine::{Ctx, Engine};
use super::template::plain_label;
use crate::render::svg::{esc_attr, esc_text, num};
use std::fmt::Write;

const WIDTH: f64 = 280.0;
const PAD: f64 = 8.0;
const LINE: f64 = 16.0;
const SPARK_H: f64 = 22.0;
const MAX_ROWS: usize = 12;
/// Points kept per sparkline (min/max per bucket keeps spikes visible).
const SPARK_POINTS: usize = 140;

/// Cut text to fit about `chars` characters (the tooltip is a fixed width).
fn clip(s: &str, chars: usize) -> String {
    let s: String = s.chars().filter(|c| !c.is_control()).collect();
    if s.chars().count() <= chars {
        s
    } else {
        format!(
            "{}…",
            s.chars().take(chars.saturating_sub(1)).collect::<String>()
        )
    }
}

/// Wrap plain text into lines of at most `chars` characters, at most `max` lines.
fn wrap(s: &str, chars: usize, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for para in s.split('\n') {
        let mut cur = String::new();
        for word in para.split_whitespace() {
            if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > chars {
                lines.push(std::mem::take(&mut cur));
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(&clip(word, chars));
        }
        if !cur.is_empty() {
            lines.push(cur);
        }
        if lines.len() >= max {
            break;
        }
    }
    lines.truncate(max);
    lines
}

/// Bucketed min/max of (t, v) points inside [from, to], as an SVG path in the box.
fn sparkline(
    times: &[f64],
    values: &[f64],
    from: f64,
    to: f64,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
) -> Option<String> {
    let n = times.len().min(values.len());
    let (from, to) = if to > from {
        (from, to)
    } else {
        let ts: Vec<f64> = times[..n]
            .iter()
            .copied()
            .filter(|t| t.is_finite())
            .collect();
        (
            ts.iter().copied().fold(f64::INFINITY, f64::min),
            ts.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        )
    };
    if !(to > from) {
        return None;
    }
    // Per bucket: min, max, and whether a null came before it (a real gap lifts the pen;
    // empty buckets from sparse sampling do not).
    let mut buckets: Vec<Option<(f64, f64, bool)>> = vec![None; SPARK_POINTS];
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    let mut gap = false;
    for i in 0..n {
        let (t, v) = (times[i], values[i]);
        if !t.is_finite() || t < from || t > to {
            continue;
        }
        if !v.is_finite() {
            gap = true;
            continue;
        }
        let b = (((t - from) / (to - from)) * (SPARK_POINTS - 1) as f64).round() as usize;
        let e = &mut buckets[b.min(SPARK_POINTS - 1)];
        *e = Some(match *e {
            None => (v, v, gap),
            Some((mn, mx, g)) => (mn.min(v), mx.max(v), g || gap),
        });
        gap = false;
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() {
        return None;
    }
    let span = if hi > lo { hi - lo } else { 1.0 };
    let py = |v: f64| y + h - (v - lo) / span * h;
    let mut d = String::new();
    let mut first = true;
    for (i, b) in buckets.iter().enumerate() {
        let Some((mn, mx, gap)) = b else { continue };
        let px = x + w * i as f64 / (SPARK_POINTS - 1) as f64;
        let _ = write!(
            d,
            "{}{} {}",
            if first || *gap { "M" } else { "L" },
            num(px),
            num(py(*mn))
        );
        if mx != mn {
            let _ = write!(d, "L{} {}", num(px), num(py(*mx)));
        }
        first = false;
    }
    Some(d)
}

/// The tooltip of a cell, or "" when it has nothing to show.
pub fn tooltip(engine: &Engine, ctx: &Ctx, cell: usize) -> String {
    let Some(c) = ctx.model.cells.get(cell) else {
        return String::new();
    };
    let dark = ctx.theme.dark;
    let (bg, fg, dim, border) = if dark {
        ("#181b1f", "#d8d9da", "#8e8e8e", "#34373d")
    } else {
        ("#ffffff", "#24292e", "#6e7781", "#d0d7de")
    };
    let mut body = String::new();
    let mut y = PAD;
    let title = clip(&plain_label(c), 40);
    let title = if title.is_empty() {
        clip(&c.id, 40)
    } else {
        title
    };
    y += 12.0;
    let _ = write!(
        body,
        "<text x=\"{}\" y=\"{}\" font-weight=\"bold\" fill=\"{}\">{}</text>",
        num(PAD),
        num(y),
        fg,
        esc_text(&title)
    );
    y += 4.0;
    // draw.io's own tooltip attribute (plain text, escaped).
    if let Some(t) = c.attr("tooltip").filter(|t| !t.trim().is_empty()) {
        // draw.io shows the tooltip as HTML only on HTML cells; either way we draw plain text.
        let text = if c.is_html() {
            super::template::strip_html(t)
        } else {
            t.to_string()
        };
        for line in wrap(&text, 46, 6) {
            y += LINE - 2.0;
            let _ = write!(
                body,
                "<text x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>",
                num(PAD),
                num(y),
                dim,
                esc_text(&line)
            );
        }
        y += 2.0;
    }
    let mut rows = 0usize;
    let mut hidden = 0usize;
    if let Some(e) = engine.evals.get(&cell) {
        for be in &e.bindings {
            let b = &engine.compiled.bindings[be.binding];
            if !b.tooltip {
                continue;
            }
            if be.series.is_empty() {
                if rows >= MAX_ROWS {
                    hidden += 1;
                    continue;
                }
                rows += 1;
                y += LINE;
                let note = be.note.clone().unwrap_or_else(|| "no data".into());
                let _ = write!(
                    body,
                    "<text x=\"{}\" y=\"{}\" fill=\"{}\">{}: {}</text>",
                    num(PAD),
                    num(y),
                    dim,
                    esc_text(&clip(&b.id, 20)),
                    esc_text(&clip(&note, 30))
                );
                continue;
            }
            for s in be.series.iter() {
                if rows >= MAX_ROWS {
                    hidden += 1;
                    continue;
                }
                rows += 1;
                let meta = engine.frames.meta(s.series as usize);
                let color = s.color.clone().or_else(|| {
                    s.level
                        .and_then(|l| engine.compiled.levels.color(l).cloned())
                });
                y += LINE;
                let swatch = color
                    .as_ref()
                    .map_or("none".to_string(), |c| c.as_str().to_string());
                let _ = write!(
                    body,
                    "<rect x=\"{}\" y=\"{}\" width=\"8\" height=\"8\" rx=\"2\" fill=\"{}\" stroke=\"{}\"/>",
                    num(PAD),
                    num(y - 8.0),
                    esc_attr(&swatch),
                    dim
                );
                let _ = write!(
                    body,
                    "<text x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>",
                    num(PAD + 14.0),
                    num(y),
                    fg,
                    esc_text(&clip(&meta.title(), 30))
                );
                let value = engine
                    .series_text(b, s)
                    .unwrap_or_else(|| "no value".into());
                let level = s
                    .level
                    .map(|l| engine.compiled.levels.name(l).to_string())
                    .unwrap_or_default();
                let right = if level.is_empty() {
                    value
                } else {
                    format!("{} · {}", value, level)
                };
                let _ = write!(
                    body,
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-weight=\"bold\" fill=\"{}\">{}</text>",
                    num(WIDTH - PAD),
                    num(y),
                    fg,
                    esc_text(&clip(&right, 22))
                );
                let i = s.series as usize;
                if let Some(times) = engine.frames.times_of(i) {
                    let values = engine.frames.numbers(i);
                    if let Some(d) = sparkline(
                        times,
                        values,
                        engine.from_ms,
                        engine.to_ms,
                        PAD,
                        y + 4.0,
                        WIDTH - 2.0 * PAD,
                        SPARK_H - 6.0,
                    ) {
                        let stroke = color
                            .as_ref()
                            .map_or(fg.to_string(), |c| c.as_str().to_string());
                        let _ = write!(body, "<path class=\"fl-spark\" d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.2\"/>", d, esc_attr(&stroke));
                        y += SPARK_H;
                    }
                }
            }
        }
    }
    if hidden > 0 {
        y += LINE;
        let _ = write!(
            body,
            "<text x=\"{}\" y=\"{}\" fill=\"{}\">and {} more</text>",
            num(PAD),
            num(y),
            dim,
            hidden
        );
    }
    if rows == 0 && c.attr("tooltip").is_none() && !engine.evals.contains_key(&cell) {
        return String::new();
    }
    let h = y + PAD;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fl-tooltip\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"Inter, Helvetica, Arial, sans-serif\" font-size=\"12\"><rect x=\"0.5\" y=\"0.5\" width=\"{w1}\" height=\"{h1}\" rx=\"4\" fill=\"{bg}\" stroke=\"{border}\"/>{body}</svg>",
        w = num(WIDTH),
        h = num(h),
        w1 = num(WIDTH - 1.0),
        h1 = num(h - 1.0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparkline_buckets_and_gaps() {
        let t: Vec<f64> = (0..1000).map(|i| i as f64).collect();
        let v: Vec<f64> = t
            .iter()
            .map(|x| {
                if (400.0..500.0).contains(x) {
                    f64::NAN
                } else {
                    x.sin()
                }
            })
            .collect();
        let d = sparkline(&t, &v, 0.0, 999.0, 0.0, 0.0, 100.0, 20.0).unwrap();
        assert_eq!(d.matches('M').count(), 2, "one gap, two runs: {d}");
        assert!(sparkline(&[], &[], 0.0, 1.0, 0.0, 0.0, 1.0, 1.0).is_none());
        assert!(sparkline(&[1.0], &[f64::NAN], 0.0, 2.0, 0.0, 0.0, 1.0, 1.0).is_none());
    }

    #[test]
    fn wraps_and_clips() {
        assert_eq!(wrap("aaa bbb ccc", 7, 5), vec!["aaa bbb", "ccc"]);
        assert_eq!(clip("abcdef", 4), "abc…");
    }
}
