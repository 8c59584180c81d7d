//! Which library file holds a stencil or an image, following draw.io's loader.
//!
//! `mxStencilRegistry.getStencil` (js/grapheditor/Graph.js) takes the basename from
//! `getBasenameForStencil`: for `mxgraph.<a>.<b>…<last>` it is `a/b/…` (every part between
//! `mxgraph` and the last). When `mxStencilRegistry.libraries[basename]` exists, every file it lists
//! is loaded; otherwise `stencils/<basename>.xml`, with the first `_-_` replaced by `_`.
//! Packs are named after the XML file (`stencils/cisco/routers.xml` → `cisco/routers`) and after the
//! image folder (`img/lib/clip_art/networking`).

/// The XML files of `mxStencilRegistry.libraries` (js/diagramly/Editor.js, draw.io 14.6.12), without
/// `stencils/` and `.xml`. Entries that only load JavaScript (`c4`, `er`, `mockup/buttons`, …) have
/// no file here; their shapes are drawn by code, not stencils. `names_match_drawio_editor_js` checks
/// this table against Editor.js when the package is at hand.
pub const LIBRARIES: &[(&str, &[&str])] = &[
    ("mockup", &[]),
    ("arrows2", &[]),
    ("atlassian", &["atlassian"]),
    ("bpmn", &["bpmn"]),
    ("bpmn2", &["bpmn"]),
    ("c4", &[]),
    ("cisco19", &["cisco19"]),
    (
        "cisco_safe",
        &[
            "cisco_safe/architecture",
            "cisco_safe/business_icons",
            "cisco_safe/capability",
            "cisco_safe/design",
            "cisco_safe/iot_things_icons",
            "cisco_safe/people_places_things_icons",
            "cisco_safe/security_icons",
            "cisco_safe/technology_icons",
            "cisco_safe/threat",
        ],
    ),
    ("dfd", &[]),
    ("er", &[]),
    ("kubernetes", &["kubernetes"]),
    ("flowchart", &["flowchart"]),
    ("ios", &[]),
    ("rackGeneral", &["rack/general"]),
    ("rackF5", &["rack/f5"]),
    ("lean_mapping", &["lean_mapping"]),
    ("basic", &["basic"]),
    ("ios7icons", &["ios7/icons"]),
    ("ios7ui", &["ios7/misc"]),
    ("android", &["android/android"]),
    ("electrical/abstract", &["electrical/abstract"]),
    ("electrical/logic_gates", &["electrical/logic_gates"]),
    ("electrical/miscellaneous", &["electrical/miscellaneous"]),
    ("electrical/signal_sources", &["electrical/signal_sources"]),
    ("electrical/transmission", &["electrical/transmission"]),
    ("infographic", &[]),
    ("mockup/buttons", &[]),
    ("mockup/containers", &[]),
    ("mockup/forms", &[]),
    ("mockup/graphics", &["mockup/misc"]),
    ("mockup/markup", &[]),
    ("mockup/misc", &["mockup/misc"]),
    ("mockup/navigation", &["mockup/misc"]),
    ("mockup/text", &[]),
    ("floorplan", &["floorplan"]),
    ("bootstrap", &["bootstrap"]),
    ("gmdl", &["gmdl"]),
    ("gcp2", &["gcp2"]),
    ("ibm", &["ibm"]),
    ("cabinets", &["cabinets"]),
    ("archimate", &[]),
    ("archimate3", &[]),
    ("sysml", &[]),
    ("eip", &["eip"]),
    ("networks", &["networks"]),
    ("aws3d", &["aws3d"]),
    ("aws4", &["aws4"]),
    ("aws4b", &["aws4"]),
    ("uml25", &[]),
    ("veeam", &["veeam/2d", "veeam/3d", "veeam/veeam"]),
    ("veeam2", &["veeam/2d", "veeam/3d", "veeam/veeam2"]),
    ("pid2inst", &[]),
    ("pid2misc", &["pid/misc"]),
    ("pid2valves", &[]),
    ("pidFlowSensors", &["pid/flow_sensors"]),
];

/// `mxStencilRegistry.getBasenameForStencil`: `mxgraph.a.b.c` → `a/b`; None when the name does not
/// start with `mxgraph.` (then draw.io loads nothing).
pub fn basename(name: &str) -> Option<String> {
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() < 2 || parts[0] != "mxgraph" {
        return None;
    }
    let mut tmp = parts[1].to_string();
    for p in parts.iter().take(parts.len() - 1).skip(2) {
        tmp.push('/');
        tmp.push_str(p);
    }
    Some(tmp)
}

/// The packs (library files) draw.io would load to find the stencil `name`.
pub fn packs_for_stencil(name: &str) -> Vec<String> {
    let Some(base) = basename(name) else {
        return Vec::new();
    };
    match LIBRARIES.iter().find(|(k, _)| *k == base) {
        Some((_, files)) => files.iter().map(|f| f.to_string()).collect(),
        None => vec![base.replacen("_-_", "_", 1)],
    }
}

/// `img/lib/<dir>/<file>` as written in an `image=` style (relative to draw.io's app folder),
/// normalised; None for anything else.
pub fn bundled_image_path(v: &str) -> Option<&str> {
    let v = v.trim();
    let v = v
        .strip_prefix("./")
        .or_else(|| v.strip_prefix('/'))
        .unwrap_or(v);
    (v.starts_with("img/lib/")
        && v.len() < 512
        && !v.contains("..")
        && !v.contains(['?', '#', '\\']))
    .then_some(v)
}

/// The pack holding a bundled image: its folder for SVGs (small, and they compress well together),
/// the file itself for raster images (already compressed; a folder of them is up to 600 KB while a
/// diagram typically uses a few).
pub fn pack_for_image(path: &str) -> Option<String> {
    let p = bundled_image_path(path)?;
    let (dir, file) = p.rsplit_once('/')?;
    if file.is_empty() {
        return None;
    }
    Some(if file.to_ascii_lowercase().ends_with(".svg") {
        dir.to_string()
    } else {
        p.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basename_is_every_part_between_mxgraph_and_the_last() {
        assert_eq!(basename("mxgraph.aws4.lambda").as_deref(), Some("aws4"));
        assert_eq!(
            basename("mxgraph.cisco.routers.router").as_deref(),
            Some("cisco/routers")
        );
        assert_eq!(
            basename("mxgraph.rack.hpe_aruba.switches.x").as_deref(),
            Some("rack/hpe_aruba/switches")
        );
        assert_eq!(basename("mxgraph.aws4").as_deref(), Some("aws4"));
        assert_eq!(basename("rectangle"), None);
        assert_eq!(basename("mxgraph"), None);
        assert_eq!(basename("foo.aws4.x"), None);
    }

    #[test]
    fn library_table_and_default_rule() {
        // libraries['aws4'] = [mxAWS4.js, aws4.xml]: the JS shapes (resourceIcon) load the XML too.
        assert_eq!(packs_for_stencil("mxgraph.aws4.resourceIcon"), vec!["aws4"]);
        assert_eq!(packs_for_stencil("mxgraph.aws4b.x"), vec!["aws4"]);
        assert_eq!(
            packs_for_stencil("mxgraph.rackGeneral.container"),
            vec!["rack/general"]
        );
        // libraries['cisco_safe'] lists 9 files, for `mxgraph.cisco_safe.<name>` (the JS shapes);
        // `mxgraph.cisco_safe.design.x` has basename `cisco_safe/design` and the default rule.
        assert_eq!(
            packs_for_stencil("mxgraph.cisco_safe.compositeIcon").len(),
            9
        );
        assert_eq!(
            packs_for_stencil("mxgraph.cisco_safe.design.l3_switch"),
            vec!["cisco_safe/design"]
        );
        assert_eq!(
            packs_for_stencil("mxgraph.mockup.containers.anchor"),
            Vec::<String>::new()
        );
        assert_eq!(
            packs_for_stencil("mxgraph.mockup.graphics.simpleIcon"),
            vec!["mockup/misc"]
        );
        // Default: stencils/<basename>.xml with `_-_` → `_`.
        assert_eq!(
            packs_for_stencil("mxgraph.cisco.routers.router"),
            vec!["cisco/routers"]
        );
        assert_eq!(
            packs_for_stencil("mxgraph.pid.pumps_-_din.hydraulic"),
            vec!["pid/pumps_din"]
        );
        assert_eq!(packs_for_stencil("mxgraph.networks.pc"), vec!["networks"]);
    }

    #[test]
    fn image_folders() {
        assert_eq!(
            pack_for_image("img/lib/clip_art/computers/Netbook_128x128.png").as_deref(),
            Some("img/lib/clip_art/computers/Netbook_128x128.png")
        );
        assert_eq!(
            pack_for_image("img/lib/azure2/compute/VM.svg").as_deref(),
            Some("img/lib/azure2/compute")
        );
        assert_eq!(
            pack_for_image("/img/lib/mscae/Cache.svg").as_deref(),
            Some("img/lib/mscae")
        );
        assert_eq!(pack_for_image("img/lib/../../etc/passwd"), None);
        assert_eq!(pack_for_image("https://example.com/img/lib/a.svg"), None);
        assert_eq!(pack_for_image("img/lib/azure2/"), None);
    }
}
