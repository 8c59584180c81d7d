use crate::geom::Rect;
use crate::render::paint::Paint;
use crate::render::shapes::{draw_vertex, Drawn, VertexExtra};
use crate::style::{Style, Theme};

fn draw(style: &str, w: f64, h: f64) -> String {
    let s = Style::parse_raw(style);
    let p = Paint::from_style(&s, &Theme::light(), None);
    let mut out = String::new();
    let drawn = draw_vertex(&mut out, &Rect::new(0.0, 0.0, w, h), &s, &p, &Theme::light(), &VertexExtra::default());
    assert!(matches!(drawn, Drawn::Ok), "{style} is drawn");
    out
}

#[test]
fn search_box_text_and_magnifier() {
    // mxShapeMockupSearchBox: "Search" at (5, h/2) left/middle in 17 px #666666, the glass a
    // 10 px circle at (w − 15, h/2 − 8) in strokeColor2.
    let svg = draw("shape=mxgraph.mockup.forms.searchBox;fillColor=#ffffff;strokeColor=#999999", 220.0, 30.0);
    // plainText: baseline y + size − 1 − size/2 = 15 + 17 − 1 − 8.5.
    assert!(svg.contains("<text x=\"5\" y=\"22.5\">Search</text>"), "{svg}");
    assert!(svg.contains("fill=\"#666666\" font-family=\"Arial,Helvetica\" font-size=\"17px\""), "{svg}");
    assert!(svg.contains("cx=\"210\" cy=\"12\" rx=\"5\" ry=\"5\" fill=\"none\" stroke=\"#008cff\""), "{svg}");
    // mainText= (empty, as in templates) draws no text: the cell label shows instead.
    let svg = draw("shape=mxgraph.mockup.forms.searchBox;mainText=;fillColor=#ffffff;strokeColor=#999999", 220.0, 30.0);
    assert!(!svg.contains("<text"), "{svg}");
}

#[test]
fn button_round_outline_has_10px_arcs() {
    let svg = draw("shape=mxgraph.mockup.buttons.button;mainText=;fillColor=none;strokeColor=#666666", 190.0, 30.0);
    assert!(svg.contains("M0 10 A10 10 0 0 1 10 0 L180 0 A10 10 0 0 1 190 10 L190 20"), "{svg}");
}

#[test]
fn browser_window_keeps_minimum_size_and_texts() {
    let svg = draw("shape=mxgraph.mockup.containers.browserWindow;fillColor=#ffffff;strokeColor=#666666", 100.0, 50.0);
    // w = max(w, 260), h = max(h, 110): the frame grows, the close button sits at w − 25.
    assert!(svg.contains("M0 0 L260 0 L260 110 L0 110 Z"), "{svg}");
    assert!(svg.contains("cx=\"245\" cy=\"15\""), "{svg}");
    assert!(svg.contains(">Page 1</text>") && svg.contains(">http://www.draw.io</text>"), "{svg}");
}

#[test]
fn icon_grid_and_rating_counts() {
    let svg = draw("shape=mxgraph.mockup.graphics.iconGrid;gridSize=3,2;fillColor=#ffffff;strokeColor=#999999", 120.0, 40.0);
    assert_eq!(svg.matches("<rect").count(), 6, "{svg}");
    // Box width 120 / (3 + 1) = 30, every 45 px.
    assert!(svg.contains("x=\"90\" y=\"24\" width=\"30\" height=\"16\""), "{svg}");
    let svg = draw("shape=mxgraph.mockup.misc.rating;grade=3;ratingScale=5;fillColor=#ffff00;strokeColor=#000000", 100.0, 10.0);
    assert_eq!(svg.matches("fill=\"#ffff00\"").count(), 3, "{svg}");
    assert_eq!(svg.matches("fill=\"#ffffff\"").count(), 2, "{svg}");
}

#[test]
fn a_second_fill_without_a_new_path_draws_nothing() {
    // mxShapeMockupVideoPlayer fills its speaker without c.begin(): mxSvgCanvas2D has no node
    // then, so draw.io draws no speaker body, only its two sound arcs.
    let svg = draw("shape=mxgraph.mockup.containers.videoPlayer;fillColor=#ffffff;strokeColor=#666666", 300.0, 200.0);
    assert!(!svg.contains("M31.5 182"), "{svg}");
    assert!(svg.contains("A6 9 0 0 1 42 189.5"), "{svg}");
}

/// Every mockup shape ported (the mechanical ones and the hand-written ones) is drawn.
#[test]
fn every_ported_mockup_shape_is_drawn() {
    let hand = [
        "buttons.multiButton", "buttons.button", "buttons.horButtonBar", "buttons.verButtonBar",
        "buttons.onOffButton", "containers.accordion", "containers.browserWindow", "containers.group",
        "containers.horTabBar", "containers.verTabBar", "containers.alertBox", "graphics.iconGrid",
        "misc.rating",
    ];
    let names = super::simple::NAMES.iter().map(|n| n.to_string()).chain(hand.iter().map(|n| format!("mxgraph.mockup.{n}")));
    for name in names {
        for (w, h) in [(120.0, 80.0), (0.0, 0.0), (3.0, 200.0)] {
            let svg = draw(&format!("shape={name};fillColor=#ffffff;strokeColor=#000000"), w, h);
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{name}: {svg}");
        }
    }
}
