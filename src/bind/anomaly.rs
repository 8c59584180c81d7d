//! A binding's `anomaly` key: whether its raw series count toward the node's anomaly score in
//! the dependency analysis (issue 5), which way is bad, and how many trailing points form the
//! recent window. The scoring itself is `analyze::health`; this is only the binding's choice.

use super::json::{Issues, Obj};
use super::threshold::{Kind, Thresholds};
use crate::analyze::Polarity;
use serde_json::Value;

/// Longest recent window a binding may ask for, in points.
pub const MAX_RECENT: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnomalyRule {
    /// The binding's series are scored.
    pub count: bool,
    pub polarity: Polarity,
    /// Trailing points that form the recent window (`None`: the analysis default, 10).
    pub recent: Option<usize>,
}

impl AnomalyRule {
    /// Without an `anomaly` key: number thresholds say which way is bad, so their series count
    /// (lower is worse when the thresholds are inverted); bindings without them (text, links,
    /// traffic shown on edges) do not.
    pub fn implied(thresholds: Option<&Thresholds>) -> AnomalyRule {
        let number = thresholds.filter(|t| t.kind == Kind::Number);
        AnomalyRule {
            count: number.is_some(),
            polarity: if number.is_some_and(|t| t.inverted()) {
                Polarity::Down
            } else {
                Polarity::Up
            },
            recent: None,
        }
    }

    /// `anomaly`: `true`, `false`, or `{"polarity": "up"|"down"|"both", "recent": N}` (an object
    /// counts the series; what it leaves out is implied from the thresholds).
    pub fn compile(
        v: Option<&Value>,
        path: &str,
        thresholds: Option<&Thresholds>,
        errs: &mut Issues,
    ) -> AnomalyRule {
        let implied = AnomalyRule::implied(thresholds);
        match v {
            None => implied,
            Some(Value::Bool(b)) => AnomalyRule {
                count: *b,
                ..implied
            },
            Some(v @ Value::Object(_)) => {
                let Some(o) = Obj::new(v, path, &["polarity", "recent"], errs) else {
                    return implied;
                };
                let polarity = match o.choice("polarity", &["up", "down", "both"], errs) {
                    Some("down") => Polarity::Down,
                    Some("both") => Polarity::Both,
                    Some(_) => Polarity::Up,
                    None => implied.polarity,
                };
                let recent = o.num("recent", errs).and_then(|n| {
                    if n.fract() == 0.0 && (1.0..=MAX_RECENT as f64).contains(&n) {
                        Some(n as usize)
                    } else {
                        errs.push(
                            &o.at("recent"),
                            format!("a whole number of points from 1 to {}", MAX_RECENT),
                        );
                        None
                    }
                });
                AnomalyRule {
                    count: true,
                    polarity,
                    recent,
                }
            }
            Some(_) => {
                errs.push(path, "expected true, false or {polarity, recent}");
                implied
            }
        }
    }
}
