//! Reducers: a series → one value, with Grafana's semantics (fieldReducer.ts, nulls ignored).
//! Nulls arrive as NaN; NaN is treated as null everywhere.

use super::value::Datum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reducer {
    Last,
    LastNotNull,
    First,
    FirstNotNull,
    Min,
    Max,
    Sum,
    Mean,
    Median,
    Variance,
    StdDev,
    Count,
    CountAll,
    Range,
    Delta,
    Step,
    Diff,
    DiffPerc,
    LogMin,
    AllIsZero,
    AllIsNull,
    ChangeCount,
    DistinctCount,
    /// pN: the N-th percentile (1..=99).
    Percentile(u8),
    /// Time (epoch ms) of the last non-null point (Flowcharting's "time of last point").
    LastTime,
    /// Time of the first non-null point.
    FirstTime,
}

const NAMES: &[(&str, Reducer)] = &[
    ("last", Reducer::Last),
    ("lastNotNull", Reducer::LastNotNull),
    ("first", Reducer::First),
    ("firstNotNull", Reducer::FirstNotNull),
    ("min", Reducer::Min),
    ("max", Reducer::Max),
    ("sum", Reducer::Sum),
    ("mean", Reducer::Mean),
    ("median", Reducer::Median),
    ("variance", Reducer::Variance),
    ("stdDev", Reducer::StdDev),
    ("count", Reducer::Count),
    ("countAll", Reducer::CountAll),
    ("range", Reducer::Range),
    ("delta", Reducer::Delta),
    ("step", Reducer::Step),
    ("diff", Reducer::Diff),
    ("diffperc", Reducer::DiffPerc),
    ("logmin", Reducer::LogMin),
    ("allIsZero", Reducer::AllIsZero),
    ("allIsNull", Reducer::AllIsNull),
    ("changeCount", Reducer::ChangeCount),
    ("distinctCount", Reducer::DistinctCount),
    ("lastTime", Reducer::LastTime),
    ("firstTime", Reducer::FirstTime),
    // Grafana's aliases.
    ("current", Reducer::LastNotNull),
    ("avg", Reducer::Mean),
    ("total", Reducer::Sum),
];

impl Reducer {
    pub fn parse(s: &str) -> Result<Reducer, String> {
        if let Some((_, r)) = NAMES.iter().find(|(n, _)| *n == s) {
            return Ok(*r);
        }
        if let Some(n) = s.strip_prefix('p').and_then(|n| n.parse::<u8>().ok()) {
            if (1..=99).contains(&n) && !s[1..].starts_with('0') {
                return Ok(Reducer::Percentile(n));
            }
        }
        Err(format!(
            "unknown reducer \"{}\": use one of last, lastNotNull, first, firstNotNull, min, max, sum, mean, median, variance, stdDev, count, countAll, range, delta, step, diff, diffperc, logmin, allIsZero, allIsNull, changeCount, distinctCount, p1…p99, lastTime, firstTime",
            super::json::one_line(s)
        ))
    }

    pub fn id(&self) -> String {
        match self {
            Reducer::Percentile(n) => format!("p{}", n),
            r => NAMES
                .iter()
                .find(|(_, x)| x == r)
                .map(|(n, _)| n.to_string())
                .unwrap_or_default(),
        }
    }

    /// The result is a timestamp (formatted as a date, compared as an age).
    pub fn yields_time(&self) -> bool {
        matches!(self, Reducer::LastTime | Reducer::FirstTime)
    }

    /// The result is a count or flag, not in the series' unit.
    pub fn drops_unit(&self) -> bool {
        matches!(
            self,
            Reducer::Count
                | Reducer::CountAll
                | Reducer::ChangeCount
                | Reducer::DistinctCount
                | Reducer::AllIsNull
                | Reducer::AllIsZero
                | Reducer::DiffPerc
        )
    }

    /// Reduce numbers (NaN = null); `times` is the series' time column when it has one.
    pub fn numbers(&self, v: &[f64], times: Option<&[f64]>) -> Datum {
        let num = |x: f64| {
            if x.is_nan() {
                Datum::Null
            } else {
                Datum::Num(x)
            }
        };
        let present = || v.iter().copied().filter(|x| !x.is_nan());
        match self {
            Reducer::Last => v.last().map_or(Datum::Null, |&x| num(x)),
            Reducer::First => v.first().map_or(Datum::Null, |&x| num(x)),
            Reducer::LastNotNull => v
                .iter()
                .rev()
                .find(|x| !x.is_nan())
                .map_or(Datum::Null, |&x| Datum::Num(x)),
            Reducer::FirstNotNull => v
                .iter()
                .find(|x| !x.is_nan())
                .map_or(Datum::Null, |&x| Datum::Num(x)),
            Reducer::Min => present()
                .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.min(x))))
                .map_or(Datum::Null, Datum::Num),
            Reducer::Max => present()
                .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))))
                .map_or(Datum::Null, Datum::Num),
            Reducer::LogMin => present()
                .filter(|x| *x > 0.0)
                .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.min(x))))
                .map_or(Datum::Null, Datum::Num),
            Reducer::Sum => Datum::Num(present().sum()),
            Reducer::Count => Datum::Num(present().count() as f64),
            Reducer::CountAll => Datum::Num(v.len() as f64),
            Reducer::Mean => {
                let (s, n) = present().fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
                if n > 0 {
                    Datum::Num(s / n as f64)
                } else {
                    Datum::Null
                }
            }
            Reducer::Range => {
                let mut it = present();
                match it.next() {
                    None => Datum::Null,
                    Some(f) => {
                        let (lo, hi) = it.fold((f, f), |(lo, hi), x| (lo.min(x), hi.max(x)));
                        Datum::Num(hi - lo)
                    }
                }
            }
            Reducer::Diff | Reducer::DiffPerc => {
                let first = v.iter().find(|x| !x.is_nan());
                let last = v.iter().rev().find(|x| !x.is_nan());
                match (first, last) {
                    (Some(&f), Some(&l)) if *self == Reducer::Diff => Datum::Num(l - f),
                    (Some(&f), Some(&l)) => Datum::Num((l - f) / f * 100.0),
                    _ if *self == Reducer::DiffPerc => Datum::Num(0.0),
                    _ => Datum::Null,
                }
            }
            Reducer::Delta => {
                // Grafana: increases add up; a drop (counter reset) is skipped.
                let mut delta = 0.0;
                let mut prev: Option<f64> = None;
                let mut up = true;
                for x in present() {
                    if let Some(p) = prev {
                        if p > x {
                            up = false;
                        } else {
                            if up {
                                delta += x - p;
                            }
                            up = true;
                        }
                    }
                    prev = Some(x);
                }
                Datum::Num(delta)
            }
            Reducer::Step => {
                let mut step: Option<f64> = None;
                let mut prev: Option<f64> = None;
                for x in present() {
                    if let Some(p) = prev {
                        let s = x - p;
                        step = Some(step.map_or(s, |m| m.min(s)));
                    }
                    prev = Some(x);
                }
                step.map_or(Datum::Null, Datum::Num)
            }
            Reducer::AllIsNull => Datum::Num(if present().next().is_none() { 1.0 } else { 0.0 }),
            Reducer::AllIsZero => {
                let mut any = false;
                let mut zero = true;
                for x in present() {
                    any = true;
                    zero &= x == 0.0;
                }
                Datum::Num(if any && zero { 1.0 } else { 0.0 })
            }
            Reducer::ChangeCount => {
                let mut count = 0usize;
                let mut last: Option<f64> = None;
                for x in present() {
                    if last.is_some_and(|l| l != x) {
                        count += 1;
                    }
                    last = Some(x);
                }
                Datum::Num(count as f64)
            }
            Reducer::DistinctCount => {
                let mut all: Vec<u64> = present()
                    .map(|x| if x == 0.0 { 0 } else { x.to_bits() })
                    .collect();
                all.sort_unstable();
                all.dedup();
                Datum::Num(all.len() as f64)
            }
            Reducer::Median | Reducer::Percentile(_) => {
                let mut s: Vec<f64> = present().collect();
                if s.is_empty() {
                    return Datum::Null;
                }
                s.sort_by(|a, b| a.total_cmp(b));
                if let Reducer::Percentile(p) = self {
                    let i = crate::bind::jsnum::round((s.len() - 1) as f64 * (*p as f64 / 100.0))
                        as usize;
                    return Datum::Num(s[i.min(s.len() - 1)]);
                }
                let mid = s.len() / 2;
                Datum::Num(if s.len() % 2 == 0 {
                    (s[mid - 1] + s[mid]) / 2.0
                } else {
                    s[mid]
                })
            }
            Reducer::Variance | Reducer::StdDev => {
                let (mut mean, mut sq, mut n) = (0.0, 0.0, 0.0);
                for x in present() {
                    n += 1.0;
                    let old = mean;
                    mean += (x - old) / n;
                    sq += (x - old) * (x - mean);
                }
                let var = if n > 0.0 { sq / n } else { 0.0 };
                Datum::Num(if *self == Reducer::Variance {
                    var
                } else {
                    var.sqrt()
                })
            }
            Reducer::LastTime | Reducer::FirstTime => {
                let Some(t) = times else { return Datum::Null };
                let n = v.len().min(t.len());
                let idx = if *self == Reducer::LastTime {
                    (0..n).rev().find(|&i| !v[i].is_nan())
                } else {
                    (0..n).find(|&i| !v[i].is_nan())
                };
                idx.map(|i| t[i])
                    .filter(|x| x.is_finite())
                    .map_or(Datum::Null, Datum::Num)
            }
        }
    }

    /// Reduce text values; numeric reducers return None (the caller reports it).
    pub fn strings(&self, v: &[Option<String>], times: Option<&[f64]>) -> Option<Datum> {
        let s = |x: &Option<String>| x.as_ref().map_or(Datum::Null, |s| Datum::Str(s.clone()));
        let present = || v.iter().flatten();
        Some(match self {
            Reducer::Last => v.last().map_or(Datum::Null, s),
            Reducer::First => v.first().map_or(Datum::Null, s),
            Reducer::LastNotNull => v
                .iter()
                .rev()
                .flatten()
                .next()
                .map_or(Datum::Null, |x| Datum::Str(x.clone())),
            Reducer::FirstNotNull => present()
                .next()
                .map_or(Datum::Null, |x| Datum::Str(x.clone())),
            Reducer::Count => Datum::Num(present().count() as f64),
            Reducer::CountAll => Datum::Num(v.len() as f64),
            Reducer::AllIsNull => Datum::Num(if present().next().is_none() { 1.0 } else { 0.0 }),
            Reducer::ChangeCount => {
                let mut n = 0;
                let mut last: Option<&String> = None;
                for x in present() {
                    if last.is_some_and(|l| l != x) {
                        n += 1;
                    }
                    last = Some(x);
                }
                Datum::Num(n as f64)
            }
            Reducer::DistinctCount => {
                let mut all: Vec<&String> = present().collect();
                all.sort();
                all.dedup();
                Datum::Num(all.len() as f64)
            }
            Reducer::LastTime | Reducer::FirstTime => {
                let t = times?;
                let n = v.len().min(t.len());
                let idx = if *self == Reducer::LastTime {
                    (0..n).rev().find(|&i| v[i].is_some())
                } else {
                    (0..n).find(|&i| v[i].is_some())
                };
                idx.map(|i| t[i])
                    .filter(|x| x.is_finite())
                    .map_or(Datum::Null, Datum::Num)
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const N: f64 = f64::NAN;

    fn r(id: &str, v: &[f64]) -> Datum {
        Reducer::parse(id)
            .unwrap()
            .numbers(v, Some(&[10.0, 20.0, 30.0, 40.0, 50.0, 60.0][..v.len()]))
    }

    #[test]
    fn every_reducer() {
        let v = [N, 3.0, 1.0, 4.0, N];
        assert_eq!(r("last", &v), Datum::Null);
        assert_eq!(r("lastNotNull", &v), Datum::Num(4.0));
        assert_eq!(r("current", &v), Datum::Num(4.0));
        assert_eq!(r("first", &v), Datum::Null);
        assert_eq!(r("firstNotNull", &v), Datum::Num(3.0));
        assert_eq!(r("min", &v), Datum::Num(1.0));
        assert_eq!(r("max", &v), Datum::Num(4.0));
        assert_eq!(r("sum", &v), Datum::Num(8.0));
        assert_eq!(r("mean", &v), Datum::Num(8.0 / 3.0));
        assert_eq!(r("median", &v), Datum::Num(3.0));
        assert_eq!(r("median", &[1.0, 2.0, 3.0, 4.0]), Datum::Num(2.5));
        assert_eq!(r("count", &v), Datum::Num(3.0));
        assert_eq!(r("countAll", &v), Datum::Num(5.0));
        assert_eq!(r("range", &v), Datum::Num(3.0));
        assert_eq!(r("diff", &v), Datum::Num(1.0));
        assert_eq!(r("diffperc", &v), Datum::Num(1.0 / 3.0 * 100.0));
        // 3 → 1 is a counter reset (skipped), 1 → 4 counts only after an increase resumes.
        assert_eq!(r("delta", &[1.0, 3.0, 1.0, 4.0, 6.0]), Datum::Num(4.0));
        assert_eq!(r("step", &[1.0, 3.0, 4.0]), Datum::Num(1.0));
        assert_eq!(r("logmin", &[-1.0, 0.0, 2.0, 0.5]), Datum::Num(0.5));
        assert_eq!(r("allIsZero", &[0.0, N, 0.0]), Datum::Num(1.0));
        assert_eq!(r("allIsZero", &[N]), Datum::Num(0.0));
        assert_eq!(r("allIsNull", &[N, N]), Datum::Num(1.0));
        assert_eq!(r("changeCount", &[1.0, 1.0, 2.0, N, 1.0]), Datum::Num(2.0));
        assert_eq!(
            r("distinctCount", &[1.0, 1.0, 2.0, N, 3.0]),
            Datum::Num(3.0)
        );
        assert_eq!(r("p50", &[5.0, 1.0, 3.0]), Datum::Num(3.0));
        assert_eq!(r("p99", &[5.0, 1.0, 3.0]), Datum::Num(5.0));
        assert_eq!(r("variance", &[1.0, 3.0]), Datum::Num(1.0));
        assert_eq!(r("stdDev", &[1.0, 3.0]), Datum::Num(1.0));
        assert_eq!(r("lastTime", &v), Datum::Num(40.0));
        assert_eq!(r("firstTime", &v), Datum::Num(20.0));
        assert_eq!(r("total", &v), Datum::Num(8.0));
        assert_eq!(r("avg", &v), Datum::Num(8.0 / 3.0));
    }

    #[test]
    fn empty_input() {
        assert_eq!(r("sum", &[]), Datum::Num(0.0));
        assert_eq!(r("count", &[]), Datum::Num(0.0));
        assert_eq!(r("mean", &[]), Datum::Null);
        assert_eq!(r("last", &[]), Datum::Null);
        assert_eq!(r("lastTime", &[]), Datum::Null);
        assert_eq!(r("allIsNull", &[]), Datum::Num(1.0));
    }

    #[test]
    fn strings_and_names() {
        let v = vec![Some("up".to_string()), None, Some("down".to_string())];
        assert_eq!(
            Reducer::Last.strings(&v, None),
            Some(Datum::Str("down".into()))
        );
        assert_eq!(
            Reducer::DistinctCount.strings(&v, None),
            Some(Datum::Num(2.0))
        );
        assert_eq!(Reducer::Mean.strings(&v, None), None);
        assert!(Reducer::parse("p0").is_err());
        assert!(Reducer::parse("p100").is_err());
        assert!(Reducer::parse("avrage")
            .unwrap_err()
            .contains("unknown reducer"));
        assert_eq!(Reducer::parse("p95").unwrap().id(), "p95");
    }
}
