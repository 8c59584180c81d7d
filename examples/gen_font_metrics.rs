//! Generates `src/text/metrics_data.rs`: advance widths and vertical metrics of the bundled fonts
//! in `assets/fonts/`, so the wasm build measures text without carrying any font file.
//!
//! Regenerate after changing a font or the ranges below:
//!     cargo run --example gen_font_metrics && rustfmt --edition 2021 src/text/metrics_data.rs
//!
//! Kerning: pairs of printable ASCII characters whose shaped width (harfrust, default features,
//! as resvg and browsers shape) differs from the sum of advances.
//! Widths are stored in font units (u16) as segments of consecutive covered code points
//! (short gaps inside a segment hold `MISSING`); faces with identical advances share a table,
//! and a face whose advances are all equal (monospace) stores only that width.

use skrifa::raw::TableProvider;
use skrifa::{FontRef, MetadataProvider};
use std::fmt::Write as _;

/// Unicode ranges [start, end) with tabulated widths. Everything else is estimated at run time.
const RANGES: &[(u32, u32)] = &[
    (0x0020, 0x0250), // Basic Latin, Latin-1, Latin Extended-A/B
    (0x0370, 0x0400), // Greek
    (0x0400, 0x0500), // Cyrillic
    (0x1E00, 0x1F00), // Latin Extended Additional (Vietnamese)
    (0x2000, 0x2070), // General Punctuation
    (0x20A0, 0x20C0), // Currency symbols
    (0x2100, 0x2200), // Letterlike symbols, number forms, arrows
    (0x2200, 0x2300), // Mathematical operators
    (0x2500, 0x2600), // Box drawing, block elements, geometric shapes
];

/// (const name, file) in `assets/fonts/`.
const FACES: &[(&str, &str)] = &[
    ("SANS_REGULAR", "LiberationSans-Regular.ttf"),
    ("SANS_BOLD", "LiberationSans-Bold.ttf"),
    ("SANS_ITALIC", "LiberationSans-Italic.ttf"),
    ("SANS_BOLD_ITALIC", "LiberationSans-BoldItalic.ttf"),
    ("SERIF_REGULAR", "LiberationSerif-Regular.ttf"),
    ("SERIF_BOLD", "LiberationSerif-Bold.ttf"),
    ("SERIF_ITALIC", "LiberationSerif-Italic.ttf"),
    ("SERIF_BOLD_ITALIC", "LiberationSerif-BoldItalic.ttf"),
    ("MONO_REGULAR", "LiberationMono-Regular.ttf"),
    ("MONO_BOLD", "LiberationMono-Bold.ttf"),
    ("WIDE_REGULAR", "DejaVuSans.ttf"),
    ("WIDE_BOLD", "DejaVuSans-Bold.ttf"),
];

const MISSING: u16 = u16::MAX;

/// Segments [start, end) with their offset into the widths, and the widths.
type Table = (Vec<(u32, u32, usize)>, Vec<u16>);

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let total: usize = RANGES.iter().map(|(a, b)| (b - a) as usize).sum();
    // (segments, widths) per distinct table.
    let mut tables: Vec<Table> = Vec::new();
    let mut kern_tables: Vec<Vec<(u8, u8, i16)>> = Vec::new();
    let mut faces = String::new();

    for (name, file) in FACES {
        let path = format!("{root}/assets/fonts/{file}");
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let font = FontRef::new(&data).expect("font parses");
        let head = font.head().expect("head");
        let hhea = font.hhea().expect("hhea");
        let os2 = font.os2().expect("OS/2");
        let charmap = font.charmap();
        let glyphs = font.glyph_metrics(
            skrifa::instance::Size::unscaled(),
            skrifa::instance::LocationRef::default(),
        );

        let mut covered: Vec<(u32, u16)> = Vec::new();
        for &(a, b) in RANGES {
            for cp in a..b {
                if let Some(w) = charmap.map(cp).and_then(|g| glyphs.advance_width(g)) {
                    covered.push((cp, w.round() as u16));
                }
            }
        }
        let uniform = covered
            .first()
            .map(|f| f.1)
            .filter(|w0| covered.iter().all(|c| c.1 == *w0));
        let table = match uniform {
            Some(_) => None,
            None => {
                let t = segments(&covered);
                Some(match tables.iter().position(|x| *x == t) {
                    Some(i) => i,
                    None => {
                        tables.push(t);
                        tables.len() - 1
                    }
                })
            }
        };
        eprintln!(
            "{file}: {}/{total} code points, table {table:?}, uniform {uniform:?}",
            covered.len()
        );
        let kern = kerning_pairs(&data, &charmap, &glyphs);
        eprintln!("  kerning pairs: {}", kern.len());
        let kern_idx = match kern_tables.iter().position(|k| *k == kern) {
            Some(i) => i,
            None => {
                kern_tables.push(kern);
                kern_tables.len() - 1
            }
        };

        // Browsers on Linux/Windows and resvg take ascent/descent from hhea unless USE_TYPO_METRICS is set.
        let use_typo = os2.fs_selection().bits() & (1 << 7) != 0;
        let (asc, desc, gap) = if use_typo {
            (
                os2.s_typo_ascender(),
                os2.s_typo_descender(),
                os2.s_typo_line_gap(),
            )
        } else {
            (
                hhea.ascender().to_i16(),
                hhea.descender().to_i16(),
                hhea.line_gap().to_i16(),
            )
        };
        let _ = writeln!(
            faces,
            "pub(super) static {name}: FaceMetrics = FaceMetrics {{ units_per_em: {upem}, ascent: {asc}, descent: {desc}, line_gap: {gap}, \
             avg_width: {avg}, \
             uniform: {uni}, segments: &{seg}, widths: &{wid}, kern: &K{kern_idx} }};",
            upem = head.units_per_em(),
            avg = os2.x_avg_char_width(),
            uni = uniform.unwrap_or(0),
            seg = table.map(|i| format!("S{i}")).unwrap_or_else(|| "[]".into()),
            wid = table.map(|i| format!("W{i}")).unwrap_or_else(|| "[]".into()),
        );
    }

    let mut out = String::new();
    out.push_str(
        "// @generated by examples/gen_font_metrics.rs from assets/fonts/*.ttf. Do not edit.\n",
    );
    out.push_str("// Regenerate: cargo run --example gen_font_metrics && rustfmt --edition 2021 src/text/metrics_data.rs\n\n");
    out.push_str("use super::metrics::FaceMetrics;\n\n");
    let _ = writeln!(out, "/// Marks a code point the face has no glyph for.\npub(super) const MISSING: u16 = {MISSING};\n");
    let mut bytes = 0;
    for (i, (segs, t)) in tables.iter().enumerate() {
        let _ = write!(out, "static S{i}: [(u32, u32, u32); {}] = [", segs.len());
        for (a, b, off) in segs {
            let _ = write!(out, "(0x{a:04X}, 0x{b:04X}, {off}),");
        }
        out.push_str("];\n");
        let _ = write!(out, "static W{i}: [u16; {}] = [", t.len());
        for w in t {
            let _ = write!(out, "{w},");
        }
        out.push_str("];\n");
        bytes += segs.len() * 12 + t.len() * 2;
    }
    for (i, k) in kern_tables.iter().enumerate() {
        let _ = write!(out, "static K{i}: [(u16, i16); {}] = [", k.len());
        for (a, b, v) in k {
            let _ = write!(out, "(0x{:04X}, {v}),", (*a as u16) << 8 | *b as u16);
        }
        out.push_str("];\n");
        bytes += k.len() * 4;
    }
    out.push('\n');
    out.push_str(&faces);

    let dest = format!("{root}/src/text/metrics_data.rs");
    std::fs::write(&dest, out).expect("write metrics_data.rs");
    eprintln!(
        "wrote {dest}: {} distinct tables, {bytes} bytes",
        tables.len()
    );
}

/// Group covered code points into segments [start, end) with their offset into the width table.
/// Gaps of up to `MAX_GAP` missing code points stay inside a segment (cheaper than a new one).
fn segments(covered: &[(u32, u16)]) -> Table {
    const MAX_GAP: u32 = 5;
    let mut segs: Vec<(u32, u32, usize)> = Vec::new();
    let mut widths = Vec::new();
    for &(cp, w) in covered {
        match segs.last_mut() {
            Some(last) if cp >= last.1 && cp - last.1 <= MAX_GAP => {
                widths.extend(std::iter::repeat_n(MISSING, (cp - last.1) as usize));
                last.1 = cp + 1;
            }
            _ => segs.push((cp, cp + 1, widths.len())),
        }
        widths.push(w);
    }
    (segs, widths)
}

/// Pair kerning among printable ASCII as the shaper applies it (GPOS/kern, default features):
/// shaped width of the pair minus the two advances. (first, second, font units), sorted.
fn kerning_pairs(
    data: &[u8],
    charmap: &skrifa::charmap::Charmap,
    glyphs: &skrifa::metrics::GlyphMetrics,
) -> Vec<(u8, u8, i16)> {
    let font = harfrust::FontRef::new(data).expect("font");
    let shaper_data = harfrust::ShaperData::new(&font);
    let shaper = shaper_data.shaper(&font).build();
    let adv = |c: char| {
        charmap
            .map(c)
            .and_then(|g| glyphs.advance_width(g))
            .map(|w| w.round() as i32)
    };
    let mut out = Vec::new();
    for a in 0x20u8..0x7F {
        for b in 0x20u8..0x7F {
            let (Some(wa), Some(wb)) = (adv(a as char), adv(b as char)) else {
                continue;
            };
            let mut buf = harfrust::UnicodeBuffer::new();
            buf.push_str(&format!("{}{}", a as char, b as char));
            buf.guess_segment_properties();
            let shaped = shaper.shape(buf, harfrust::ShapeOptions::new());
            let w: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
            let k = w - wa - wb;
            if k != 0 {
                out.push((a, b, k as i16));
            }
        }
    }
    out
}
