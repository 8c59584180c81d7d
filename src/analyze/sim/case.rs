//! One simulated incident: a fault at one node, carried up to its dependents with some
//! probability and attenuation, unrelated anomalies elsewhere, some nodes without series;
//! then every node's series scored exactly as the panel scores them.

use super::rng::Rng;
use crate::analyze::health::{self, NodeState, Polarity};
use crate::analyze::{AnalysisGraph, HealthConfig, NodeIx, NodeKind};

pub const BASELINE: usize = 60;
pub const RECENT: usize = 10;
pub const STEP_MS: f64 = 60_000.0;
pub const SIGNALS: [&str; 3] = ["latency", "errors", "saturation"];
/// Points of the worst series kept for correlation-based methods.
pub const KEEP: usize = 30;

#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    pub name: String,
    /// Fault size in baseline standard deviations.
    pub magnitude: f64,
    /// Probability that a hard dependency carries the fault to a dependent (soft: a quarter of it).
    pub propagation: f64,
    /// Share of nodes with unrelated anomalies of similar size: spikes of 1–3 points at a random
    /// place in the recent window (noisy, flapping metrics).
    pub noise: f64,
    /// Unrelated anomalies last from their start to the end of the window instead (concurrent
    /// unrelated incidents, not noise: the hardest case).
    pub sustained_noise: bool,
    /// Share of nodes without any series.
    pub missing: f64,
    /// The fault begins in the last 2–4 points of the recent window.
    pub late_onset: bool,
    /// The fault began this many points before the recent window (the baseline holds its start).
    pub detection_lag: usize,
    /// Per-hop attenuation of the fault size, drawn uniformly in this range.
    pub decay: (f64, f64),
}

impl Setting {
    /// 5σ, 70% propagation, 5% noisy nodes.
    pub fn standard() -> Setting {
        Setting {
            name: "standard: 5σ, q 0.7, noise 5%".into(),
            magnitude: 5.0,
            propagation: 0.7,
            noise: 0.05,
            missing: 0.0,
            sustained_noise: false,
            late_onset: false,
            detection_lag: 0,
            decay: (0.5, 1.0),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Case {
    pub root: NodeIx,
    /// What the panel would know: anomaly score, onset and signal per node (no levels bound).
    pub states: Vec<NodeState>,
    /// The last `KEEP` points of each node's worst series.
    pub primary: Vec<Option<Vec<f64>>>,
    /// Nodes the fault reached (ground truth, the root included).
    pub affected: Vec<bool>,
}

/// Nodes that can fail on their own (not groups).
pub fn eligible(g: &AnalysisGraph) -> Vec<NodeIx> {
    (0..g.len() as NodeIx)
        .filter(|&v| g.node(v).map(|n| n.kind == NodeKind::Node).unwrap_or(false))
        .collect()
}

#[derive(Debug, Clone, Copy)]
struct Effect {
    size: f64,
    /// Index in the recent window (negative: inside the baseline).
    onset: i64,
    /// Points it lasts (`i64::MAX`: to the end).
    len: i64,
    signal: usize,
}

pub fn make_case(
    g: &AnalysisGraph,
    eligible: &[NodeIx],
    s: &Setting,
    rng: &mut Rng,
    hc: &HealthConfig,
) -> Case {
    let n = g.len();
    let root = eligible
        .get(rng.below(eligible.len()))
        .copied()
        .unwrap_or(0);
    let r = RECENT as i64;
    let onset = if s.detection_lag > 0 {
        -(s.detection_lag as i64)
    } else if s.late_onset {
        r - 2 - rng.below(3) as i64
    } else {
        rng.below(RECENT / 2) as i64
    };
    let mut effect: Vec<Option<Effect>> = vec![None; n];
    effect[root as usize] = Some(Effect {
        size: s.magnitude,
        onset,
        len: i64::MAX,
        signal: rng.below(3),
    });
    let mut queue = std::collections::VecDeque::from([root]);
    while let Some(a) = queue.pop_front() {
        let Some(ea) = effect[a as usize] else {
            continue;
        };
        for (&d, &e) in g
            .dependents
            .row(a as usize)
            .iter()
            .zip(g.dependents.row_edges(a as usize))
        {
            if effect[d as usize].is_some() {
                continue;
            }
            let Some(dep) = g.dep(e) else { continue };
            if g.is_aggregate(d) {
                // One member down leaves a k-of-n group standing; an all-of group falls with it.
                if !dep.redundant {
                    effect[d as usize] = Some(ea);
                    queue.push_back(d);
                }
                continue;
            }
            let p = if dep.strength == crate::analyze::rules::Strength::Hard {
                s.propagation
            } else {
                s.propagation * 0.25
            };
            if !rng.chance(p) {
                continue;
            }
            let size = ea.size * rng.range_f64(s.decay.0, s.decay.1);
            let onset = ea.onset + i64::from(rng.chance(0.5));
            // A saturated dependency shows as latency in its callers.
            let signal = if ea.signal == 2 { 0 } else { ea.signal };
            effect[d as usize] = Some(Effect {
                size,
                onset,
                len: i64::MAX,
                signal,
            });
            queue.push_back(d);
        }
    }
    let affected: Vec<bool> = effect.iter().map(|e| e.is_some()).collect();

    let mut noisy: Vec<Option<Effect>> = vec![None; n];
    let mut pool: Vec<NodeIx> = eligible.iter().copied().filter(|&v| v != root).collect();
    rng.shuffle(&mut pool);
    let k = ((eligible.len() as f64) * s.noise).round() as usize;
    for &v in pool.iter().take(k) {
        let (onset, len) = if s.sustained_noise {
            (rng.below(RECENT - 1) as i64, i64::MAX)
        } else {
            let len = 1 + rng.below(3) as i64;
            (rng.below(RECENT + 1 - len as usize) as i64, len)
        };
        noisy[v as usize] = Some(Effect {
            size: s.magnitude * rng.range_f64(0.5, 1.5),
            onset,
            len,
            signal: rng.below(3),
        });
    }

    let mut states = vec![NodeState::default(); n];
    let mut primary = vec![None; n];
    let mut buf = vec![0.0; BASELINE + RECENT];
    let mut scratch = health::Scratch::default();
    for &v in eligible {
        let vi = v as usize;
        if rng.chance(s.missing) {
            continue;
        }
        let mut best: Option<(f64, Option<usize>, usize, Vec<f64>)> = None;
        for (sig, _) in SIGNALS.iter().enumerate() {
            for (t, x) in buf.iter_mut().enumerate() {
                let z = rng.normal();
                // Heavy tails: one point in twenty is three times as wide.
                *x = if rng.chance(0.05) { 3.0 * z } else { z };
                let at = t as i64 - BASELINE as i64;
                for eff in [effect[vi], noisy[vi]].into_iter().flatten() {
                    if eff.signal == sig && at >= eff.onset && at - eff.onset < eff.len {
                        *x += eff.size;
                    }
                }
            }
            let (base, recent) = buf.split_at(BASELINE);
            if let Some(sc) =
                health::score_series_with(base, recent, Polarity::Up, hc, &mut scratch)
            {
                if best.as_ref().map(|b| sc.z > b.0).unwrap_or(true) {
                    best = Some((
                        sc.z,
                        sc.onset,
                        sig,
                        buf[BASELINE + RECENT - KEEP..].to_vec(),
                    ));
                }
            }
        }
        if let Some((z, on, sig, keep)) = best {
            states[vi] = NodeState {
                anomaly: Some(z),
                onset: on.map(|i| i as f64 * STEP_MS),
                signal: Some(SIGNALS[sig].to_string()),
                ..NodeState::default()
            };
            primary[vi] = Some(keep);
        }
    }
    Case {
        root,
        states,
        primary,
        affected,
    }
}
