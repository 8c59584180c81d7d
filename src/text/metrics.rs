//! Font metrics of the bundled fonts and the mapping from draw.io font families onto them.
//!
//! | draw.io `fontFamily` (first recognised name in the list)                        | measured with    |
//! |----------------------------------------------------------------------------------|------------------|
//! | Helvetica, Arial, Liberation Sans, Arimo, Tahoma, Segoe UI, Roboto, (empty)       | Liberation Sans  |
//! | Times New Roman, Times, Georgia, Garamond, Cambria, Palatino, serif, anything else | Liberation Serif |
//! | Courier New, Courier, Consolas, Lucida Console, Monaco, Menlo, monospace          | Liberation Mono  |
//! | Verdana, Geneva, DejaVu Sans, Bitstream Vera Sans                                 | DejaVu Sans      |
//!
//! Liberation Sans/Serif/Mono share advance widths with Arial (= Helvetica), Times New Roman and
//! Courier New. DejaVu Sans is within a few percent of Verdana. Other names (Georgia, Google Sans…)
//! are approximations: the SVG still names the author's font first, so a browser that has it uses it.

use super::metrics_data as data;

/// One face's metrics in font units.
#[derive(Debug)]
pub(super) struct FaceMetrics {
    pub units_per_em: u16,
    pub ascent: i16,
    pub descent: i16,
    pub line_gap: i16,
    pub avg_width: i16,
    /// Advance of every glyph when the face is monospaced (then `widths` is empty).
    pub uniform: u16,
    /// Covered code points: [start, end) and the offset of `start` in `widths`.
    pub segments: &'static [(u32, u32, u32)],
    pub widths: &'static [u16],
    /// Kerning of printable ASCII pairs: key `first << 8 | second`, font units; sorted by key.
    pub kern: &'static [(u16, i16)],
}

/// The bundled family a draw.io family is measured (and, natively, rendered) with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundled {
    Sans,
    Serif,
    Mono,
    Wide,
}

impl Bundled {
    /// Family name of the bundled font, as registered in a font database.
    pub fn family_name(self) -> &'static str {
        match self {
            Bundled::Sans => "Liberation Sans",
            Bundled::Serif => "Liberation Serif",
            Bundled::Mono => "Liberation Mono",
            Bundled::Wide => "DejaVu Sans",
        }
    }

    /// Metric-compatible names to list after the author's, then a CSS generic family. None after
    /// Verdana: draw.io writes it alone, so a browser without it falls back to its default face
    /// there too, and both pictures agree (44 of draw.io's 151 templates use Verdana; natively,
    /// raster.rs draws it with DejaVu Sans, the face it is measured with).
    pub fn fallbacks(self) -> &'static [&'static str] {
        match self {
            Bundled::Sans => &["Helvetica", "Arial", "Liberation Sans", "sans-serif"],
            Bundled::Serif => &["Times New Roman", "Liberation Serif", "serif"],
            Bundled::Mono => &["Courier New", "Liberation Mono", "monospace"],
            Bundled::Wide => &["Verdana"],
        }
    }
}

fn classify_one(name: &str) -> Option<Bundled> {
    let n = name
        .trim()
        .trim_matches(|c| c == '\'' || c == '"')
        .trim()
        .to_ascii_lowercase();
    let b = match n.as_str() {
        "helvetica" | "arial" | "liberation sans" | "arimo" | "helvetica neue" | "nimbus sans"
        | "nimbus sans l" | "tahoma" | "segoe ui" | "roboto" | "open sans" | "google sans"
        | "lato" | "calibri" | "trebuchet ms" | "sans-serif" | "system-ui" | "-apple-system" => {
            Bundled::Sans
        }
        "times new roman" | "times" | "liberation serif" | "tinos" | "georgia" | "garamond"
        | "cambria" | "book antiqua" | "palatino" | "palatino linotype" | "nimbus roman"
        | "serif" => Bundled::Serif,
        "courier new" | "courier" | "liberation mono" | "cousine" | "consolas"
        | "lucida console" | "monaco" | "menlo" | "dejavu sans mono" | "nimbus mono ps"
        | "monospace" => Bundled::Mono,
        "verdana" | "geneva" | "dejavu sans" | "bitstream vera sans" => Bundled::Wide,
        _ => return None,
    };
    Some(b)
}

/// The bundled family for a CSS/draw.io family list: the first name we know; for names we do not
/// know (web fonts such as sketch diagrams' "Permanent Marker" that draw.io loads from Google
/// Fonts when online), the browser's default font, serif, which is what draw.io's viewer shows
/// without them; sans for an empty list.
pub fn classify(family: &str) -> Bundled {
    // Layout asks once per glyph, with the few families a diagram uses: remember the last ones
    // (a refresh re-lays out hundreds of labels).
    thread_local! {
        static SEEN: std::cell::RefCell<Vec<(String, Bundled)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(b) = SEEN.with(|s| s.borrow().iter().find(|(f, _)| f == family).map(|x| x.1)) {
        return b;
    }
    let b = classify_uncached(family);
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() >= 8 {
            s.remove(0);
        }
        s.push((family.to_string(), b));
    });
    b
}

fn classify_uncached(family: &str) -> Bundled {
    if family.trim().is_empty() {
        return Bundled::Sans;
    }
    family
        .split(',')
        .find_map(classify_one)
        .unwrap_or(Bundled::Serif)
}

pub(super) fn face(b: Bundled, bold: bool, italic: bool) -> &'static FaceMetrics {
    match (b, bold, italic) {
        (Bundled::Sans, false, false) => &data::SANS_REGULAR,
        (Bundled::Sans, true, false) => &data::SANS_BOLD,
        (Bundled::Sans, false, true) => &data::SANS_ITALIC,
        (Bundled::Sans, true, true) => &data::SANS_BOLD_ITALIC,
        (Bundled::Serif, false, false) => &data::SERIF_REGULAR,
        (Bundled::Serif, true, false) => &data::SERIF_BOLD,
        (Bundled::Serif, false, true) => &data::SERIF_ITALIC,
        (Bundled::Serif, true, true) => &data::SERIF_BOLD_ITALIC,
        // Oblique/italic faces of these share the upright advances.
        (Bundled::Mono, false, _) => &data::MONO_REGULAR,
        (Bundled::Mono, true, _) => &data::MONO_BOLD,
        (Bundled::Wide, false, _) => &data::WIDE_REGULAR,
        (Bundled::Wide, true, _) => &data::WIDE_BOLD,
    }
}

/// Width class of characters no bundled font covers: what a browser's fallback font gives.
fn untabulated_em(c: char, f: &FaceMetrics) -> f64 {
    let cp = c as u32;
    let zero_width = matches!(cp,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x064B..=0x065F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
        | 0xFEFF | 0xE0100..=0xE01EF);
    if zero_width || c.is_control() {
        return 0.0;
    }
    let wide = matches!(cp,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
    if wide {
        return 1.0;
    }
    // Colour emoji fonts are a little wider than an em.
    if matches!(cp, 0x1F300..=0x1FAFF | 0x2600..=0x27BF) {
        return 1.2;
    }
    f.avg_width as f64 / f.units_per_em as f64
}

/// Advance of `c` in em.
pub(super) fn advance_em(f: &FaceMetrics, c: char) -> f64 {
    let cp = c as u32;
    if c == '\t' {
        return advance_em(f, ' ');
    }
    let upem = f.units_per_em as f64;
    if f.uniform != 0 && cp >= 0x20 && !is_wide_or_zero(c) {
        return f.uniform as f64 / upem;
    }
    let seg = match f.segments.binary_search_by(|s| s.0.cmp(&cp)) {
        Ok(i) => f.segments.get(i),
        Err(0) => None,
        Err(i) => f.segments.get(i - 1),
    };
    if let Some(&(a, b, off)) = seg {
        if cp < b {
            if let Some(&w) = f.widths.get((off + cp - a) as usize) {
                if w != data::MISSING {
                    return w as f64 / upem;
                }
            }
        }
    }
    untabulated_em(c, f)
}

fn is_wide_or_zero(c: char) -> bool {
    let probe = FaceMetrics {
        units_per_em: 1,
        ascent: 0,
        descent: 0,
        line_gap: 0,
        avg_width: -1,
        uniform: 0,
        segments: &[],
        widths: &[],
        kern: &[],
    };
    untabulated_em(c, &probe) >= 0.0
}

/// Kerning adjustment between `a` and `b` in em (0 for pairs outside printable ASCII).
pub(super) fn kern_em(f: &FaceMetrics, a: char, b: char) -> f64 {
    let (a, b) = (a as u32, b as u32);
    if !(0x20..0x7F).contains(&a) || !(0x20..0x7F).contains(&b) {
        return 0.0;
    }
    let key = (a << 8 | b) as u16;
    match f.kern.binary_search_by(|k| k.0.cmp(&key)) {
        Ok(i) => f
            .kern
            .get(i)
            .map_or(0.0, |k| k.1 as f64 / f.units_per_em as f64),
        Err(_) => 0.0,
    }
}

/// Every face the layout can pick (through `face`), for facts that must hold in all of them.
fn all_faces() -> impl Iterator<Item = &'static FaceMetrics> {
    [Bundled::Sans, Bundled::Serif, Bundled::Mono, Bundled::Wide]
        .into_iter()
        .flat_map(|b| {
            [(false, false), (true, false), (false, true), (true, true)]
                .map(|(bold, italic)| face(b, bold, italic))
        })
}

/// True when, in every bundled face, the ten ASCII digits have one advance and the only kerning
/// pair involving a digit is "11". A label whose text changes only in digits, with no "11" pair
/// made or broken, then keeps its layout (line breaks, widths, positions) and only its characters
/// change: a refresh can skip laying it out again (bind::patch). Checked once from the tables.
pub fn digits_tabular() -> bool {
    static SAME: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SAME.get_or_init(|| {
        all_faces().all(|f| {
            ('0'..='9').all(|d| {
                advance_em(f, d) == advance_em(f, '0')
                    && (' '..='~').all(|x| {
                        let eleven = x == '1' && d == '1';
                        eleven || (kern_em(f, x, d) == 0.0 && kern_em(f, d, x) == 0.0)
                    })
            })
        })
    })
}

impl FaceMetrics {
    pub fn em(&self, units: i16) -> f64 {
        units as f64 / self.units_per_em as f64
    }
    /// Ascent above the baseline, em.
    pub fn ascent_em(&self) -> f64 {
        self.em(self.ascent)
    }
    /// Descent below the baseline, em (positive).
    pub fn descent_em(&self) -> f64 {
        -self.em(self.descent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_mapping() {
        assert_eq!(classify("Helvetica"), Bundled::Sans);
        assert_eq!(classify("'Times New Roman', serif"), Bundled::Serif);
        assert_eq!(classify("Courier New"), Bundled::Mono);
        assert_eq!(classify("Verdana"), Bundled::Wide);
        assert_eq!(classify("Permanent Marker, Georgia"), Bundled::Serif);
        // Unknown web fonts fall back to the browser default (serif), as in draw.io's viewer.
        assert_eq!(classify("Permanent Marker"), Bundled::Serif);
        assert_eq!(classify(""), Bundled::Sans);
    }

    #[test]
    fn tabulated_and_estimated_advances() {
        let f = face(Bundled::Sans, false, false);
        // Arial-compatible: 'H' is 1479/2048, space 569/2048.
        assert_eq!(advance_em(f, 'H'), 1479.0 / 2048.0);
        assert_eq!(advance_em(f, ' '), 569.0 / 2048.0);
        assert_eq!(advance_em(f, '中'), 1.0);
        assert_eq!(advance_em(f, '\u{301}'), 0.0);
        // Mono: every tabulated glyph is 1229 units.
        let m = face(Bundled::Mono, true, true);
        assert_eq!(advance_em(m, 'i'), advance_em(m, 'W'));
    }

    #[test]
    fn digits_are_tabular_in_every_bundled_face() {
        // The bundled fonts (Liberation, DejaVu) have tabular figures; Liberation kerns "11".
        assert!(digits_tabular());
        assert!(kern_em(face(Bundled::Sans, false, false), '1', '1') < 0.0);
        let f = face(Bundled::Sans, false, false);
        assert_ne!(advance_em(f, '1'), advance_em(f, 'l'));
    }
}
