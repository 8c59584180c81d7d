//! shapes/mockup/mxMockupContainers.js.

use super::buttons::{bar_colors, bar_labels};
use super::{color_or, font, rect_path, text, text_or, text_width, Sh};
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, w: f64, h: f64) -> bool {
    match name {
        "containers.accordion" => accordion(c, s, w, h),
        "containers.browserWindow" => browser_window(c, s, w, h),
        "containers.group" => group(c, s, w, h),
        "containers.horTabBar" => hor_tab_bar(c, s, w, h),
        "containers.verTabBar" => ver_tab_bar(c, s, w, h),
        "containers.alertBox" => alert_box(c, s, w, h),
        _ => return false,
    }
    true
}


fn accordion(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let bar = bar_labels(s, "+Group 1, Group 2, Group 3");
    let col = bar_colors(s);
    let size = s.num("textSize", 17.0);
    let n = bar.labels.len();
    let max_w = bar.labels.iter().map(|t| text_width(t, size, false)).fold(0.0, f64::max);
    let bh = size * 1.5;
    let h = h.max(n as f64 * bh);
    let w = w.max(10.0 + max_w);
    c.set_stroke(col.frame.clone());
    c.set_fill(col.bg.clone());
    rect_path(c, 0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_stroke(col.separator.clone());
    c.begin();
    for i in 1..n {
        if Some(i) != bar.selected {
            let y = match bar.selected {
                Some(sel) if i >= sel => h - (n - i) as f64 * bh,
                _ => i as f64 * bh,
            };
            c.move_to(0.0, y);
            c.line_to(w, y);
        }
    }
    c.stroke();
    if let Some(sel) = bar.selected {
        c.set_stroke(None);
        c.set_fill(col.selected_fill.clone());
        rect_path(c, 0.0, bh * sel as f64, w, bh);
        c.fill();
    }
    c.set_stroke(col.frame.clone());
    c.set_fill(col.bg.clone());
    rect_path(c, 0.0, 0.0, w, h);
    c.stroke();
    c.set_shadow(false);
    for (i, label) in bar.labels.iter().enumerate() {
        let color = if Some(i) == bar.selected { &col.selected_font } else { &col.font };
        let y = match bar.selected {
            Some(sel) if i > sel => h - (n as f64 - i as f64 - 0.5) * bh,
            _ => i as f64 * bh + bh * 0.5,
        };
        let f = font(size, color.clone(), 0);
        text(c, w * 0.5, y, label, &f, "center", "middle");
    }
}

fn browser_window(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let frame = color_or(s, "strokeColor", "#666666");
    let close = color_or(s, "strokeColor2", "#008cff");
    let inside = color_or(s, "strokeColor3", "#c4c4c4");
    let w = w.max(260.0);
    let h = h.max(110.0);
    c.set_fill(color_or(s, "fillColor", "#ffffff"));
    c.set_stroke(frame.clone());
    rect_path(c, 0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let sw = s.sw;
    c.ellipse(w - 75.0, 5.0, 20.0, 20.0);
    c.stroke();
    c.ellipse(w - 50.0, 5.0, 20.0, 20.0);
    c.stroke();
    c.set_stroke(close);
    c.ellipse(w - 25.0, 5.0, 20.0, 20.0);
    c.stroke();
    c.set_stroke(inside.clone());
    c.begin();
    c.move_to(0.0, 40.0);
    c.line_to(30.0, 40.0);
    c.line_to(30.0, 15.0);
    c.arc_to(5.0, 5.0, false, true, 35.0, 10.0);
    c.line_to(170.0, 10.0);
    c.arc_to(5.0, 5.0, false, true, 175.0, 15.0);
    c.line_to(175.0, 40.0);
    c.line_to(w, 40.0);
    c.stroke();
    c.begin();
    c.move_to(0.0, 110.0);
    c.line_to(w, 110.0);
    c.stroke();
    c.begin();
    c.move_to(100.0, 60.0);
    c.arc_to(5.0, 5.0, false, true, 105.0, 55.0);
    c.line_to(w - 15.0, 55.0);
    c.arc_to(5.0, 5.0, false, true, w - 10.0, 60.0);
    c.line_to(w - 10.0, 85.0);
    c.arc_to(5.0, 5.0, false, true, w - 15.0, 90.0);
    c.line_to(105.0, 90.0);
    c.arc_to(5.0, 5.0, false, true, 100.0, 85.0);
    c.close();
    c.stroke();
    // TEXT_COLOR is not among this shape's constants in draw.io: always #666666.
    let texts: Vec<&str> = text_or(s, "mainText", "http://www.draw.io,Page 1").split(',').collect();
    let f = font(17.0, Some("#666666".into()), 0);
    if let Some(t) = texts.get(1) {
        text(c, 65.0, 25.0, t, &f, "left", "middle");
    }
    if let Some(t) = texts.first() {
        text(c, 130.0, 73.0, t, &f, "left", "middle");
    }
    // Two page icons, the back/forward arrows and the reload arrow.
    for (dx, dy) in [(37.0, 17.0), (70.0, 47.0)] {
        c.translate(dx, dy);
        c.set_stroke_width(if dx == 37.0 { sw } else { sw * 2.0 });
        c.begin();
        c.move_to(0.0, 0.0);
        c.line_to(11.0, 0.0);
        c.line_to(15.0, 4.0);
        c.line_to(15.0, 18.0);
        c.line_to(0.0, 18.0);
        c.close();
        c.stroke();
        c.set_stroke_width(sw * 0.5);
        c.begin();
        c.move_to(11.0, 0.0);
        c.line_to(11.0, 4.0);
        c.line_to(15.0, 5.0);
        c.stroke();
    }
    let i = 20.0;
    c.set_fill(inside);
    c.begin();
    c.set_stroke_width(sw * 2.0);
    c.translate(-95.0, 0.0);
    c.move_to(0.0, i * 0.5);
    c.line_to(i * 0.5, 0.0);
    c.line_to(i * 0.5, i * 0.3);
    c.line_to(i, i * 0.3);
    c.line_to(i, i * 0.7);
    c.line_to(i * 0.5, i * 0.7);
    c.line_to(i * 0.5, i);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.translate(30.0, 0.0);
    c.move_to(i, i * 0.5);
    c.line_to(i * 0.5, 0.0);
    c.line_to(i * 0.5, i * 0.3);
    c.line_to(0.0, i * 0.3);
    c.line_to(0.0, i * 0.7);
    c.line_to(i * 0.5, i * 0.7);
    c.line_to(i * 0.5, i);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.translate(30.0, 0.0);
    c.move_to(i * 0.78, i * 0.665);
    c.arc_to(i * 0.3, i * 0.3, true, true, i * 0.675, i * 0.252);
    c.line_to(i * 0.595, i * 0.325);
    c.line_to(i * 0.99, i * 0.415);
    c.line_to(i * 0.9, i * 0.04);
    c.line_to(i * 0.815, i * 0.12);
    c.arc_to(i * 0.49, i * 0.49, true, false, i * 0.92, i * 0.8);
    c.close();
    c.fill_and_stroke();
}


fn group(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let label = text_or(s, "mainText", "Group");
    let size = s.num("textSize", 17.0);
    let mut tw = text_width(label, size, false);
    if tw == 0.0 {
        tw = 80.0;
    }
    let w = w.max(tw + 15.0);
    let h = h.max(size + 10.0);
    c.round_rect(0.0, size * 0.5, w, h - size * 0.5, 5.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(color_or(s, "fillColor2", "#000000"));
    c.round_rect(3.0, 0.0, tw + 6.0, size * 1.5, size * 0.25);
    c.fill();
    let f = font(size, color_or(s, "textColor", "#ffffff"), 0);
    text(c, 6.0, 0.0, label, &f, "left", "top");
}


/// Tab labels of the tab bars (`tabs`, the one starting with `+` selected) and their widths.
fn tabs(s: &Sh, size: f64, empty_width: f64) -> (Vec<String>, Vec<f64>, Option<usize>) {
    let mut selected = None;
    let mut labels = Vec::new();
    let mut widths = Vec::new();
    for (i, t) in s.style.str_or("tabs", "Tab 1,+Tab 2,Tab 3").split(',').take(500).enumerate() {
        let t = match t.strip_prefix('+') {
            Some(rest) => {
                selected = Some(i);
                rest
            }
            None => t,
        };
        let tw = text_width(t.trim(), size, false);
        widths.push(if tw == 0.0 { empty_width } else { tw });
        labels.push(t.to_string());
    }
    (labels, widths, selected)
}

fn hor_tab_bar(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let size = s.num("textSize", 17.0);
    let (labels, widths, selected) = tabs(s, size, 40.0);
    let (tab_h, start, gap, pad, r) = (size * 1.5, 10.0, 5.0, 10.0, 5.0);
    let n = labels.len() as f64;
    let min_w = 2.0 * start + (n - 1.0) * gap + n * 2.0 * pad + widths.iter().sum::<f64>();
    let w = w.max(min_w);
    let h = h.max(tab_h + r);
    c.begin();
    c.move_to(0.0, tab_h + r);
    c.arc_to(r, r, false, true, r, tab_h);
    c.line_to(w - r, tab_h);
    c.arc_to(r, r, false, true, w, tab_h + r);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    let style = s.style.str_or("tabStyle", "block");
    let mut x = start;
    let mut lefts = Vec::new();
    for (i, tw) in widths.iter().enumerate() {
        let tab_w = tw + 2.0 * pad;
        lefts.push(x);
        if selected != Some(i) {
            let drawn = match style {
                "block" => {
                    c.rect(x, 0.0, tab_w, tab_h);
                    true
                }
                "cone" | "halfCone" => {
                    c.begin();
                    c.move_to(x, tab_h);
                    c.line_to(x + pad * 0.5, 0.0);
                    c.line_to(if style == "cone" { x + tab_w - pad * 0.5 } else { x + tab_w }, 0.0);
                    c.line_to(x + tab_w, tab_h);
                    true
                }
                "round" => {
                    c.begin();
                    c.move_to(x - r, tab_h);
                    c.arc_to(r, r, false, false, x, tab_h - r);
                    c.line_to(x, r);
                    c.arc_to(r, r, false, true, x + r, 0.0);
                    c.line_to(x + tab_w - r, 0.0);
                    c.arc_to(r, r, false, true, x + tab_w, r);
                    c.line_to(x + tab_w, tab_h - r);
                    c.arc_to(r, r, false, false, x + tab_w + r, tab_h);
                    true
                }
                _ => false,
            };
            if drawn {
                c.fill_and_stroke();
            }
        }
        x += tab_w + gap;
    }
    if let Some(sel) = selected {
        let fill = color_or(s, "fillColor2", "#008cff");
        c.set_stroke(fill.clone());
        c.set_fill(fill);
        let (x, tab_w) = (lefts[sel], widths[sel] + 2.0 * pad);
        c.begin();
        c.move_to(0.0, tab_h + r);
        c.arc_to(r, r, false, true, r, tab_h);
        match style {
            "block" => {
                c.line_to(x, tab_h);
                c.line_to(x, 0.0);
                c.line_to(x + tab_w, 0.0);
                c.line_to(x + tab_w, tab_h);
            }
            "cone" | "halfCone" => {
                c.line_to(x, tab_h);
                c.line_to(x + pad * 0.5, 0.0);
                c.line_to(if style == "cone" { x + tab_w - pad * 0.5 } else { x + tab_w }, 0.0);
                c.line_to(x + tab_w, tab_h);
            }
            "round" => {
                c.line_to(x - r, tab_h);
                c.arc_to(r, r, false, false, x, tab_h - r);
                c.line_to(x, r);
                c.arc_to(r, r, false, true, x + r, 0.0);
                c.line_to(x + tab_w - r, 0.0);
                c.arc_to(r, r, false, true, x + tab_w, r);
                c.line_to(x + tab_w, tab_h - r);
                c.arc_to(r, r, false, false, x + tab_w + r, tab_h);
            }
            _ => {}
        }
        c.line_to(w - r, tab_h);
        c.arc_to(r, r, false, true, w, tab_h + r);
        c.close();
        c.fill_and_stroke();
    }
    let normal = color_or(s, "textColor", "#666666");
    let sel_color = color_or(s, "textColor2", "#ffffff");
    for (i, label) in labels.iter().enumerate() {
        let color = if selected == Some(i) { &sel_color } else { &normal };
        let f = font(size, color.clone(), 0);
        text(c, lefts[i] + pad, tab_h * 0.5, label, &f, "left", "middle");
    }
}

fn ver_tab_bar(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let size = s.num("textSize", 17.0);
    let (labels, widths, selected) = tabs(s, size, 42.0);
    let (tab_h, start, gap, pad, r) = (size * 1.5, 10.0, 5.0, 10.0, 5.0);
    let n = labels.len() as f64;
    let tab_w = 2.0 * pad + widths.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let w = w.max(tab_w + r);
    let h = h.max(2.0 * start + n * tab_h + (n - 1.0) * gap);
    c.begin();
    c.move_to(tab_w + r, h);
    c.arc_to(r, r, false, true, tab_w, h - r);
    c.line_to(tab_w, r);
    c.arc_to(r, r, false, true, tab_w + r, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    let style = s.style.str_or("tabStyle", "block");
    let round_tab = |c: &mut Canvas, y: f64| {
        c.move_to(tab_w, y + tab_h + r);
        c.arc_to(r, r, false, false, tab_w - r, y + tab_h);
        c.line_to(r, y + tab_h);
        c.arc_to(r, r, false, true, 0.0, y + tab_h - r);
        c.line_to(0.0, y + r);
        c.arc_to(r, r, false, true, r, y);
        c.line_to(tab_w - r, y);
        c.arc_to(r, r, false, false, tab_w, y - r);
    };
    let mut y = start;
    for i in 0..labels.len() {
        if selected != Some(i) && (style == "block" || style == "round") {
            if style == "block" {
                c.rect(0.0, y, tab_w, tab_h);
            } else {
                c.begin();
                round_tab(c, y);
            }
            c.fill_and_stroke();
        }
        y += tab_h + gap;
    }
    if let Some(sel) = selected {
        if style == "block" || style == "round" {
            let y = start + (tab_h + gap) * sel as f64;
            let fill = color_or(s, "fillColor2", "#008cff");
            c.set_stroke(fill.clone());
            c.set_fill(fill);
            c.begin();
            c.move_to(tab_w + r, h);
            c.arc_to(r, r, false, true, tab_w, h - r);
            if style == "block" {
                c.line_to(tab_w, y + tab_h);
                c.line_to(0.0, y + tab_h);
                c.line_to(0.0, y);
                c.line_to(tab_w, y);
            } else {
                c.line_to(tab_w, y + tab_h + r);
                c.arc_to(r, r, false, false, tab_w - r, y + tab_h);
                c.line_to(r, y + tab_h);
                c.arc_to(r, r, false, true, 0.0, y + tab_h - r);
                c.line_to(0.0, y + r);
                c.arc_to(r, r, false, true, r, y);
                c.line_to(tab_w - r, y);
                c.arc_to(r, r, false, false, tab_w, y - r);
            }
            c.line_to(tab_w, r);
            c.arc_to(r, r, false, true, tab_w + r, 0.0);
            c.close();
            c.fill_and_stroke();
        }
    }
    let normal = color_or(s, "textColor", "#666666");
    let sel_color = color_or(s, "textColor2", "#ffffff");
    let mut y = start;
    for (i, label) in labels.iter().enumerate() {
        let color = if selected == Some(i) { &sel_color } else { &normal };
        let f = font(size, color.clone(), 0);
        text(c, tab_w * 0.5, y + tab_h * 0.5, label, &f, "center", "middle");
        y += tab_h + gap;
    }
}

fn alert_box(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let h = h.max(75.0);
    let w = w.max(90.0);
    c.set_fill(color_or(s, "fillColor", "#ffffff"));
    c.set_stroke(color_or(s, "strokeColor", "#666666"));
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_stroke(color_or(s, "strokeColor2", "#008cff"));
    c.ellipse(w - 25.0, 5.0, 20.0, 20.0);
    c.stroke();
    c.set_stroke(color_or(s, "strokeColor3", "#c4c4c4"));
    c.begin();
    c.move_to(0.0, 30.0);
    c.line_to(w, 30.0);
    c.stroke();
    let size = s.num("textSize", 17.0);
    let f = font(size, color_or(s, "textColor", "#666666"), 0);
    text(c, 10.0, 15.0, text_or(s, "mainText", "Window Title"), &f, "left", "middle");
    let buttons: Vec<&str> = text_or(s, "buttonText", "OK,Cancel").split(',').take(100).collect();
    let gap = 10.0;
    let n = buttons.len() as f64;
    let bw = (w - gap * (n + 1.0)) / n;
    let mut x = gap;
    for b in &buttons {
        if !b.is_empty() {
            c.rect(x, h - 10.0 - size * 1.5, bw, size * 1.5);
            c.stroke();
            text(c, x + bw * 0.5, h - 10.0 - size * 0.75, b, &f, "center", "middle");
        }
        x += bw + gap;
    }
    for (i, t) in text_or(s, "subText", "Sub Text").split(',').take(100).enumerate() {
        text(c, w * 0.5, 30.0 + size * (i as f64 * 1.5 + 0.75), t, &f, "center", "middle");
    }
}
