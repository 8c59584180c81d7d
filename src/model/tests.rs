//! Model parser facts from ../shared/notes/drawio-format.md §2–§4, and every bad-input case.

use super::*;
use crate::error::ErrorKind;
use crate::style::Stylesheet;
use std::time::Instant;

fn model_of(cells: &str) -> String {
    format!("<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>{}</root></mxGraphModel>", cells)
}

fn parse_with(xml: &str, ctx: &PageContext, limits: &Limits) -> crate::Result<Model> {
    parse_model(xml, &Stylesheet::default(), ctx, limits)
}

fn parse(xml: &str) -> Model {
    parse_with(xml, &PageContext::default(), &Limits::default())
        .unwrap_or_else(|e| panic!("{}", e.message))
}

fn parse_err(xml: &str) -> crate::Error {
    match parse_with(xml, &PageContext::default(), &Limits::default()) {
        Ok(_) => panic!("expected an error"),
        Err(e) => {
            assert!(!e.message.contains('\n'), "one line: {}", e.message);
            e
        }
    }
}

fn cell<'m>(m: &'m Model, id: &str) -> &'m Cell {
    m.cells
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no cell {}", id))
}

fn index(m: &Model, id: &str) -> usize {
    m.find(id).unwrap_or_else(|| panic!("no cell {}", id))
}

fn ids(m: &Model, list: &[usize]) -> Vec<String> {
    list.iter().map(|&i| m.cells[i].id.clone()).collect()
}

// ---- structure ----

#[test]
fn kinds_tree_and_model_attributes() {
    let xml = "<mxGraphModel dx=\"1\" grid=\"1\" background=\"#FFEEDD\" shadow=\"1\" future=\"x\"><root>\
<mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\
<mxCell id=\"v\" value=\"A\" vertex=\"1\" parent=\"1\"><mxGeometry width=\"10\" height=\"10\" as=\"geometry\"/></mxCell>\
<mxCell id=\"e\" edge=\"1\" source=\"v\" target=\"w\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\
<mxCell id=\"w\" vertex=\"1\" parent=\"1\" connectable=\"0\"/>\
<mxCell id=\"o\" parent=\"1\"/>\
<mxCell id=\"L2\" parent=\"0\" visible=\"0\"/></root></mxGraphModel>";
    let m = parse(xml);
    assert_eq!(m.background.as_deref(), Some("#FFEEDD"));
    assert!(m.shadow);
    assert_eq!(m.cells[m.root].id, "0");
    let kinds: Vec<(&str, CellKind)> = m.cells.iter().map(|c| (c.id.as_str(), c.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("0", CellKind::Root),
            ("1", CellKind::Layer),
            ("v", CellKind::Vertex),
            ("e", CellKind::Edge),
            ("w", CellKind::Vertex),
            ("o", CellKind::Other),
            ("L2", CellKind::Layer)
        ]
    );
    assert_eq!(
        ids(&m, &m.cells[index(&m, "1")].children),
        ["v", "e", "w", "o"]
    );
    assert_eq!(ids(&m, &m.cells[m.root].children), ["1", "L2"]);
    let e = cell(&m, "e");
    assert_eq!(
        (e.source, e.target),
        (Some(index(&m, "v")), Some(index(&m, "w")))
    );
    assert!(!cell(&m, "w").connectable && cell(&m, "v").connectable);
    assert!(!cell(&m, "L2").visible);
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

#[test]
fn forward_references_resolve() {
    let m = parse(&model_of(
        "<mxCell id=\"e\" edge=\"1\" source=\"a\" target=\"b\" parent=\"g\"/>\
<mxCell id=\"a\" vertex=\"1\" parent=\"g\"/><mxCell id=\"g\" vertex=\"1\" parent=\"1\"/><mxCell id=\"b\" vertex=\"1\" parent=\"g\"/>",
    ));
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    assert_eq!(ids(&m, &m.cells[index(&m, "g")].children), ["e", "a", "b"]);
    assert_eq!(cell(&m, "e").source, Some(index(&m, "a")));
    assert_eq!(ids(&m, &m.draw_order()), ["0", "1", "g", "e", "a", "b"]);
}

#[test]
fn values_are_entity_decoded_once() {
    let m = parse(&model_of(
        "<mxCell id=\"a\" value=\"line1&#xa;line2\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"b\" value=\"&lt;b&gt;bold&lt;/b&gt; &amp;amp; é&#20013;\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"c\" value=\"raw\nnewline\" vertex=\"1\" parent=\"1\"/>",
    ));
    assert_eq!(cell(&m, "a").value, "line1\nline2");
    assert_eq!(cell(&m, "b").value, "<b>bold</b> &amp; é中");
    assert_eq!(cell(&m, "b").label, cell(&m, "b").value);
    // A literal newline in an attribute is a space to any XML parser (draw.io writes &#xa;).
    assert_eq!(cell(&m, "c").value, "raw newline");
}

#[test]
fn object_and_user_object_wrappers() {
    let m = parse(&model_of(
        "<object id=\"s1\" label=\"Server &amp; co\" tooltip=\"tip\" metric=\"cpu\" link=\"https://x\">\
  <mxCell style=\"rounded=1;\" vertex=\"1\" parent=\"1\" id=\"ignored\" value=\"ignored too\">\
    <mxGeometry x=\"5\" y=\"6\" width=\"7\" height=\"8\" as=\"geometry\"/></mxCell></object>\
<UserObject label=\"\" id=\"u\" tags=\"a b\"><mxCell edge=\"1\" parent=\"1\" source=\"s1\"/></UserObject>",
    ));
    let s = cell(&m, "s1");
    assert_eq!(s.kind, CellKind::Vertex);
    assert_eq!(s.value, "Server & co");
    assert_eq!(
        s.attrs,
        [
            ("tooltip".to_string(), "tip".to_string()),
            ("metric".into(), "cpu".into()),
            ("link".into(), "https://x".into())
        ]
    );
    assert_eq!(s.attr("metric"), Some("cpu"));
    assert_eq!(s.style.get("rounded"), Some("1"));
    assert_eq!(
        (
            s.geometry.x,
            s.geometry.y,
            s.geometry.width,
            s.geometry.height
        ),
        (5.0, 6.0, 7.0, 8.0)
    );
    let u = cell(&m, "u");
    assert_eq!((u.kind, u.source), (CellKind::Edge, Some(index(&m, "s1"))));
    assert_eq!(u.attr("tags"), Some("a b"));
    assert!(m.find("ignored").is_none());
}

#[test]
fn wrapper_without_mx_cell_is_skipped_with_a_warning() {
    let m = parse(&model_of(
        "<object id=\"lonely\" label=\"x\"/><object id=\"lonely2\"><foo/></object>",
    ));
    assert!(m.find("lonely").is_none() && m.find("lonely2").is_none());
    assert_eq!(
        m.warnings[0],
        "<object> \"lonely\" has no <mxCell> inside; skipped"
    );
    assert_eq!(m.warnings.len(), 2);
}

#[test]
fn layer_visibility_and_collapsed_groups() {
    let m = parse(
        "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/><mxCell id=\"hidden\" parent=\"0\" visible=\"0\"/>\
<mxCell id=\"a\" vertex=\"1\" parent=\"hidden\"/>\
<mxCell id=\"g\" vertex=\"1\" collapsed=\"1\" parent=\"1\"><mxGeometry width=\"100\" height=\"50\" as=\"geometry\">\
<mxRectangle width=\"20\" height=\"10\" as=\"alternateBounds\"/></mxGeometry></mxCell>\
<mxCell id=\"b\" vertex=\"1\" parent=\"g\"/></root></mxGraphModel>",
    );
    assert!(!m.is_shown(index(&m, "a")));
    assert!(m.is_shown(index(&m, "g")));
    let g = cell(&m, "g");
    assert!(g.collapsed);
    assert_eq!(
        (g.geometry.width, g.geometry.height),
        (100.0, 50.0),
        "alternateBounds is ignored"
    );
    assert!(m.inside_collapsed(index(&m, "b")));
    assert!(!m.inside_collapsed(index(&m, "g")));
}

#[test]
fn cells_without_id_get_unique_ones() {
    let m = parse(&model_of("<mxCell vertex=\"1\" parent=\"1\"/><mxCell id=\"_auto1\" vertex=\"1\" parent=\"1\"/><mxCell vertex=\"1\" parent=\"1\"/>"));
    let mut all: Vec<&str> = m.cells.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(all.len(), 5);
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 5, "{:?}", all);
}

// ---- geometry ----

#[test]
fn geometry_as_written() {
    let m = parse(&model_of(
        "<mxCell id=\"v\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"-10.5\" y=\"2e1\" as=\"geometry\"><mxPoint x=\"3\" y=\"4\" as=\"offset\"/></mxGeometry></mxCell>\
<mxCell id=\"e\" edge=\"1\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\">\
<mxPoint x=\"1\" y=\"2\" as=\"sourcePoint\"/><mxPoint y=\"6\" as=\"targetPoint\"/>\
<Array as=\"points\"><mxPoint x=\"10\" y=\"20\"/><mxPoint x=\"30\"/><!-- c --></Array></mxGeometry></mxCell>\
<mxCell id=\"lbl\" value=\"x\" style=\"edgeLabel;html=1;\" vertex=\"1\" connectable=\"0\" parent=\"e\">\
<mxGeometry x=\"-0.5\" y=\"10\" relative=\"1\" as=\"geometry\"><mxPoint x=\"7\" y=\"-8\" as=\"offset\"/></mxGeometry></mxCell>\
<mxCell id=\"bare\" vertex=\"1\" parent=\"1\"/>",
    ));
    let v = &cell(&m, "v").geometry;
    assert_eq!(
        (v.x, v.y, v.width, v.height, v.relative),
        (-10.5, 20.0, 0.0, 0.0, false)
    );
    assert_eq!(v.offset, Some(Point::new(3.0, 4.0)));
    let e = &cell(&m, "e").geometry;
    assert!(e.relative);
    assert_eq!(e.source_point, Some(Point::new(1.0, 2.0)));
    assert_eq!(e.target_point, Some(Point::new(0.0, 6.0)));
    assert_eq!(e.points, [Point::new(10.0, 20.0), Point::new(30.0, 0.0)]);
    let l = &cell(&m, "lbl").geometry;
    assert_eq!(
        (l.x, l.y, l.relative, l.offset),
        (-0.5, 10.0, true, Some(Point::new(7.0, -8.0)))
    );
    assert_eq!(cell(&m, "lbl").parent, Some(index(&m, "e")));
    assert_eq!(cell(&m, "bare").geometry, Geometry::default());
}

#[test]
fn non_finite_numbers_read_as_zero_with_a_warning() {
    let m = parse(&model_of(
        "<mxCell id=\"v\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"NaN\" y=\"abc\" width=\"Infinity\" height=\"12px\" as=\"geometry\"/></mxCell>",
    ));
    let v = cell(&m, "v");
    assert_eq!(
        (
            v.geometry.x,
            v.geometry.y,
            v.geometry.width,
            v.geometry.height
        ),
        (0.0, 0.0, 0.0, 12.0)
    );
    assert!(v.visible);
    assert_eq!(m.warnings.len(), 3, "{:?}", m.warnings);
    assert_eq!(
        m.warnings[0],
        "cell \"v\": geometry x=\"NaN\" is not a finite number; read as 0"
    );
}

#[test]
fn huge_geometry_hides_the_cell_and_never_reaches_layout() {
    let m = parse(&model_of(
        "<mxCell id=\"v\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"1e300\" width=\"10\" as=\"geometry\"/></mxCell>\
<mxCell id=\"e\" edge=\"1\" parent=\"1\"><mxGeometry as=\"geometry\"><Array as=\"points\"><mxPoint x=\"1\"/><mxPoint x=\"-2e7\"/></Array>\
<mxPoint x=\"5e8\" as=\"targetPoint\"/></mxGeometry></mxCell>",
    ));
    let v = cell(&m, "v");
    assert!(!v.visible && !m.is_shown(index(&m, "v")));
    assert_eq!((v.geometry.x, v.geometry.width), (0.0, 10.0));
    let e = cell(&m, "e");
    assert!(e.visible, "a bad point drops the point, not the edge");
    assert_eq!(e.geometry.points, [Point::new(1.0, 0.0)]);
    assert_eq!(e.geometry.target_point, None);
    assert_eq!(
        m.warnings[0],
        "cell \"v\": geometry x=\"1e300\" is beyond ±1e7; the cell is not drawn"
    );
    assert_eq!(
        m.warnings[1],
        "cell \"e\": points x=\"-2e7\" is beyond ±1e7; the point is ignored"
    );
    assert_eq!(m.warnings.len(), 3, "{:?}", m.warnings);
}

// ---- styles ----

#[test]
fn styles_resolve_against_the_stylesheet() {
    let m = parse(&model_of(
        "<mxCell id=\"ell\" style=\"ellipse;whiteSpace=wrap;fillColor=#f00;\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"nofill\" style=\"fillColor=none;html=1\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"nobase\" style=\";fillColor=#0f0\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"plain\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"cloud\" style=\"cloud;\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"txt\" style=\"text;html=1\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"edge\" style=\"edgeStyle=orthogonalEdgeStyle;rounded=0;\" edge=\"1\" parent=\"1\"/>",
    ));
    let s = |id: &str| &cell(&m, id).style;
    assert_eq!(
        (s("ell").get("shape"), s("ell").get("perimeter")),
        (Some("ellipse"), Some("ellipsePerimeter"))
    );
    assert_eq!(s("ell").get("fillColor"), Some("#f00"));
    assert_eq!(s("ell").get("whiteSpace"), Some("wrap"));
    assert!(!s("nofill").has("fillColor"), "none deletes the key");
    assert!(cell(&m, "nofill").is_html());
    assert_eq!(
        s("nobase").get("shape"),
        None,
        "leading ';' drops the default vertex style"
    );
    assert_eq!(s("nobase").get("fillColor"), Some("#0f0"));
    assert_eq!(s("plain").get("fillColor"), Some("default"));
    assert_eq!(s("plain").get("strokeColor"), Some("default"));
    assert_eq!(s("plain").get("shape"), Some("label"));
    assert_eq!(
        s("cloud").get("shape"),
        Some("label"),
        "cloud is not a named style"
    );
    // Named styles copy `none` as a value (only `key=none` tokens delete); it paints nothing.
    assert_eq!(
        (s("txt").get("fillColor"), s("txt").get("align")),
        (Some("none"), Some("left"))
    );
    assert_eq!(
        s("txt").color("fillColor", &crate::style::Theme::light()),
        None
    );
    assert_eq!(s("edge").get("endArrow"), Some("classic"));
    assert_eq!(s("edge").get("rounded"), Some("0"));
    assert_eq!(s("edge").get("shape"), Some("connector"));
    assert_eq!(
        cell(&m, "edge").style_text,
        "edgeStyle=orthogonalEdgeStyle;rounded=0;"
    );
}

#[test]
fn image_data_uris_get_their_base64_marker_back() {
    let m = parse(&model_of(
        "<mxCell id=\"png\" style=\"shape=image;image=data:image/png,iVBORw0KGgo=;aspect=fixed\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"svg64\" style=\"shape=image;image=data:image/svg+xml,PHN2Zz4=\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"svgesc\" style=\"shape=image;image=data:image/svg+xml,%3Csvg%3E\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"svgraw\" style=\"shape=image;image=data:image/svg+xml,&lt;svg a='1'&gt;&lt;/svg&gt;\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"marked\" style=\"shape=image;image=data:image/png;base64,AAAA;fillColor=#123456\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"url\" style=\"shape=image;image=img/lib/a.svg\" vertex=\"1\" parent=\"1\"/>",
    ));
    let img = |id: &str| cell(&m, id).style.get("image").unwrap_or("").to_string();
    assert_eq!(img("png"), "data:image/png;base64,iVBORw0KGgo=");
    assert_eq!(cell(&m, "png").style.get("aspect"), Some("fixed"));
    assert_eq!(img("svg64"), "data:image/svg+xml;base64,PHN2Zz4=");
    assert_eq!(img("svgesc"), "data:image/svg+xml,%3Csvg%3E");
    assert_eq!(
        img("svgraw"),
        "data:image/svg+xml,%3Csvg%20a%3D'1'%3E%3C%2Fsvg%3E"
    );
    assert_eq!(img("marked"), "data:image/png;base64,AAAA");
    assert_eq!(cell(&m, "marked").style.get("fillColor"), Some("#123456"));
    assert_eq!(img("url"), "img/lib/a.svg");
}

// ---- placeholders ----

#[test]
fn placeholders_substitute_from_cell_ancestors_and_page() {
    let xml = "<mxGraphModel><root><object id=\"0\" label=\"\" owner=\"root-owner\" env=\"prod\"><mxCell/></object>\
<object id=\"1\" label=\"\" env=\"layer-env\"><mxCell parent=\"0\"/></object>\
<object id=\"g\" label=\"\" team=\"core\"><mxCell vertex=\"1\" parent=\"1\"/></object>\
<object id=\"c\" placeholders=\"1\" name=\"api\" label=\"%name%/%team%/%env%/%owner% %id% %width%x%height% %page% %pagenumber%/%pagecount% %nope% %%name% %label% %tooltip% 50%\">\
<mxCell vertex=\"1\" parent=\"g\"><mxGeometry width=\"120\" height=\"40.5\" as=\"geometry\"/></mxCell></object>\
<object id=\"off\" name=\"api\" label=\"%name%\"><mxCell vertex=\"1\" parent=\"g\"/></object>\
</root></mxGraphModel>";
    let ctx = PageContext {
        page_name: "Overview".into(),
        page_number: 2,
        page_count: 3,
    };
    let m = parse_with(xml, &ctx, &Limits::default()).unwrap();
    let c = cell(&m, "c");
    assert_eq!(
        c.label,
        "api/core/layer-env/root-owner c 120x40.5 Overview 2/3 %nope% %name% %label% %tooltip% 50%"
    );
    assert!(
        c.value.starts_with("%name%/%team%"),
        "value keeps the raw text"
    );
    assert_eq!(
        cell(&m, "off").label,
        "%name%",
        "no placeholders=\"1\", no substitution"
    );
}

#[test]
fn placeholder_edge_cases_follow_draw_io_pattern() {
    let m = parse(&model_of(
        "<object id=\"a\" placeholders=\"1\" k=\"V\" label=\"%k%%k% %%% %k %a b% %date{yyyy}% %\"><mxCell vertex=\"1\" parent=\"1\"/></object>",
    ));
    // `%k%%k%`: the second `%k%` directly follows a replaced one, so it is replaced too.
    assert_eq!(cell(&m, "a").label, "VV %%% %k %a b% %date{yyyy}% %");
}

// ---- bad input: errors ----

#[test]
fn too_many_cells_fails_fast() {
    let mut xml =
        String::from("<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>");
    for i in 0..200_000 {
        xml.push_str(&format!("<mxCell id=\"c{}\" vertex=\"1\" parent=\"1\"><mxGeometry width=\"1\" height=\"1\" as=\"geometry\"/></mxCell>", i));
    }
    xml.push_str("</root></mxGraphModel>");
    let start = Instant::now();
    let e = parse_err(&xml);
    assert_eq!(e.kind, ErrorKind::Limit);
    assert_eq!(
        e.message,
        "the diagram has more than 100000 cells, the limit"
    );
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());

    let small = Limits {
        max_cells: 3,
        ..Limits::default()
    };
    let e = parse_with(
        &model_of("<mxCell id=\"a\" parent=\"1\"/><mxCell id=\"b\" parent=\"1\"/>"),
        &PageContext::default(),
        &small,
    )
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Limit);
    assert!(e.message.contains("more than 3 cells"), "{}", e.message);
}

#[test]
fn too_many_points_is_a_limit_error() {
    let points: String = (0..11).map(|i| format!("<mxPoint x=\"{}\"/>", i)).collect();
    let xml = model_of(&format!("<mxCell id=\"e\" edge=\"1\" parent=\"1\"><mxGeometry as=\"geometry\"><Array as=\"points\">{}</Array></mxGeometry></mxCell>", points));
    let limits = Limits {
        max_points: 10,
        ..Limits::default()
    };
    let e = parse_with(&xml, &PageContext::default(), &limits).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Limit);
    assert!(
        e.message.contains("more than 10 edge points"),
        "{}",
        e.message
    );
}

#[test]
fn models_without_a_root() {
    let e = parse_err("<mxGraphModel dx=\"1\"/>");
    assert_eq!(e.kind, ErrorKind::Structure);
    assert!(e.message.contains("no <root> element"), "{}", e.message);
    let e = parse_err("<mxGraphModel><root></root></mxGraphModel>");
    assert_eq!(e.kind, ErrorKind::Structure);
    assert!(e.message.contains("no cells"), "{}", e.message);
    let e = parse_err("<mxGraphModel><root><mxCell id=\"a\" parent=\"b\"/><mxCell id=\"b\" parent=\"a\"/></root></mxGraphModel>");
    assert_eq!(e.kind, ErrorKind::Structure);
    assert_eq!(
        e.message,
        "the model has no root cell: every cell names a parent"
    );
}

#[test]
fn wrong_document_and_malformed_xml() {
    let e = parse_err("<?xml version=\"1.0\"?><mxfile/>");
    assert_eq!(e.kind, ErrorKind::Format);
    assert_eq!(e.message, "expected <mxGraphModel>, found <mxfile>");
    let e = parse_err("<mxGraphModel><root>\n<mxCell id=\"0\">\n<mxCell id=\"1\" parent=\"0\"/></root></mxGraphModel>");
    assert_eq!(e.kind, ErrorKind::Xml);
    assert!(
        e.message.starts_with("malformed XML at line 3"),
        "{}",
        e.message
    );
    let e = parse_err("<mxGraphModel><root><mxCell id=\"0\"/>");
    assert_eq!(e.kind, ErrorKind::Xml);
    assert!(e.message.contains("ends before </root>"), "{}", e.message);
    let e =
        parse_err("<mxGraphModel><root><mxCell id=\"0\" value=\"unclosed/></root></mxGraphModel>");
    assert_eq!(e.kind, ErrorKind::Xml);
}

// ---- bad input: warnings ----

#[test]
fn missing_parent_drops_the_cell_and_its_children() {
    let m = parse(&model_of("<mxCell id=\"7\" vertex=\"1\" parent=\"42\"/><mxCell id=\"8\" vertex=\"1\" parent=\"7\"/><mxCell id=\"9\" vertex=\"1\" parent=\"1\"/>"));
    assert!(m.find("7").is_none() && m.find("8").is_none());
    assert!(m.find("9").is_some());
    assert_eq!(
        m.warnings,
        [
            "cell \"7\" refers to parent \"42\", which does not exist; dropped",
            "1 cell(s) inside dropped cells were dropped with them"
        ]
    );
    assert!(m
        .cells
        .iter()
        .all(|c| c.parent.is_none_or(|p| p < m.cells.len())));
}

#[test]
fn parent_cycles_are_named_and_dropped() {
    let m = parse(&model_of(
        "<mxCell id=\"a\" vertex=\"1\" parent=\"c\"/><mxCell id=\"b\" vertex=\"1\" parent=\"a\"/><mxCell id=\"c\" vertex=\"1\" parent=\"b\"/>\
<mxCell id=\"d\" vertex=\"1\" parent=\"a\"/><mxCell id=\"self\" vertex=\"1\" parent=\"self\"/><mxCell id=\"ok\" vertex=\"1\" parent=\"1\"/>",
    ));
    assert_eq!(
        ids(&m, &(0..m.cells.len()).collect::<Vec<_>>()),
        ["0", "1", "ok"]
    );
    assert_eq!(m.warnings.len(), 3, "{:?}", m.warnings);
    assert!(
        m.warnings[0].starts_with("cells \"a\" → \"c\" → \"b\" → \"a\" form a parent cycle"),
        "{:?}",
        m.warnings
    );
    assert_eq!(
        m.warnings[1],
        "cells \"self\" → \"self\" form a parent cycle; dropped"
    );
    assert_eq!(
        m.warnings[2],
        "1 cell(s) inside dropped cells were dropped with them"
    );
}

#[test]
fn duplicate_ids_later_definition_wins() {
    let m = parse(&model_of(
        "<mxCell id=\"x\" value=\"first\" vertex=\"1\" parent=\"1\"/><mxCell id=\"y\" vertex=\"1\" parent=\"1\"/>\
<mxCell id=\"x\" value=\"second\" vertex=\"1\" parent=\"1\"/><mxCell id=\"e\" edge=\"1\" source=\"x\" parent=\"1\"/>",
    ));
    assert_eq!(m.cells.iter().filter(|c| c.id == "x").count(), 1);
    assert_eq!(cell(&m, "x").value, "second");
    assert_eq!(ids(&m, &m.cells[index(&m, "1")].children), ["y", "x", "e"]);
    assert_eq!(cell(&m, "e").source, Some(index(&m, "x")));
    assert_eq!(
        m.warnings,
        ["duplicate cell id \"x\": the later definition replaces the earlier one"]
    );
}

#[test]
fn dangling_edge_ends_and_extra_parentless_cells() {
    let m = parse(&model_of("<mxCell id=\"e\" edge=\"1\" source=\"gone\" target=\"1\" parent=\"1\"/><mxCell id=\"stray\" vertex=\"1\"/>"));
    let e = cell(&m, "e");
    assert_eq!(e.source, None);
    assert_eq!(e.target, Some(index(&m, "1")));
    assert_eq!(
        m.warnings,
        [
            "cell \"stray\" has no parent; dropped (the root is \"0\")",
            "edge \"e\" refers to source \"gone\", which does not exist; the end is left dangling"
        ]
    );
}

#[test]
fn root_without_id_zero_is_the_last_parentless_cell() {
    let m = parse("<mxGraphModel><root><mxCell id=\"r\"/><mxCell id=\"L\" parent=\"r\"/><mxCell id=\"v\" vertex=\"1\" parent=\"L\"/></root></mxGraphModel>");
    assert_eq!(
        (m.cells[m.root].id.as_str(), m.cells[m.root].kind),
        ("r", CellKind::Root)
    );
    assert_eq!(cell(&m, "L").kind, CellKind::Layer);
}

#[test]
fn warnings_are_capped() {
    let edges: String = (0..1000)
        .map(|i| {
            format!(
                "<mxCell id=\"e{}\" edge=\"1\" source=\"nope\" parent=\"1\"/>",
                i
            )
        })
        .collect();
    let m = parse(&model_of(&edges));
    assert_eq!(m.cells.len(), 1002);
    assert_eq!(m.warnings.len(), 201);
    assert_eq!(m.warnings[200], "… and 800 more warnings");
}

// ---- depth ----

#[test]
fn deep_parent_chains_do_not_overflow_the_stack() {
    let depth = 50_000;
    let mut cells = String::new();
    for i in 0..depth {
        let parent = if i == 0 {
            "1".to_string()
        } else {
            format!("g{}", i - 1)
        };
        cells.push_str(&format!("<object id=\"g{}\" label=\"%v%\" placeholders=\"1\"><mxCell vertex=\"1\" parent=\"{}\"/></object>", i, parent));
    }
    let m = parse(&model_of(&cells));
    assert_eq!(m.cells.len(), depth + 2);
    assert_eq!(m.draw_order().len(), depth + 2);
    let deepest = index(&m, &format!("g{}", depth - 1));
    assert!(m.is_shown(deepest) && !m.inside_collapsed(deepest));
    assert_eq!(m.cells[deepest].label, "%v%");
}

#[test]
fn deep_xml_nesting_inside_a_cell_is_skipped_iteratively() {
    let depth = 200_000;
    let junk = format!("{}{}", "<a>".repeat(depth), "</a>".repeat(depth));
    let m = parse(&model_of(&format!(
        "<mxCell id=\"v\" vertex=\"1\" parent=\"1\">{}</mxCell>",
        junk
    )));
    assert!(m.find("v").is_some());
}

#[test]
fn placeholder_work_is_bounded() {
    // One wrapper with 20,000 attributes and a label of 20,000 unknown placeholders:
    // 4e8 comparisons unbounded; the budget stops it.
    let attrs: String = (0..20_000).map(|i| format!(" a{}=\"v\"", i)).collect();
    let label = "%zz%".repeat(20_000);
    let xml = model_of(&format!("<object id=\"w\" placeholders=\"1\" label=\"{}\"{}><mxCell vertex=\"1\" parent=\"1\"/></object>", label, attrs));
    let start = Instant::now();
    let m = parse(&xml);
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    assert_eq!(cell(&m, "w").label, label);
    assert_eq!(
        m.warnings,
        ["placeholder substitution stopped early: too many placeholders and attributes"]
    );
}
