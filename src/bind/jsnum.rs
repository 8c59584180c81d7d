//! JavaScript number-to-text conversions, reimplemented so the core's formatted values equal
//! what the browser prints (Number.prototype.toString / toExponential, Math.round, en-US
//! toLocaleString). Grafana's unit formatters are built on these.

/// Shortest round-trip decimal digits and exponent: `x = 0.d1d2… × 10^n` (x finite, > 0).
fn shortest(x: f64) -> (Vec<u8>, i32) {
    // Rust's `{:e}` prints the shortest digits that round-trip, like ECMAScript's Number::toString.
    let s = format!("{:e}", x);
    let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let digits: Vec<u8> = mant
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    let e: i32 = exp.parse().unwrap_or(0);
    (digits, e + 1)
}

fn digits_str(d: &[u8]) -> String {
    d.iter().map(|b| (b'0' + b) as char).collect()
}

/// ECMAScript Number::toString(10).
pub fn to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x == 0.0 {
        return "0".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if x < 0.0 {
        return format!("-{}", to_string(-x));
    }
    let (d, n) = shortest(x);
    let k = d.len() as i32;
    let s = digits_str(&d);
    if k <= n && n <= 21 {
        s + &"0".repeat((n - k) as usize)
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &s[..n as usize], &s[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{}", "0".repeat((-n) as usize), s)
    } else {
        let e = n - 1;
        let sign = if e < 0 { '-' } else { '+' };
        if k == 1 {
            format!("{}e{}{}", s, sign, e.abs())
        } else {
            format!("{}.{}e{}{}", &s[..1], &s[1..], sign, e.abs())
        }
    }
}

/// Math.round: nearest integer, ties toward +∞.
pub fn round(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let f = x.floor();
    if x - f >= 0.5 {
        f + 1.0
    } else {
        f
    }
}

/// Exact decimal digits of |x| with `frac` digits after the first significant one, rounded half
/// up on the exact binary value (ECMAScript toExponential picks the larger n on ties).
fn exp_digits(x: f64, frac: usize) -> (String, i32) {
    // Enough extra digits that a tie shows as 5000…; doubles whose expansion continues further
    // are not ties and round the same way either side of this cut.
    let extra = 30;
    let s = format!("{:.*e}", frac + extra, x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let mut e: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    let keep = frac + 1;
    let round_up = d.get(keep).is_some_and(|&r| r >= 5);
    d.truncate(keep);
    if round_up {
        let mut i = keep;
        loop {
            if i == 0 {
                d.insert(0, 1);
                d.truncate(keep);
                e += 1;
                break;
            }
            i -= 1;
            if d[i] == 9 {
                d[i] = 0;
            } else {
                d[i] += 1;
                break;
            }
        }
    }
    (digits_str(&d), e)
}

/// Number.prototype.toExponential(fractionDigits?).
pub fn to_exponential(x: f64, frac: Option<usize>) -> String {
    if !x.is_finite() {
        return to_string(x);
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, e) = match frac {
        None if x == 0.0 => ("0".to_string(), 0),
        None => {
            let (d, n) = shortest(x.abs());
            (digits_str(&d), n - 1)
        }
        Some(f) if x == 0.0 => ("0".repeat(f + 1), 0),
        Some(f) => exp_digits(x, f.min(100)),
    };
    let mant = if digits.len() > 1 {
        format!("{}.{}", &digits[..1], &digits[1..])
    } else {
        digits
    };
    format!(
        "{}{}e{}{}",
        sign,
        mant,
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// Number.prototype.toFixed(digits) (used by Grafana for zero only, and by us for labels).
pub fn to_fixed(x: f64, digits: usize) -> String {
    if !x.is_finite() {
        return to_string(x);
    }
    if x.abs() >= 1e21 {
        return to_string(x);
    }
    let v = if x == 0.0 { 0.0 } else { x };
    // Rust formats the exact binary value rounded half to even; ties are exact binary
    // fractions, where ECMAScript rounds up (away from zero for the magnitude).
    let s = format!("{:.*}", digits, v.abs());
    let tie_fix = {
        let wide = format!("{:.*}", digits + 30, v.abs());
        let tail = &wide[wide.len() - 30..];
        tail.starts_with('5') && tail[1..].bytes().all(|b| b == b'0')
    };
    let mut out = s;
    if tie_fix {
        let trunc = format!("{:.*}", digits + 30, v.abs());
        let base = &trunc[..trunc.len() - 30];
        let base = base.trim_end_matches('.');
        out = increment_decimal(base);
    }
    if v < 0.0 && out.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        format!("-{}", out)
    } else if v < 0.0 {
        // JS: (-0.001).toFixed(2) is "-0.00".
        format!("-{}", out)
    } else {
        out
    }
}

/// Adds one unit in the last place of a plain decimal string ("1.29" → "1.30", "9.9" → "10.0").
fn increment_decimal(s: &str) -> String {
    let mut b: Vec<u8> = s.bytes().collect();
    let mut i = b.len();
    loop {
        if i == 0 {
            b.insert(0, b'1');
            break;
        }
        i -= 1;
        match b[i] {
            b'.' => continue,
            b'9' => b[i] = b'0',
            c => {
                b[i] = c + 1;
                break;
            }
        }
    }
    String::from_utf8(b).unwrap_or_default()
}

/// `value.toLocaleString('en-US', {maximumFractionDigits})`: grouping commas, rounding half
/// away from zero on the shortest decimal form (as ICU does), trailing zeros dropped.
pub fn to_locale(x: f64, max_frac: Option<usize>) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let max_frac = max_frac.unwrap_or(3).min(100);
    let neg = x.is_sign_negative();
    let (mut d, mut n) = if x == 0.0 {
        (vec![0u8], 1)
    } else {
        shortest(x.abs())
    };
    // Digits kept: integer part (n) + max_frac.
    let keep = n + max_frac as i32;
    if keep < 0 {
        d = vec![0];
        n = 1;
    } else if (keep as usize) < d.len() {
        let up = d[keep as usize] >= 5;
        d.truncate(keep as usize);
        if up {
            let mut i = d.len();
            loop {
                if i == 0 {
                    d.insert(0, 1);
                    n += 1;
                    break;
                }
                i -= 1;
                if d[i] == 9 {
                    d[i] = 0;
                } else {
                    d[i] += 1;
                    break;
                }
            }
        }
        if d.is_empty() {
            d = vec![0];
            n = 1;
        }
    }
    // Split into integer and fraction digits.
    let (int_digits, frac_digits): (Vec<u8>, Vec<u8>) = if n <= 0 {
        (
            vec![0],
            std::iter::repeat_n(0u8, (-n) as usize)
                .chain(d.iter().copied())
                .collect(),
        )
    } else if n as usize >= d.len() {
        (
            d.iter()
                .copied()
                .chain(std::iter::repeat_n(0u8, n as usize - d.len()))
                .collect(),
            vec![],
        )
    } else {
        (d[..n as usize].to_vec(), d[n as usize..].to_vec())
    };
    let mut frac: Vec<u8> = frac_digits.into_iter().take(max_frac).collect();
    while frac.last() == Some(&0) {
        frac.pop();
    }
    let int_s = digits_str(&int_digits);
    let int_s = int_s.trim_start_matches('0');
    let int_s = if int_s.is_empty() { "0" } else { int_s };
    let mut grouped = String::new();
    for (i, c) in int_s.chars().enumerate() {
        if i > 0 && (int_s.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&grouped);
    if !frac.is_empty() {
        out.push('.');
        out.push_str(&digits_str(&frac));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_to_string_matches_ecmascript() {
        assert_eq!(to_string(1.0), "1");
        assert_eq!(to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(to_string(1e21), "1e+21");
        assert_eq!(to_string(1e20), "100000000000000000000");
        assert_eq!(to_string(1.5e-7), "1.5e-7");
        assert_eq!(to_string(0.000001), "0.000001");
        assert_eq!(to_string(-123.456), "-123.456");
        assert_eq!(to_string(-0.0), "0");
        assert_eq!(to_string(f64::INFINITY), "Infinity");
    }

    #[test]
    fn rounding_and_fixed() {
        assert_eq!(round(2.5), 3.0);
        assert_eq!(round(-2.5), -2.0);
        assert_eq!(round(0.49999999999999994), 0.0);
        assert_eq!(to_fixed(1.005, 2), "1.00");
        assert_eq!(to_fixed(1.25, 1), "1.3");
        assert_eq!(to_fixed(0.0, 2), "0.00");
        assert_eq!(to_fixed(-1.5, 0), "-2");
    }

    #[test]
    fn exponential_and_locale() {
        assert_eq!(to_exponential(12345.0, Some(2)), "1.23e+4");
        assert_eq!(to_exponential(12345.0, None), "1.2345e+4");
        assert_eq!(to_exponential(1.25, Some(1)), "1.3e+0");
        assert_eq!(to_exponential(0.00015, Some(0)), "1e-4");
        assert_eq!(to_locale(1.0005, None), "1.001");
        assert_eq!(to_exponential(-9.99, Some(1)), "-1.0e+1");
        assert_eq!(to_locale(1234567.891, None), "1,234,567.891");
        assert_eq!(to_locale(1234567.8915, None), "1,234,567.892");
        assert_eq!(to_locale(0.5, Some(0)), "1");
        assert_eq!(to_locale(-999.9999, Some(2)), "-1,000");
        assert_eq!(to_locale(0.0001, None), "0");
    }
}
