//! Root-cause candidates: every node is a hypothesis "this one failed first", scored by how
//! well it explains what is observed, in nats (natural-log likelihood ratios against "every
//! alert is unrelated noise"). The terms, each shown in the explanation:
//!
//! - **own**: ln ρ, where ρ = λ / (ε·λ + 1 − ε) compares "this node is faulty" with "it is like
//!   any other node" (λ: the anomaly evidence of its level or series, `health::log_lambda`;
//!   ε: the rate of unrelated alerts). At most ln(1/ε) ≈ 3.0 for a clearly red node.
//! - **propagation**: the fault climbs to dependents. For each affected node, its direct
//!   dependents each catch it with a probability q that is unknown per incident (uniform
//!   prior, integrated on an 8-point grid), so "all callers red" and "no caller red" are both
//!   plausible but "one of six callers red" is weak evidence. Alerting dependents add evidence
//!   and carry the search on; healthy ones take a little away; soft edges carry q·0.3, edges
//!   into a k-of-n group q·0.2. Nodes without data are passed through with a shrinking reach.
//! - **onset**: a dependent whose trouble began clearly before its dependency's (more than the
//!   slack) is not explained by it: it counts as unaffected.
//! - **PageRank prior**: a personalized PageRank walking from anomalous nodes to their
//!   dependencies (against the direction faults travel) gathers mass on deep anomalous nodes;
//!   ±1 nat at most.
//!
//! Topology: an alerting node whose own dependencies are healthy explains the alerts above
//! it and nothing below explains it, so it ranks before the nodes that depend on it; the
//! explanation says which dependencies are alerting when there are any.

use super::blast::Marks;
use super::config::RankConfig;
use super::graph::{AnalysisGraph, NodeIx, NodeKind};
use super::pagerank::{personalized_pagerank, PageRankParams};
use super::rules::Strength;
use serde::Serialize;

const GRID: usize = 8;
/// Midpoints of 8 equal slices of [0, 1]: the uniform prior on the carry probability q.
const Q: [f64; GRID] = [0.0625, 0.1875, 0.3125, 0.4375, 0.5625, 0.6875, 0.8125, 0.9375];
/// A node without data is passed through while the chance it was reached stays above this.
const MIN_REACH: f64 = 0.1;

/// What the ranking needs per node, for one refresh.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence {
    /// ln λ per node; `None` = no data.
    pub log_lambda: Vec<Option<f64>>,
    /// Alerting (effective level warn or crit).
    pub alerting: Vec<bool>,
    /// Onset in ms.
    pub onset: Vec<Option<f64>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SignalKind {
    Own,
    Propagation,
    Onset,
    PageRank,
    Topology,
    NoData,
}

/// One contribution to a candidate's score, with the facts behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Signal {
    pub kind: SignalKind,
    /// Nats added to the score (0 for facts that inform without scoring).
    pub contribution: f64,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub node: NodeIx,
    /// 1-based.
    pub rank: usize,
    /// Total evidence in nats.
    pub score: f64,
    /// Share of the posterior under the model (one root cause, independent noise), against all
    /// nodes and "no common cause". A relative weight, not a calibrated probability.
    pub probability: f64,
    /// Alerting nodes this one explains (itself included when alerting).
    pub explains: usize,
    /// All alerting nodes.
    pub alerts: usize,
    /// The explained alerting nodes, nearest first (capped at `max_listed`).
    pub explained: Vec<NodeIx>,
    /// None of its dependencies is alerting.
    pub local_root: bool,
    pub signals: Vec<Signal>,
    /// One line for the panel.
    pub summary: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ranking {
    pub candidates: Vec<Candidate>,
    /// Score per node (`NEG_INFINITY` for nodes that cannot be a cause: aggregate groups without data).
    pub scores: Vec<f64>,
    pub pagerank: Vec<f64>,
    /// Candidates scored with one hop only because the search budget ran out.
    pub shallow: usize,
    pub pagerank_iterations: usize,
}

/// ln ρ from ln λ: ρ = λ / (ε·λ + 1 − ε), computed without overflow.
pub fn log_rho(ll: f64, eps: f64) -> f64 {
    if ll > 0.0 {
        -(eps + (1.0 - eps) * (-ll).exp()).ln()
    } else {
        ll - (1.0 - eps + eps * ll.exp()).ln()
    }
}

fn log_sum_exp(xs: &[f64]) -> f64 {
    let m = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !m.is_finite() {
        return m;
    }
    m + xs.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// What one hypothesis search found (filled only when asked to record).
#[derive(Debug, Default)]
struct Trace {
    explained: Vec<NodeIx>,
    healthy: Vec<NodeIx>,
    too_early: Vec<NodeIx>,
    passed: Vec<NodeIx>,
    propagation: f64,
    onset_penalty: f64,
}

struct Ctx<'a> {
    g: &'a AnalysisGraph,
    ev: &'a Evidence,
    cfg: &'a RankConfig,
    rho: Vec<f64>,
    /// ln(1 + q·(ρ − 1)) per node and grid point, for a hard edge.
    table: Vec<[f64; GRID]>,
}

impl<'a> Ctx<'a> {
    fn new(g: &'a AnalysisGraph, ev: &'a Evidence, cfg: &'a RankConfig) -> Self {
        let eps = cfg.noise_rate.clamp(1e-6, 0.5);
        let rho: Vec<f64> = (0..g.len())
            .map(|i| match ev.log_lambda.get(i).copied().flatten() {
                Some(ll) => log_rho(ll, eps).exp(),
                None => 1.0,
            })
            .collect();
        let table = rho.iter().map(|&r| Q.map(|q| (1.0 + q * (r - 1.0)).ln())).collect();
        Ctx { g, ev, cfg, rho, table }
    }

    fn has_data(&self, v: usize) -> bool {
        matches!(self.ev.log_lambda.get(v), Some(Some(_)))
    }

    fn onset(&self, v: usize) -> Option<f64> {
        self.ev.onset.get(v).copied().flatten().filter(|x| x.is_finite())
    }

    fn alerting(&self, v: usize) -> bool {
        self.ev.alerting.get(v).copied().unwrap_or(false)
    }

    /// The propagation evidence for hypothesis `c`, breadth-first over dependents.
    /// `deep = false` looks one hop only. Returns (evidence, edge visits).
    fn propagate(&self, c: NodeIx, deep: bool, marks: &mut Marks, mut trace: Option<&mut Trace>) -> (f64, usize) {
        let g = self.g;
        marks.next();
        marks.mark(c as usize);
        let mut queue: std::collections::VecDeque<(NodeIx, f64, Option<f64>)> = std::collections::VecDeque::new();
        queue.push_back((c, 1.0, self.onset(c as usize)));
        let mut total = 0.0;
        let mut visits = 0usize;
        let slack = if self.cfg.onset_slack_ms.is_finite() { self.cfg.onset_slack_ms.max(0.0) } else { 0.0 };
        while let Some((a, reach, onset_a)) = queue.pop_front() {
            let mut l = [0.0f64; GRID];
            let mut early = [0.0f64; GRID];
            let mut observed = false;
            for (&d, &e) in g.dependents.row(a as usize).iter().zip(g.dependents.row_edges(a as usize)) {
                visits += 1;
                if !marks.mark(d as usize) {
                    continue;
                }
                let Some(dep) = g.dep(e) else { continue };
                let mut s = if dep.strength == Strength::Hard { 1.0 } else { self.cfg.soft_factor.clamp(0.0, 1.0) };
                if dep.redundant {
                    s *= self.cfg.redundant_factor.clamp(0.0, 1.0);
                }
                let di = d as usize;
                if !self.has_data(di) {
                    let r = reach * 0.5 * s;
                    if deep && r >= MIN_REACH {
                        queue.push_back((d, r, onset_a));
                        if let Some(t) = trace.as_deref_mut() {
                            t.passed.push(d);
                        }
                    }
                    continue;
                }
                observed = true;
                let onset_d = self.onset(di);
                let consistent = match (onset_a, onset_d) {
                    (Some(oa), Some(od)) => od >= oa - slack,
                    _ => true,
                };
                let rho = self.rho.get(di).copied().unwrap_or(1.0);
                if consistent {
                    if s >= 1.0 {
                        if let Some(row) = self.table.get(di) {
                            for (x, t) in l.iter_mut().zip(row) {
                                *x += t;
                            }
                        }
                    } else {
                        for (x, q) in l.iter_mut().zip(Q) {
                            *x += (1.0 + s * q * (rho - 1.0)).ln();
                        }
                    }
                    if rho > 1.0 {
                        if deep {
                            queue.push_back((d, 1.0, onset_d.or(onset_a)));
                        }
                        if let Some(t) = trace.as_deref_mut() {
                            if self.alerting(di) {
                                t.explained.push(d);
                            }
                        }
                    } else if let Some(t) = trace.as_deref_mut() {
                        t.healthy.push(d);
                    }
                } else {
                    for ((x, y), q) in l.iter_mut().zip(early.iter_mut()).zip(Q) {
                        let v = (1.0 - s * q).ln();
                        *x += v;
                        *y += v;
                    }
                    if let Some(t) = trace.as_deref_mut() {
                        t.too_early.push(d);
                    }
                }
            }
            if !observed {
                continue;
            }
            let mixed = |xs: &[f64; GRID]| {
                let le = log_sum_exp(xs) - (GRID as f64).ln();
                if reach >= 1.0 {
                    le
                } else {
                    (reach * le.exp() + 1.0 - reach).ln()
                }
            };
            let here = mixed(&l);
            total += here;
            if let Some(t) = trace.as_deref_mut() {
                // The share of the onset-inconsistent dependents, as if they were alone.
                if early.iter().any(|x| *x != 0.0) {
                    t.onset_penalty += mixed(&early);
                }
                t.propagation += here;
            }
            if !deep {
                break;
            }
        }
        if let Some(t) = trace {
            t.propagation -= t.onset_penalty;
        }
        (total, visits)
    }
}

/// May this node be a root cause? Aggregate groups and boxes with no state of their own are
/// derived from their members, so they are not hypotheses.
fn is_hypothesis(g: &AnalysisGraph, ev: &Evidence, v: usize) -> bool {
    match g.nodes.get(v).map(|n| n.kind) {
        Some(NodeKind::Group) | Some(NodeKind::VisualGroup) => matches!(ev.log_lambda.get(v), Some(Some(_))),
        Some(_) => true,
        None => false,
    }
}

/// The personalized PageRank used as a prior: the walker moves from a node to its
/// dependencies, preferring anomalous ones, and restarts at anomalous nodes.
pub fn anomaly_pagerank(g: &AnalysisGraph, ev: &Evidence, cfg: &RankConfig) -> (Vec<f64>, usize) {
    let n = g.len();
    let post: Vec<f64> = (0..n)
        .map(|i| match ev.log_lambda.get(i).copied().flatten() {
            Some(ll) => sigmoid(ll),
            None => 0.5,
        })
        .collect();
    let weights: Vec<f64> = g
        .dependencies
        .targets
        .iter()
        .zip(&g.dependencies.edges)
        .map(|(&t, &e)| {
            let s = match g.dep(e).map(|d| d.strength) {
                Some(Strength::Hard) => 1.0,
                _ => cfg.soft_factor.clamp(0.0, 1.0),
            };
            s * (0.1 + post.get(t as usize).copied().unwrap_or(0.0))
        })
        .collect();
    let anomalous: Vec<f64> = (0..n)
        .map(|i| match ev.log_lambda.get(i).copied().flatten() {
            Some(ll) if ll > 0.0 => sigmoid(ll),
            _ => 0.0,
        })
        .collect();
    let pers = if anomalous.iter().any(|x| *x > 0.0) {
        anomalous
    } else {
        (0..n).map(|i| if ev.log_lambda.get(i).copied().flatten().is_some() { post[i] } else { 0.0 }).collect()
    };
    let params = PageRankParams { damping: cfg.damping, tol: cfg.pagerank_tol, max_iter: cfg.pagerank_max_iter };
    personalized_pagerank(&g.dependencies, &weights, &pers, &params)
}

fn names(g: &AnalysisGraph, vs: &[NodeIx], max: usize) -> String {
    let mut out: Vec<&str> = vs.iter().take(max).filter_map(|&v| g.node(v)).map(|n| n.label.as_str()).collect();
    let more;
    if vs.len() > max {
        more = format!("+{} more", vs.len() - max);
        out.push(&more);
    }
    out.join(", ")
}

/// Rank every node as a root-cause hypothesis; return the best `cfg.top` with explanations.
pub fn rank(g: &AnalysisGraph, ev: &Evidence, cfg: &RankConfig) -> Ranking {
    let n = g.len();
    if n == 0 {
        return Ranking::default();
    }
    let ctx = Ctx::new(g, ev, cfg);
    let (ppr, iters) = anomaly_pagerank(g, ev, cfg);
    let clip = if cfg.pagerank_clip.is_finite() { cfg.pagerank_clip.max(0.0) } else { 0.0 };
    let prior = |v: usize| -> f64 {
        let x = ppr.get(v).copied().unwrap_or(0.0) * n as f64;
        if x > 0.0 {
            (cfg.pagerank_weight * x.ln()).clamp(-clip, clip)
        } else {
            -clip
        }
    };
    let eps = cfg.noise_rate.clamp(1e-6, 0.5);
    let own = |v: usize| -> f64 {
        match ev.log_lambda.get(v).copied().flatten() {
            Some(ll) => log_rho(ll, eps),
            None => 0.0,
        }
    };

    // Deep searches go to the most promising hypotheses first, while the budget lasts.
    let mut order: Vec<usize> = (0..n).filter(|&v| is_hypothesis(g, ev, v)).collect();
    let prelim: Vec<f64> = (0..n).map(|v| own(v) + prior(v)).collect();
    order.sort_by(|&a, &b| prelim[b].total_cmp(&prelim[a]).then(a.cmp(&b)));
    let mut scores = vec![f64::NEG_INFINITY; n];
    let mut marks = Marks::new(n);
    let mut spent = 0usize;
    let mut shallow = 0usize;
    for &v in &order {
        let deep = spent < cfg.rank_budget;
        if !deep {
            shallow += 1;
        }
        let (p, visits) = ctx.propagate(v as NodeIx, deep, &mut marks, None);
        spent += visits;
        scores[v] = own(v) + p + prior(v);
    }

    let alerts = ev.alerting.iter().take(n).filter(|a| **a).count();
    let mut ranked: Vec<usize> = order.clone();
    let ll = |v: usize| ev.log_lambda.get(v).copied().flatten().unwrap_or(f64::NEG_INFINITY);
    ranked.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then(ll(b).total_cmp(&ll(a)))
            .then(ppr.get(b).copied().unwrap_or(0.0).total_cmp(&ppr.get(a).copied().unwrap_or(0.0)))
            .then(a.cmp(&b))
    });
    // Posterior shares against every hypothesis and "no common cause" (score 0).
    let mut all: Vec<f64> = order.iter().map(|&v| scores[v]).collect();
    all.push(0.0);
    let z = log_sum_exp(&all);

    let mut candidates = Vec::new();
    for (i, &v) in ranked.iter().take(cfg.top).enumerate() {
        let mut t = Trace::default();
        ctx.propagate(v as NodeIx, true, &mut marks, Some(&mut t));
        let terms = Terms { own: own(v), prior: prior(v), ppr_ratio: ppr.get(v).copied().unwrap_or(0.0) * n as f64 };
        candidates.push(explain(&ctx, v, i + 1, scores[v], (scores[v] - z).exp(), alerts, terms, t));
    }
    Ranking { candidates, scores, pagerank: ppr, shallow, pagerank_iterations: iters }
}

/// The per-node terms computed outside the search.
struct Terms {
    own: f64,
    prior: f64,
    ppr_ratio: f64,
}

#[allow(clippy::too_many_arguments)]
fn explain(ctx: &Ctx<'_>, v: usize, rank: usize, score: f64, probability: f64, alerts: usize, terms: Terms, t: Trace) -> Candidate {
    let Terms { own, prior, ppr_ratio } = terms;
    let g = ctx.g;
    let label = g.node(v as NodeIx).map(|n| n.label.clone()).unwrap_or_default();
    let self_alert = ctx.alerting(v);
    let explains = t.explained.len() + usize::from(self_alert);
    let mut signals = Vec::new();

    let ll = ctx.ev.log_lambda.get(v).copied().flatten();
    match ll {
        Some(ll) => signals.push(Signal {
            kind: SignalKind::Own,
            contribution: own,
            detail: format!(
                "{} (evidence {:+.1} nats that it is anomalous)",
                if self_alert { "alerting" } else if ll > 0.0 { "anomalous but not alerting" } else { "not alerting" },
                ll
            ),
        }),
        None => signals.push(Signal {
            kind: SignalKind::NoData,
            contribution: 0.0,
            detail: "no data for this node: inferred from its dependents".to_string(),
        }),
    }
    let mut prop = if t.explained.is_empty() {
        "explains no other alert".to_string()
    } else {
        format!("explains {} other alert(s): {}", t.explained.len(), names(g, &t.explained, 5))
    };
    if !t.healthy.is_empty() {
        prop.push_str(&format!("; {} dependent(s) in its reach are healthy: {}", t.healthy.len(), names(g, &t.healthy, 3)));
    }
    if !t.passed.is_empty() {
        prop.push_str(&format!("; passes through {} node(s) without data", t.passed.len()));
    }
    signals.push(Signal { kind: SignalKind::Propagation, contribution: t.propagation, detail: prop });
    if !t.too_early.is_empty() {
        signals.push(Signal {
            kind: SignalKind::Onset,
            contribution: t.onset_penalty,
            detail: format!("{} dependent(s) began before it, so it does not explain them: {}", t.too_early.len(), names(g, &t.too_early, 3)),
        });
    }
    signals.push(Signal {
        kind: SignalKind::PageRank,
        contribution: prior,
        detail: format!("a random walk from the anomalies settles here {:.2}× as often as on an average node", ppr_ratio),
    });
    let alerting_deps: Vec<NodeIx> = g
        .dependencies
        .row(v)
        .iter()
        .copied()
        .filter(|&d| ctx.alerting(d as usize))
        .collect();
    let local_root = alerting_deps.is_empty();
    let topo = if local_root {
        let k = g.dependencies.degree(v);
        if k == 0 {
            "depends on nothing drawn".to_string()
        } else {
            format!("none of its {} dependencies is alerting", k)
        }
    } else {
        let mut s = format!("depends on alerting {}", names(g, &alerting_deps, 3));
        if let (Some(me), Some(first)) = (
            ctx.onset(v),
            alerting_deps.iter().filter_map(|&d| ctx.onset(d as usize)).min_by(|a, b| a.total_cmp(b)),
        ) {
            if first < me {
                s.push_str(", which began earlier");
            } else if first > me {
                s.push_str(", which began later");
            }
        }
        s
    };
    signals.push(Signal { kind: SignalKind::Topology, contribution: 0.0, detail: topo });

    let summary = format!(
        "{}: explains {} of {} alert{}; {}",
        label,
        explains,
        alerts,
        if alerts == 1 { "" } else { "s" },
        if local_root { "its dependencies are healthy" } else { "some of its dependencies are alerting too" }
    );
    let mut explained = Vec::with_capacity(explains);
    if self_alert {
        explained.push(v as NodeIx);
    }
    explained.extend(t.explained.iter().take(ctx.cfg.max_listed.saturating_sub(explained.len())));
    Candidate {
        node: v as NodeIx,
        rank,
        score,
        probability,
        explains,
        alerts,
        explained,
        local_root,
        signals,
        summary,
    }
}
