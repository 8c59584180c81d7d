//! Node health: levels from bindings, and a robust anomaly score from raw series.
//!
//! The score follows BARO's RobustScorer and NSigma: fit the median and the MAD on a baseline
//! window, express each recent point as a robust z = (x − median) / (1.4826·MAD), and take the
//! `sustain`-th largest, so a single stray point never alerts and a fault that began late in the
//! window still does. Median and MAD shrug off outliers in the baseline, and a baseline that
//! already holds the start of the fault (a late detection) moves them little.

use super::config::HealthConfig;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Level {
    /// No data.
    #[default]
    Unknown,
    Ok,
    Warn,
    Crit,
}

impl Level {
    /// Accepts the usual spellings of alert states.
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ok" | "normal" | "healthy" | "green" | "up" | "inactive" => Some(Level::Ok),
            "warn" | "warning" | "degraded" | "yellow" | "pending" => Some(Level::Warn),
            "crit" | "critical" | "error" | "alerting" | "firing" | "failed" | "down" | "red" => {
                Some(Level::Crit)
            }
            "unknown" | "nodata" | "no_data" | "none" | "" => Some(Level::Unknown),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Unknown => "unknown",
            Level::Ok => "ok",
            Level::Warn => "warn",
            Level::Crit => "crit",
        }
    }
}

/// Which way of a series is bad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Polarity {
    /// Higher is worse (latency, errors, saturation). The default.
    #[default]
    Up,
    /// Lower is worse (throughput, success rate).
    Down,
    Both,
}

/// One node's state for one refresh. `Default` is "no data".
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeState {
    /// From the bindings; `Unknown` when nothing is bound.
    pub level: Level,
    /// Robust z (≥ 0) of the worst counted series; `None` without series.
    pub anomaly: Option<f64>,
    /// When the trouble began, in ms on the caller's clock.
    pub onset: Option<f64>,
    /// The series that gave the anomaly score.
    pub signal: Option<String>,
}

/// The score of one series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeriesScore {
    /// The `sustain`-th largest robust z of the recent window, ≥ 0, capped.
    pub z: f64,
    /// Index in the recent window where the deviation began (`change_point`), when the score is at least 1.
    pub onset: Option<usize>,
}

/// Median and the scale 1.4826·MAD (a standard deviation for normal data) of the finite values.
/// A flat baseline has no spread; the scale then falls back to 1% of |median| (1e-9 at zero),
/// so any real change scores high and is capped by the caller.
pub fn robust_center_scale(baseline: &[f64]) -> Option<(f64, f64)> {
    center_scale_in(baseline, &mut Vec::new())
}

fn center_scale_in(baseline: &[f64], ks: &mut Vec<u64>) -> Option<(f64, f64)> {
    // Selection on integer keys that order as `f64::total_cmp` orders the floats: the same
    // elements as selecting the floats, with cheaper comparisons (scoring every bound series
    // each refresh is most of the live analysis; −12 % measured against selecting floats; one
    // sort or a radix pass instead was slower).
    ks.clear();
    ks.extend(
        baseline
            .iter()
            .filter(|x| x.is_finite())
            .map(|&x| order_key(x)),
    );
    let med = median_by_key(ks, from_order_key)?;
    for k in ks.iter_mut() {
        *k = (from_order_key(*k) - med).abs().to_bits();
    }
    let mad = median_by_key(ks, f64::from_bits)?;
    let scale = 1.4826 * mad;
    let scale = if scale.is_finite() && scale > 0.0 {
        scale
    } else {
        (0.01 * med.abs()).max(1e-9)
    };
    Some((med, scale))
}

/// Median of keys that order as their floats (`float` maps a key back); `None` when empty.
fn median_by_key(ks: &mut [u64], float: fn(u64) -> f64) -> Option<f64> {
    let n = ks.len();
    if n == 0 {
        return None;
    }
    let mid = n / 2;
    let (lo, m, _) = ks.select_nth_unstable(mid);
    let m = float(*m);
    if n % 2 == 1 {
        Some(m)
    } else {
        let below = lo.iter().copied().max().map_or(f64::NEG_INFINITY, float);
        Some((below + m) / 2.0)
    }
}

/// A float as an integer that orders as `f64::total_cmp` orders the floats.
fn order_key(x: f64) -> u64 {
    // Negative: all bits flipped; otherwise the sign bit set.
    let b = x.to_bits();
    b ^ (((b as i64) >> 63) as u64 | 1 << 63)
}

fn from_order_key(k: u64) -> f64 {
    f64::from_bits(k ^ (!(((k as i64) >> 63) as u64) | 1 << 63))
}

/// Buffers reused across series, so scoring thousands of series allocates nothing.
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    values: Vec<u64>,
    devs: Vec<(usize, f64)>,
    sorted: Vec<f64>,
}

/// Score a recent window against a baseline. `None` when the baseline is too short or the
/// recent window holds no finite value.
pub fn score_series(
    baseline: &[f64],
    recent: &[f64],
    polarity: Polarity,
    cfg: &HealthConfig,
) -> Option<SeriesScore> {
    score_series_with(baseline, recent, polarity, cfg, &mut Scratch::default())
}

/// `score_series` with caller-owned buffers.
pub fn score_series_with(
    baseline: &[f64],
    recent: &[f64],
    polarity: Polarity,
    cfg: &HealthConfig,
    scratch: &mut Scratch,
) -> Option<SeriesScore> {
    let finite_base = baseline.iter().filter(|x| x.is_finite()).count();
    if finite_base < cfg.min_baseline.max(1) {
        return None;
    }
    let (med, scale) = center_scale_in(baseline, &mut scratch.values)?;
    // A cap from the host's options: never let a bad one reach `clamp` (which panics on min > max).
    let cap = if cfg.z_cap.is_finite() && cfg.z_cap > 0.0 {
        cfg.z_cap
    } else {
        50.0
    };
    // Signed deviations in the bad direction, finite points only, with their window index.
    let ds = &mut scratch.devs;
    ds.clear();
    ds.extend(
        recent
            .iter()
            .enumerate()
            .filter(|(_, x)| x.is_finite())
            .map(|(i, &x)| {
                let d = (x - med) / scale;
                let d = match polarity {
                    Polarity::Up => d,
                    Polarity::Down => -d,
                    Polarity::Both => d.abs(),
                };
                (i, d.clamp(-cap, cap))
            }),
    );
    if ds.is_empty() {
        return None;
    }
    let sorted = &mut scratch.sorted;
    sorted.clear();
    sorted.extend(ds.iter().map(|p| p.1.max(0.0)));
    sorted.sort_unstable_by(|a, b| b.total_cmp(a));
    let k = cfg.sustain.max(1).min(sorted.len());
    let z = sorted.get(k - 1).copied().unwrap_or(0.0);
    let onset = if z >= 1.0 {
        Some(change_point(ds, z))
    } else {
        None
    };
    Some(SeriesScore { z, onset })
}

/// Where a shift that lasts to the end of the window most likely began: the start `i` that
/// maximizes Σ_{t≥i} d_t / √(points from i) (a mean-shift likelihood ratio with unit variance),
/// on deviations clipped to ±max(3, 2·score) so one wild point cannot pull it. Earliest on ties.
pub fn change_point(ds: &[(usize, f64)], score: f64) -> usize {
    let c = (2.0 * score).max(3.0);
    let mut best = (f64::NEG_INFINITY, ds.first().map(|p| p.0).unwrap_or(0));
    let mut tail = 0.0;
    for (j, &(i, d)) in ds.iter().enumerate().rev() {
        tail += d.clamp(-c, c);
        let st = tail / ((ds.len() - j) as f64).sqrt();
        // Walking backwards, `>=` keeps the earliest start among equals.
        if st >= best.0 {
            best = (st, i);
        }
    }
    best.1
}

/// The evidence a node's state gives that it is anomalous: the log of the likelihood ratio
/// "anomalous vs normal", ln λ. Positive means more likely anomalous. `None`: no data.
///
/// A robust z counts as `evidence_slope`·(z − `evidence_z0`), clipped to [−6, 8]. The defaults
/// (1.5 per σ from z = 2.2) come from a null of heavy-tailed points (Student t, 3 degrees of
/// freedom, in robust-z units), scored as here (second largest of 10), against fault sizes spread
/// evenly over 2–10σ: the exact log ratio is −0.3 at z = 2, 1.5 at 3, 3.1 at 4, 5.7 at 6.
/// A bound level counts as: crit +5, warn +2, ok −3. With both, a warn/crit level and the series
/// take the stronger; an ok level defers to the series (ok is a threshold, not a measurement).
pub fn log_lambda(state: &NodeState, cfg: &HealthConfig) -> Option<f64> {
    let from_z = state
        .anomaly
        .filter(|z| z.is_finite())
        .map(|z| (cfg.evidence_slope * (z - cfg.evidence_z0)).clamp(-6.0, 8.0))
        .filter(|x| x.is_finite());
    let from_level: Option<f64> = match state.level {
        Level::Crit => Some(5.0),
        Level::Warn => Some(2.0),
        Level::Ok => Some(-3.0),
        Level::Unknown => None,
    };
    match (state.level, from_level, from_z) {
        (Level::Ok, _, Some(z)) => Some(z),
        (_, Some(l), Some(z)) => Some(l.max(z)),
        (_, Some(l), None) => Some(l),
        (_, None, z) => z,
    }
}

/// The level that counts: the bound one, or one derived from the anomaly score when nothing is bound.
pub fn effective_level(state: &NodeState, cfg: &HealthConfig) -> Level {
    if state.level != Level::Unknown {
        return state.level;
    }
    match state.anomaly.filter(|z| z.is_finite()) {
        Some(z) if z >= cfg.crit_z => Level::Crit,
        Some(z) if z >= cfg.warn_z => Level::Warn,
        Some(_) => Level::Ok,
        None => Level::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference the scoring's key selection is checked against: the median of the floats
    /// themselves, selected with `total_cmp` (the input is reordered; `None` when empty).
    fn median(xs: &mut [f64]) -> Option<f64> {
        let n = xs.len();
        if n == 0 {
            return None;
        }
        let mid = n / 2;
        let (lo, m, _) = xs.select_nth_unstable_by(mid, f64::total_cmp);
        let m = *m;
        if n % 2 == 1 {
            Some(m)
        } else {
            let below = lo.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            Some((below + m) / 2.0)
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn median_odd_even_and_empty() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn order_keys_order_as_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -1e300,
            -2.5,
            -1e-310,
            -0.0,
            0.0,
            1e-310,
            3.0,
            1e300,
            f64::INFINITY,
        ];
        for w in xs.windows(2) {
            assert!(order_key(w[0]) < order_key(w[1]), "{} < {}", w[0], w[1]);
        }
        for x in xs {
            assert_eq!(from_order_key(order_key(x)).to_bits(), x.to_bits());
        }
        // The same centre and scale as selecting the floats themselves (`median` twice), on
        // data with ties, signs, zeros of both signs, outliers and non-finite points.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as f64 / (1u64 << 31) as f64
        };
        for trial in 0..400 {
            let n = 1 + trial % 97 + if trial % 5 == 0 { 300 } else { 0 };
            let data: Vec<f64> = (0..n)
                .map(|_| match (next() * 10.0) as u32 {
                    0 => (next() * 4.0).round(),
                    1 => -0.0,
                    2 => f64::NAN,
                    3 => next() * 1e12 - 5e11,
                    _ => 50.0 + (next() - 0.5) * 8.0,
                })
                .collect();
            let mut a: Vec<f64> = data.iter().copied().filter(|x| x.is_finite()).collect();
            let Some(med) = median(&mut a) else {
                assert_eq!(robust_center_scale(&data), None);
                continue;
            };
            let mut d: Vec<f64> = a.iter().map(|x| (x - med).abs()).collect();
            let mad = median(&mut d).unwrap();
            let (m, s) = robust_center_scale(&data).unwrap();
            assert_eq!(m.to_bits(), med.to_bits(), "median of {data:?}");
            let want = if 1.4826 * mad > 0.0 {
                1.4826 * mad
            } else {
                (0.01 * med.abs()).max(1e-9)
            };
            assert_eq!(s.to_bits(), want.to_bits(), "scale of {data:?}");
        }
    }

    #[test]
    fn center_and_scale_by_hand() {
        // median 3; |x − 3| = 2,1,0,1,97 → MAD 1; scale 1.4826. The outlier 100 changes nothing.
        let (m, s) = robust_center_scale(&[1.0, 2.0, 3.0, 4.0, 100.0]).unwrap();
        assert!(close(m, 3.0));
        assert!(close(s, 1.4826));
    }

    #[test]
    fn flat_baseline_falls_back() {
        let (m, s) = robust_center_scale(&[0.0; 8]).unwrap();
        assert_eq!(m, 0.0);
        assert!(close(s, 1e-9));
        let (_, s) = robust_center_scale(&[200.0; 8]).unwrap();
        assert!(close(s, 2.0));
    }

    #[test]
    fn score_is_the_sustained_z() {
        let cfg = HealthConfig::default();
        let base = [1.0, 2.0, 3.0, 4.0, 100.0];
        // z = (x − 3)/1.4826: 3 → 0, 6 → 2.0235, 9 → 4.0469, one spike of 50 ignored by sustain = 2.
        let s = score_series(&base, &[3.0, 50.0, 3.0, 6.0, 9.0], Polarity::Up, &cfg).unwrap();
        assert!(close(s.z, 6.0 / 1.4826));
        // Onset: deviations clipped at 2·4.05 = 8.09 give tail sums / √n of
        // 14.17/√5 = 6.34, 14.17/√4 = 7.08, 6.07/√3 = 3.50, 6.07/√2 = 4.29, 4.05/1: index 1.
        assert_eq!(s.onset, Some(1));
        let s = score_series(&base, &[3.0, 3.0, 3.0, 9.0, 9.0], Polarity::Up, &cfg).unwrap();
        assert!(close(s.z, 6.0 / 1.4826));
        assert_eq!(s.onset, Some(3));
    }

    #[test]
    fn change_point_ignores_early_noise() {
        // A shift of 4 from index 6; a stray 2.5 at index 1 does not pull the onset early.
        let ds: Vec<(usize, f64)> = [0.1, 2.5, -0.3, 0.2, -0.5, 0.4, 4.2, 3.8, 4.1, 3.9]
            .iter()
            .copied()
            .enumerate()
            .collect();
        assert_eq!(change_point(&ds, 3.9), 6);
        // Missing points keep their window index.
        let ds = vec![(0, 0.0), (3, 5.0), (4, 5.0)];
        assert_eq!(change_point(&ds, 5.0), 3);
    }

    #[test]
    fn polarity_and_cap() {
        let cfg = HealthConfig::default();
        let base = [10.0; 6];
        let s = score_series(&base, &[0.0, 0.0], Polarity::Up, &cfg).unwrap();
        assert_eq!(s.z, 0.0);
        let s = score_series(&base, &[0.0, 0.0], Polarity::Down, &cfg).unwrap();
        assert_eq!(s.z, cfg.z_cap);
        let s = score_series(&base, &[20.0, 0.0], Polarity::Both, &cfg).unwrap();
        assert_eq!(s.z, cfg.z_cap);
    }

    #[test]
    fn bad_options_do_not_panic() {
        let cfg = HealthConfig {
            z_cap: -1.0,
            sustain: 0,
            min_baseline: 0,
            evidence_slope: f64::NAN,
            ..HealthConfig::default()
        };
        let s = score_series(&[1.0, 2.0, 3.0], &[100.0, 100.0], Polarity::Up, &cfg).unwrap();
        assert_eq!(s.z, 50.0);
        let st = NodeState {
            anomaly: Some(4.0),
            ..NodeState::default()
        };
        assert_eq!(log_lambda(&st, &cfg), None);
    }

    #[test]
    fn too_little_data_gives_none() {
        let cfg = HealthConfig::default();
        assert!(score_series(&[1.0, 2.0], &[5.0], Polarity::Up, &cfg).is_none());
        assert!(
            score_series(&[1.0, 2.0, 3.0, 4.0, 5.0], &[f64::NAN], Polarity::Up, &cfg).is_none()
        );
        let with_nan = [1.0, f64::NAN, 2.0, 3.0, f64::INFINITY, 4.0, 5.0];
        assert!(score_series(&with_nan, &[5.0, 5.0], Polarity::Up, &cfg).is_some());
    }

    #[test]
    fn lambda_and_levels() {
        let cfg = HealthConfig::default();
        let st = |level, anomaly| NodeState {
            level,
            anomaly,
            ..NodeState::default()
        };
        assert_eq!(log_lambda(&st(Level::Unknown, None), &cfg), None);
        assert_eq!(log_lambda(&st(Level::Crit, None), &cfg), Some(5.0));
        assert_eq!(log_lambda(&st(Level::Ok, None), &cfg), Some(-3.0));
        assert_eq!(log_lambda(&st(Level::Unknown, Some(2.2)), &cfg), Some(0.0));
        assert!((log_lambda(&st(Level::Unknown, Some(3.0)), &cfg).unwrap() - 1.2).abs() < 1e-9);
        assert!((log_lambda(&st(Level::Ok, Some(6.0)), &cfg).unwrap() - 5.7).abs() < 1e-9);
        assert_eq!(log_lambda(&st(Level::Warn, Some(9.0)), &cfg), Some(8.0));
        assert_eq!(log_lambda(&st(Level::Crit, Some(1.0)), &cfg), Some(5.0));
        assert_eq!(
            effective_level(&st(Level::Unknown, Some(6.5)), &cfg),
            Level::Crit
        );
        assert_eq!(
            effective_level(&st(Level::Unknown, Some(3.5)), &cfg),
            Level::Warn
        );
        assert_eq!(effective_level(&st(Level::Ok, Some(9.0)), &cfg), Level::Ok);
        assert_eq!(Level::parse("Firing"), Some(Level::Crit));
        assert_eq!(Level::parse("purple"), None);
    }
}
