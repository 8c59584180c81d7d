//! The picture for a notification, in the order: the alert's own `imageURL`, else Grafana's
//! `/render/d-solo` for its panel (service-account token), else the native renderer. Plus shrinking
//! a picture under a robot's size limit (WeCom: 2 MB).

use super::alert::{ImageWanted, PanelRef};
use super::config::{GrafanaConfig, RenderConfig};
use super::http::{origin, url_encode, Http};
use super::native::{self, Dashboards, PanelRenderOptions, StencilsFor};
use resvg::tiny_skia::{FilterQuality, Pixmap, PixmapPaint, Transform};
use serde_json::Value;

/// Largest picture the relay downloads.
pub const MAX_IMAGE_BYTES: u64 = 20 << 20;

pub struct Picture {
    pub bytes: Vec<u8>,
    /// `png` or `jpg`.
    pub ext: &'static str,
    pub source: &'static str,
    /// Drawn with the panel's live data (always for Grafana's pictures; native only when queries answered).
    pub live: bool,
}

pub struct Sources<'a> {
    pub http: &'a Http,
    pub grafana: Option<&'a GrafanaConfig>,
    pub dashboards: &'a Dashboards,
    pub render: &'a RenderConfig,
    pub stencils: StencilsFor,
}

fn bearer(g: &GrafanaConfig) -> Option<String> {
    g.token.as_ref().map(|t| format!("Bearer {}", t.expose()))
}

/// PNG or JPEG by magic bytes.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("jpg")
    } else {
        None
    }
}

impl Sources<'_> {
    /// The first source that works, and notes on the ones that did not (for the log and the message).
    pub fn obtain(&self, want: &ImageWanted) -> (Option<Picture>, Vec<String>) {
        let mut notes = Vec::new();
        if let Some(url) = &want.image_url {
            match self.fetch_image_url(url) {
                Ok(p) => return (Some(p), notes),
                Err(e) => notes.push(format!("imageURL: {}", e)),
            }
        }
        let Some(panel) = &want.panel else {
            return (None, notes);
        };
        if let Some(g) = self.grafana {
            match self.grafana_render(g, panel) {
                Ok(p) => return (Some(p), notes),
                Err(e) => notes.push(format!("Grafana /render: {}", e)),
            }
        }
        match self.native(panel) {
            Ok((p, note)) => {
                notes.push(note);
                (Some(p), notes)
            }
            Err(e) => {
                notes.push(format!("native render: {}", e));
                (None, notes)
            }
        }
    }

    fn fetch_image_url(&self, url: &str) -> Result<Picture, String> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err("not an http(s) URL".into());
        }
        // The service-account token goes only to Grafana itself.
        let auth = self.grafana.filter(|g| origin(&g.url) == origin(url)).and_then(bearer);
        let headers: Vec<(&str, &str)> = auth.as_deref().map(|a| vec![("Authorization", a)]).unwrap_or_default();
        let reply = self.http.get(url, &headers, MAX_IMAGE_BYTES)?;
        if reply.status != 200 {
            return Err(format!("HTTP {}", reply.status));
        }
        let ext = sniff(&reply.body).ok_or("the answer is not a PNG or JPEG image")?;
        Ok(Picture { bytes: reply.body, ext, source: "image-url", live: true })
    }

    fn grafana_render(&self, g: &GrafanaConfig, p: &PanelRef) -> Result<Picture, String> {
        let mut url = format!(
            "{}/render/d-solo/{}/{}?orgId={}&panelId={}&from={}&to={}&width={}&height={}&tz=UTC",
            g.url,
            p.uid,
            url_encode(p.slug.as_deref().unwrap_or("_")),
            p.org_id.unwrap_or(1),
            p.panel_id,
            url_encode(p.from.as_deref().unwrap_or("now-1h")),
            url_encode(p.to.as_deref().unwrap_or("now")),
            g.width,
            g.height
        );
        if let Some(theme) = &g.theme {
            url.push_str(&format!("&theme={}", url_encode(theme)));
        }
        let auth = bearer(g);
        let headers: Vec<(&str, &str)> = auth.as_deref().map(|a| vec![("Authorization", a)]).unwrap_or_default();
        let reply = self.http.get(&url, &headers, MAX_IMAGE_BYTES)?;
        if reply.status != 200 {
            return Err(format!("HTTP {} {}", reply.status, reply.text()));
        }
        if sniff(&reply.body) != Some("png") {
            return Err("the answer is not a PNG".into());
        }
        Ok(Picture { bytes: reply.body, ext: "png", source: "grafana-render", live: true })
    }

    /// The dashboard from the folder, else from Grafana's API.
    pub fn dashboard(&self, uid: &str) -> Result<std::sync::Arc<Value>, String> {
        if let Some(d) = self.dashboards.local(uid) {
            return Ok(d);
        }
        let Some(g) = self.grafana else {
            return Err(format!("dashboard {} is not in dashboards_dir and no [grafana] is configured", uid));
        };
        let auth = bearer(g);
        let headers: Vec<(&str, &str)> = auth.as_deref().map(|a| vec![("Authorization", a)]).unwrap_or_default();
        let reply = self.http.get(&format!("{}/api/dashboards/uid/{}", g.url, uid), &headers, 64 << 20)?;
        if reply.status != 200 {
            return Err(format!("Grafana answered HTTP {} for dashboard {}", reply.status, uid));
        }
        let mut v = reply.json().ok_or("Grafana's dashboard answer is not JSON")?;
        Ok(std::sync::Arc::new(v["dashboard"].take()))
    }

    fn native(&self, p: &PanelRef) -> Result<(Picture, String), String> {
        let dash = self.dashboard(&p.uid)?;
        let opts = PanelRenderOptions { width: self.render.width, height: self.render.height, theme: self.render.theme.clone() };
        let grafana = self.grafana.and_then(|g| g.token.as_ref().map(|t| (g.url.as_str(), t.expose())));
        let img = native::render_panel(&dash, p.panel_id, &opts, grafana, self.stencils)?;
        Ok((Picture { bytes: img.png, ext: "png", source: "native", live: img.series > 0 }, img.note))
    }
}

/// The picture unchanged when it fits in `max` bytes; else re-encoded as JPEG, then made smaller
/// step by step until it fits.
pub fn fit_under(bytes: &[u8], max: usize) -> Result<(Vec<u8>, &'static str), String> {
    let ext = sniff(bytes).ok_or("not a PNG or JPEG image")?;
    if bytes.len() <= max {
        return Ok((bytes.to_vec(), ext));
    }
    let src = decode(bytes, ext)?;
    for (scale, quality) in [(1.0, 85), (0.75, 85), (0.5, 80), (0.35, 75), (0.25, 70), (0.15, 60)] {
        let jpeg = crate::raster::pixmap_to_jpeg(&resize(&src, scale)?, quality)?;
        if jpeg.len() <= max {
            return Ok((jpeg, "jpg"));
        }
    }
    Err(format!("cannot bring a {} byte image under {} bytes", bytes.len(), max))
}

/// Decoded and flattened onto white, so the pixels are opaque (premultiplied = straight).
fn decode(bytes: &[u8], ext: &str) -> Result<Pixmap, String> {
    let decoded = if ext == "png" {
        Pixmap::decode_png(bytes).map_err(|e| format!("cannot decode PNG: {}", e))?
    } else {
        use zune_jpeg::zune_core::{bytestream::ZCursor, colorspace::ColorSpace, options::DecoderOptions};
        let opts = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::RGBA);
        let mut dec = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), opts);
        let rgba = dec.decode().map_err(|e| format!("cannot decode JPEG: {:?}", e))?;
        let info = dec.info().ok_or("cannot decode JPEG: no header")?;
        let size = resvg::tiny_skia::IntSize::from_wh(info.width as u32, info.height as u32).ok_or("empty JPEG")?;
        Pixmap::from_vec(rgba, size).ok_or("JPEG size does not match its pixels")?
    };
    let mut out = Pixmap::new(decoded.width(), decoded.height()).ok_or("empty image")?;
    out.fill(resvg::tiny_skia::Color::WHITE);
    out.draw_pixmap(0, 0, decoded.as_ref(), &PixmapPaint::default(), Transform::identity(), None);
    Ok(out)
}

fn resize(src: &Pixmap, scale: f32) -> Result<Pixmap, String> {
    if scale >= 1.0 {
        return Ok(src.clone());
    }
    let w = ((src.width() as f32 * scale).round() as u32).max(1);
    let h = ((src.height() as f32 * scale).round() as u32).max(1);
    let mut out = Pixmap::new(w, h).ok_or("empty image")?;
    out.fill(resvg::tiny_skia::Color::WHITE);
    let paint = PixmapPaint { quality: FilterQuality::Bicubic, ..PixmapPaint::default() };
    out.draw_pixmap(0, 0, src.as_ref(), &paint, Transform::from_scale(w as f32 / src.width() as f32, h as f32 / src.height() as f32), None);
    Ok(out)
}


#[cfg(test)]
mod tests {
    use super::*;

    /// A noisy PNG that compresses badly, like a busy screenshot.
    fn noisy_png(w: u32, h: u32) -> Vec<u8> {
        let mut p = Pixmap::new(w, h).unwrap();
        let mut x: u32 = 12345;
        for px in p.data_mut().chunks_exact_mut(4) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            px.copy_from_slice(&[x as u8, (x >> 8) as u8, (x >> 16) as u8, 255]);
        }
        p.encode_png().unwrap()
    }

    #[test]
    fn small_pictures_pass_unchanged_and_big_ones_shrink_under_the_limit() {
        let small = noisy_png(20, 10);
        assert_eq!(fit_under(&small, 1 << 20).unwrap(), (small.clone(), "png"));
        let big = noisy_png(1200, 700);
        assert!(big.len() > 2_000_000, "{}", big.len());
        let (out, ext) = fit_under(&big, 2 << 20).unwrap();
        assert_eq!(ext, "jpg");
        assert!(out.len() <= 2 << 20 && sniff(&out) == Some("jpg"));
        // Decodes again, and a tight limit forces a smaller size.
        let (tiny, _) = fit_under(&big, 150_000).unwrap();
        let back = decode(&tiny, "jpg").unwrap();
        assert!(back.width() < 1200 && back.width() >= 100, "{}", back.width());
        assert!(fit_under(b"GIF89a", 10).is_err());
    }
}
