//! Settings for building the graph (once per diagram) and for each refresh.
//! Every default is written down in `README.md` next to its reason.

use serde::{Deserialize, Serialize};

/// What an arrow from A to B means when the edge carries no override.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum ArrowMeaning {
    /// A calls / needs B: A depends on B (a call graph). The default.
    #[default]
    DependsOn,
    /// A feeds B (a data-flow drawing): B depends on A.
    Feeds,
}

/// How an edge with no arrow heads is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum UndirectedRule {
    /// A soft link both ways: it connects alerts for the ranking but never carries a hard failure.
    #[default]
    SoftBoth,
    /// A hard dependency both ways (a cycle of two).
    HardBoth,
    /// Not a dependency.
    Ignore,
}

/// Build-time settings: how the drawing becomes a dependency graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct GraphConfig {
    pub arrow: ArrowMeaning,
    pub undirected: UndirectedRule,
    /// Dashed connectors are soft (async, optional) dependencies.
    pub dashed_is_soft: bool,
    /// Note a node when at least this many nodes depend on it directly.
    pub fan_in_note: usize,
}

impl Default for GraphConfig {
    fn default() -> Self {
        GraphConfig {
            arrow: ArrowMeaning::DependsOn,
            undirected: UndirectedRule::SoftBoth,
            dashed_is_soft: true,
            fan_in_note: 50,
        }
    }
}

/// How raw series become an anomaly score and a level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct HealthConfig {
    /// Robust z at which a node with no bound level counts as alerting (warn).
    pub warn_z: f64,
    /// Robust z at which a node with no bound level counts as failing (crit).
    pub crit_z: f64,
    /// The score is the `sustain`-th largest robust z of the recent window, so one stray point never alerts.
    pub sustain: usize,
    /// Scores are capped here (a flat baseline makes any change look infinite).
    pub z_cap: f64,
    /// Fewer baseline points than this gives no score.
    pub min_baseline: usize,
    /// Trailing points of a series that form the recent window when the input does not say.
    pub recent: usize,
    /// The robust z at which "anomalous" and "normal" are equally likely (`health::log_lambda`).
    pub evidence_z0: f64,
    /// Nats of evidence per unit of robust z above `evidence_z0`.
    pub evidence_slope: f64,
}

impl Default for HealthConfig {
    fn default() -> Self {
        HealthConfig {
            warn_z: 3.0,
            crit_z: 6.0,
            sustain: 2,
            z_cap: 50.0,
            min_baseline: 5,
            recent: 10,
            evidence_z0: 2.2,
            evidence_slope: 1.5,
        }
    }
}

/// Per-refresh settings of the root-cause ranking and blast radius.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RankConfig {
    /// Prior rate of unrelated alerts (a node alerting for reasons of its own).
    pub noise_rate: f64,
    /// Hard edges carry a fault with a probability drawn uniformly in [0, 1] per incident;
    /// soft edges with that probability times this factor.
    pub soft_factor: f64,
    /// Factor for an edge into a k-of-n group with k < n: one member's fault is usually masked.
    pub redundant_factor: f64,
    /// A dependent may show its onset this much earlier than its dependency and still be fully explained by it.
    pub onset_slack_ms: f64,
    /// Weight of the evidence from a dependent that began earlier than its dependency by twice
    /// the slack; each further slack multiplies it again (onsets are measured on noisy series,
    /// so a small mismatch weakens the link rather than cutting it).
    pub onset_mismatch: f64,
    /// A node's fault shows in its dependents with a chance of sigmoid(ln λ − this), ln λ being
    /// its own anomaly evidence: a barely anomalous node rarely shows in its callers, so their
    /// calm says little against it.
    pub visibility_nats: f64,
    /// Weight of the PageRank prior, in nats per nat of ln(N·ppr) (1: the walk's distribution is the
    /// prior over causes); the term is clipped to ±`pagerank_clip` so it informs but never decides alone.
    pub pagerank_weight: f64,
    pub pagerank_clip: f64,
    pub damping: f64,
    pub pagerank_tol: f64,
    pub pagerank_max_iter: usize,
    /// Candidates returned.
    pub top: usize,
    /// Edge visits allowed for the ranking's searches in one refresh; past it, scores use one hop.
    pub rank_budget: usize,
    /// Edge visits allowed for listing blast radii in one refresh; past it, counts are skipped.
    pub blast_budget: usize,
    /// Members listed per blast radius (the count is always exact when computed).
    pub max_listed: usize,
    /// Failing nodes whose blast radius is listed member by member (the likeliest causes first);
    /// the others get their exact count only. Use `what_if` for any node on demand.
    pub listed_radii: usize,
}

impl Default for RankConfig {
    fn default() -> Self {
        RankConfig {
            noise_rate: 0.05,
            soft_factor: 0.3,
            redundant_factor: 0.2,
            onset_slack_ms: 60_000.0,
            onset_mismatch: 0.2,
            visibility_nats: 2.0,
            pagerank_weight: 1.0,
            pagerank_clip: 3.0,
            damping: 0.85,
            pagerank_tol: 1e-4,
            pagerank_max_iter: 100,
            top: 5,
            rank_budget: 300_000,
            blast_budget: 2_000_000,
            max_listed: 1000,
            listed_radii: 10,
        }
    }
}

/// Everything, as one value the hosts can deserialize from their options.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Config {
    pub graph: GraphConfig,
    pub health: HealthConfig,
    pub rank: RankConfig,
}
