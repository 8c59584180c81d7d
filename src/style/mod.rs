//! draw.io style strings: parsing, the stylesheet (default vertex/edge and named styles),
//! and typed reads. Resolution follows mxStylesheet.getCellStyle: a leading `;` drops the
//! base style, `key=none` deletes a key, a bare token merges the named style.

mod color;
mod sheet;

pub use color::{Color, Theme};
pub use sheet::Stylesheet;

/// A resolved cell style. Values are kept as written; typed getters parse on read.
///
/// Storage: all keys and values live in one string, found through a short list of entries that
/// carry a hash of their key. A style has a few dozen keys and is read about a hundred times per
/// cell, mostly for keys it does not have: a scan of hashes beats an ordered map of `String`s
/// (an allocation per key and value, a string compare per step), and cloning the stylesheet's
/// base style costs two allocations instead of two per key.
#[derive(Clone, Default)]
pub struct Style {
    text: String,
    entries: Vec<Entry>,
    /// Two bits per key, picked by its hash (a 128-bit Bloom filter): most reads ask for a key the
    /// style does not have, and this answers nearly all of them without scanning the entries.
    bloom: u128,
    /// Bytes of `text` no entry points at any more (replaced or removed), compacted when they
    /// outgrow the rest, so a style changed over and over does not grow without bound.
    dead: u32,
}

#[derive(Clone, Copy)]
struct Entry {
    hash: u64,
    key: (u32, u32),
    value: (u32, u32),
}

/// A hash of the key from its length and its first and last 8 bytes (keys are short and differ
/// there: fillColor/fontColor, strokeColor/strokeWidth); a collision only costs a compare.
fn key_hash(key: &str) -> u64 {
    let b = key.as_bytes();
    let n = b.len();
    let word = |s: &[u8]| {
        let mut w = [0u8; 8];
        w[..s.len()].copy_from_slice(s);
        u64::from_le_bytes(w)
    };
    let (first, last) = if n >= 8 { (word(&b[..8]), word(&b[n - 8..])) } else { (word(b), 0) };
    (first ^ last.rotate_left(29) ^ (n as u64).wrapping_mul(0x9e37_79b9)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The key's two bits in `Style::bloom`.
fn bloom_bits(hash: u64) -> u128 {
    (1u128 << (hash >> 57)) | (1u128 << ((hash >> 50) & 127))
}

impl PartialEq for Style {
    fn eq(&self, other: &Style) -> bool {
        self.entries.len() == other.entries.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl std::fmt::Debug for Style {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Style {
    pub fn new() -> Self {
        Style::default()
    }

    /// Parse a style string without any base or stylesheet (tokens only, `none` kept as a value).
    pub fn parse_raw(s: &str) -> Style {
        let mut st = Style::new();
        for tok in s.split(';') {
            if let Some((k, v)) = tok.split_once('=') {
                let k = k.trim();
                if !k.is_empty() {
                    st.set(k, v);
                }
            }
        }
        st
    }

    fn slice(&self, (from, to): (u32, u32)) -> &str {
        &self.text[from as usize..to as usize]
    }

    fn find(&self, key: &str) -> Option<usize> {
        let h = key_hash(key);
        let bits = bloom_bits(h);
        if self.bloom & bits != bits {
            return None;
        }
        self.entries.iter().position(|e| e.hash == h && self.slice(e.key) == key)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.find(key).map(|i| self.slice(self.entries[i].value))
    }

    pub fn has(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    fn push(&mut self, s: &str) -> (u32, u32) {
        let from = self.text.len() as u32;
        self.text.push_str(s);
        (from, self.text.len() as u32)
    }

    pub fn set(&mut self, key: &str, value: &str) {
        match self.find(key) {
            // A value of the same length is written over the old one; another is appended and
            // the old bytes left unused.
            Some(i) => {
                let (from, to) = self.entries[i].value;
                if value.len() == (to - from) as usize {
                    self.text.replace_range(from as usize..to as usize, value);
                } else {
                    self.entries[i].value = self.push(value);
                    self.dead += to - from;
                    self.compact();
                }
            }
            None => {
                let hash = key_hash(key);
                let key = self.push(key);
                let value = self.push(value);
                self.bloom |= bloom_bits(hash);
                self.entries.push(Entry { hash, key, value });
            }
        }
    }

    pub fn remove(&mut self, key: &str) {
        if let Some(i) = self.find(key) {
            let e = self.entries.remove(i);
            self.bloom = self.entries.iter().fold(0, |b, e| b | bloom_bits(e.hash));
            self.dead += (e.key.1 - e.key.0) + (e.value.1 - e.value.0);
            self.compact();
        }
    }

    fn compact(&mut self) {
        if self.dead < 256 || self.dead * 2 < self.text.len() as u32 {
            return;
        }
        let old = std::mem::take(&mut self.text);
        self.dead = 0;
        let entries = std::mem::take(&mut self.entries);
        for e in entries {
            let key = self.push(&old[e.key.0 as usize..e.key.1 as usize]);
            let value = self.push(&old[e.value.0 as usize..e.value.1 as usize]);
            self.entries.push(Entry { key, value, ..e });
        }
    }

    /// Keys and values in key order (as an ordered map gives them).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        let mut order: Vec<&Entry> = self.entries.iter().collect();
        order.sort_unstable_by(|a, b| self.slice(a.key).cmp(self.slice(b.key)));
        order.into_iter().map(|e| (self.slice(e.key), self.slice(e.value)))
    }

    /// String value, or the default when absent.
    pub fn str_or<'a>(&'a self, key: &str, default: &'a str) -> &'a str {
        self.get(key).unwrap_or(default)
    }

    /// Numeric value; absent or unparsable or non-finite gives the default.
    pub fn num(&self, key: &str, default: f64) -> f64 {
        match self.get(key).and_then(|v| v.trim().parse::<f64>().ok()) {
            Some(v) if v.is_finite() => v,
            _ => default,
        }
    }

    /// draw.io boolean flag: `1`/`true` is on.
    pub fn flag(&self, key: &str, default: bool) -> bool {
        match self.get(key).map(str::trim) {
            Some("1") | Some("true") => true,
            Some("0") | Some("false") => false,
            Some(v) => v.parse::<f64>().map(|n| n != 0.0).unwrap_or(default),
            None => default,
        }
    }

    /// A colour key after `default` substitution for the theme. `None` = not painted.
    pub fn color(&self, key: &str, theme: &Theme) -> Option<Color> {
        let v = self.get(key)?;
        Color::resolve(v, key, theme)
    }

    /// The shape name, as drawn (draw.io's `label` shape is a rectangle with an optional image).
    pub fn shape(&self) -> &str {
        self.str_or("shape", "")
    }
}

#[cfg(test)]
mod tests {
    use super::Style;

    #[test]
    fn set_overrides_and_remove_as_a_map_would() {
        let mut s = Style::parse_raw("fillColor=#fff;strokeColor=red;shape=ellipse");
        s.set("fillColor", "#000"); // same length: in place
        s.set("strokeColor", "#123456"); // longer: appended
        s.set("shape", "");
        s.remove("nothing");
        assert_eq!(s.get("fillColor"), Some("#000"));
        assert_eq!(s.get("strokeColor"), Some("#123456"));
        assert_eq!(s.get("shape"), Some(""));
        assert!(!s.has("fill"));
        s.remove("fillColor");
        assert_eq!(s.get("fillColor"), None);
        // Iteration in key order, whatever the insertion order.
        let mut t = Style::new();
        t.set("b", "2");
        t.set("a", "1");
        assert_eq!(t.iter().collect::<Vec<_>>(), vec![("a", "1"), ("b", "2")]);
        let u = Style::parse_raw("a=1;b=2");
        assert_eq!(t, u);
        assert_eq!(format!("{:?}", t), "{\"a\": \"1\", \"b\": \"2\"}");
    }

    #[test]
    fn every_key_is_found_past_the_bloom_filter() {
        // More keys than the filter has bits: every present key is still found, absent ones not,
        // also after removals (the filter is rebuilt from the remaining keys).
        let mut s = Style::new();
        for i in 0..300 {
            s.set(&format!("key{i}"), &i.to_string());
        }
        for i in (0..300).step_by(3) {
            s.remove(&format!("key{i}"));
        }
        for i in 0..300 {
            let want = (i % 3 != 0).then(|| i.to_string());
            assert_eq!(s.get(&format!("key{i}")).map(str::to_string), want, "key{i}");
        }
        assert_eq!(s.get("fillColor"), None);
        let t = Style::parse_raw("fillColor=red");
        assert!(!t.has("strokeColor") && !t.has("fillcolor") && t.has("fillColor"));
    }

    #[test]
    fn a_style_changed_over_and_over_stays_small() {
        let mut s = Style::parse_raw("fillColor=red;strokeColor=blue");
        for i in 0..10_000 {
            s.set("fillColor", if i % 2 == 0 { "#ff0000" } else { "red" });
        }
        assert!(s.text.len() < 1024, "{} bytes", s.text.len());
        assert_eq!(s.get("fillColor"), Some("red"));
        assert_eq!(s.get("strokeColor"), Some("blue"));
    }
}
