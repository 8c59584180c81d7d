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
    let mut s = String::with_capacity(12);
    push_num(&mut s, v);
    s
}

/// Appends `num(v)`. Integer arithmetic on hundredths: float formatting (`{:.2}`) was a fifth of
/// the render time. `v * 100` rounded is the value `{:.2}` would print, so the digits are identical.
pub fn push_num(out: &mut String, v: f64) {
    if !v.is_finite() {
        out.push('0');
        return;
    }
    // Far beyond any drawing (model coordinates stop at 1e7): keep the text short and finite.
    let x = v.clamp(-1e12, 1e12) * 100.0;
    // `x.round()` (half away from zero) without its libm call in wasm: `x - trunc(x)` is exact.
    let t = x.trunc();
    let r = if (x - t).abs() >= 0.5 { t + x.signum() } else { t };
    let hundredths = r as i64;
    let abs = hundredths.unsigned_abs();
    let (int, frac) = (abs / 100, abs % 100);
    let mut digits = [0u8; 24];
    let mut i = digits.len();
    if frac != 0 {
        if frac % 10 != 0 {
            i -= 1;
            digits[i] = b'0' + (frac % 10) as u8;
        }
        i -= 1;
        digits[i] = b'0' + (frac / 10) as u8;
        i -= 1;
        digits[i] = b'.';
    }
    let mut n = int;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if hundredths < 0 {
        i -= 1;
        digits[i] = b'-';
    }
    out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or("0"));
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
        assert_eq!(num(-0.004), "0");
        assert_eq!(num(-1.25), "-1.25");
        assert_eq!(num(0.05), "0.05");
        assert_eq!(num(-1e308), "-1000000000000");
        assert_eq!(num(12.3), "12.3");
    }

    #[test]
    fn rounding_is_half_away_from_zero_like_f64_round() {
        // The old formatting, for comparison.
        let old = |v: f64| {
            let h = (v.clamp(-1e12, 1e12) * 100.0).round() as i64;
            let (int, frac) = (h.unsigned_abs() / 100, h.unsigned_abs() % 100);
            let sign = if h < 0 { "-" } else { "" };
            match frac {
                0 => format!("{sign}{int}"),
                f if f % 10 == 0 => format!("{sign}{int}.{}", f / 10),
                f => format!("{sign}{int}.{f:02}"),
            }
        };
        for i in -20_000..20_000 {
            for v in [i as f64 / 1000.0, i as f64 * 0.005, i as f64 * 0.125 + 0.0049999999999999, i as f64 * 1234.5678] {
                assert_eq!(num(v), old(v), "{v}");
            }
        }
        for v in [0.49999999999999994, -0.49999999999999994, 0.005, -0.005, 0.015, 2.675, 1e11 + 0.005] {
            assert_eq!(num(v), old(v), "{v}");
        }
    }
}
