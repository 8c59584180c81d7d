//! Label text: the safe HTML subset, font metrics and line layout.
//!
//! Widths come from tables generated from the bundled fonts (`assets/fonts/`, see
//! [`metrics`] for the family mapping), so the browser (wasm) and the native CLI measure alike.

pub mod entities;
pub mod html;
pub mod layout;
pub mod metrics;
mod metrics_data;

pub use metrics::{classify, Bundled};

/// Font of a run of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Font {
    /// CSS/draw.io family list, e.g. `Helvetica` or `Verdana,sans-serif`.
    pub family: String,
    /// Size in px.
    pub size: f64,
    pub bold: bool,
    pub italic: bool,
}

/// Advance width of `s` in px, with pair kerning as browsers and resvg apply it (no wrapping;
/// `\n` counts as nothing).
pub fn text_width(s: &str, font: &Font) -> f64 {
    let f = metrics::face(classify(&font.family), font.bold, font.italic);
    let mut em = 0.0;
    let mut prev: Option<char> = None;
    for c in s.chars().filter(|c| *c != '\n') {
        em += metrics::advance_em(f, c);
        if let Some(p) = prev {
            em += metrics::kern_em(f, p, c);
        }
        prev = Some(c);
    }
    em * font.size
}

/// Ascent and descent (px, both positive) of a font, from the bundled font's hhea metrics.
pub fn font_extent(font: &Font) -> (f64, f64) {
    let f = metrics::face(classify(&font.family), font.bold, font.italic);
    (f.ascent_em() * font.size, f.descent_em() * font.size)
}

/// The bundled font files (family, file name, bytes) for the native renderer's font database.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_fonts() -> &'static [(&'static str, &'static str, &'static [u8])] {
    macro_rules! font {
        ($fam:expr, $file:literal) => {
            (
                $fam,
                $file,
                include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/", $file))
                    as &[u8],
            )
        };
    }
    static FONTS: &[(&str, &str, &[u8])] = &[
        font!("Liberation Sans", "LiberationSans-Regular.ttf"),
        font!("Liberation Sans", "LiberationSans-Bold.ttf"),
        font!("Liberation Sans", "LiberationSans-Italic.ttf"),
        font!("Liberation Sans", "LiberationSans-BoldItalic.ttf"),
        font!("Liberation Serif", "LiberationSerif-Regular.ttf"),
        font!("Liberation Serif", "LiberationSerif-Bold.ttf"),
        font!("Liberation Serif", "LiberationSerif-Italic.ttf"),
        font!("Liberation Serif", "LiberationSerif-BoldItalic.ttf"),
        font!("Liberation Mono", "LiberationMono-Regular.ttf"),
        font!("Liberation Mono", "LiberationMono-Bold.ttf"),
        font!("DejaVu Sans", "DejaVuSans.ttf"),
        font!("DejaVu Sans", "DejaVuSans-Bold.ttf"),
    ];
    FONTS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn font(family: &str, size: f64, bold: bool, italic: bool) -> Font {
        Font {
            family: family.into(),
            size,
            bold,
            italic,
        }
    }

    #[test]
    fn widths_match_the_ttf() {
        // Liberation Sans (Arial metrics), units per em 2048:
        // H 1479, e 1139, l 455, o 1139, space 569, W 1933, r 682, d 1139.
        let units = 1479 + 1139 + 455 + 455 + 1139 + 569 + 1933 + 1139 + 682 + 455 + 1139 - 37;
        let expect = units as f64 / 2048.0 * 12.0;
        let got = text_width("Hello World", &font("Helvetica", 12.0, false, false));
        assert!((got - expect).abs() < 0.01, "{got} vs {expect}");
        // Chromium lays "Hello World" out 61.8125px wide (getBBox): 62.0156 less the "Wo" kern.
        assert!((got - 61.8125).abs() < 0.02, "{got}");
        // Bold is wider; italic has nearly the regular advances (its kerning differs).
        let b = text_width("Hello World", &font("Arial", 12.0, true, false));
        assert!(b > got + 3.0);
        let i = text_width("Hello World", &font("Arial", 12.0, false, true));
        assert!((i - got).abs() < 0.5 && i != got);
        // Courier New: 1229/2048 em per character.
        let m = text_width("abc", &font("Courier New", 10.0, false, false));
        assert!((m - 3.0 * 1229.0 / 2048.0 * 10.0).abs() < 1e-9);
        // Verdana maps to the wider DejaVu Sans; Times to the narrower serif.
        let v = text_width("Hello World", &font("Verdana", 12.0, false, false));
        let t = text_width("Hello World", &font("Times New Roman", 12.0, false, false));
        assert!(v > got && t < got);
        assert_eq!(text_width("", &font("Helvetica", 12.0, false, false)), 0.0);
    }

    /// The generated tables must agree with the bundled TTFs glyph for glyph (fails when stale).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn tables_agree_with_bundled_fonts() {
        use skrifa::instance::{LocationRef, Size};
        use skrifa::{FontRef, MetadataProvider};
        let samples = "Hello World! The quick brown fox jumps over the lazy dog 0123456789 \
                       ÀÉÎÕÜ ßçñ ĄČĘŁŃŚŹŻ ΑΒΓΔ αβγδ АБВГД абвгд ẠẶỆ –—‘’“”…•€ ←↑→↓ ≤≥≠ ─│┌▲►";
        for (fam, file, data) in bundled_fonts() {
            let font = FontRef::new(data).expect("font parses");
            let cmap = font.charmap();
            let gm = font.glyph_metrics(Size::unscaled(), LocationRef::default());
            let upem = font
                .metrics(Size::unscaled(), LocationRef::default())
                .units_per_em as f64;
            let bold = file.contains("Bold");
            let italic = file.contains("Italic");
            let f = font_for(fam, bold, italic);
            let mut checked = 0;
            for c in samples.chars() {
                let Some(adv) = cmap.map(c).and_then(|g| gm.advance_width(g)) else {
                    continue;
                };
                let expect = adv as f64 / upem * 12.0;
                let got = text_width(&c.to_string(), &f);
                assert!(
                    (got - expect).abs() < 0.01,
                    "{file} {c:?}: {got} vs {expect}"
                );
                checked += 1;
            }
            assert!(checked > 60, "{file}: only {checked} sample glyphs");
            // Whole strings shaped as resvg/browsers do (kerning on), e.g. "Hello World" at 12 px.
            let hb_font = harfrust::FontRef::new(data).expect("font");
            let shaper_data = harfrust::ShaperData::new(&hb_font);
            let shaper = shaper_data.shaper(&hb_font).build();
            for text in [
                "Hello World",
                "Network Topology Types",
                "AWS Lambda -> DynamoDB (v2.0)",
                "Yellow Tower, WAVE; \"Try\"",
            ] {
                let mut buf = harfrust::UnicodeBuffer::new();
                buf.push_str(text);
                buf.guess_segment_properties();
                let shaped = shaper.shape(buf, harfrust::ShapeOptions::new());
                let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
                let expect = units as f64 / upem * 12.0;
                let got = text_width(text, &f);
                assert!(
                    (got - expect).abs() < 0.01,
                    "{file} {text:?}: {got} vs shaped {expect}"
                );
            }
            assert_eq!(&data[..4], &[0, 1, 0, 0], "{file} is a TrueType font");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn font_for(family: &str, bold: bool, italic: bool) -> Font {
        Font {
            family: family.into(),
            size: 12.0,
            bold,
            italic,
        }
    }
}
