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
    // Never touch the file system or network for images: data URIs only.
    opt.resources_dir = None;
    opt
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
