//! shapes/mockup/mxMockupButtons.js.

use super::{color_or, font, text, text_or, text_width, Sh};
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, w: f64, h: f64) -> bool {
    match name {
        "buttons.multiButton" => multi_button(c, s, w, h),
        "buttons.button" => button(c, s, w, h),
        "buttons.horButtonBar" => hor_button_bar(c, s, w, h),
        "buttons.verButtonBar" => ver_button_bar(c, s, w, h),
        "buttons.onOffButton" => on_off_button(c, s, w, h),
        _ => return false,
    }
    true
}

/// The outline with all four corners arced `r` (mxShapeMockupButton's "round" style).
pub(super) fn round_outline(c: &mut Canvas, w: f64, h: f64, r: f64) {
    c.begin();
    c.move_to(0.0, r);
    c.arc_to(r, r, false, true, r, 0.0);
    c.line_to(w - r, 0.0);
    c.arc_to(r, r, false, true, w, r);
    c.line_to(w, h - r);
    c.arc_to(r, r, false, true, w - r, h);
    c.line_to(r, h);
    c.arc_to(r, r, false, true, 0.0, h - r);
    c.close();
}

/// The button background: round (10 px corners) or chevron.
fn button_background(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    match s.style.str_or("buttonStyle", "round") {
        "round" => round_outline(c, w, h, 10.0),
        "chevron" => {
            c.begin();
            c.move_to(0.0, h * 0.1);
            c.arc_to(w * 0.0372, h * 0.1111, false, true, w * 0.0334, 0.0);
            c.line_to(w * 0.768, 0.0);
            c.arc_to(w * 0.0722, h * 0.216, false, true, w * 0.8014, h * 0.0399);
            c.line_to(w * 0.99, h * 0.4585);
            c.arc_to(w * 0.09, h * 0.1, false, true, w * 0.99, h * 0.5415);
            c.line_to(w * 0.8014, h * 0.9568);
            c.arc_to(w * 0.0722, h * 0.216, false, true, w * 0.768, h);
            c.line_to(w * 0.0334, h);
            c.arc_to(w * 0.0372, h * 0.1111, false, true, 0.0, h * 0.9);
            c.close();
        }
        _ => {
            c.begin();
            c.close();
        }
    }
    c.fill_and_stroke();
}

fn multi_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let color = color_or(s, "textColor", "#666666");
    let size = s.num("textSize", 17.0);
    button_background(c, s, w, h);
    c.set_shadow(false);
    let f = font(size, color.clone(), 1);
    text(c, w * 0.5, h * 0.4, text_or(s, "mainText", "Main Text"), &f, "center", "middle");
    let f = font(size / 1.4, color, 1);
    text(c, w * 0.5, h * 0.7, text_or(s, "subText", "Sub Text"), &f, "center", "middle");
}

fn button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    button_background(c, s, w, h);
    c.set_shadow(false);
    let f = font(s.num("textSize", 17.0), color_or(s, "textColor", "#666666"), 1);
    text(c, w / 2.0, h / 2.0, text_or(s, "mainText", "Main Text"), &f, "center", "middle");
}

/// Button bar labels: comma separated, the one starting with `+` selected.
pub(super) struct Bar {
    pub labels: Vec<String>,
    pub selected: Option<usize>,
}

pub(super) fn bar_labels(s: &Sh, default: &str) -> Bar {
    let mut selected = None;
    let labels = text_or(s, "mainText", default)
        .split(',')
        .take(500)
        .enumerate()
        .map(|(i, t)| match t.strip_prefix('+') {
            Some(rest) => {
                selected = Some(i);
                rest.trim().to_string()
            }
            None => t.trim().to_string(),
        })
        .collect();
    Bar { labels, selected }
}

/// Colours shared by the button bars, accordion and tab bars.
pub(super) struct BarColors {
    pub font: Option<String>,
    pub selected_font: Option<String>,
    pub frame: Option<String>,
    pub separator: Option<String>,
    pub bg: Option<String>,
    pub selected_fill: Option<String>,
}

pub(super) fn bar_colors(s: &Sh) -> BarColors {
    BarColors {
        font: color_or(s, "textColor", "#666666"),
        selected_font: color_or(s, "textColor2", "#ffffff"),
        frame: color_or(s, "strokeColor", "#666666"),
        separator: color_or(s, "strokeColor2", "#c4c4c4"),
        bg: color_or(s, "fillColor", "#ffffff"),
        selected_fill: color_or(s, "fillColor2", "#008cff"),
    }
}

fn hor_button_bar(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let bar = bar_labels(s, "+Button 1, Button 2, Button 3");
    let col = bar_colors(s);
    let size = s.num("textSize", 17.0);
    let (r, off) = (10.0, 5.0);
    let widths: Vec<f64> = bar.labels.iter().map(|t| text_width(t, size, false)).collect();
    let n = widths.len();
    let total: f64 = widths.iter().sum();
    let h = h.max(size * 1.5).max(20.0);
    let min_w = 2.0 * off * n as f64 + total;
    let w = w.max(min_w);
    // background
    c.set_stroke(col.frame.clone());
    c.set_fill(col.bg.clone());
    round_outline(c, w, h, r);
    c.fill_and_stroke();
    c.set_stroke(col.separator.clone());
    c.begin();
    let left_of = |i: usize| widths[..i].iter().map(|bw| bw + 2.0 * off).sum::<f64>() * w / min_w;
    for i in 1..n {
        if Some(i) != bar.selected && Some(i) != bar.selected.map(|v| v + 1) {
            let x = left_of(i);
            c.move_to(x, 0.0);
            c.line_to(x, h);
        }
    }
    c.stroke();
    c.set_fill(col.selected_fill.clone());
    if let Some(sel) = bar.selected {
        let left = left_of(sel);
        let right = left + (widths[sel] + 2.0 * off) * w / min_w;
        c.begin();
        if sel == 0 {
            c.move_to(0.0, r);
            c.arc_to(r, r, false, true, r, 0.0);
            c.line_to(right, 0.0);
            c.line_to(right, h);
            c.line_to(r, h);
            c.arc_to(r, r, false, true, 0.0, h - r);
        } else if sel == n - 1 {
            c.move_to(left, 0.0);
            c.line_to(right - r, 0.0);
            c.arc_to(r, r, false, true, right, r);
            c.line_to(right, h - r);
            c.arc_to(r, r, false, true, right - r, h);
            c.line_to(left, h);
        } else {
            c.move_to(left, 0.0);
            c.line_to(right, 0.0);
            c.line_to(right, h);
            c.line_to(left, h);
        }
        c.close();
        c.fill();
    }
    c.set_stroke(col.frame.clone());
    c.set_fill(col.bg.clone());
    round_outline(c, w, h, r);
    c.stroke();
    c.set_shadow(false);
    let mut x = 0.0;
    for (i, label) in bar.labels.iter().enumerate() {
        let color = if Some(i) == bar.selected { &col.selected_font } else { &col.font };
        x += off;
        let f = font(size, color.clone(), 1);
        text(c, (x + widths[i] * 0.5) * w / min_w, h * 0.5, label, &f, "center", "middle");
        x += widths[i] + off;
    }
}

fn ver_button_bar(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let bar = bar_labels(s, "+Button 1, Button 2, Button 3");
    let col = bar_colors(s);
    let size = s.num("textSize", 17.0);
    let (r, off) = (10.0, 5.0);
    let n = bar.labels.len();
    let max_w = bar.labels.iter().map(|t| text_width(t, size, false)).fold(0.0, f64::max);
    let min_bh = size * 1.5;
    let min_h = n as f64 * min_bh;
    let h = h.max(min_h);
    let w = w.max(2.0 * off + max_w);
    c.set_stroke(col.frame.clone());
    c.set_fill(col.bg.clone());
    round_outline(c, w, h, r);
    c.fill_and_stroke();
    c.set_stroke(col.separator.clone());
    c.begin();
    for i in 1..n {
        if Some(i) != bar.selected && Some(i) != bar.selected.map(|v| v + 1) {
            let y = i as f64 * min_bh * h / min_h;
            c.move_to(0.0, y);
            c.line_to(w, y);
        }
    }
    c.stroke();
    c.set_fill(col.selected_fill.clone());
    if let Some(sel) = bar.selected {
        c.begin();
        if sel == 0 {
            let bottom = min_bh * h / min_h;
            c.move_to(0.0, r);
            c.arc_to(r, r, false, true, r, 0.0);
            c.line_to(w - r, 0.0);
            c.arc_to(r, r, false, true, w, r);
            c.line_to(w, bottom);
            c.line_to(0.0, bottom);
        } else if sel == n - 1 {
            let top = h - min_bh * h / min_h;
            c.move_to(0.0, top);
            c.line_to(w, top);
            c.line_to(w, h - r);
            c.arc_to(r, r, false, true, w - r, h);
            c.line_to(r, h);
            c.arc_to(r, r, false, true, 0.0, h - r);
        } else {
            let top = min_bh * sel as f64 * h / min_h;
            let bottom = min_bh * (sel + 1) as f64 * h / min_h;
            c.move_to(0.0, top);
            c.line_to(w, top);
            c.line_to(w, bottom);
            c.line_to(0.0, bottom);
        }
        c.close();
        c.fill();
    }
    c.set_stroke(col.frame.clone());
    c.set_fill(col.bg.clone());
    round_outline(c, w, h, r);
    c.stroke();
    c.set_shadow(false);
    for (i, label) in bar.labels.iter().enumerate() {
        let color = if Some(i) == bar.selected { &col.selected_font } else { &col.font };
        let y = (i as f64 * min_bh + min_bh * 0.5) * h / min_h;
        let f = font(size, color.clone(), 1);
        text(c, w * 0.5, y, label, &f, "center", "middle");
    }
}

fn on_off_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let (w, h) = (w.max(10.0), h.max(10.0));
    c.round_rect(0.0, 0.0, w, h, 10.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    let state = s.style.str_or("buttonState", "on");
    let colors: Vec<&str> = text_or(s, "textColor", "#ffffff,#999999").split(',').collect();
    let texts: Vec<&str> = text_or(s, "mainText", "ON,OFF").split(',').collect();
    let pick = |v: &[&str], i: usize| v.get(i).and_then(|t| crate::style::Color::parse(t, s.theme)).map(|c| c.as_str().to_string());
    let color = if state == "on" {
        c.set_fill(color_or(s, "fillColor2", "#008cff"));
        c.round_rect(0.0, 0.0, w * 0.75, h, 10.0);
        pick(&colors, 0)
    } else {
        c.round_rect(w * 0.25, 0.0, w * 0.75, h, 10.0);
        pick(&colors, 1)
    };
    c.fill_and_stroke();
    let f = font(s.num("textSize", 17.0), color, 1);
    if state == "on" {
        if let Some(t) = texts.first() {
            text(c, w * 0.375, h * 0.5, t, &f, "center", "middle");
        }
    } else if state == "off" {
        if let Some(t) = texts.get(1) {
            text(c, w * 0.625, h * 0.5, t, &f, "center", "middle");
        }
    }
}
