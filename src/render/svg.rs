//! Writing SVG text safely: every string from a diagram goes through these escapes.

/// Escape for XML text content.
pub fn esc_text(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' && c != '\r' => {}
            c => o.push(c),
        }
    }
    o
}

/// Escape for a double-quoted XML attribute value.
pub fn esc_attr(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            '\n' => o.push_str("&#10;"),
            '\r' | '\t' => o.push(' '),
            c if (c as u32) < 0x20 => {}
            c => o.push(c),
        }
    }
    o
}

/// A number for SVG output: finite, at most 2 decimals, no trailing zeros.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    // Far beyond any drawing (model coordinates stop at 1e7): keep the text short and finite.
    let v = v.clamp(-1e12, 1e12);
    let r = (v * 100.0).round() / 100.0;
    if r == r.trunc() && r.abs() < 1e15 {
        format!("{}", r as i64)
    } else {
        let s = format!("{:.2}", r);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn escapes_markup() {
        assert_eq!(esc_attr("a\"<b>'&"), "a&quot;&lt;b&gt;&apos;&amp;");
        assert_eq!(esc_text("<script>"), "&lt;script&gt;");
        assert_eq!(num(1.005), "1");
        assert_eq!(num(2.5), "2.5");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(1e308), "1000000000000");
    }
}
