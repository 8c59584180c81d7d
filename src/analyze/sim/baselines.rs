//! The methods Faultline is measured against, each a good-faith version of its published
//! idea on the same inputs (the drawn graph, the per-node series and their robust scores).

use super::case::Case;
use super::rng::Rng;
use crate::analyze::csr::Csr;
use crate::analyze::pagerank::{personalized_pagerank, PageRankParams};
use crate::analyze::{analyze, evidence, rank, AnalysisGraph, Config, NodeIx};

pub const METHODS: [&str; 6] = [
    "Faultline",
    "random",
    "max anomaly",
    "deepest alerting",
    "PageRank alone",
    "MonitorRank",
];

fn z(case: &Case, v: NodeIx) -> f64 {
    case.states
        .get(v as usize)
        .and_then(|s| s.anomaly)
        .unwrap_or(f64::NEG_INFINITY)
}

fn by_score(eligible: &[NodeIx], score: impl Fn(NodeIx) -> f64) -> Vec<NodeIx> {
    let mut v: Vec<(f64, NodeIx)> = eligible.iter().map(|&x| (score(x), x)).collect();
    v.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    v.into_iter().map(|p| p.1).collect()
}

/// Every method's ranking for one case, in `METHODS` order.
pub fn all(
    g: &AnalysisGraph,
    eligible: &[NodeIx],
    case: &Case,
    cfg: &Config,
    rng: &mut Rng,
) -> [Vec<NodeIx>; 6] {
    [
        faultline(g, case, cfg),
        random(eligible, rng),
        max_anomaly(eligible, case),
        deepest_alerting(g, eligible, case, cfg),
        pagerank_alone(g, eligible, case, cfg),
        monitor_rank(g, eligible, case),
    ]
}

/// The product's own ranking, through the same `analyze` the panel calls.
pub fn faultline(g: &AnalysisGraph, case: &Case, cfg: &Config) -> Vec<NodeIx> {
    analyze(g, &case.states, cfg)
        .candidates
        .iter()
        .map(|c| c.node)
        .collect()
}

/// Dummy: a random order.
pub fn random(eligible: &[NodeIx], rng: &mut Rng) -> Vec<NodeIx> {
    let mut v = eligible.to_vec();
    rng.shuffle(&mut v);
    v
}

/// BARO / NSigma / score ordering: the largest robust score first; no graph.
pub fn max_anomaly(eligible: &[NodeIx], case: &Case) -> Vec<NodeIx> {
    by_score(eligible, |v| z(case, v))
}

/// Microscope / PetShop traversal: alerting nodes with no alerting dependency first (by score),
/// then the other alerting nodes, then the rest by score. Groups alert when a member does.
pub fn deepest_alerting(
    g: &AnalysisGraph,
    eligible: &[NodeIx],
    case: &Case,
    cfg: &Config,
) -> Vec<NodeIx> {
    let warn = cfg.health.warn_z;
    let alerting = |v: NodeIx| -> bool {
        if g.is_aggregate(v) {
            g.dependencies
                .row(v as usize)
                .iter()
                .any(|&m| z(case, m) >= warn)
        } else {
            z(case, v) >= warn
        }
    };
    by_score(eligible, |v| {
        let zv = z(case, v);
        if zv < warn {
            return zv;
        }
        let deep = !g.dependencies.row(v as usize).iter().any(|&d| alerting(d));
        if deep {
            2000.0 + zv
        } else {
            1000.0 + zv
        }
    })
}

/// MicroRCA-style personalized PageRank alone (Faultline's prior on its own).
pub fn pagerank_alone(
    g: &AnalysisGraph,
    eligible: &[NodeIx],
    case: &Case,
    cfg: &Config,
) -> Vec<NodeIx> {
    let (ev, _) = evidence(g, &case.states, &cfg.health);
    let (ppr, _) = rank::anomaly_pagerank(g, &ev, &cfg.rank);
    by_score(eligible, |v| {
        ppr.get(v as usize).copied().unwrap_or(0.0) + 1e-12 * z(case, v).max(0.0)
    })
}

fn pearson(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len().min(b.len());
    if n < 2 {
        return 0.0;
    }
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let ma = a.iter().sum::<f64>() / n as f64;
    let mb = b.iter().sum::<f64>() / n as f64;
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for (x, y) in a.iter().zip(b) {
        sab += (x - ma) * (y - mb);
        saa += (x - ma) * (x - ma);
        sbb += (y - mb) * (y - mb);
    }
    if saa > 0.0 && sbb > 0.0 {
        sab / (saa * sbb).sqrt()
    } else {
        0.0
    }
}

/// MonitorRank (Kim et al., SIGMETRICS 2013): similarity S_i = |corr| of each node's worst
/// series with the most anomalous entry node's; a walk that goes caller → callee with weight
/// S_callee, back with 0.5·S_caller, stays with max(0, S_i − max S_callee), restarts ∝ S_i.
pub fn monitor_rank(g: &AnalysisGraph, eligible: &[NodeIx], case: &Case) -> Vec<NodeIx> {
    let n = g.len();
    let entries: Vec<NodeIx> = eligible
        .iter()
        .copied()
        .filter(|&v| g.dependents.degree(v as usize) == 0 && z(case, v).is_finite())
        .collect();
    let pick = |vs: &[NodeIx]| {
        vs.iter()
            .copied()
            .max_by(|&a, &b| z(case, a).total_cmp(&z(case, b)).then(b.cmp(&a)))
    };
    let Some(front) = pick(&entries).or_else(|| pick(eligible)) else {
        return eligible.to_vec();
    };
    let fs = case
        .primary
        .get(front as usize)
        .cloned()
        .flatten()
        .unwrap_or_default();
    let sim: Vec<f64> = (0..n)
        .map(|i| match case.primary.get(i).and_then(|p| p.as_ref()) {
            Some(p) if i == front as usize => {
                if p.is_empty() {
                    0.0
                } else {
                    1.0
                }
            }
            Some(p) => pearson(p, &fs).abs(),
            None => 0.0,
        })
        .collect();
    let mut triples = Vec::new();
    let mut weights = Vec::new();
    for i in 0..n {
        let mut best = 0.0f64;
        for &j in g.dependencies.row(i) {
            triples.push((i as u32, j, 0));
            weights.push(sim[j as usize]);
            triples.push((j, i as u32, 0));
            weights.push(0.5 * sim[i]);
            best = best.max(sim[j as usize]);
        }
        triples.push((i as u32, i as u32, 0));
        weights.push((sim[i] - best).max(0.0));
    }
    // Carry each weight through the counting sort by tagging triples with their position.
    for (k, t) in triples.iter_mut().enumerate() {
        t.2 = k as u32;
    }
    let csr = Csr::from_triples(n, &triples);
    let w: Vec<f64> = csr
        .edges
        .iter()
        .map(|&k| weights.get(k as usize).copied().unwrap_or(0.0))
        .collect();
    let (score, _) = personalized_pagerank(&csr, &w, &sim, &PageRankParams::default());
    by_score(eligible, |v| score.get(v as usize).copied().unwrap_or(0.0))
}
