//! Colour keywords that point at other cells (mxCellRenderer.resolveColor): `inherit` takes the
//! parent's value, `swimlane` the nearest swimlane's (the cell itself if it is one), and
//! `fillColor`/`strokeColor` as a value copy the cell's own fill or stroke.

use super::{CellKind, Model};

const KEYS: &[&str] = &[
    "fillColor",
    "strokeColor",
    "fontColor",
    "gradientColor",
    "labelBackgroundColor",
    "labelBorderColor",
];

fn is_swimlane(model: &Model, i: usize) -> bool {
    let c = &model.cells[i];
    c.kind == CellKind::Vertex && matches!(c.style.shape(), "swimlane" | "table")
}

/// Resolve the keywords in place; parents are settled before their children.
pub(super) fn resolve_color_keywords(model: &mut Model) {
    for i in model.draw_order() {
        for key in KEYS {
            let Some(v) = model.cells[i].style.get(key) else {
                continue;
            };
            let resolved: Option<Option<String>> = match v {
                "inherit" => Some(
                    model.cells[i]
                        .parent
                        .and_then(|p| model.cells[p].style.get(key).map(str::to_string)),
                ),
                "swimlane" => {
                    // An edge takes its target's swimlane; a vertex its own or an ancestor's.
                    let start = if model.cells[i].kind == CellKind::Edge {
                        model.cells[i].target.unwrap_or(i)
                    } else {
                        i
                    };
                    let mut lane = Some(start);
                    while let Some(j) = lane {
                        if is_swimlane(model, j) {
                            break;
                        }
                        lane = model.cells[j].parent;
                    }
                    let fallback = if matches!(*key, "strokeColor" | "fontColor") {
                        "#000000"
                    } else {
                        "#ffffff"
                    };
                    Some(Some(
                        lane.and_then(|j| model.cells[j].style.get(key))
                            .filter(|v| *v != "swimlane")
                            .unwrap_or(fallback)
                            .to_string(),
                    ))
                }
                "fillColor" if *key != "fillColor" => {
                    Some(model.cells[i].style.get("fillColor").map(str::to_string))
                }
                "strokeColor" if *key != "strokeColor" => {
                    Some(model.cells[i].style.get("strokeColor").map(str::to_string))
                }
                _ => None,
            };
            match resolved {
                Some(Some(v)) => model.cells[i].style.set(key, &v),
                Some(None) => model.cells[i].style.remove(key),
                None => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{parse_model, Limits, PageContext};
    use crate::style::Stylesheet;

    #[test]
    fn swimlane_and_inherit_take_other_cells_colours() {
        let xml = r##"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
            <mxCell id="lane" style="swimlane;fillColor=#dae8fc;strokeColor=#6c8ebf" vertex="1" parent="1"><mxGeometry width="200" height="200" as="geometry"/></mxCell>
            <mxCell id="card" style="fillColor=swimlane;strokeColor=inherit" vertex="1" parent="lane"><mxGeometry x="10" y="30" width="50" height="30" as="geometry"/></mxCell>
            <mxCell id="own" style="fillColor=#ff0000;strokeColor=fillColor" vertex="1" parent="1"><mxGeometry x="300" width="50" height="30" as="geometry"/></mxCell>
            <mxCell id="lone" style="fillColor=swimlane" vertex="1" parent="1"><mxGeometry x="400" width="50" height="30" as="geometry"/></mxCell>
            </root></mxGraphModel>"##;
        let m = parse_model(
            xml,
            &Stylesheet::default(),
            &PageContext::default(),
            &Limits::default(),
        )
        .unwrap();
        let get = |id: &str, k: &str| {
            m.cells[m.find(id).unwrap()]
                .style
                .get(k)
                .map(str::to_string)
        };
        assert_eq!(get("card", "fillColor").as_deref(), Some("#dae8fc"));
        assert_eq!(get("card", "strokeColor").as_deref(), Some("#6c8ebf"));
        assert_eq!(get("own", "strokeColor").as_deref(), Some("#ff0000"));
        assert_eq!(get("lone", "fillColor").as_deref(), Some("#ffffff"));
    }
}
