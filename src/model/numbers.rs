//! Numbers and flags as mxCodec reads them (`parseFloat`, JavaScript truthiness), plus the
//! bounds Faultline puts on geometry.

/// Geometry magnitudes beyond this are treated as broken: the cell is not drawn.
pub const MAX_COORDINATE: f64 = 1e7;

/// JavaScript `parseFloat`: the longest numeric prefix after leading whitespace.
/// `None` is JavaScript's NaN.
pub(super) fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim_start();
    let bytes = s.as_bytes();
    let mut end = 0;
    if matches!(bytes.first(), Some(b'+') | Some(b'-')) {
        end = 1;
    }
    if s.get(end..).is_some_and(|r| r.starts_with("Infinity")) {
        let negative = bytes.first() == Some(&b'-');
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    let digits = |from: usize| {
        bytes
            .get(from..)
            .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
    };
    let int_digits = digits(end);
    end += int_digits;
    let mut frac_digits = 0;
    if bytes.get(end) == Some(&b'.') {
        frac_digits = digits(end + 1);
        if int_digits > 0 || frac_digits > 0 {
            end += 1 + frac_digits;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if matches!(bytes.get(end), Some(b'e') | Some(b'E')) {
        let sign = usize::from(matches!(bytes.get(end + 1), Some(b'+') | Some(b'-')));
        let exp_digits = digits(end + 1 + sign);
        if exp_digits > 0 {
            end += 1 + sign + exp_digits;
        }
    }
    s.get(..end)?.parse::<f64>().ok()
}

/// An mxCell boolean attribute: numbers are true unless 0; `false` and empty are false.
pub(super) fn flag(text: &str) -> bool {
    match text.trim() {
        "" | "false" => false,
        "true" => true,
        s => parse_float(s).is_none_or(|n| n != 0.0),
    }
}

/// What a geometry number turned out to be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Coordinate {
    Fine(f64),
    /// Not a finite number: draw.io reads it as 0.
    NotFinite,
    /// Finite but beyond `MAX_COORDINATE`.
    Huge(f64),
}

pub(super) fn coordinate(text: &str) -> Coordinate {
    if text.trim().is_empty() {
        return Coordinate::Fine(0.0);
    }
    match parse_float(text) {
        Some(v) if !v.is_finite() => Coordinate::NotFinite,
        Some(v) if v.abs() > MAX_COORDINATE => Coordinate::Huge(v),
        Some(v) => Coordinate::Fine(v),
        None => Coordinate::NotFinite,
    }
}

/// A number as JavaScript prints it in a label (`10`, `10.5`).
pub(super) fn js_number(v: f64) -> String {
    if v == 0.0 {
        return "0".to_string();
    }
    format!("{}", v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_float_takes_the_numeric_prefix() {
        assert_eq!(parse_float("10"), Some(10.0));
        assert_eq!(parse_float(" -2.5e2px"), Some(-250.0));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("1e"), Some(1.0));
        assert_eq!(parse_float("+3"), Some(3.0));
        assert_eq!(parse_float("abc"), None);
        assert_eq!(parse_float("."), None);
        assert_eq!(parse_float("-"), None);
        assert_eq!(parse_float("NaN"), None);
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
    }

    #[test]
    fn coordinates_are_classified() {
        assert_eq!(coordinate(""), Coordinate::Fine(0.0));
        assert_eq!(coordinate("12.5"), Coordinate::Fine(12.5));
        assert_eq!(coordinate("NaN"), Coordinate::NotFinite);
        assert_eq!(coordinate("1e400"), Coordinate::NotFinite);
        assert_eq!(coordinate("Infinity"), Coordinate::NotFinite);
        assert_eq!(coordinate("-2e7"), Coordinate::Huge(-2e7));
    }

    #[test]
    fn flags_follow_javascript_truthiness() {
        assert!(flag("1"));
        assert!(flag("true"));
        assert!(flag("2"));
        assert!(!flag("0"));
        assert!(!flag(""));
        assert!(!flag("false"));
    }

    #[test]
    fn numbers_print_like_javascript() {
        assert_eq!(js_number(120.0), "120");
        assert_eq!(js_number(10.5), "10.5");
        assert_eq!(js_number(-0.0), "0");
    }
}
