//! One reduced value: a number, a text, or nothing (null, NaN, no data).

use super::jsnum;

#[derive(Debug, Clone, PartialEq)]
pub enum Datum {
    Null,
    Num(f64),
    Str(String),
}

impl Datum {
    pub fn is_null(&self) -> bool {
        matches!(self, Datum::Null)
    }

    /// The number, or a text that parses as one (JavaScript `Number(text)` for plain decimals).
    pub fn as_num(&self) -> Option<f64> {
        match self {
            Datum::Num(v) if !v.is_nan() => Some(*v),
            Datum::Str(s) => s.trim().parse::<f64>().ok().filter(|v| !v.is_nan()),
            _ => None,
        }
    }

    /// Text form as JavaScript's `String(value)` prints it; "" for null.
    pub fn raw_text(&self) -> String {
        match self {
            Datum::Null => String::new(),
            Datum::Num(v) => jsnum::to_string(*v),
            Datum::Str(s) => s.clone(),
        }
    }
}
