//! SVG → PNG for the native CLI (resvg), with the bundled fonts so text comes out the same
//! on every machine, whatever fonts it has installed.

use crate::error::{Error, ErrorKind, Result};
use std::sync::Arc;

/// Largest raster we agree to allocate (pixels per side).
pub const MAX_SIDE: u32 = 16_384;

fn options() -> resvg::usvg::Options<'static> {
    let mut opt = resvg::usvg::Options::default();
    let db = Arc::make_mut(&mut opt.fontdb);
    for (_, _, data) in crate::text::bundled_fonts() {
        db.load_font_data(data.to_vec());
    }
    db.set_sans_serif_family("Liberation Sans");
    db.set_serif_family("Liberation Serif");
    db.set_monospace_family("Liberation Mono");
    opt.font_family = "Liberation Sans".into();
    opt.font_resolver.select_font = select_font();
    // Never touch the file system or network for images: data URIs only.
    opt.resources_dir = None;
    opt
}

/// Labels name the author's fonts the way draw.io writes them, with nothing after `Verdana`
/// (so a browser without Verdana shows the face draw.io's viewer shows there). Natively, a list
/// none of whose names a bundled font answers to is drawn with the bundled face the label
/// layout measured it with (Verdana → DejaVu Sans), not with usvg's serif default.
fn select_font() -> resvg::usvg::FontSelectionFn<'static> {
    use resvg::usvg::{fontdb, FontFamily, FontResolver, FontStyle};
    let default = FontResolver::default_font_selector();
    Box::new(move |font, db| {
        let mut named = font.families().iter().filter_map(|f| match f {
            FontFamily::Named(n) => Some(n.as_str()),
            _ => None,
        });
        let generic = font.families().iter().any(|f| !matches!(f, FontFamily::Named(_)));
        let first = named.clone().next();
        let known = |n: &str| db.faces().any(|f| f.families.iter().any(|(name, _)| name.eq_ignore_ascii_case(n)));
        if let (false, Some(first)) = (generic || named.any(known), first) {
            let face = crate::text::metrics::classify(first).family_name();
            let style = match font.style() {
                FontStyle::Normal => fontdb::Style::Normal,
                FontStyle::Italic => fontdb::Style::Italic,
                FontStyle::Oblique => fontdb::Style::Oblique,
            };
            let query = fontdb::Query { families: &[fontdb::Family::Name(face)], weight: fontdb::Weight(font.weight()), stretch: fontdb::Stretch::Normal, style };
            if let Some(id) = db.query(&query) {
                return Some(id);
            }
        }
        default(font, db)
    })
}

/// Rasterize an SVG document at `scale`, on an optional background colour (`#rrggbb`), as PNG.
pub fn svg_to_png(svg: &str, scale: f32, background: Option<[u8; 3]>) -> Result<Vec<u8>> {
    let pixmap = rasterize(svg, scale, background)?;
    pixmap_to_png(&pixmap).map_err(|e| Error::new(ErrorKind::Io, e))
}

/// PNG with the png crate's fast mode (fdeflate, the Up filter): tiny-skia's own encoder (adaptive
/// filter, default deflate) spent more time compressing than resvg spent drawing, for files about
/// half the size (88 against 160 KB for a 1000×600 alert image, which is posted once).
pub fn pixmap_to_png(p: &resvg::tiny_skia::Pixmap) -> std::result::Result<Vec<u8>, String> {
    let mut rgba = Vec::with_capacity(p.data().len());
    for px in p.pixels() {
        let c = px.demultiply();
        rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, p.width(), p.height());
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Fast);
    enc.set_filter(png::Filter::Up);
    let mut w = enc.write_header().map_err(|e| format!("cannot encode PNG: {}", e))?;
    w.write_image_data(&rgba).map_err(|e| format!("cannot encode PNG: {}", e))?;
    w.finish().map_err(|e| format!("cannot encode PNG: {}", e))?;
    Ok(out)
}

/// The same as JPEG (`quality` 1–100), flattened onto `background` (JPEG has no transparency).
pub fn svg_to_jpeg(svg: &str, scale: f32, background: [u8; 3], quality: u8) -> Result<Vec<u8>> {
    pixmap_to_jpeg(&rasterize(svg, scale, Some(background))?, quality)
        .map_err(|e| Error::new(ErrorKind::Io, e))
}

/// An opaque pixmap as baseline JPEG (alpha is dropped: draw on an opaque background first).
pub fn pixmap_to_jpeg(p: &resvg::tiny_skia::Pixmap, quality: u8) -> std::result::Result<Vec<u8>, String> {
    if p.width() > u16::MAX as u32 || p.height() > u16::MAX as u32 {
        return Err(format!("a {}x{} image is too large for JPEG (65,535 px per side)", p.width(), p.height()));
    }
    let rgb: Vec<u8> = p.data().chunks_exact(4).flat_map(|px| [px[0], px[1], px[2]]).collect();
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, quality.clamp(1, 100))
        .encode(&rgb, p.width() as u16, p.height() as u16, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| format!("cannot encode JPEG: {}", e))?;
    Ok(out)
}

fn rasterize(
    svg: &str,
    scale: f32,
    background: Option<[u8; 3]>,
) -> Result<resvg::tiny_skia::Pixmap> {
    if !(scale.is_finite() && scale > 0.0 && scale <= 16.0) {
        return Err(Error::new(
            ErrorKind::Options,
            format!(
                "scale {} is out of range: use a number between 0 and 16",
                scale
            ),
        ));
    }
    let tree = resvg::usvg::Tree::from_str(svg, &options()).map_err(|e| {
        Error::new(
            ErrorKind::Format,
            format!("cannot read the drawn SVG: {}", e),
        )
    })?;
    let size = tree.size();
    let w = (size.width() * scale).ceil() as u32;
    let h = (size.height() * scale).ceil() as u32;
    // JPEG sides are 16-bit.
    let limit = MAX_SIDE.min(u16::MAX as u32);
    if w == 0 || h == 0 || w > limit || h > limit {
        return Err(Error::new(
            ErrorKind::Limit,
            format!(
                "image would be {}x{} px; the limit is {} px per side (use a smaller --scale)",
                w, h, limit
            ),
        ));
    }
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or_else(|| {
        Error::new(
            ErrorKind::Limit,
            format!("cannot allocate a {}x{} image", w, h),
        )
    })?;
    if let Some([r, g, b]) = background {
        pixmap.fill(resvg::tiny_skia::Color::from_rgba8(r, g, b, 255));
    }
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

#[cfg(test)]
mod tests {
    fn text_png(family: &str) -> Vec<u8> {
        let svg = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"30\"><text x=\"4\" y=\"20\" font-family=\"{family}\" font-size=\"16px\">Wide text</text></svg>");
        super::svg_to_png(&svg, 1.0, Some([255, 255, 255])).unwrap()
    }

    #[test]
    fn a_family_without_a_bundled_font_is_drawn_with_the_face_it_was_measured_with() {
        // Labels write `Verdana` alone (as draw.io does); natively that is DejaVu Sans, as measured.
        let verdana = text_png("Verdana");
        assert_eq!(verdana, text_png("&apos;DejaVu Sans&apos;"));
        assert_ne!(verdana, text_png("serif"));
        // An unknown name is measured as serif, and drawn so.
        assert_eq!(text_png("Georgia"), text_png("&apos;Liberation Serif&apos;"));
        // A listed bundled font still wins.
        assert_eq!(text_png("Verdana,&apos;Liberation Mono&apos;"), text_png("&apos;Liberation Mono&apos;"));
    }
}
