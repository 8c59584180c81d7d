//! Throwaway visual check of label placement: writes an SVG of labelled boxes and rasterizes it
//! with resvg using only the bundled fonts. Compare with a browser rendering of the same SVG:
//!     cargo run --example label_gallery -- /tmp/gallery [cells.tsv]
//!     chromium --headless --no-sandbox --disable-gpu --screenshot=/tmp/gallery-chrome.png \
//!         --window-size=W,H /tmp/gallery.svg
//! `cells.tsv` (optional): lines of `style<TAB>width<TAB>height<TAB>html(0/1)<TAB>value`, with `\n`
//! and `\t` escaped as `\\n` / `\\t` in the value, e.g. labels pulled out of real diagrams.

use faultline::geom::Rect;
use faultline::render::label::{render_label, LabelInput};
use faultline::style::{Stylesheet, Theme};

struct Cell {
    style: String,
    w: f64,
    h: f64,
    html: bool,
    value: String,
    edge: bool,
}

fn builtin() -> Vec<Cell> {
    let c = |style: &str, w: f64, h: f64, html: bool, value: &str| Cell {
        style: style.into(),
        w,
        h,
        html,
        value: value.into(),
        edge: false,
    };
    vec![
        c("rounded=0;whiteSpace=wrap;html=1;", 120.0, 60.0, true, "Hello World"),
        c("html=1;align=left;verticalAlign=top;", 120.0, 60.0, true, "left / top"),
        c("html=1;align=right;verticalAlign=bottom;", 120.0, 60.0, true, "right / bottom"),
        c("html=1;labelPosition=right;verticalLabelPosition=middle;align=left;verticalAlign=middle;", 60.0, 60.0, true, "outside right"),
        c("html=1;verticalLabelPosition=bottom;verticalAlign=top;", 60.0, 60.0, true, "icon caption<br>second line"),
        c("whiteSpace=wrap;html=1;", 120.0, 80.0, true, "A much longer label that has to wrap inside the shape width nicely"),
        c("html=1;", 160.0, 80.0, true, "<b>Bold</b> <i>italic</i> <u>under</u> <s>strike</s><br><font color=\"#cc0000\">red</font> H<sub>2</sub>O x<sup>2</sup>"),
        c("html=1;horizontal=0;", 60.0, 120.0, true, "Vertical"),
        c("html=1;rotation=30;", 120.0, 60.0, true, "Rotated 30°"),
        c("swimlane;html=1;startSize=23;", 160.0, 100.0, true, "Swimlane title"),
        c("swimlane;html=1;horizontal=0;startSize=30;", 160.0, 100.0, true, "Vertical lane"),
        c("html=1;labelBackgroundColor=#ffff88;labelBorderColor=#0000ff;", 120.0, 60.0, true, "bg + border"),
        c("align=center;verticalAlign=middle;", 120.0, 60.0, false, "plain line 1\nplain line 2\nplain line 3"),
        c("whiteSpace=wrap;html=1;overflow=hidden;", 120.0, 40.0, true, "Clipped text that is far too long to fit into this small box at all"),
        c("html=1;align=left;", 160.0, 80.0, true, "<ul><li>first item</li><li>second item</li></ul>"),
        c("html=1;fontFamily=Verdana;fontSize=14;", 160.0, 40.0, true, "Verdana 14px"),
        c("html=1;fontFamily=Times New Roman;fontSize=16;fontStyle=3;", 160.0, 40.0, true, "Times bold italic"),
        c("html=1;fontFamily=Courier New;fontStyle=4;", 160.0, 40.0, true, "Courier underline"),
        c("html=1;", 160.0, 80.0, true, "<h1>Heading</h1>"),
        c("text;html=1;align=left;verticalAlign=top;spacingTop=-4;fontSize=14;whiteSpace=wrap;", 160.0, 80.0, true,
          "<span>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod</span>"),
        c("shape=process;whiteSpace=wrap;html=1;", 140.0, 60.0, true, "Process shape label wraps"),
        c("html=1;textOpacity=40;fontSize=20;", 140.0, 60.0, true, "faded 40%"),
        c("html=1;align=left;", 160.0, 80.0, true, "<ol><li>first</li><li>second<ul><li>nested</li></ul></li></ol>"),
        c("html=1;align=left;fontSize=20;", 160.0, 80.0, true, "<ul><li>big bullet</li></ul>"),
        c("html=1;labelBackgroundColor=#ffffff;labelBorderColor=#333333;fontStyle=1;", 160.0, 60.0, true, "html + bg"),
        c("labelBackgroundColor=#ffffff;labelBorderColor=#333333;fontStyle=1;", 160.0, 60.0, false, "plain + bg"),
        c("html=1;", 140.0, 60.0, true, "中文标签 and ελληνικά Кириллица"),
        Cell { style: "edgeLabel;html=1;".into(), w: 0.0, h: 0.0, html: true, value: "edge label".into(), edge: true },
        Cell { style: "edgeStyle=orthogonalEdgeStyle;html=1;horizontal=0;".into(), w: 0.0, h: 0.0, html: true, value: "vertical edge".into(), edge: true },
    ]
}

fn load_tsv(path: &str) -> Vec<Cell> {
    let text = std::fs::read_to_string(path).expect("read tsv");
    text.lines()
        .filter_map(|l| {
            let mut p = l.splitn(5, '\t');
            let style = p.next()?.to_string();
            let w = p.next()?.parse().ok()?;
            let h = p.next()?.parse().ok()?;
            let html = p.next()? == "1";
            let value = p.next()?.replace("\\n", "\n").replace("\\t", "\t");
            Some(Cell {
                style,
                w,
                h,
                html,
                value,
                edge: false,
            })
        })
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "/tmp/gallery".into());
    let cells = match args.next() {
        Some(p) => load_tsv(&p),
        None => builtin(),
    };
    let sheet = Stylesheet::default();
    let theme = Theme::light();
    let (cell_w, cell_h, cols) = (250.0, 190.0, 5usize);
    let mut body = String::new();
    let mut extent: Option<Rect> = None;
    // The same cells as a draw.io model, to render with draw.io's own viewer for reference.
    let mut model =
        String::from("<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>");
    for (i, c) in cells.iter().enumerate() {
        let (col, row) = ((i % cols) as f64, (i / cols) as f64);
        let (cx, cy) = (col * cell_w + cell_w / 2.0, row * cell_h + cell_h / 2.0);
        let style = sheet.resolve(&c.style, c.edge);
        let bounds = if c.edge {
            body.push_str(&format!(
                "<path d=\"M{} {} L{} {}\" stroke=\"#999\" fill=\"none\"/><circle cx=\"{cx}\" cy=\"{cy}\" r=\"2\" fill=\"red\"/>",
                cx - 80.0,
                cy,
                cx + 80.0,
                cy
            ));
            Rect::new(cx, cy, 0.0, 0.0)
        } else {
            let r = Rect::new((cx - c.w / 2.0).round(), (cy - c.h / 2.0).round(), c.w, c.h);
            let rot = style.num("rotation", 0.0);
            body.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f4f8ff\" stroke=\"#6c8ebf\" transform=\"rotate({rot} {cx} {cy})\"/>",
                r.x, r.y, r.width, r.height
            ));
            if style.shape() == "swimlane" {
                let s = style.num("startSize", 40.0);
                let (x1, y1, x2, y2) = if style.flag("horizontal", true) {
                    (r.x, r.y + s, r.right(), r.y + s)
                } else {
                    (r.x + s, r.y, r.x + s, r.bottom())
                };
                body.push_str(&format!(
                    "<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"#6c8ebf\"/>"
                ));
            }
            r
        };
        let attr = |v: &str| faultline::render::svg::esc_attr(v);
        if c.edge {
            model.push_str(&format!(
                "<mxCell id=\"c{i}\" value=\"{}\" style=\"{}\" edge=\"1\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\">\
                 <mxPoint x=\"{}\" y=\"{cy}\" as=\"sourcePoint\"/><mxPoint x=\"{}\" y=\"{cy}\" as=\"targetPoint\"/></mxGeometry></mxCell>",
                attr(&c.value),
                attr(&format!("{};endArrow=none;strokeColor=#999999", c.style)),
                cx - 80.0,
                cx + 80.0
            ));
        } else {
            model.push_str(&format!(
                "<mxCell id=\"c{i}\" value=\"{}\" style=\"{}\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" as=\"geometry\"/></mxCell>",
                attr(&c.value),
                attr(&format!("{};fillColor=#f4f8ff;strokeColor=#6c8ebf", c.style)),
                bounds.x,
                bounds.y,
                bounds.width,
                bounds.height
            ));
        }
        let input = LabelInput {
            text: &c.value,
            html: c.html && style.get("html") == Some("1"),
            style: &style,
            bounds,
            is_edge: c.edge,
            theme: &theme,
        };
        if let Some(e) = render_label(&mut body, &input) {
            extent = Some(extent.map_or(e, |x| x.union(&e)));
        }
    }
    let rows = cells.len().div_ceil(cols) as f64;
    let (w, h) = (cols as f64 * cell_w, rows * cell_h);
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>{body}</svg>"
    );
    std::fs::write(format!("{out}.svg"), &svg).expect("write svg");
    model.push_str("</root></mxGraphModel>");
    std::fs::write(format!("{out}.drawio"), &model).expect("write model");

    let mut opt = resvg::usvg::Options::default();
    {
        let db = opt.fontdb_mut();
        for (_, _, data) in faultline::text::bundled_fonts() {
            db.load_font_data(data.to_vec());
        }
        db.set_sans_serif_family("Liberation Sans");
        db.set_serif_family("Liberation Serif");
        db.set_monospace_family("Liberation Mono");
    }
    let tree = resvg::usvg::Tree::from_str(&svg, &opt).expect("svg parses");
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w as u32, h as u32).expect("pixmap");
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .save_png(format!("{out}-resvg.png"))
        .expect("write png");
    eprintln!("wrote {out}.svg and {out}-resvg.png ({w}x{h}); label extent {extent:?}");
}
