use super::*;
use crate::stencil::{codec, pack, xml as sxml, PackKind};

/// A registry holding one pack made from library XML.
fn registry(pack_name: &str, lib: &str) -> Registry {
    let parsed = sxml::parse_library(lib, sxml::XmlLimits::LIBRARY).unwrap();
    let entries: Vec<(String, Vec<u8>)> = parsed
        .iter()
        .map(|(n, s)| (n.clone(), codec::encode(s)))
        .collect();
    let mut r = Registry::new();
    r.add_pack(pack_name, &pack::write(PackKind::Stencils, &entries))
        .unwrap();
    r
}

fn lib(shapes: &str) -> String {
    format!("<shapes name=\"mxgraph.t\">{}</shapes>", shapes)
}

/// Draw a vertex with `style` in (x, y, w, h) and return the SVG, or None when it is not drawn.
fn draw_with(reg: &Registry, style: &str, b: Rect) -> Option<String> {
    let theme = Theme::light();
    let s = crate::style::Stylesheet::default().resolve(style, false);
    let paint = Paint::from_style(&s, &theme, None);
    let mut out = String::new();
    draw(&mut out, &b, &s, &paint, &theme, reg).then_some(out)
}

fn r(x: f64, y: f64, w: f64, h: f64) -> Rect {
    Rect::new(x, y, w, h)
}

#[test]
fn path_segments_scale_to_the_bounds() {
    let reg = registry(
        "t",
        &lib(
            r#"<shape name="p" w="10" h="20" aspect="variable"><foreground><path><move x="0" y="0"/><line x="10" y="0"/><quad x1="10" y1="10" x2="5" y2="20"/><curve x1="4" y1="20" x2="0" y2="10" x3="0" y3="5"/><arc rx="5" ry="5" x-axis-rotation="0" large-arc-flag="0" sweep-flag="1" x="0" y="0"/><close/></path><fillstroke/></foreground></shape>"#,
        ),
    );
    let svg = draw_with(
        &reg,
        "shape=mxgraph.t.p;fillColor=#ff0000;strokeColor=#0000ff",
        r(100.0, 100.0, 20.0, 20.0),
    )
    .unwrap();
    // sx = 2, sy = 1.
    assert!(svg.contains("d=\"M100 100 L120 100 Q120 110 110 120 C108 120 100 110 100 105 A10 5 0 0 1 100 100 Z\""), "{svg}");
    assert!(
        svg.contains("fill=\"#ff0000\"") && svg.contains("stroke=\"#0000ff\""),
        "{svg}"
    );
}

#[test]
fn rect_roundrect_ellipse_and_paint_ops() {
    let reg = registry(
        "t",
        &lib(
            r##"<shape name="e" w="100" h="100"><background><rect x="0" y="0" w="100" h="50"/></background><foreground>
            <fill/>
            <roundrect x="0" y="50" w="100" h="50" arcsize="10"/><stroke/>
            <save/><fillcolor color="#00FF00"/><strokecolor color="none"/><ellipse x="25" y="25" w="50" h="50"/><fillstroke/><restore/>
            <ellipse x="0" y="0" w="10" h="10"/><fill/>
            <roundrect x="0" y="0" w="10" h="20" arcsize="0"/><fill/>
            </foreground></shape>"##,
        ),
    );
    let svg = draw_with(
        &reg,
        "shape=mxgraph.t.e;fillColor=#111111;strokeColor=#222222",
        r(0.0, 0.0, 100.0, 100.0),
    )
    .unwrap();
    assert!(
        svg.contains(
            "<rect x=\"0\" y=\"0\" width=\"100\" height=\"50\" fill=\"#111111\" stroke=\"none\"/>"
        ),
        "{svg}"
    );
    assert!(svg.contains("<rect x=\"0\" y=\"50\" width=\"100\" height=\"50\" rx=\"5\" ry=\"5\" fill=\"none\" stroke=\"#222222\""), "{svg}");
    assert!(
        svg.contains(
            "<ellipse cx=\"50\" cy=\"50\" rx=\"25\" ry=\"25\" fill=\"#00ff00\" stroke=\"none\"/>"
        ),
        "{svg}"
    );
    // After restore the style's fill is back.
    assert!(
        svg.contains("<ellipse cx=\"5\" cy=\"5\" rx=\"5\" ry=\"5\" fill=\"#111111\""),
        "{svg}"
    );
    // arcsize 0 → RECTANGLE_ROUNDING_FACTOR (15%) of the smaller side.
    assert!(svg.contains("rx=\"1.5\""), "{svg}");
}

#[test]
fn stroke_state_ops() {
    let reg = registry(
        "t",
        &lib(
            r#"<shape name="s" w="10" h="10" strokewidth="2"><foreground>
            <path><move x="0" y="0"/><line x="10" y="10"/></path><stroke/>
            <strokewidth width="3"/><dashed dashed="1"/><dashpattern pattern="2 1"/><linejoin join="round"/><linecap cap="round"/><miterlimit limit="4"/><alpha alpha="0.5"/>
            <path><move x="0" y="0"/><line x="10" y="10"/></path><stroke/>
            <strokewidth width="3" fixed="1"/><strokealpha alpha="0.25"/><linecap cap="flat"/>
            <path><move x="0" y="0"/><line x="10" y="10"/></path><stroke/>
            </foreground></shape>"#,
        ),
    );
    let svg = draw_with(
        &reg,
        "shape=mxgraph.t.s;strokeColor=#000000;strokeWidth=7",
        r(0.0, 0.0, 20.0, 40.0),
    )
    .unwrap();
    let paths: Vec<&str> = svg.split("<path").skip(1).collect();
    assert_eq!(paths.len(), 3, "{svg}");
    // strokewidth="2" on the shape: 2 × min scale (2) = 4, whatever the style says.
    assert!(
        paths[0].contains("stroke-width=\"4\"") && !paths[0].contains("dasharray"),
        "{}",
        paths[0]
    );
    // width 3 × min scale 2 = 6; dash pattern × min scale, then × stroke width.
    assert!(paths[1].contains("stroke-width=\"6\""), "{}", paths[1]);
    assert!(
        paths[1].contains("stroke-dasharray=\"24 12\""),
        "{}",
        paths[1]
    );
    assert!(
        paths[1].contains("stroke-linejoin=\"round\"")
            && paths[1].contains("stroke-linecap=\"round\"")
            && paths[1].contains("stroke-miterlimit=\"4\""),
        "{}",
        paths[1]
    );
    assert!(paths[1].contains("stroke-opacity=\"0.5\""), "{}", paths[1]);
    // fixed="1": not scaled; strokealpha sets the alpha (draw.io 14.6.12 maps it to setAlpha).
    assert!(
        paths[2].contains("stroke-width=\"3\"")
            && paths[2].contains("stroke-opacity=\"0.25\"")
            && !paths[2].contains("linecap"),
        "{}",
        paths[2]
    );
}

#[test]
fn strokewidth_inherit_takes_the_style() {
    let reg = registry(
        "t",
        &lib(
            r#"<shape name="i" w="10" h="10" strokewidth="inherit"><foreground><rect x="0" y="0" w="10" h="10"/><stroke/></foreground></shape>"#,
        ),
    );
    let svg = draw_with(
        &reg,
        "shape=mxgraph.t.i;strokeWidth=3",
        r(0.0, 0.0, 100.0, 100.0),
    )
    .unwrap();
    assert!(svg.contains("stroke-width=\"3\""), "{svg}");
    let thin = draw_with(&reg, "shape=mxgraph.t.i", r(0.0, 0.0, 100.0, 100.0)).unwrap();
    assert!(!thin.contains("stroke-width"), "{thin}");
}

#[test]
fn aspect_fixed_centres_and_variable_stretches() {
    let fixed = Stencil {
        w: 10.0,
        h: 20.0,
        fixed_aspect: true,
        ..Stencil::default()
    };
    assert_eq!(
        compute_aspect(&fixed, "east", 0.0, 0.0, 100.0, 100.0),
        (25.0, 0.0, 5.0, 5.0)
    );
    let var = Stencil {
        w: 10.0,
        h: 20.0,
        ..Stencil::default()
    };
    assert_eq!(
        compute_aspect(&var, "east", 0.0, 0.0, 100.0, 100.0),
        (0.0, 0.0, 10.0, 5.0)
    );
    // North/south: the stencil is laid out in the swapped box, then the canvas turns by 90°.
    assert_eq!(
        compute_aspect(&var, "south", 0.0, 0.0, 200.0, 100.0),
        (50.0, -50.0, 10.0, 10.0)
    );
    let reg = registry(
        "t",
        &lib(
            r#"<shape name="f" w="10" h="20" aspect="fixed"><foreground><rect x="0" y="0" w="10" h="20"/><fill/></foreground></shape>"#,
        ),
    );
    let svg = draw_with(
        &reg,
        "shape=mxgraph.t.f;fillColor=#000000",
        r(0.0, 0.0, 100.0, 100.0),
    )
    .unwrap();
    assert!(
        svg.contains("<rect x=\"25\" y=\"0\" width=\"50\" height=\"100\""),
        "{svg}"
    );
}

#[test]
fn direction_rotates_the_stencil_only() {
    let reg = registry(
        "t",
        &lib(
            r#"<shape name="d" w="10" h="10"><foreground><rect x="0" y="0" w="5" h="10"/><fill/></foreground></shape>"#,
        ),
    );
    let svg = draw_with(
        &reg,
        "shape=mxgraph.t.d;direction=south;fillColor=#000000",
        r(0.0, 0.0, 40.0, 20.0),
    )
    .unwrap();
    assert!(svg.contains("transform=\"rotate(90 20 10)\""), "{svg}");
    // Laid out in a 20 × 40 box centred on the cell: x0 = 10, y0 = -10, sx = 2, sy = 4.
    assert!(
        svg.contains("<rect x=\"10\" y=\"-10\" width=\"10\" height=\"40\""),
        "{svg}"
    );
    let flipped = draw_with(
        &reg,
        "shape=mxgraph.t.d;stencilFlipH=1;fillColor=#000000",
        r(0.0, 0.0, 40.0, 20.0),
    )
    .unwrap();
    assert!(
        flipped.contains("transform=\"matrix(-1 0 0 1 40 0)\""),
        "{flipped}"
    );
}

#[test]
fn style_colours_apply_until_the_stencil_sets_its_own() {
    let reg = registry(
        "t",
        &lib(
            r##"<shape name="c" w="10" h="10"><foreground><rect x="0" y="0" w="10" h="10"/><fillstroke/><fillcolor color="#ABCDEF"/><strokecolor color="bogus(1)"/><rect x="0" y="0" w="5" h="5"/><fillstroke/></foreground></shape>"##,
        ),
    );
    let svg = draw_with(
        &reg,
        "shape=mxgraph.t.c;fillColor=#ff0000;strokeColor=#00ff00;opacity=50",
        r(0.0, 0.0, 10.0, 10.0),
    )
    .unwrap();
    let rects: Vec<&str> = svg.split("<rect").skip(1).collect();
    assert!(
        rects[0].contains(
            "fill=\"#ff0000\" fill-opacity=\"0.5\" stroke=\"#00ff00\" stroke-opacity=\"0.5\""
        ),
        "{}",
        rects[0]
    );
    // The stencil's fillcolor wins; an invalid colour paints nothing.
    assert!(
        rects[1].contains("fill=\"#abcdef\"") && rects[1].contains("stroke=\"none\""),
        "{}",
        rects[1]
    );
    // fillColor=none: no fill where the stencil uses the style's.
    let none = draw_with(
        &reg,
        "shape=mxgraph.t.c;fillColor=none;strokeColor=#00ff00",
        r(0.0, 0.0, 10.0, 10.0),
    )
    .unwrap();
    assert!(
        none.split("<rect")
            .nth(1)
            .unwrap()
            .contains("fill=\"none\""),
        "{none}"
    );
    // Dark theme: `default` colours follow the theme.
    let theme = Theme::dark();
    let s = crate::style::Stylesheet::default().resolve("shape=mxgraph.t.c", false);
    let paint = Paint::from_style(&s, &theme, None);
    let mut out = String::new();
    assert!(draw(
        &mut out,
        &r(0.0, 0.0, 10.0, 10.0),
        &s,
        &paint,
        &theme,
        &reg
    ));
    assert!(out.contains("fill=\"#2a2a2a\""), "{out}");
}

#[test]
fn text_and_image_elements() {
    let reg = registry(
        "t",
        &lib(r##"<shape name="x" w="10" h="10"><foreground>
            <fontcolor color="#ff0000"/><fontsize size="5"/><fontstyle style="1"/><fontfamily family="Verdana"/>
            <text str="A&lt;b" x="5" y="5" align="center" valign="middle"/>
            <text str="up" x="0" y="0" vertical="1"/>
            <image src="data:image/png,iVBOR" x="0" y="0" w="10" h="10" flipH="1"/>
            <image src="javascript:alert(1)" x="0" y="0" w="10" h="10"/>
            </foreground></shape>"##),
    );
    let svg = draw_with(&reg, "shape=mxgraph.t.x", r(0.0, 0.0, 20.0, 20.0)).unwrap();
    assert!(svg.contains("fill=\"#ff0000\" font-family=\"Verdana\" font-weight=\"bold\" text-anchor=\"middle\" font-size=\"10px\""), "{svg}");
    assert!(svg.contains(">A&lt;b</text>"), "{svg}");
    assert!(svg.contains("transform=\"rotate(-90,0,0)\""), "{svg}");
    assert!(
        svg.contains("href=\"data:image/png;base64,iVBOR\"")
            && svg.contains("preserveAspectRatio=\"none\""),
        "{svg}"
    );
    assert!(svg.contains("matrix(-1 0 0 1 20 0)"), "{svg}");
    assert!(!svg.contains("javascript"), "{svg}");
}

#[test]
fn include_shape_draws_another_stencil_and_stops_recursing() {
    let reg = registry(
        "t",
        &lib(
            r#"<shape name="inner" w="10" h="10"><foreground><rect x="0" y="0" w="10" h="10"/><fill/></foreground></shape>
        <shape name="outer" w="100" h="100"><foreground><include-shape name="mxgraph.t.inner" x="50" y="50" w="50" h="50"/></foreground></shape>
        <shape name="loop" w="10" h="10"><foreground><rect x="0" y="0" w="1" h="1"/><fill/><include-shape name="mxgraph.t.loop" x="0" y="0" w="10" h="10"/><include-shape name="mxgraph.t.loop" x="0" y="0" w="10" h="10"/></foreground></shape>"#,
        ),
    );
    let svg = draw_with(
        &reg,
        "shape=mxgraph.t.outer;fillColor=#000000",
        r(0.0, 0.0, 200.0, 200.0),
    )
    .unwrap();
    assert!(
        svg.contains("<rect x=\"100\" y=\"100\" width=\"100\" height=\"100\""),
        "{svg}"
    );
    let looped = draw_with(
        &reg,
        "shape=mxgraph.t.loop;fillColor=#000000",
        r(0.0, 0.0, 10.0, 10.0),
    )
    .unwrap();
    // Depth-limited: 1 + 2 + 4 + … + 2^8 rects, not unbounded.
    assert_eq!(
        looped.matches("<rect").count(),
        (1 << (MAX_INCLUDE_DEPTH + 1)) - 1
    );
}

#[test]
fn inline_stencils_draw() {
    let xml = "<shape w=\"10\" h=\"10\"><foreground><ellipse x=\"0\" y=\"0\" w=\"10\" h=\"10\"/><fill/></foreground></shape>";
    let style = format!(
        "shape=stencil({});fillColor=#123456",
        crate::decode::codec::tests::compress(xml)
    );
    let svg = draw_with(&Registry::new(), &style, r(0.0, 0.0, 40.0, 20.0)).unwrap();
    assert!(
        svg.contains("<ellipse cx=\"20\" cy=\"10\" rx=\"20\" ry=\"10\" fill=\"#123456\""),
        "{svg}"
    );
    assert!(draw_with(
        &Registry::new(),
        "shape=stencil(bm90IGRlZmxhdGU=)",
        r(0.0, 0.0, 1.0, 1.0)
    )
    .is_none());
}

#[test]
fn unknown_stencils_are_not_drawn() {
    let reg = registry("t", &lib(""));
    assert!(draw_with(&reg, "shape=mxgraph.t.nothing", r(0.0, 0.0, 10.0, 10.0)).is_none());
    assert!(draw_with(&reg, "shape=cloud9", r(0.0, 0.0, 10.0, 10.0)).is_none());
}

const AWS: &str = r#"<shapes name="mxgraph.aws4">
    <shape name="lambda" w="10" h="10" aspect="fixed" strokewidth="inherit"><foreground><rect x="0" y="0" w="10" h="10"/><fill/></foreground></shape>
    <shape name="group_vpc" w="10" h="10" aspect="fixed" strokewidth="inherit"><foreground><rect x="0" y="0" w="10" h="10"/><fill/></foreground></shape>
</shapes>"#;

#[test]
fn aws4_resource_icon_is_a_square_and_an_inset_icon() {
    let reg = registry("aws4", AWS);
    let svg = draw_with(&reg, "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;fillColor=#F58534;strokeColor=#ffffff", r(10.0, 20.0, 78.0, 78.0)).unwrap();
    assert!(
        svg.contains(
            "<path d=\"M10 20 L88 20 L88 98 L10 98 Z\" fill=\"#f58534\" stroke=\"none\"/>"
        ),
        "{svg}"
    );
    // Icon: 80% of the square, 10% in, in the stroke colour.
    assert!(svg.contains("<rect x=\"17.8\" y=\"27.8\" width=\"62.4\" height=\"62.4\" fill=\"#ffffff\" stroke=\"none\"/>"), "{svg}");
    // The icon's library not loaded: a placeholder rather than an empty square.
    assert!(draw_with(
        &Registry::new(),
        "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda",
        r(0.0, 0.0, 10.0, 10.0)
    )
    .is_none());
    // A name the loaded library lacks: the square alone, as draw.io draws it.
    let bare = draw_with(
        &reg,
        "shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.nope;fillColor=#F58534",
        r(0.0, 0.0, 10.0, 10.0),
    )
    .unwrap();
    assert_eq!(bare.matches("<path").count(), 1, "{bare}");
}

#[test]
fn aws4_resource_icon_uses_the_gradient() {
    let reg = registry("aws4", AWS);
    let theme = Theme::light();
    let s = crate::style::Stylesheet::default().resolve("shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda;fillColor=#D05C17;gradientColor=#F78E04;strokeColor=#ffffff", false);
    let paint = Paint::from_style(&s, &theme, Some("fl-g0"));
    let mut out = String::new();
    assert!(draw(
        &mut out,
        &r(0.0, 0.0, 10.0, 10.0),
        &s,
        &paint,
        &theme,
        &reg
    ));
    assert!(out.contains("fill=\"url(#fl-g0)\""), "{out}");
}

#[test]
fn aws4_groups_put_the_icon_in_the_corner() {
    let reg = registry("aws4", AWS);
    let g = draw_with(&reg, "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_vpc;strokeColor=#248814;fillColor=none;dashed=0", r(0.0, 0.0, 200.0, 100.0)).unwrap();
    assert!(
        g.contains("<path d=\"M0 0 L200 0 L200 100 L0 100 Z\" fill=\"none\" stroke=\"#248814\""),
        "{g}"
    );
    assert!(
        g.contains(
            "<rect x=\"0\" y=\"0\" width=\"25\" height=\"25\" fill=\"#248814\" stroke=\"none\"/>"
        ),
        "{g}"
    );
    let c = draw_with(&reg, "shape=mxgraph.aws4.groupCenter;grIcon=mxgraph.aws4.group_vpc;grStroke=0;strokeColor=#248814;fillColor=#eeeeee", r(0.0, 0.0, 200.0, 100.0)).unwrap();
    assert!(c.contains("fill=\"#eeeeee\" stroke=\"none\""), "{c}");
    assert!(
        c.contains("<rect x=\"87.5\" y=\"0\" width=\"25\" height=\"25\""),
        "{c}"
    );
    let g2 = draw_with(&reg, "shape=mxgraph.aws4.group2;grIcon=mxgraph.aws4.group_vpc;strokeColor=#248814;fillColor=none", r(0.0, 0.0, 200.0, 100.0)).unwrap();
    assert!(
        g2.contains("<rect x=\"2.5\" y=\"2.5\" width=\"20\" height=\"20\" fill=\"#ffffff\""),
        "{g2}"
    );
}

const IBM: &str = r#"<shapes name="mxgraph.ibm">
    <shape name="VPCTag" w="10" h="10" aspect="fixed" strokewidth="inherit"><foreground><rect x="0" y="0" w="10" h="10"/><fill/></foreground></shape>
</shapes>"#;

/// mxShapeIBMBox (shapes/mxIBM.js): the box, and the prType's tag stencil, 25 px in the stroke colour.
#[test]
fn ibm_box_draws_its_tag_in_the_corner() {
    let reg = registry("ibm", IBM);
    let b = draw_with(&reg, "shape=mxgraph.ibm.box;prType=vpc;strokeColor=#4376BB;fillColor=none", r(10.0, 20.0, 200.0, 100.0)).unwrap();
    assert!(b.contains("fill=\"none\" stroke=\"#4376bb\""), "{b}");
    assert!(b.contains("<rect x=\"10\" y=\"20\" width=\"25\" height=\"25\" fill=\"#4376bb\" stroke=\"none\"/>"), "{b}");
    // No tag for another prType (draw.io's switch has no default drawing).
    let plain = draw_with(&reg, "shape=mxgraph.ibm.box;prType=other;strokeColor=#4376BB;fillColor=none", r(10.0, 20.0, 200.0, 100.0)).unwrap();
    assert!(!plain.contains("width=\"25\""), "{plain}");
}

#[test]
fn aws4_product_icon() {
    let reg = registry("aws4", AWS);
    let svg = draw_with(&reg, "shape=mxgraph.aws4.productIcon;prIcon=mxgraph.aws4.lambda;fillColor=#F58534;strokeColor=#232F3E", r(0.0, 0.0, 80.0, 100.0)).unwrap();
    assert!(svg.starts_with("<g class=\"fl-shape fl-stencil\"><path d=\"M0 0 L80 0 L80 100 L0 100 Z\" fill=\"#232f3e\""), "{svg}");
    assert!(
        svg.contains("<path d=\"M1 1 L79 1 L79 79 L1 79 Z\" fill=\"#f58534\""),
        "{svg}"
    );
    assert!(
        svg.contains("<rect x=\"13\" y=\"13\" width=\"54\" height=\"54\" fill=\"#232f3e\""),
        "{svg}"
    );
}

#[test]
fn bundled_images_become_data_uris() {
    let mut reg = Registry::new();
    let img = pack::write(
        PackKind::Images,
        &[(
            "a.svg".into(),
            [&[crate::stencil::Mime::Svg as u8][..], b"<svg/>"].concat(),
        )],
    );
    reg.add_pack("img/lib/x", &img).unwrap();
    let s = Style::parse_raw("shape=image;image=img/lib/x/a.svg");
    let got = with_bundled_image(&s, &reg).unwrap();
    assert_eq!(got.get("image"), Some("data:image/svg+xml;base64,PHN2Zy8+"));
    assert!(with_bundled_image(&Style::parse_raw("image=img/lib/x/b.svg"), &reg).is_none());
    assert!(
        with_bundled_image(&Style::parse_raw("image=https://x/img/lib/x/a.svg"), &reg).is_none()
    );
}

#[test]
fn gcp2_hex_icon_draws_outlines_icon_and_badge() {
    let reg = registry(
        "gcp2",
        r#"<shapes name="mxgraph.gcp2">
        <shape name="compute engine" w="10" h="10" strokewidth="inherit"><foreground><rect x="0" y="0" w="10" h="10"/><fill/></foreground></shape>
        <shape name="outline blank 1" w="10" h="10" strokewidth="inherit"><foreground><rect x="0" y="0" w="10" h="10"/><fillstroke/></foreground></shape>
        </shapes>"#,
    );
    let svg = draw_with(&reg, "shape=mxgraph.gcp2.hexIcon;prIcon=compute_engine;prType=replica;instNum=3;fillColor=#3B8DF1;strokeColor=none", r(0.0, 0.0, 100.0, 100.0)).unwrap();
    // Three outline rings stroked 3.8px in the fill colour, the icon, then the badge (two rings, 3.8px).
    assert_eq!(svg.matches("stroke-width=\"3.8\"").count(), 5, "{svg}");
    assert!(
        svg.contains("<rect x=\"17\" y=\"16\" width=\"66\" height=\"68\" fill=\"#3b8df1\""),
        "{svg}"
    );
    assert!(svg.contains(">3</text>"), "{svg}");
}
