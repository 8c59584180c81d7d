//! The analysis on the live diagram (issue 5 in the panel): after each bindings refresh, every
//! node's state comes from the bindings — its level from their levels, its anomaly score from the
//! raw series of the bindings that count (`anomaly` in the binding model) — then `analyze` runs
//! and `overlay` turns the result into an SVG layer and class ops the panel applies without
//! redrawing the diagram. Both hosts hold one `Live` in `api::Document`.

use super::blast::BlastRadius;
use super::cli::{node_ref, out_blast, out_candidate, NodeRef, OutBlast, OutCandidate};
use super::graph::{AnalysisGraph, NodeIx, Note};
use super::health::{self, Level, NodeState};
use super::overlay::{self, OverlayUpdate, Sent};
use super::{analyze, what_if, Analysis, ArrowMeaning, Config, Summary};
use crate::bind::levels::Levels;
use crate::bind::Engine;
use crate::layout::Layout;
use crate::model::Model;
use serde::{Deserialize, Serialize};

/// Baseline points kept before the recent window (a day of 15 s points would cost more than it
/// tells: the median and MAD of the last few hundred points are as robust).
pub const MAX_BASELINE: usize = 360;
/// Entries of a blast radius or a what-if listed for the panel (the count is always exact).
pub const LISTED: usize = 50;

/// The panel's analysis options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct LiveOptions {
    /// Run the analysis at all.
    pub enabled: bool,
    /// What an arrow A → B means (README "Direction").
    pub arrow: ArrowMeaning,
    /// Halos on failing and impacted nodes, and the counts.
    pub blast_radius: bool,
    /// Dim what is not involved (alerting nodes are never dimmed).
    pub dim: bool,
    /// Rank badges 1–5 on the root-cause candidates.
    pub rank_badges: bool,
    /// The panel's top-5 box (HTML, the panel's own): saved with these options, unused by the core.
    pub top_list: bool,
}

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions {
            enabled: true,
            arrow: ArrowMeaning::DependsOn,
            blast_radius: true,
            dim: true,
            rank_badges: true,
            top_list: true,
        }
    }
}

/// Microseconds spent in the last refresh's analysis steps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LiveTiming {
    /// Node states from the bindings: levels and robust scores of the counted series.
    pub states_us: f64,
    /// `analyze`: blast radius and ranking.
    pub analyze_us: f64,
    /// Building the overlay (last `overlay()` call).
    pub overlay_us: f64,
    /// Series scored in the last refresh.
    pub series: usize,
    /// Passes of the PageRank solve in the last analysis (1: no cycle to iterate in).
    pub pagerank_passes: usize,
    /// The last refresh gave every node the same state as the one before, so the previous
    /// analysis stands (`analyze_us` is then the time to find that out).
    pub reused: bool,
}

/// A failing node's blast radius, briefly.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlastBrief {
    pub id: String,
    pub label: String,
    pub count: usize,
}

/// What the panel shows beside the diagram.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PanelReport {
    pub summary: Summary,
    /// The top 5, each with its explanation (`summary`, `signals`).
    pub candidates: Vec<OutCandidate>,
    /// Failing nodes, likeliest causes first, with how many nodes go down with each.
    pub blast: Vec<BlastBrief>,
    pub unexplained: Vec<NodeRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub what_if: Option<OutBlast>,
    /// This refresh's notes (the drawing's own are in `notes()`).
    pub notes: Vec<Note>,
    pub timing: LiveTiming,
}

pub struct Live {
    pub options: LiveOptions,
    pub config: Config,
    graph: Option<AnalysisGraph>,
    /// Model cell index → node.
    node_of_cell: Vec<Option<NodeIx>>,
    pub states: Vec<NodeState>,
    /// The states of the refresh before (compared to skip an unchanged analysis).
    last_states: Vec<NodeState>,
    pub analysis: Option<Analysis>,
    /// Cells whose bound level is warn or worse (edges included): never dimmed.
    pub alert_cells: Vec<usize>,
    what_if: Option<BlastRadius>,
    scratch: health::Scratch,
    /// This refresh's score per (series, recent window, polarity): cells that share series (an
    /// edge binding's cells all see the same list) score each one once.
    scores: std::collections::HashMap<(u32, usize, health::Polarity), Option<health::SeriesScore>>,
    sent: Sent,
    pub timing: LiveTiming,
    /// Clock in ms (the wasm host passes performance.now).
    pub clock: fn() -> f64,
}

fn no_clock() -> f64 {
    0.0
}

impl Default for Live {
    fn default() -> Self {
        Live {
            options: LiveOptions::default(),
            config: Config::default(),
            graph: None,
            node_of_cell: Vec::new(),
            states: Vec::new(),
            last_states: Vec::new(),
            analysis: None,
            alert_cells: Vec::new(),
            what_if: None,
            scratch: health::Scratch::default(),
            scores: std::collections::HashMap::new(),
            sent: Sent::default(),
            timing: LiveTiming::default(),
            clock: no_clock,
        }
    }
}

/// A binding level → the analysis' level: `crit` (or the level named so) and worse fail, levels
/// between `ok` and `crit` warn, `ok` and better are healthy.
pub fn level_of(levels: &Levels, l: usize) -> Level {
    if l >= levels.crit {
        Level::Crit
    } else if l > levels.ok {
        Level::Warn
    } else {
        Level::Ok
    }
}

impl Live {
    /// Options as JSON (`{enabled, arrow, blastRadius, dim, rankBadges}`); the analysis reruns on
    /// the last states. A changed direction rule rebuilds the graph.
    pub fn set_options(&mut self, json: &str, model: &Model) -> Result<(), String> {
        let o: LiveOptions = if json.trim().is_empty() {
            LiveOptions::default()
        } else {
            serde_json::from_str(json).map_err(|e| format!("analysis options: {}", e))?
        };
        if o.arrow != self.options.arrow {
            self.graph = None;
            self.what_if = None;
        }
        self.config.graph.arrow = o.arrow;
        self.options = o;
        if !self.options.enabled {
            self.analysis = None;
            self.what_if = None;
        } else if !self.states.is_empty() {
            self.ensure_graph(model);
            self.run();
        }
        Ok(())
    }

    fn ensure_graph(&mut self, model: &Model) {
        if self.graph.is_some() {
            return;
        }
        let g = AnalysisGraph::build(model, &self.config.graph);
        self.node_of_cell = vec![None; model.cells.len()];
        for (v, n) in g.nodes.iter().enumerate() {
            if let Some(slot) = self.node_of_cell.get_mut(n.cell) {
                *slot = Some(v as NodeIx);
            }
        }
        if self.states.len() != g.len() {
            self.states = vec![NodeState::default(); g.len()];
        }
        self.graph = Some(g);
    }

    pub fn graph(&mut self, model: &Model) -> &AnalysisGraph {
        self.ensure_graph(model);
        self.graph.as_ref().expect("built above")
    }

    /// After a bindings refresh: states from the engine, then the analysis.
    pub fn refresh(&mut self, model: &Model, engine: &Engine) {
        if !self.options.enabled {
            return;
        }
        self.ensure_graph(model);
        let t0 = (self.clock)();
        // Keep the previous states (no copy: the vectors swap) to tell whether anything changed.
        std::mem::swap(&mut self.states, &mut self.last_states);
        self.states_from(engine);
        let t1 = (self.clock)();
        self.timing.states_us = (t1 - t0) * 1000.0;
        // Same states, same graph and options: the analysis would come out the same.
        if self.analysis.is_some() && self.states == self.last_states {
            self.timing.analyze_us = ((self.clock)() - t1) * 1000.0;
            self.timing.reused = true;
            return;
        }
        self.run();
    }

    fn run(&mut self) {
        let Some(g) = &self.graph else { return };
        let t0 = (self.clock)();
        let a = analyze(g, &self.states, &self.config);
        self.timing.pagerank_passes = a.pagerank_passes;
        self.timing.reused = false;
        self.analysis = Some(a);
        self.timing.analyze_us = ((self.clock)() - t0) * 1000.0;
        if let Some(w) = &self.what_if {
            self.what_if = Some(what_if(g, &self.states, w.node, &self.config));
        }
    }

    /// Levels and anomaly scores of every node, from the engine's last evaluation.
    fn states_from(&mut self, engine: &Engine) {
        if self.graph.is_none() {
            return;
        }
        let levels = &engine.compiled.levels;
        let frames = &engine.frames;
        let n = self.graph.as_ref().map(|g| g.len()).unwrap_or(0);
        self.states.clear();
        self.states.resize(n, NodeState::default());
        self.alert_cells.clear();
        self.scores.clear();
        let mut scored = 0usize;
        for &cell in &engine.bound {
            let Some(e) = engine.evals.get(&cell) else {
                continue;
            };
            let level = e
                .level
                .map(|l| level_of(levels, l))
                .unwrap_or(Level::Unknown);
            if level >= Level::Warn {
                self.alert_cells.push(cell);
            }
            let Some(v) = self.node_of_cell.get(cell).copied().flatten() else {
                continue;
            };
            let st = &mut self.states[v as usize];
            st.level = level;
            // The node's worst counted series: (z, onset ms, series, binding).
            let mut best: Option<(f64, Option<f64>, usize, usize)> = None;
            for be in &e.bindings {
                let Some(b) = engine.compiled.bindings.get(be.binding) else {
                    continue;
                };
                if !b.anomaly.count {
                    continue;
                }
                let recent = b.anomaly.recent.unwrap_or(self.config.health.recent).max(1);
                for se in be.series.iter() {
                    let i = se.series as usize;
                    if i >= frames.len()
                        || !frames.usable(i)
                        || frames.meta(i).kind != crate::bind::ingest::SeriesKind::Number
                    {
                        continue;
                    }
                    let values = frames.numbers(i);
                    if values.len() <= recent {
                        continue;
                    }
                    let split = values.len() - recent;
                    let base = &values[split.saturating_sub(MAX_BASELINE)..split];
                    let (config, scratch) = (&self.config.health, &mut self.scratch);
                    let memo = *self
                        .scores
                        .entry((se.series, recent, b.anomaly.polarity))
                        .or_insert_with(|| {
                            scored += 1;
                            health::score_series_with(
                                base,
                                &values[split..],
                                b.anomaly.polarity,
                                config,
                                scratch,
                            )
                        });
                    let Some(sc) = memo else {
                        continue;
                    };
                    if best.map(|x| sc.z > x.0).unwrap_or(true) {
                        let onset = sc.onset.map(|k| {
                            let times = frames.times_of(i).filter(|t| t.len() == values.len());
                            match times.and_then(|t| t.get(split + k)) {
                                Some(t) if t.is_finite() => *t,
                                _ => engine.now_ms,
                            }
                        });
                        best = Some((sc.z, onset, i, be.binding));
                    }
                }
            }
            if let Some((z, onset, i, bi)) = best {
                st.anomaly = Some(z);
                st.onset = onset;
                // Named only where an explanation would cite it: formatting thousands of calm
                // series' names every refresh costs more than scoring them.
                if z >= 1.0 {
                    st.signal = Some(format!(
                        "{} ({})",
                        frames.meta(i).title(),
                        engine.compiled.bindings[bi].id
                    ));
                }
            }
        }
        self.timing.series = scored;
    }

    /// "What if this cell fails?" on top of the current failures; `""` clears it. `Err` for a
    /// cell that is not a node of the dependency graph.
    pub fn set_what_if(
        &mut self,
        model: &Model,
        cell_id: &str,
    ) -> Result<Option<OutBlast>, String> {
        if cell_id.is_empty() {
            self.what_if = None;
            return Ok(None);
        }
        if !self.options.enabled {
            return Err("the dependency analysis is off".into());
        }
        self.ensure_graph(model);
        let g = self.graph.as_ref().expect("built above");
        let Some(v) = g.find(cell_id) else {
            return Err(format!("\"{}\" is not a node of the dependency graph (an edge, a text or an ignored shape)", crate::bind::json::one_line(cell_id)));
        };
        let r = what_if(g, &self.states, v, &self.config);
        self.what_if = Some(r);
        Ok(self.what_if_out())
    }

    fn what_if_out(&self) -> Option<OutBlast> {
        let (g, w) = (self.graph.as_ref()?, self.what_if.as_ref()?);
        let empty = Analysis::default();
        let a = self.analysis.as_ref().unwrap_or(&empty);
        let mut out = out_blast(g, a, w);
        if a.status.is_empty() {
            out.level = self
                .states
                .get(w.node as usize)
                .map(|s| s.level)
                .unwrap_or_default();
        }
        out.impacted.truncate(LISTED);
        Some(out)
    }

    /// Whether a cell is a node of the dependency graph (what-if applies to it).
    pub fn is_node(&mut self, model: &Model, cell_id: &str) -> bool {
        self.options.enabled && self.graph(model).find(cell_id).is_some()
    }

    /// The notes about the drawing: ignored edges, self-loops, cycles, override words, groups.
    pub fn notes(&mut self, model: &Model) -> Vec<Note> {
        if !self.options.enabled {
            return Vec::new();
        }
        self.graph(model).notes.clone()
    }

    /// The panel's report, or `None` before the first refresh (or when off).
    pub fn report(&self) -> Option<PanelReport> {
        let (g, a) = (self.graph.as_ref()?, self.analysis.as_ref()?);
        Some(PanelReport {
            summary: a.summary.clone(),
            candidates: a.candidates.iter().map(|c| out_candidate(g, c)).collect(),
            blast: a
                .blast
                .iter()
                .take(LISTED)
                .map(|r| {
                    let (id, label) = node_ref(g, r.node);
                    BlastBrief {
                        id,
                        label,
                        count: r.count,
                    }
                })
                .collect(),
            unexplained: a
                .unexplained
                .iter()
                .take(LISTED)
                .map(|&v| {
                    let (id, label) = node_ref(g, v);
                    NodeRef { id, label }
                })
                .collect(),
            what_if: self.what_if_out(),
            notes: a.notes.clone(),
            timing: self.timing,
        })
    }

    /// What changed in the overlay since the last call (`None`: nothing). `fresh` forgets what
    /// was sent (the panel drew a new SVG).
    pub fn overlay(
        &mut self,
        model: &Model,
        layout: &Layout,
        fresh: bool,
    ) -> Option<OverlayUpdate> {
        if fresh {
            self.sent = Sent::default();
        }
        let t0 = (self.clock)();
        let drawn = self.drawn(model, layout);
        let update = self.sent.diff(model, drawn);
        self.timing.overlay_us = ((self.clock)() - t0) * 1000.0;
        update
    }

    /// The whole overlay for the current analysis (and what-if), as drawn.
    pub fn drawn(&self, model: &Model, layout: &Layout) -> overlay::Drawn {
        let empty = Analysis::default();
        let analysis = match (&self.analysis, &self.what_if) {
            (Some(a), _) => Some(a),
            (None, Some(_)) => Some(&empty),
            _ => None,
        };
        let view = match (&self.graph, analysis, self.options.enabled) {
            (Some(g), Some(a), true) => Some(overlay::View {
                graph: g,
                analysis: a,
                what_if: self.what_if.as_ref(),
                alert_cells: &self.alert_cells,
                options: &self.options,
            }),
            _ => None,
        };
        overlay::build(model, layout, view.as_ref())
    }
}
