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
//! - **onset**: a dependent whose trouble began before its dependency's by more than the slack
//!   is explained with less weight: a fifth at twice the slack, a fifth of that at three times,
//!   and so on (onsets are measured on noisy series, so a small mismatch only weakens the link).
//! - **PageRank prior**: a personalized PageRank walking from anomalous nodes to their
//!   dependencies (against the direction faults travel) gathers mass on deep anomalous nodes;
//!   ±1 nat at most.
//!
//! Topology: an alerting node whose own dependencies are healthy explains the alerts above
//! it and nothing below explains it, so it ranks before the nodes that depend on it; the
//! explanation says which dependencies are alerting when there are any.

use super::blast::Marks;
use super::config::RankConfig;
use super::graph::{AnalysisGraph, NodeIx, NodeKind, KIND_HARD};
use super::health::Level;
use super::pagerank::{personalized_pagerank_ordered, PageRankParams, WalkOrder};
use serde::Serialize;

const GRID: usize = 8;
/// Midpoints of 8 equal slices of [0, 1]: the uniform prior on the carry probability q.
const Q: [f64; GRID] = [
    0.0625, 0.1875, 0.3125, 0.4375, 0.5625, 0.6875, 0.8125, 0.9375,
];
/// A node without data is passed through while the chance it was reached stays above this.
const MIN_REACH: f64 = 0.1;
const ENTRY_DATA: u8 = 1;
const ENTRY_EXPAND: u8 = 2;

/// What the ranking needs per node, for one refresh (`analyze::evidence` builds it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence<'s> {
    /// ln λ per node; `None` = no data.
    pub log_lambda: Vec<Option<f64>>,
    /// Alerting (effective level warn or crit).
    pub alerting: Vec<bool>,
    /// Onset in ms.
    pub onset: Vec<Option<f64>>,
    /// For the explanations: the effective level, whether it was bound (not derived from the
    /// anomaly score), the anomaly score and the series it came from.
    pub level: Vec<Level>,
    pub bound: Vec<bool>,
    pub anomaly: Vec<Option<f64>>,
    pub signal: Vec<Option<&'s str>>,
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
    /// When its trouble began (ms), when known.
    pub onset: Option<f64>,
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
    /// Edge visits spent by the hypothesis searches.
    pub visits: usize,
}

/// ln ρ from ln λ: ρ = λ / (ε·λ + 1 − ε), computed without overflow.
pub fn log_rho(ll: f64, eps: f64) -> f64 {
    if ll > 0.0 {
        -(eps + (1.0 - eps) * (-ll).exp()).ln()
    } else {
        ll - (1.0 - eps + eps * ll.exp()).ln()
    }
}

pub(crate) fn log_sum_exp(xs: &[f64]) -> f64 {
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

/// A product of per-dependent factors (1 + q·c) at each grid point q, kept in linear space
/// with a shared log scale: multiplying is cheap, and one logarithm per node finishes it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Prod {
    m: [f64; GRID],
    log_scale: f64,
}

impl Prod {
    const ONE: Prod = Prod {
        m: [1.0; GRID],
        log_scale: 0.0,
    };

    /// c ≥ −1 keeps every factor ≥ 1 − q ≥ 1/16.
    fn mul(&mut self, c: f64) {
        for (x, q) in self.m.iter_mut().zip(Q) {
            *x *= 1.0 + q * c;
        }
        self.renorm();
    }

    /// `mul` for a run of factors from `Prod::ONE`: `hi` and `lo` bound the largest entry (start
    /// both at 1), so the largest entry is looked for only when the bounds leave the range in
    /// which `renorm` does nothing. Same result as `mul`, bit for bit.
    fn mul_tracked(&mut self, c: f64, hi: &mut f64, lo: &mut f64) {
        for (x, q) in self.m.iter_mut().zip(Q) {
            *x *= 1.0 + q * c;
        }
        // Every factor lies between those at the grid's ends.
        let (a, b) = (1.0 + Q[0] * c, 1.0 + Q[GRID - 1] * c);
        *hi *= a.max(b);
        *lo *= a.min(b);
        // (Bounds a decade inside renorm's, for the rounding of the bounds themselves.)
        if !(*hi <= 1e99 && *lo >= 1e-99) {
            self.renorm();
            let mx = self.m.iter().copied().fold(0.0f64, f64::max);
            *hi = mx;
            *lo = mx;
        }
    }

    fn div(&mut self, c: f64) {
        for (x, q) in self.m.iter_mut().zip(Q) {
            *x /= 1.0 + q * c;
        }
        self.renorm();
    }

    fn renorm(&mut self) {
        let mx = self.m.iter().copied().fold(0.0f64, f64::max);
        if !(1e-100..=1e100).contains(&mx) && mx > 0.0 && mx.is_finite() {
            let k = mx.ln();
            let f = (-k).exp();
            for x in self.m.iter_mut() {
                *x *= f;
            }
            self.log_scale += k;
        }
    }

    /// ln of the mean over the grid: ln E_q[Π (1 + q·c)].
    fn ln_mean(&self) -> f64 {
        self.log_scale + (self.m.iter().sum::<f64>() / GRID as f64).ln()
    }
}

/// The evidence from one node's dependents when it was reached with probability `reach`.
fn mix(reach: f64, le: f64) -> f64 {
    if reach >= 1.0 {
        le
    } else if le > 0.0 {
        le + (reach + (1.0 - reach) * (-le).exp()).ln()
    } else {
        (reach * le.exp() + 1.0 - reach).ln()
    }
}

struct Ctx<'a> {
    g: &'a AnalysisGraph,
    ev: &'a Evidence<'a>,
    cfg: &'a RankConfig,
    rho: Vec<f64>,
    /// Per entry of `g.dependents`: how strongly that edge carries a fault from the row's node
    /// (edge kind × the node's visibility).
    carry: Vec<f64>,
    /// Per entry of `g.dependents`: c in the factor 1 + q·c (onset included; 0 without data),
    /// and flags: `ENTRY_DATA` (the dependent has data), `ENTRY_EXPAND` (it carries the search on).
    coef: Vec<f64>,
    flags: Vec<u8>,
    /// Per node: the factors of all its dependents with data.
    prod: Vec<Prod>,
    observed: Vec<bool>,
    /// ln E_q of each node's product (0 without observed dependents).
    ln_prod: Vec<f64>,
    /// The whole propagation evidence of a hypothesis whose dependents carry no search further.
    one_hop: Vec<Option<f64>>,
    slack: f64,
    mismatch: f64,
    ln_mismatch: f64,
    /// ln ρ per node (0 without data): the "own" term.
    ln_rho: Vec<f64>,
    /// The node has data (a level or a score).
    data: Vec<bool>,
}

impl<'a> Ctx<'a> {
    fn new(g: &'a AnalysisGraph, ev: &'a Evidence<'a>, cfg: &'a RankConfig) -> Self {
        let n = g.len();
        let eps = if cfg.noise_rate.is_finite() {
            cfg.noise_rate.clamp(1e-6, 0.5)
        } else {
            0.05
        };
        let e_v0 = if cfg.visibility_nats.is_finite() {
            cfg.visibility_nats.clamp(-30.0, 30.0).exp()
        } else {
            0.0
        };
        let mut rho = vec![1.0; n];
        let mut ln_rho = vec![0.0; n];
        let mut vis = vec![1.0; n];
        for i in 0..n {
            if let Some(x) = ev.log_lambda.get(i).copied().flatten() {
                // λ, ρ = λ / (ελ + 1 − ε) and visibility sigmoid(ln λ − v0) = λ / (λ + e^v0) from one exp.
                let lambda = x.clamp(-30.0, 30.0).exp();
                let r = lambda / (eps * lambda + 1.0 - eps);
                rho[i] = r;
                ln_rho[i] = r.ln();
                vis[i] = lambda / (lambda + e_v0);
            }
        }
        let slack = if cfg.onset_slack_ms.is_finite() {
            cfg.onset_slack_ms.max(0.0)
        } else {
            0.0
        };
        let mismatch = if cfg.onset_mismatch.is_finite() {
            cfg.onset_mismatch.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let soft = cfg.soft_factor.clamp(0.0, 1.0);
        let redundant = cfg.redundant_factor.clamp(0.0, 1.0);
        let by_kind = [soft, 1.0, soft * redundant, redundant];
        let mut carry = vec![0.0; g.dependents.targets.len()];
        for (a, &v) in vis.iter().enumerate() {
            let span = g.dependents.span(a);
            let kinds = g.dependents_kind.get(span.clone()).unwrap_or(&[]);
            for (slot, &k) in carry.get_mut(span).unwrap_or(&mut []).iter_mut().zip(kinds) {
                *slot = v * by_kind.get(k as usize & 3).copied().unwrap_or(0.0);
            }
        }
        let ln_mismatch = if mismatch > 0.0 {
            mismatch.ln()
        } else {
            -700.0
        };
        let mut ctx = Ctx {
            g,
            ev,
            cfg,
            rho,
            carry,
            coef: vec![0.0; g.dependents.targets.len()],
            flags: vec![0; g.dependents.targets.len()],
            prod: Vec::new(),
            observed: vec![false; n],
            ln_prod: vec![0.0; n],
            one_hop: vec![None; n],
            slack,
            mismatch,
            ln_mismatch,
            ln_rho,
            data: (0..n)
                .map(|i| matches!(ev.log_lambda.get(i), Some(Some(_))))
                .collect(),
        };
        // Built in place (a `Prod` is 72 bytes: copying one per node showed in profiles).
        let mut prod: Vec<Prod> = Vec::with_capacity(n);
        for a in 0..n {
            prod.push(Prod::ONE);
            let Some(p) = prod.last_mut() else { break };
            let (mut hi, mut lo) = (1.0, 1.0);
            let mut seen = false;
            let mut leaf = true;
            let span = g.dependents.span(a);
            for (k, &d) in span.clone().zip(g.dependents.row(a)) {
                let di = d as usize;
                let s = ctx.carry.get(k).copied().unwrap_or(0.0);
                let (c, f) = if ctx.has_data(di) {
                    seen = true;
                    let rw = ctx.rho.get(di).copied().unwrap_or(1.0) * ctx.onset_weight(a, di);
                    let c = s * (rw - 1.0);
                    p.mul_tracked(c, &mut hi, &mut lo);
                    if rw > 1.0 {
                        leaf = false;
                        (c, ENTRY_DATA | ENTRY_EXPAND)
                    } else {
                        (c, ENTRY_DATA)
                    }
                } else {
                    if 0.5 * s >= MIN_REACH {
                        leaf = false;
                    }
                    (0.0, 0)
                };
                if let (Some(cs), Some(fs)) = (ctx.coef.get_mut(k), ctx.flags.get_mut(k)) {
                    *cs = c;
                    *fs = f;
                }
            }
            // A hypothesis whose search cannot go past its own dependents needs no search.
            let hop = if seen { p.ln_mean() } else { 0.0 };
            if let Some(slot) = ctx.one_hop.get_mut(a) {
                *slot = leaf.then_some(hop);
            }
            if let Some(slot) = ctx.ln_prod.get_mut(a) {
                *slot = hop;
            }
            if let Some(slot) = ctx.observed.get_mut(a) {
                *slot = seen;
            }
        }
        ctx.prod = prod;
        ctx
    }

    fn has_data(&self, v: usize) -> bool {
        self.data.get(v).copied().unwrap_or(false)
    }

    fn onset(&self, v: usize) -> Option<f64> {
        self.ev
            .onset
            .get(v)
            .copied()
            .flatten()
            .filter(|x| x.is_finite())
    }

    fn alerting(&self, v: usize) -> bool {
        self.ev.alerting.get(v).copied().unwrap_or(false)
    }

    /// The weight of dependent `d`'s evidence given when it began relative to `a`: 1 when not
    /// clearly earlier, then `mismatch` per further slack. Only onsets of anomalous nodes count
    /// (the "onset" of a calm series is noise).
    fn onset_weight(&self, a: usize, d: usize) -> f64 {
        if self.rho.get(a).copied().unwrap_or(1.0) <= 1.0
            || self.rho.get(d).copied().unwrap_or(1.0) <= 1.0
        {
            return 1.0;
        }
        match (self.onset(a), self.onset(d)) {
            (Some(oa), Some(od)) if od < oa - self.slack => {
                if self.slack > 0.0 {
                    (self.ln_mismatch * (oa - od - self.slack) / self.slack).exp()
                } else {
                    self.mismatch
                }
            }
            _ => 1.0,
        }
    }

    /// c in the factor 1 + q·c for dependent `d` of `a` over an edge that carries `s`.
    fn coef(&self, a: usize, d: usize, s: f64, with_onset: bool) -> f64 {
        let w = if with_onset {
            self.onset_weight(a, d)
        } else {
            1.0
        };
        s * (self.rho.get(d).copied().unwrap_or(1.0) * w - 1.0)
    }

    /// The propagation evidence for hypothesis `c`, breadth-first over dependents: each node
    /// reached adds ln E_q[Π over its dependents (1 + q·c_d)], each dependent counted once.
    /// Anomalous dependents carry the search on; dependents without data are passed through
    /// with a shrinking reach. `deep = false` looks one hop only. Returns (evidence, edge visits).
    fn propagate(
        &self,
        c: NodeIx,
        deep: bool,
        marks: &mut Marks,
        queue: &mut std::collections::VecDeque<(usize, f64)>,
        mut trace: Option<&mut Trace>,
    ) -> (f64, usize) {
        let g = self.g;
        if trace.is_none() {
            if let Some(Some(hop)) = self.one_hop.get(c as usize) {
                return (*hop, g.dependents.degree(c as usize));
            }
        }
        marks.next();
        marks.mark(c as usize);
        queue.clear();
        queue.push_back((c as usize, 1.0));
        let mut total = 0.0;
        let mut visits = 0usize;
        while let Some((a, reach)) = queue.pop_front() {
            // A copy of the node's product only once a dependent must come out of it.
            let mut p: Option<Prod> = None;
            let mut p_ok = if trace.is_some() {
                Some(Prod::ONE)
            } else {
                None
            };
            let span = g.dependents.span(a);
            let carries = self.carry.get(span.clone()).unwrap_or(&[]);
            let coefs = self.coef.get(span.clone()).unwrap_or(&[]);
            let flags = self.flags.get(span.clone()).unwrap_or(&[]);
            for (((&d, &s), &cf), &fl) in g
                .dependents
                .row(a)
                .iter()
                .zip(carries)
                .zip(coefs)
                .zip(flags)
            {
                visits += 1;
                let di = d as usize;
                let data = fl & ENTRY_DATA != 0;
                if !marks.mark(di) {
                    // Already counted under another parent: take it out of this one's product.
                    if data {
                        p.get_or_insert_with(|| self.prod.get(a).copied().unwrap_or(Prod::ONE))
                            .div(cf);
                    }
                    continue;
                }
                if trace.is_none() {
                    if !data {
                        let r = reach * 0.5 * s;
                        if deep && r >= MIN_REACH {
                            queue.push_back((di, r));
                        }
                    } else if deep && fl & ENTRY_EXPAND != 0 {
                        queue.push_back((di, 1.0));
                    }
                    continue;
                }
                if !data {
                    let r = reach * 0.5 * s;
                    if deep && r >= MIN_REACH {
                        queue.push_back((di, r));
                        if let Some(t) = trace.as_deref_mut() {
                            t.passed.push(d);
                        }
                    }
                    continue;
                }
                let w = self.onset_weight(a, di);
                let rho = self.rho.get(di).copied().unwrap_or(1.0);
                if deep && rho * w > 1.0 {
                    queue.push_back((di, 1.0));
                }
                if let (Some(t), Some(p_ok)) = (trace.as_deref_mut(), p_ok.as_mut()) {
                    p_ok.mul(self.coef(a, di, s, false));
                    if w < 1.0 {
                        t.too_early.push(d);
                    }
                    if rho * w > 1.0 {
                        if self.alerting(di) {
                            t.explained.push(d);
                        }
                    } else if rho <= 1.0 {
                        t.healthy.push(d);
                    }
                }
            }
            if self.observed.get(a).copied().unwrap_or(false) {
                let le = match &p {
                    Some(p) => p.ln_mean(),
                    None => self.ln_prod.get(a).copied().unwrap_or(0.0),
                };
                let here = mix(reach, le);
                total += here;
                if let (Some(t), Some(p_ok)) = (trace.as_deref_mut(), &p_ok) {
                    let ok = mix(reach, p_ok.ln_mean());
                    t.propagation += ok;
                    t.onset_penalty += here - ok;
                }
            }
            if !deep {
                break;
            }
        }
        (total, visits)
    }
}

/// May this node be a root cause? Aggregate groups and boxes with no state of their own are
/// derived from their members, so they are not hypotheses.
fn is_hypothesis(g: &AnalysisGraph, ev: &Evidence<'_>, v: usize) -> bool {
    match g.kinds.get(v).copied() {
        Some(NodeKind::Group) | Some(NodeKind::VisualGroup) => {
            matches!(ev.log_lambda.get(v), Some(Some(_)))
        }
        Some(_) => true,
        None => false,
    }
}

/// The personalized PageRank used as a prior: the walker moves from a node to its
/// dependencies, preferring anomalous ones, and restarts at anomalous nodes.
pub fn anomaly_pagerank(
    g: &AnalysisGraph,
    ev: &Evidence<'_>,
    cfg: &RankConfig,
) -> (Vec<f64>, usize) {
    let n = g.len();
    let post: Vec<f64> = (0..n)
        .map(|i| match ev.log_lambda.get(i).copied().flatten() {
            Some(ll) => sigmoid(ll),
            None => 0.5,
        })
        .collect();
    let soft = cfg.soft_factor.clamp(0.0, 1.0);
    let weights: Vec<f64> = g
        .dependencies
        .targets
        .iter()
        .zip(&g.dependencies_kind)
        .map(|(&t, &k)| {
            let s = if k & KIND_HARD != 0 { 1.0 } else { soft };
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
        (0..n)
            .map(|i| {
                if ev.log_lambda.get(i).copied().flatten().is_some() {
                    post[i]
                } else {
                    0.0
                }
            })
            .collect()
    };
    let params = PageRankParams {
        damping: cfg.damping,
        tol: cfg.pagerank_tol,
        max_iter: cfg.pagerank_max_iter,
    };
    let walk = WalkOrder {
        order: &g.walk_order,
        component: &g.walk_component,
        cyclic: &g.walk_cyclic,
    };
    personalized_pagerank_ordered(&g.dependencies, &weights, &pers, &params, walk)
}

fn names(g: &AnalysisGraph, vs: &[NodeIx], max: usize) -> String {
    let mut out: Vec<&str> = vs
        .iter()
        .take(max)
        .filter_map(|&v| g.node(v))
        .map(|n| n.label.as_str())
        .collect();
    let more;
    if vs.len() > max {
        more = format!("+{} more", vs.len() - max);
        out.push(&more);
    }
    out.join(", ")
}

/// Rank every node as a root-cause hypothesis; return the best `cfg.top` with explanations.
pub fn rank(g: &AnalysisGraph, ev: &Evidence<'_>, cfg: &RankConfig) -> Ranking {
    let n = g.len();
    if n == 0 {
        return Ranking::default();
    }
    let ctx = Ctx::new(g, ev, cfg);
    let (ppr, iters) = anomaly_pagerank(g, ev, cfg);
    let clip = if cfg.pagerank_clip.is_finite() {
        cfg.pagerank_clip.max(0.0)
    } else {
        0.0
    };
    let weight = if cfg.pagerank_weight.is_finite() {
        cfg.pagerank_weight
    } else {
        0.0
    };
    // Below `low` the term is clipped anyway: no logarithm for the many nodes the walk barely
    // reaches (a margin of 1e-6 keeps the result the same bit for bit).
    let low = if weight > 0.0 && clip > 0.0 {
        (-clip / weight).exp() * (1.0 - 1e-6)
    } else {
        0.0
    };
    let prior: Vec<f64> = ppr
        .iter()
        .map(|&p| {
            let x = p * n as f64;
            if x > 0.0 && x < low {
                -clip
            } else if x > 0.0 {
                (weight * x.ln()).clamp(-clip, clip)
            } else {
                -clip
            }
        })
        .collect();
    let own = &ctx.ln_rho;
    let at = |xs: &[f64], v: usize| xs.get(v).copied().unwrap_or(0.0);

    // Hypotheses that need a search (their dependents carry it further) go in order of promise,
    // so the likeliest get the deep searches while the budget lasts; the rest need none.
    let order: Vec<usize> = (0..n).filter(|&v| is_hypothesis(g, ev, v)).collect();
    let (mut searched, calm): (Vec<usize>, Vec<usize>) = order
        .iter()
        .copied()
        .partition(|&v| matches!(ctx.one_hop.get(v), Some(None)));
    searched.sort_by(|&a, &b| {
        (at(own, b) + at(&prior, b))
            .total_cmp(&(at(own, a) + at(&prior, a)))
            .then(a.cmp(&b))
    });
    let mut scores = vec![f64::NEG_INFINITY; n];
    let mut marks = Marks::new(n);
    let mut queue = std::collections::VecDeque::new();
    let mut pass = |order: &[usize], scores: &mut [f64], marks: &mut Marks| -> (usize, usize) {
        let (mut spent, mut shallow) = (0usize, 0usize);
        for &v in order {
            let deep = spent < cfg.rank_budget;
            if !deep {
                shallow += 1;
            }
            let (p, visits) = ctx.propagate(v as NodeIx, deep, marks, &mut queue, None);
            spent += visits;
            if let Some(slot) = scores.get_mut(v) {
                *slot = at(own, v) + p + at(&prior, v);
            }
        }
        (spent, shallow)
    };
    let (spent, shallow) = pass(&searched, &mut scores, &mut marks);
    let (calm_visits, _) = pass(&calm, &mut scores, &mut marks);
    let spent = spent + calm_visits;
    let mut queue = std::collections::VecDeque::new();

    let alerts = ev.alerting.iter().take(n).filter(|a| **a).count();
    let ll = |v: usize| {
        ev.log_lambda
            .get(v)
            .copied()
            .flatten()
            .unwrap_or(f64::NEG_INFINITY)
    };
    let better = |a: &usize, b: &usize| {
        let (a, b) = (*a, *b);
        scores[b]
            .total_cmp(&scores[a])
            .then(ll(b).total_cmp(&ll(a)))
            .then(at(&ppr, b).total_cmp(&at(&ppr, a)))
            .then(a.cmp(&b))
    };
    // Only the best few need an order.
    let mut ranked: Vec<usize> = order.clone();
    let k = cfg.top.min(ranked.len());
    if k > 0 && k < ranked.len() {
        ranked.select_nth_unstable_by(k - 1, better);
        ranked.truncate(k);
    }
    ranked.sort_by(better);
    // Posterior shares against every hypothesis and "no common cause" (score 0).
    let mut all: Vec<f64> = order.iter().map(|&v| scores[v]).collect();
    all.push(0.0);
    let z = log_sum_exp(&all);

    let mut candidates = Vec::new();
    for (i, &v) in ranked.iter().take(cfg.top).enumerate() {
        let mut t = Trace::default();
        ctx.propagate(v as NodeIx, true, &mut marks, &mut queue, Some(&mut t));
        let terms = Terms {
            own: at(own, v),
            prior: at(&prior, v),
            ppr_ratio: at(&ppr, v) * n as f64,
        };
        candidates.push(explain(
            &ctx,
            v,
            i + 1,
            scores[v],
            (scores[v] - z).exp(),
            alerts,
            terms,
            t,
        ));
    }
    Ranking {
        candidates,
        scores,
        pagerank: ppr,
        shallow,
        pagerank_iterations: iters,
        visits: spent,
    }
}

/// The per-node terms computed outside the search.
struct Terms {
    own: f64,
    prior: f64,
    ppr_ratio: f64,
}

#[allow(clippy::too_many_arguments)]
fn explain(
    ctx: &Ctx<'_>,
    v: usize,
    rank: usize,
    score: f64,
    probability: f64,
    alerts: usize,
    terms: Terms,
    t: Trace,
) -> Candidate {
    let Terms {
        own,
        prior,
        ppr_ratio,
    } = terms;
    let g = ctx.g;
    let label = g
        .node(v as NodeIx)
        .map(|n| n.label.clone())
        .unwrap_or_default();
    let self_alert = ctx.alerting(v);
    let explains = t.explained.len() + usize::from(self_alert);
    let mut signals = Vec::new();

    let ev = ctx.ev;
    match ev.log_lambda.get(v).copied().flatten() {
        Some(ll) => {
            let level = ev.level.get(v).copied().unwrap_or_default();
            let mut d = match (self_alert, ev.bound.get(v).copied().unwrap_or(false)) {
                (true, true) => format!("alerting ({} from its binding)", level.as_str()),
                (true, false) => format!("alerting ({} from its anomaly score)", level.as_str()),
                (false, _) if ll > 0.0 => "anomalous but not alerting".to_string(),
                (false, _) => "not alerting".to_string(),
            };
            if let Some(z) = ev.anomaly.get(v).copied().flatten() {
                match ev.signal.get(v).copied().flatten() {
                    Some(name) => d.push_str(&format!("; {} at {:.1}σ (robust)", name, z)),
                    None => d.push_str(&format!("; anomaly {:.1}σ (robust)", z)),
                }
            }
            d.push_str(&format!("; evidence {:+.1} nats that it is anomalous", ll));
            signals.push(Signal {
                kind: SignalKind::Own,
                contribution: own,
                detail: d,
            });
        }
        None => signals.push(Signal {
            kind: SignalKind::NoData,
            contribution: 0.0,
            detail: "no data for this node: inferred from its dependents".to_string(),
        }),
    }
    let mut prop = if t.explained.is_empty() {
        "explains no other alert".to_string()
    } else {
        format!(
            "explains {} other alert(s): {}",
            t.explained.len(),
            names(g, &t.explained, 5)
        )
    };
    if !t.healthy.is_empty() {
        prop.push_str(&format!(
            "; {} dependent(s) in its reach are healthy: {}",
            t.healthy.len(),
            names(g, &t.healthy, 3)
        ));
    }
    if !t.passed.is_empty() {
        prop.push_str(&format!(
            "; passes through {} node(s) without data",
            t.passed.len()
        ));
    }
    signals.push(Signal {
        kind: SignalKind::Propagation,
        contribution: t.propagation,
        detail: prop,
    });
    if !t.too_early.is_empty() {
        signals.push(Signal {
            kind: SignalKind::Onset,
            contribution: t.onset_penalty,
            detail: format!(
                "{} dependent(s) began before it, which weakens the link: {}",
                t.too_early.len(),
                names(g, &t.too_early, 3)
            ),
        });
    }
    signals.push(Signal {
        kind: SignalKind::PageRank,
        contribution: prior,
        detail: format!(
            "a random walk from the anomalies settles here {:.2}× as often as on an average node",
            ppr_ratio
        ),
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
            alerting_deps
                .iter()
                .filter_map(|&d| ctx.onset(d as usize))
                .min_by(|a, b| a.total_cmp(b)),
        ) {
            if first < me {
                s.push_str(", which began earlier");
            } else if first > me {
                s.push_str(", which began later");
            }
        }
        s
    };
    signals.push(Signal {
        kind: SignalKind::Topology,
        contribution: 0.0,
        detail: topo,
    });

    let summary = format!(
        "{}: explains {} of {} alert{}; {}",
        label,
        explains,
        alerts,
        if alerts == 1 { "" } else { "s" },
        if local_root {
            "its dependencies are healthy"
        } else {
            "some of its dependencies are alerting too"
        }
    );
    let mut explained = Vec::with_capacity(explains);
    if self_alert {
        explained.push(v as NodeIx);
    }
    explained.extend(
        t.explained
            .iter()
            .take(ctx.cfg.max_listed.saturating_sub(explained.len())),
    );
    Candidate {
        node: v as NodeIx,
        rank,
        score,
        probability,
        explains,
        alerts,
        explained,
        local_root,
        onset: ctx.onset(v),
        signals,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::config::{Config, GraphConfig};
    use crate::analyze::health::{Level, NodeState};
    use crate::analyze::modelgen::ModelBuilder;
    use crate::analyze::{analyze, Analysis};
    use std::collections::HashMap;

    /// Nodes named by the edges (and `extra`); `a>b` hard, `a~b` soft (dashed).
    fn graph(edges: &[&str], extra: &[&str]) -> AnalysisGraph {
        let mut b = ModelBuilder::new();
        let mut ix: HashMap<String, usize> = HashMap::new();
        let mut node = |b: &mut ModelBuilder, n: &str| {
            *ix.entry(n.to_string())
                .or_insert_with(|| b.vertex(n, n, ""))
        };
        for (k, e) in edges.iter().enumerate() {
            let (a, z, style) = match e.split_once('>') {
                Some((a, z)) => (a, z, ""),
                None => {
                    let (a, z) = e.split_once('~').unwrap();
                    (a, z, "dashed=1")
                }
            };
            let (a, z) = (node(&mut b, a), node(&mut b, z));
            b.edge(&format!("e{}", k), Some(a), Some(z), style);
        }
        for n in extra {
            node(&mut b, n);
        }
        AnalysisGraph::build(&b.build(), &GraphConfig::default())
    }

    /// `name=level`, `name=level@onset_min`, or `name=z4.5@onset_min` (a series score).
    fn states(g: &AnalysisGraph, spec: &[&str]) -> Vec<NodeState> {
        let mut out = vec![NodeState::default(); g.len()];
        for s in spec {
            let (name, rest) = s.split_once('=').unwrap();
            let (val, onset) = match rest.split_once('@') {
                Some((v, o)) => (v, Some(o.parse::<f64>().unwrap() * 60_000.0)),
                None => (rest, None),
            };
            let st = &mut out[g.find(name).unwrap() as usize];
            match val.strip_prefix('z') {
                Some(z) => st.anomaly = Some(z.parse().unwrap()),
                None => st.level = Level::parse(val).unwrap(),
            }
            st.onset = onset;
        }
        out
    }

    fn run(g: &AnalysisGraph, spec: &[&str]) -> Analysis {
        analyze(g, &states(g, spec), &Config::default())
    }

    fn order(g: &AnalysisGraph, a: &Analysis) -> Vec<String> {
        a.candidates
            .iter()
            .map(|c| g.nodes[c.node as usize].id.clone())
            .collect()
    }

    #[test]
    fn log_rho_limits() {
        assert!((log_rho(50.0, 0.05) - (1.0f64 / 0.05).ln()).abs() < 1e-9);
        assert!((log_rho(0.0, 0.05)).abs() < 1e-12);
        assert!(log_rho(-50.0, 0.05) < -49.0);
    }

    #[test]
    fn chain_root_first_with_counts() {
        // web → api → db, all alerting, db healthy below: db explains all three.
        let g = graph(&["web>api", "api>db", "web>cdn"], &["batch"]);
        let a = run(
            &g,
            &["web=warn", "api=crit", "db=crit", "cdn=ok", "batch=ok"],
        );
        assert_eq!(order(&g, &a)[..3], ["db", "api", "web"]);
        let top = &a.candidates[0];
        assert_eq!((top.explains, top.alerts, top.local_root), (3, 3, true));
        assert_eq!(
            top.explained
                .iter()
                .map(|&v| g.nodes[v as usize].id.as_str())
                .collect::<Vec<_>>(),
            ["db", "api", "web"]
        );
        assert!(top.summary.starts_with("db: explains 3 of 3 alerts"));
        assert!(!a.candidates[1].local_root);
        // The contributions add up to the score.
        let sum: f64 = top.signals.iter().map(|s| s.contribution).sum();
        assert!((sum - top.score).abs() < 1e-9);
        assert!(a.unexplained.is_empty());
        // Blast radius of the failing nodes, best candidate first.
        let br: Vec<(String, usize)> = a
            .blast
            .iter()
            .map(|b| (g.nodes[b.node as usize].id.clone(), b.count))
            .collect();
        assert_eq!(br, [("db".to_string(), 2), ("api".to_string(), 1)]);
    }

    #[test]
    fn unrelated_alert_ranks_below_the_chain_and_is_reported() {
        let g = graph(&["web>api", "api>db"], &["batch"]);
        let a = run(&g, &["web=crit", "api=crit", "db=crit", "batch=crit"]);
        assert_eq!(order(&g, &a)[..2], ["db", "api"]);
        assert_eq!(
            a.candidates
                .iter()
                .position(|c| g.nodes[c.node as usize].id == "batch"),
            Some(3)
        );
        // db explains three of four alerts; batch stays visible as unexplained only if no listed candidate explains it.
        assert_eq!((a.candidates[0].explains, a.candidates[0].alerts), (3, 4));
        assert!(a.unexplained.is_empty());
    }

    #[test]
    fn one_replica_down_is_masked_for_blast_and_weak_for_ranking() {
        // api → db (2 of 3 replicas).
        let mut b = ModelBuilder::new();
        let api = b.vertex("api", "api", "");
        let db = b.vertex("db", "db", "");
        b.attr(db, "redundancy", "2/3");
        b.vertex_in(db, "r1", "r1", "");
        b.vertex_in(db, "r2", "r2", "");
        b.vertex_in(db, "r3", "r3", "");
        b.edge("e", Some(api), Some(db), "");
        let g = AnalysisGraph::build(&b.build(), &GraphConfig::default());
        let a = run(&g, &["r1=crit", "r2=ok", "r3=ok", "api=ok"]);
        assert_eq!(a.blast.len(), 1);
        assert_eq!(a.blast[0].count, 0);
        assert_eq!(a.summary.down, 1);
        assert_eq!(order(&g, &a)[0], "r1");
        // The group itself is never a candidate: its health is its members'.
        assert!(!order(&g, &a).contains(&"db".to_string()));
        let a = run(&g, &["r1=crit", "r2=crit", "r3=ok", "api=warn"]);
        assert_eq!(a.summary.down, 4);
        let br: Vec<usize> = a.blast.iter().map(|b| b.count).collect();
        assert_eq!(br, [2, 2]);
    }

    #[test]
    fn cycle_members_are_ordered_by_onset() {
        // api → auth ↔ session (a cycle). session's trouble began first.
        let g = graph(&["api>auth", "auth>session", "session>auth"], &[]);
        let a = run(&g, &["api=crit@5", "auth=crit@3", "session=crit@1"]);
        assert_eq!(order(&g, &a), ["session", "auth", "api"]);
        assert_eq!(a.candidates[0].explains, 3);
        let a = run(&g, &["api=crit@5", "auth=crit@1", "session=crit@3"]);
        assert_eq!(order(&g, &a), ["auth", "session", "api"]);
        // The later one explains the earlier one only weakly.
        assert!(a.candidates[1]
            .signals
            .iter()
            .any(|s| s.kind == SignalKind::Onset && s.contribution < -1.0));
    }

    #[test]
    fn soft_edges_explain_less_than_hard_ones() {
        // web ⇢ ads (soft), web → api (hard); ads and api alerting alike, web alerting.
        let g = graph(&["web~ads", "web>api"], &[]);
        let a = run(&g, &["web=crit", "ads=crit", "api=crit"]);
        assert_eq!(order(&g, &a), ["api", "ads", "web"]);
        let hard = a.candidates[0].score;
        let soft = a.candidates[1].score;
        assert!(hard > soft + 0.5, "{} vs {}", hard, soft);
        // Soft edges carry no failure: only api takes web down.
        let br: Vec<(String, usize)> = a
            .blast
            .iter()
            .map(|b| (g.nodes[b.node as usize].id.clone(), b.count))
            .collect();
        assert_eq!(
            br,
            [
                ("api".to_string(), 1),
                ("ads".to_string(), 0),
                ("web".to_string(), 0)
            ]
        );
    }

    #[test]
    fn silent_shared_dependency_is_inferred() {
        // Three services on one database that reports nothing.
        let g = graph(&["a>db", "b>db", "c>db", "a>x", "b>y", "c>z"], &[]);
        let a = run(&g, &["a=crit", "b=crit", "c=crit", "x=ok", "y=ok", "z=ok"]);
        assert_eq!(order(&g, &a)[0], "db");
        assert_eq!((a.candidates[0].explains, a.candidates[0].alerts), (3, 3));
        assert!(a.candidates[0]
            .signals
            .iter()
            .any(|s| s.kind == SignalKind::NoData));
        // With one caller red, that caller is the better bet and the silent db comes next.
        let a = run(&g, &["a=crit", "b=ok", "c=ok", "x=ok", "y=ok", "z=ok"]);
        assert_eq!(order(&g, &a)[..2], ["a", "db"]);
    }

    #[test]
    fn late_noise_below_the_root_does_not_take_the_lead() {
        // web → api → db → disk. disk's alert began after the others: unrelated.
        let g = graph(&["web>api", "api>db", "db>disk", "web>x", "api>y"], &[]);
        let a = run(
            &g,
            &[
                "web=z6@3",
                "api=z7@2",
                "db=z9@1",
                "disk=z9@6",
                "x=z0",
                "y=z0",
            ],
        );
        assert_eq!(order(&g, &a)[0], "db");
        // The same alert beginning first makes disk the better explanation.
        let a = run(
            &g,
            &[
                "web=z6@3",
                "api=z7@2",
                "db=z9@1",
                "disk=z9@0",
                "x=z0",
                "y=z0",
            ],
        );
        assert_eq!(order(&g, &a)[0], "disk");
    }

    #[test]
    fn anomaly_scores_order_nodes_without_alerts() {
        let g = graph(&["a>b", "b>c"], &["d"]);
        let a = run(&g, &["a=z1", "b=z2.5", "c=z0.5", "d=z2.9"]);
        assert_eq!(a.summary.alerting, 0);
        assert_eq!(order(&g, &a)[0], "d");
        assert!(a.notes.iter().any(|n| n.code == "no-alerts"));
    }

    #[test]
    fn bad_inputs_give_defined_results() {
        // No edges.
        let g = graph(&[], &["a", "b"]);
        let a = run(&g, &["a=crit"]);
        assert_eq!(order(&g, &a)[0], "a");
        assert!(g.notes.iter().any(|n| n.code == "no-edges"));
        assert!(a.notes.iter().any(|n| n.code == "no-series"));
        // All failing.
        let g = graph(&["a>b", "b>c"], &[]);
        let a = run(&g, &["a=crit", "b=crit", "c=crit"]);
        assert_eq!(order(&g, &a)[0], "c");
        assert!(a.notes.iter().any(|n| n.code == "all-failing"));
        // No state at all.
        let a = analyze(&g, &[], &Config::default());
        assert_eq!(a.summary.no_data, 3);
        assert!(a.notes.iter().any(|n| n.code == "no-data"));
        // Empty graph.
        let g = graph(&[], &[]);
        let a = analyze(&g, &[], &Config::default());
        assert!(a.candidates.is_empty());
        assert!(a.notes.iter().any(|n| n.code == "empty"));
    }

    #[test]
    fn huge_fan_in_stays_fast_and_exact() {
        let mut edges: Vec<String> = (0..3000).map(|i| format!("s{}>hub", i)).collect();
        edges.push("hub>disk".into());
        let refs: Vec<&str> = edges.iter().map(|s| s.as_str()).collect();
        let g = graph(&refs, &[]);
        assert!(g.notes.iter().any(|n| n.code == "fan-in"));
        let mut spec: Vec<String> = (0..3000).map(|i| format!("s{}=crit", i)).collect();
        spec.push("hub=crit".into());
        let spec_refs: Vec<&str> = spec.iter().map(|s| s.as_str()).collect();
        let a = run(&g, &spec_refs);
        assert_eq!(order(&g, &a)[0], "hub");
        assert_eq!(a.candidates[0].explains, 3001);
        assert_eq!(
            a.blast
                .iter()
                .find(|b| g.nodes[b.node as usize].id == "hub")
                .map(|b| b.count),
            Some(3000)
        );
    }

    #[test]
    fn odd_options_give_results_not_panics() {
        let g = graph(&["a>b", "b>c", "c>a", "d>a"], &["e"]);
        let rank = RankConfig {
            noise_rate: f64::NAN,
            soft_factor: -3.0,
            redundant_factor: 9.0,
            onset_slack_ms: -5.0,
            onset_mismatch: f64::INFINITY,
            visibility_nats: f64::NAN,
            pagerank_weight: f64::NAN,
            pagerank_clip: -1.0,
            damping: 7.0,
            pagerank_tol: f64::NAN,
            pagerank_max_iter: 0,
            top: 0,
            rank_budget: 0,
            blast_budget: 0,
            max_listed: 0,
            listed_radii: 0,
        };
        let cfg = Config {
            rank,
            ..Config::default()
        };
        let a = analyze(
            &g,
            &states(&g, &["a=crit@1", "b=z9@0", "c=warn", "d=crit", "e=z1"]),
            &cfg,
        );
        assert!(a.candidates.is_empty());
        assert_eq!(a.summary.failing, 3);
        let cfg = Config {
            rank: RankConfig {
                top: 100,
                ..cfg.rank
            },
            ..Config::default()
        };
        let a = analyze(
            &g,
            &states(&g, &["a=crit@1", "b=z9@0", "c=warn", "d=crit", "e=z1"]),
            &cfg,
        );
        assert_eq!(a.candidates.len(), 5);
        assert!(a
            .candidates
            .iter()
            .all(|c| c.score.is_finite() && c.probability.is_finite()));
    }

    #[test]
    fn shallow_scoring_past_the_budget_is_reported() {
        let g = graph(&["a>b", "b>c", "c>d"], &[]);
        let cfg = Config {
            rank: RankConfig {
                rank_budget: 1,
                ..RankConfig::default()
            },
            ..Config::default()
        };
        let a = analyze(
            &g,
            &states(&g, &["a=crit", "b=crit", "c=crit", "d=crit"]),
            &cfg,
        );
        assert!(a.notes.iter().any(|n| n.code == "budget"));
        assert_eq!(a.candidates.len(), 4);
    }
}
