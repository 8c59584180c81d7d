//! Dependency analysis over the diagram's edges: blast radius and root-cause ranking.
//!
//! Two calls, split by how often they run:
//! - `AnalysisGraph::build(&model, &config.graph)` once when the diagram loads: nodes, hard and
//!   soft dependencies, k-of-n thresholds, adjacency lists (CSR) both ways, cycles, notes.
//! - `analyze(&graph, &states, &config)` on every refresh: which nodes are down, the blast
//!   radius of each failing node, the ranked root-cause candidates with their explanations.
//!   `what_if(&graph, &states, node, &config)` answers "what breaks if this one fails too".
//!
//! `README.md` next to this file documents the drawing conventions and the JSON shapes.

pub mod blast;
pub mod cli;
pub mod config;
pub mod csr;
pub mod graph;
pub mod health;
pub mod live;
pub mod modelgen;
pub mod overlay;
pub mod pagerank;
pub mod rank;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod sim;

pub use blast::{BlastRadius, Impact};
pub use config::{ArrowMeaning, Config, GraphConfig, HealthConfig, RankConfig, UndirectedRule};
pub use graph::{AnalysisGraph, Dep, DepOrigin, Node, NodeIx, NodeKind, Note};
pub use health::{Level, NodeState, Polarity};
pub use rank::{Candidate, Evidence, Signal, SignalKind};

use graph::Notes;
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub nodes: usize,
    pub dependencies: usize,
    pub hard: usize,
    pub soft: usize,
    pub groups: usize,
    pub cycles: usize,
    /// Effective level warn or crit.
    pub alerting: usize,
    /// Effective level crit.
    pub failing: usize,
    /// Failing, or down because a hard dependency is.
    pub down: usize,
    /// Down only because of a dependency (predicted impact, whatever their own level says).
    pub impacted: usize,
    pub no_data: usize,
}

/// One node's status after the refresh, for the overlays.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeStatus {
    /// The level that counts (bound, or derived from the anomaly score).
    pub level: Level,
    pub down: bool,
    pub anomaly: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub summary: Summary,
    /// Per node, in `AnalysisGraph::nodes` order.
    pub status: Vec<NodeStatus>,
    /// One per failing node: ranked candidates first, then document order.
    pub blast: Vec<BlastRadius>,
    pub candidates: Vec<Candidate>,
    /// Alerting nodes that no listed candidate explains: never leave a red node unaccounted for.
    pub unexplained: Vec<NodeIx>,
    /// Findings of this refresh (the graph's own notes stay on the graph).
    pub notes: Vec<Note>,
    /// Passes of the PageRank solve (1 when the dependencies have no cycle; for the timings).
    #[serde(skip)]
    pub pagerank_passes: usize,
}

/// Per-node evidence and effective levels from the states. Aggregate groups without state of
/// their own get none: their health is their members'.
pub fn evidence<'s>(
    g: &AnalysisGraph,
    states: &'s [NodeState],
    cfg: &HealthConfig,
) -> (Evidence<'s>, Vec<Level>) {
    let n = g.len();
    let mut ev = Evidence {
        log_lambda: vec![None; n],
        alerting: vec![false; n],
        onset: vec![None; n],
        level: vec![Level::Unknown; n],
        bound: vec![false; n],
        anomaly: vec![None; n],
        signal: vec![None; n],
    };
    for (i, st) in states.iter().take(n).enumerate() {
        let level = health::effective_level(st, cfg);
        ev.level[i] = level;
        ev.bound[i] = st.level != Level::Unknown;
        ev.log_lambda[i] = health::log_lambda(st, cfg);
        ev.alerting[i] = level >= Level::Warn;
        ev.onset[i] = st.onset.filter(|x| x.is_finite());
        ev.anomaly[i] = st.anomaly.filter(|x| x.is_finite());
        ev.signal[i] = st.signal.as_deref();
    }
    let levels = ev.level.clone();
    (ev, levels)
}

/// Everything for one refresh.
pub fn analyze(g: &AnalysisGraph, states: &[NodeState], cfg: &Config) -> Analysis {
    let n = g.len();
    let mut notes = Notes::default();
    if states.len() > n {
        notes.push(
            "state",
            None,
            format!(
                "{} states given for {} nodes; the extra ones are ignored",
                states.len(),
                n
            ),
        );
    }
    let (ev, levels) = evidence(g, states, &cfg.health);
    let failing: Vec<bool> = levels.iter().map(|l| *l == Level::Crit).collect();
    let down = blast::down_set(g, &failing);
    let ranking = rank::rank(g, &ev, &cfg.rank);

    // Blast radius of each failing node, the likeliest causes first: exact counts for all of
    // them from one bit table, member lists for the first `listed_radii`.
    let mut order: Vec<NodeIx> = Vec::new();
    let mut queued = vec![false; n];
    for v in ranking
        .candidates
        .iter()
        .map(|c| c.node as usize)
        .chain(0..n)
    {
        if failing.get(v) == Some(&true) && !queued[v] {
            queued[v] = true;
            order.push(v as NodeIx);
        }
    }
    let mut marks = blast::Marks::new(n);
    let mut spent = 0usize;
    let mut blast_list = Vec::new();
    let mut skipped = 0usize;
    let counts = blast::radius_counts(g, &down, &order, 1 << 22);
    for (j, &v) in order.iter().enumerate() {
        let list = j < cfg.rank.listed_radii;
        match (&counts, list) {
            (Some(c), false) => {
                let count = c.get(j).copied().unwrap_or(0);
                blast_list.push(BlastRadius {
                    node: v,
                    count,
                    impacted: Vec::new(),
                    truncated: count > 0,
                });
            }
            _ if spent >= cfg.rank.blast_budget => skipped += 1,
            _ => {
                let (r, visits) = blast::radius(g, &down, v, cfg.rank.max_listed, &mut marks);
                spent += visits;
                blast_list.push(r);
            }
        }
    }

    let mut covered = vec![false; n];
    for c in &ranking.candidates {
        for &x in &c.explained {
            if let Some(s) = covered.get_mut(x as usize) {
                *s = true;
            }
        }
    }
    let unexplained: Vec<NodeIx> = (0..n)
        .filter(|&v| ev.alerting[v] && !covered[v])
        .map(|v| v as NodeIx)
        .collect();

    let alerting = ev.alerting.iter().filter(|a| **a).count();
    let failing_count = failing.iter().filter(|f| **f).count();
    let down_count = down.iter().filter(|d| **d).count();
    let no_data = ev
        .log_lambda
        .iter()
        .enumerate()
        .filter(|(v, x)| x.is_none() && !g.is_aggregate(*v as NodeIx))
        .count();
    let with_series = states
        .iter()
        .take(n)
        .filter(|s| s.anomaly.is_some())
        .count();

    let own_health = (0..n).filter(|&v| !g.is_aggregate(v as NodeIx)).count();
    if n == 0 {
        notes.push("empty", None, "the page has no shapes to analyze");
    } else {
        if no_data == own_health {
            notes.push("no-data", None, "no state for any node: nothing to analyze");
        } else if with_series == 0 {
            notes.push(
                "no-series",
                None,
                "no series given: no anomaly scores; the ranking uses levels and the topology only",
            );
        }
        if alerting == 0 && no_data < own_health {
            notes.push(
                "no-alerts",
                None,
                "no node is alerting: candidates are ordered by anomaly evidence only",
            );
        }
        if failing_count == n {
            notes.push(
                "all-failing",
                None,
                format!("all {} nodes are failing: the ranking cannot single out a cause; look at what they share", n),
            );
        }
    }
    if ranking.shallow > 0 {
        notes.push(
            "budget",
            None,
            format!("{} candidates were scored one hop deep only: too many alerting nodes for the search budget", ranking.shallow),
        );
    }
    if skipped > 0 {
        notes.push(
            "budget",
            None,
            format!(
                "blast radius not computed for {} failing nodes: use what-if on them",
                skipped
            ),
        );
    }
    if !unexplained.is_empty() && !ranking.candidates.is_empty() {
        let names: Vec<&str> = unexplained
            .iter()
            .take(5)
            .filter_map(|&v| g.node(v))
            .map(|x| x.label.as_str())
            .collect();
        notes.push(
            "unexplained",
            None,
            format!(
                "{} alerting node(s) not explained by the top candidates: {}{}",
                unexplained.len(),
                names.join(", "),
                if unexplained.len() > 5 { ", …" } else { "" }
            ),
        );
    }

    let status = (0..n)
        .map(|v| NodeStatus {
            level: levels[v],
            down: down[v],
            anomaly: states.get(v).and_then(|s| s.anomaly),
        })
        .collect();
    let hard = g.hard_edges();
    let pagerank_passes = ranking.pagerank_iterations;
    Analysis {
        summary: Summary {
            nodes: n,
            dependencies: g.deps.len(),
            hard,
            soft: g.deps.len() - hard,
            groups: g.nodes.iter().filter(|x| x.kind != NodeKind::Node).count(),
            cycles: g.cycles.len(),
            alerting,
            failing: failing_count,
            down: down_count,
            impacted: down_count - failing_count.min(down_count),
            no_data,
        },
        status,
        blast: blast_list,
        candidates: ranking.candidates,
        unexplained,
        notes: notes.finish(),
        pagerank_passes,
    }
}

/// What breaks if `node` fails on top of the current failures.
pub fn what_if(g: &AnalysisGraph, states: &[NodeState], node: NodeIx, cfg: &Config) -> BlastRadius {
    let failing: Vec<bool> = (0..g.len())
        .map(|i| {
            states
                .get(i)
                .map(|s| health::effective_level(s, &cfg.health) == Level::Crit)
                .unwrap_or(false)
        })
        .collect();
    blast::what_if(g, &failing, node, cfg.rank.max_listed)
}
