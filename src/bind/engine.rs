//! The refresh path. Bindings are compiled once (`set_bindings`); series are matched to
//! (binding, cell) pairs only when the set of series changes; each refresh then reduces the
//! matched series, applies thresholds and mappings, combines per cell and diffs the result
//! into a patch.

use super::compile::{self, Binding, Combine, Compiled, Report, Target};
use super::ingest::{self, Frames, Layout, SeriesKind};
use super::mapping;
use super::patch::{Painter, Patch, Visual};
use super::select::SeriesIndex;
use super::template::{cell_var, Var};
use super::units::{FormatCtx, Unit};
use super::value::Datum;
use crate::model::{CellKind, Model};
use crate::style::{Color, Theme};
use std::collections::HashMap;
use std::sync::Arc;

/// What the engine reads from the diagram.
pub struct Ctx<'a> {
    pub model: &'a Model,
    pub layout: &'a crate::layout::Layout,
    pub theme: &'a Theme,
    pub ids: &'a HashMap<String, usize>,
}

/// One refresh's input.
pub struct Input<'a> {
    /// Frames descriptor JSON; "" = unchanged since the last refresh.
    pub frames: &'a str,
    pub values: Vec<f64>,
    pub times: Vec<f64>,
    pub now_ms: f64,
    pub from_ms: f64,
    pub to_ms: f64,
}

/// One series' contribution to a binding on a cell.
#[derive(Debug, Clone)]
pub struct SeriesEval {
    pub series: u32,
    pub value: Datum,
    pub level: Option<usize>,
    pub color: Option<Color>,
    /// A mapping's text. The value formatted in its unit is made on demand (`Engine::series_text`):
    /// a binding may see hundreds of series and shows one.
    pub mapped_text: Option<String>,
}

/// A binding's state on one cell.
#[derive(Debug, Clone)]
pub struct BindingEval {
    pub binding: usize,
    pub level: Option<usize>,
    pub color: Option<Color>,
    /// The deciding series (per `combine`), if any.
    pub pick: Option<usize>,
    /// The deciding series' display text.
    pub text: Option<String>,
    /// Shared by the cells of a binding that see the same series (evaluated once).
    pub series: Arc<Vec<SeriesEval>>,
    /// Why there is no data, when there is none.
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct CellEval {
    pub level: Option<usize>,
    pub bindings: Vec<BindingEval>,
}

/// Clock for timings (ms); the wasm host passes performance.now.
pub type Clock = fn() -> f64;

fn no_clock() -> f64 {
    0.0
}

/// What the panel has for a cell: its bound look and the label fragment last sent.
#[derive(Debug, Clone, Default)]
struct Sent {
    look: Visual,
    label: Option<String>,
}

pub struct Engine {
    pub compiled: Compiled,
    json: String,
    skipped: usize,
    layout: Option<Arc<Layout>>,
    pub frames: Frames,
    match_hash: Option<u64>,
    /// [binding][cell position] → series indices.
    matches: Vec<Vec<Vec<u32>>>,
    /// Per (binding, cell position): why no series (missing cell variable).
    match_notes: Vec<Vec<Option<String>>>,
    /// Per binding: its distinct series lists, and each cell position's list. Cells that see
    /// the same series (a binding on a whole tier, edges on one regex) are evaluated once.
    groups: Vec<(Vec<Vec<u32>>, Vec<u32>)>,
    /// Cells any binding targets, ascending.
    pub bound: Vec<usize>,
    pub evals: HashMap<usize, CellEval>,
    /// Looks sent to the panel so far, by cell.
    emitted: HashMap<usize, Sent>,
    /// The series at the last matching (to report ones that disappear when they change).
    last_layout: Option<Arc<Layout>>,
    pub disappeared: Vec<String>,
    pub animations: bool,
    pub tz_offset_min: i32,
    pub now_ms: f64,
    pub from_ms: f64,
    pub to_ms: f64,
    pub clock: Clock,
    pub data_error: Option<String>,
    /// Benchmark baseline only: match every series against every rule on every refresh,
    /// with no index and no regex cache (what Flowcharting did).
    pub naive: bool,
    /// Buffers of the previous refresh, handed back to the host for reuse.
    pub spare: (Vec<f64>, Vec<f64>),
}

impl Engine {
    pub fn new(theme: &Theme) -> Engine {
        Engine {
            compiled: Compiled::empty(theme),
            json: String::new(),
            skipped: 0,
            layout: None,
            frames: Frames::default(),
            match_hash: None,
            matches: Vec::new(),
            match_notes: Vec::new(),
            groups: Vec::new(),
            bound: Vec::new(),
            evals: HashMap::new(),
            emitted: HashMap::new(),
            last_layout: None,
            disappeared: Vec::new(),
            animations: true,
            tz_offset_min: 0,
            now_ms: 0.0,
            from_ms: 0.0,
            to_ms: 0.0,
            clock: no_clock,
            data_error: None,
            naive: false,
            spare: (Vec::new(), Vec::new()),
        }
    }

    /// Compile a binding document. Looks already applied stay until the next update, which
    /// diffs against them (so removed bindings restore their cells).
    pub fn set_bindings(&mut self, json: &str, ctx: &Ctx) -> Report {
        self.json = json.to_string();
        let (c, skipped) = compile::compile(json, ctx.model, ctx.ids, ctx.theme);
        self.compiled = c;
        self.skipped = skipped;
        self.match_hash = None;
        let mut bound: Vec<usize> = self
            .compiled
            .bindings
            .iter()
            .flat_map(|b| b.cells.iter().copied())
            .collect();
        bound.sort_unstable();
        bound.dedup();
        self.bound = bound;
        // With series already in (data came before the bindings, as on a dashboard), match now:
        // the host then learns the fields it must copy (`needed_fields`) before the first update
        // instead of copying every value once, and that update finds the matching done.
        if !self.frames.is_empty() && !self.naive {
            self.rematch(ctx);
            self.group();
        }
        self.compiled.report(skipped)
    }

    pub fn report(&self) -> Report {
        self.compiled.report(self.skipped)
    }

    /// Recompile for a new theme (colours resolve per theme); the SVG was redrawn, so every
    /// look must be sent again (`resync`).
    pub fn theme_changed(&mut self, ctx: &Ctx) {
        let json = std::mem::take(&mut self.json);
        self.set_bindings(&json, ctx);
        self.emitted.clear();
    }

    /// Forget what was sent (the panel drew a fresh SVG); the next patch carries every look.
    pub fn forget_emitted(&mut self) {
        self.emitted.clear();
    }

    /// One refresh: data in, patch out.
    pub fn update(&mut self, ctx: &Ctx, input: Input) -> Patch {
        let t0 = (self.clock)();
        self.now_ms = finite_or(input.now_ms, self.now_ms);
        self.from_ms = finite_or(input.from_ms, self.from_ms);
        self.to_ms = finite_or(input.to_ms, self.to_ms);
        self.data_error = None;
        if !input.frames.is_empty() || self.layout.is_none() {
            match ingest::parse_layout(if input.frames.is_empty() {
                "{}"
            } else {
                input.frames
            }) {
                Ok(l) => self.layout = Some(Arc::new(l)),
                Err(e) => {
                    self.data_error = Some(e);
                    self.layout = Some(Arc::new(Layout::default()));
                }
            }
        }
        let layout = self.layout.clone().unwrap_or_default();
        let old = std::mem::replace(
            &mut self.frames,
            ingest::frames(layout, input.values, input.times),
        );
        self.spare = (old.values, old.times);
        if let Some(e) = &self.data_error {
            self.frames.messages.insert(0, e.clone());
        }
        let t1 = (self.clock)();
        // `rematched` tells the host the series set changed (its copy-only-needed list is stale);
        // the naive baseline matches every time regardless.
        let rematched = self.match_hash != Some(self.frames.set_hash());
        if self.naive {
            self.rematch_naive(ctx);
            self.group();
        } else if rematched {
            self.rematch(ctx);
            self.group();
        }
        let t2 = (self.clock)();
        self.evaluate(ctx);
        let t3 = (self.clock)();
        let mut patch = self.diff_all(ctx);
        let t4 = (self.clock)();
        patch.rematched = rematched;
        patch.problems = self.frames.messages.len() + self.disappeared.len();
        patch.timing.ingest_us = (t1 - t0) * 1000.0;
        patch.timing.match_us = (t2 - t1) * 1000.0;
        patch.timing.eval_us = (t3 - t2) * 1000.0;
        patch.timing.patch_us = (t4 - t3) * 1000.0;
        patch
    }

    /// Every current look as ops against a freshly drawn SVG.
    pub fn resync(&mut self, ctx: &Ctx) -> Patch {
        self.emitted.clear();
        self.diff_all(ctx)
    }

    /// Match series to every (binding, cell). Runs when the set of series changes.
    fn rematch(&mut self, ctx: &Ctx) {
        self.match_hash = Some(self.frames.set_hash());
        let metas: Vec<&ingest::SeriesMeta> = self.frames.metas().collect();
        // Series that were there last time and are gone now (titles made only when the series
        // changed: none on the first matching).
        let layout = &self.frames.layout;
        if let Some(last) = self.last_layout.as_ref().filter(|l| !l.series.is_empty()) {
            self.disappeared = if Arc::ptr_eq(last, layout) {
                Vec::new()
            } else {
                let now: std::collections::HashSet<String> =
                    metas.iter().map(|m| m.title()).collect();
                last.series
                    .iter()
                    .map(|s| s.meta.title())
                    .filter(|t| !now.contains(t))
                    .take(20)
                    .collect()
            };
        }
        self.last_layout = Some(layout.clone());
        let mut index = SeriesIndex::new(&metas);
        let mut cache = HashMap::new();
        self.matches = Vec::with_capacity(self.compiled.bindings.len());
        self.match_notes = Vec::with_capacity(self.compiled.bindings.len());
        for b in &self.compiled.bindings {
            let mut per_cell = Vec::with_capacity(b.cells.len());
            let mut notes = Vec::with_capacity(b.cells.len());
            match &b.series {
                None => {
                    per_cell.resize(b.cells.len(), Vec::new());
                    notes.resize(b.cells.len(), None);
                }
                Some(spec) if !spec.per_cell() => {
                    let found = match spec.for_cell(ctx.model, None, Some(&mut cache)) {
                        Ok(m) => index.matching(&m),
                        Err(_) => Vec::new(),
                    };
                    per_cell.resize(b.cells.len(), found);
                    notes.resize(b.cells.len(), None);
                }
                Some(spec) => {
                    for &c in &b.cells {
                        match spec.for_cell(ctx.model, Some(c), Some(&mut cache)) {
                            Ok(m) => {
                                per_cell.push(index.matching(&m));
                                notes.push(None);
                            }
                            Err(e) => {
                                per_cell.push(Vec::new());
                                notes.push(Some(e));
                            }
                        }
                    }
                }
            }
            self.matches.push(per_cell);
            self.match_notes.push(notes);
        }
    }

    /// The baseline the benchmark compares against: every rule's selector (regexes included,
    /// compiled afresh and run, no literal shortcut) tested on every series for every cell,
    /// each refresh.
    fn rematch_naive(&mut self, ctx: &Ctx) {
        let metas: Vec<&ingest::SeriesMeta> = self.frames.metas().collect();
        self.matches.clear();
        self.match_notes.clear();
        for b in &self.compiled.bindings {
            let mut per_cell = Vec::with_capacity(b.cells.len());
            let mut notes = Vec::with_capacity(b.cells.len());
            for &c in &b.cells {
                let found = match &b.series {
                    Some(spec) => match spec.for_cell(ctx.model, Some(c), None) {
                        Ok(m) => (0..metas.len() as u32)
                            .filter(|&s| m.matches(metas[s as usize]))
                            .collect(),
                        Err(_) => Vec::new(),
                    },
                    None => Vec::new(),
                };
                per_cell.push(found);
                notes.push(None);
            }
            self.matches.push(per_cell);
            self.match_notes.push(notes);
        }
        self.match_hash = Some(self.frames.set_hash());
    }

    /// Distinct series lists per binding (see `groups`).
    fn group(&mut self) {
        self.groups = self
            .matches
            .iter()
            .map(|per_cell| {
                let mut lists: Vec<Vec<u32>> = Vec::new();
                let mut seen: HashMap<&[u32], u32> = HashMap::new();
                let of = per_cell
                    .iter()
                    .map(|l| {
                        *seen.entry(l.as_slice()).or_insert_with(|| {
                            lists.push(l.clone());
                            lists.len() as u32 - 1
                        })
                    })
                    .collect();
                (lists, of)
            })
            .collect();
    }

    fn fmt_ctx(&self) -> FormatCtx {
        FormatCtx {
            now_ms: self.now_ms,
            tz_offset_min: self.tz_offset_min,
        }
    }

    /// The unit and decimals a binding shows a series in.
    fn unit_for(&self, b: &Binding, series: Option<usize>) -> (Option<Unit>, Option<u32>) {
        let text_unit = b.text.as_ref().and_then(|t| t.unit.clone());
        let text_dec = b.text.as_ref().and_then(|t| t.decimals);
        let meta = series
            .filter(|&s| s < self.frames.len())
            .map(|s| self.frames.meta(s));
        let unit = text_unit.or_else(|| b.unit.clone()).or_else(|| {
            if b.reducer.yields_time() {
                Unit::parse("dateTimeAsIso").ok()
            } else if b.reducer.drops_unit() {
                None
            } else {
                meta.and_then(|m| m.unit.as_deref())
                    .and_then(|u| Unit::parse(u).ok())
            }
        });
        let dec = text_dec
            .or(b.decimals)
            .or_else(|| meta.and_then(|m| m.decimals));
        (unit, dec)
    }

    /// Value → display text in the binding's unit (Grafana's formatting).
    pub fn format_value(&self, b: &Binding, series: Option<usize>, v: &Datum) -> Option<String> {
        match v {
            Datum::Null => None,
            Datum::Str(s) => Some(s.clone()),
            Datum::Num(x) => {
                let (unit, dec) = self.unit_for(b, series);
                let unit = unit.unwrap_or_else(|| Unit::parse("none").expect("none is built in"));
                Some(unit.format(*x, dec, &self.fmt_ctx()).to_string())
            }
        }
    }

    fn eval_series(&self, b: &Binding, s: u32) -> SeriesEval {
        let i = s as usize;
        let meta = self.frames.meta(i);
        let times = self.frames.times_of(i);
        let value = if !self.frames.usable(i) {
            Datum::Null
        } else {
            match meta.kind {
                SeriesKind::Number => b.reducer.numbers(self.frames.numbers(i), times),
                SeriesKind::Text => b
                    .reducer
                    .strings(self.frames.texts(i), times)
                    .unwrap_or(Datum::Null),
            }
        };
        let mapped = mapping::apply(&b.mappings, &value);
        let outcome = if value.is_null() {
            None
        } else {
            b.thresholds
                .as_ref()
                .map(|t| t.eval(&value, self.now_ms, &self.compiled.levels))
        };
        let (mut level, mut color) = match outcome {
            Some(Some(o)) => (Some(o.level), o.color),
            Some(None) => (None, None),
            None if value.is_null() => (None, None),
            None => (Some(self.compiled.levels.ok), None),
        };
        if let Some(m) = &mapped {
            if m.level.is_some() {
                level = m.level;
                color = None;
            }
            if m.color.is_some() {
                color = m.color.clone();
            }
        }
        SeriesEval {
            series: s,
            value,
            level,
            color,
            mapped_text: mapped.and_then(|m| m.text),
        }
    }

    /// A series' display text: its mapping's text, else its value formatted in its unit.
    pub fn series_text(&self, b: &Binding, s: &SeriesEval) -> Option<String> {
        s.mapped_text
            .clone()
            .or_else(|| self.format_value(b, Some(s.series as usize), &s.value))
    }

    /// Pick the deciding entry among levels per the combine mode.
    fn pick(&self, levels: impl Iterator<Item = Option<usize>>) -> Option<usize> {
        // One pass: worst = highest level, earliest on ties; best = lowest, earliest.
        let mut best: Option<(usize, usize)> = None;
        for (i, l) in levels.enumerate() {
            let Some(l) = l else { continue };
            let better = match (self.compiled.combine, best) {
                (_, None) => true,
                (Combine::Worst, Some((_, bl))) => l > bl,
                (Combine::Best, Some((_, bl))) => l < bl,
                (Combine::First, Some(_)) => false,
                (Combine::Last, Some(_)) => true,
            };
            if better {
                best = Some((i, l));
            }
        }
        best.map(|x| x.0)
    }

    fn evaluate(&mut self, _ctx: &Ctx) {
        // Last refresh's table, emptied: its per-cell lists keep their allocations.
        let mut evals = std::mem::take(&mut self.evals);
        for e in evals.values_mut() {
            e.level = None;
            e.bindings.clear();
        }
        let empty = (Vec::new(), Vec::new());
        for (bi, b) in self.compiled.bindings.iter().enumerate() {
            let (lists, of) = self.groups.get(bi).unwrap_or(&empty);
            // Each distinct series list once: its series, the deciding one, level, colour, text.
            let group_evals: Vec<(
                Arc<Vec<SeriesEval>>,
                Option<usize>,
                Option<usize>,
                Option<Color>,
                Option<String>,
            )> = lists
                .iter()
                .map(|ids| {
                    let series: Vec<SeriesEval> =
                        ids.iter().map(|&s| self.eval_series(b, s)).collect();
                    let pick = self.pick(series.iter().map(|s| s.level));
                    let color = pick.and_then(|p| series[p].color.clone());
                    // With no level anywhere, keep the first series with a value for text.
                    let shown = pick.or_else(|| series.iter().position(|s| !s.value.is_null()));
                    let text = shown.and_then(|p| self.series_text(b, &series[p]));
                    (Arc::new(series), pick, shown, color, text)
                })
                .collect();
            for (pos, &cell) in b.cells.iter().enumerate() {
                let g = of.get(pos).and_then(|&g| group_evals.get(g as usize));
                let mut note = self
                    .match_notes
                    .get(bi)
                    .and_then(|m| m.get(pos))
                    .cloned()
                    .flatten();
                let be = match g {
                    Some((series, pick, shown, color, text)) => {
                        let level = match pick {
                            Some(p) => series[*p].level,
                            None => b.no_data,
                        };
                        if pick.is_none() && note.is_none() && b.series.is_some() {
                            note = Some(if series.is_empty() {
                                "no matching series".into()
                            } else {
                                "no value (null, NaN or empty)".into()
                            });
                        }
                        BindingEval {
                            binding: bi,
                            level,
                            color: color.clone(),
                            pick: *shown,
                            text: text.clone(),
                            series: series.clone(),
                            note,
                        }
                    }
                    None => BindingEval {
                        binding: bi,
                        level: b.no_data,
                        color: None,
                        pick: None,
                        text: None,
                        series: Arc::new(Vec::new()),
                        note: note
                            .or_else(|| b.series.is_some().then(|| "no matching series".into())),
                    },
                };
                evals.entry(cell).or_default().bindings.push(be);
            }
        }
        evals.retain(|_, e| !e.bindings.is_empty());
        for e in evals.values_mut() {
            e.level = self
                .pick(e.bindings.iter().map(|b| b.level))
                .and_then(|i| e.bindings[i].level);
        }
        self.evals = evals;
    }

    /// The colour a binding state paints: its own (step/mapping) or its level's.
    fn state_color(&self, be: &BindingEval) -> Option<Color> {
        be.color.clone().or_else(|| {
            be.level
                .and_then(|l| self.compiled.levels.color(l).cloned())
        })
    }

    /// A cell's bound look from the last evaluation (default when unbound).
    pub fn visual(&self, ctx: &Ctx, cell: usize) -> Visual {
        let Some(e) = self.evals.get(&cell) else {
            return Visual::default();
        };
        let levels = &self.compiled.levels;
        let c = &ctx.model.cells[cell];
        let mut v = Visual {
            level: e.level.map(|l| levels.name(l).to_string()),
            ..Default::default()
        };
        // Colour targets: per target, the binding picked by the combine mode among those that apply.
        // (target, level, colour) in binding order; a cell has a handful.
        let mut by_target: Vec<(Target, Option<usize>, Color)> = Vec::new();
        for be in &e.bindings {
            let b = &self.compiled.bindings[be.binding];
            let Some(col) = self.state_color(be) else {
                continue;
            };
            if let Some(rule) = &b.color {
                if rule.when.applies(be.level, levels) {
                    for t in &rule.targets {
                        by_target.push((*t, be.level, col.clone()));
                    }
                }
            }
            if b.edge.as_ref().is_some_and(|x| x.color)
                && c.kind == CellKind::Edge
                && be.level.is_some()
            {
                by_target.push((Target::Stroke, be.level, col.clone()));
            }
        }
        // Each target on its own (the order of targets does not matter), no lists built.
        for &(_, t) in compile::TARGETS {
            let cands = || by_target.iter().filter(move |x| x.0 == t);
            let Some(i) = self.pick(cands().map(|x| x.1)) else {
                continue;
            };
            let col = cands().nth(i).map(|x| x.2.clone());
            match t {
                Target::Fill => v.fill = col,
                Target::Stroke => v.stroke = col,
                Target::Gradient => v.gradient = col,
                Target::Font => v.label.font = col,
                Target::LabelBackground => v.label.background = col,
                Target::LabelBorder => v.label.border = col,
                Target::ImageBackground => v.image_background = col,
                Target::ImageBorder => v.image_border = col,
            }
        }
        // Text: each binding's rule applies in order to the drawn label.
        let mut label: Option<String> = None;
        for be in &e.bindings {
            let b = &self.compiled.bindings[be.binding];
            let Some(rule) = &b.text else { continue };
            if !rule.when.applies(be.level, levels) {
                continue;
            }
            let picked = be.pick.map(|p| &be.series[p]);
            let shown = match &be.text {
                Some(t) => {
                    // Each variable is made only when the format uses it (most use just the value).
                    rule.format.expand(
                        &|var| match var {
                            Var::Value => Some(t.clone()),
                            Var::ValueRaw => {
                                Some(picked.map(|s| s.value.raw_text()).unwrap_or_default())
                            }
                            Var::Level => Some(
                                be.level
                                    .map(|l| levels.name(l).to_string())
                                    .unwrap_or_default(),
                            ),
                            Var::Series => Some(
                                picked
                                    .map(|s| self.frames.meta(s.series as usize).title())
                                    .unwrap_or_default(),
                            ),
                            Var::Binding => Some(b.id.clone()),
                            Var::From => Some(crate::bind::jsnum::to_string(self.from_ms)),
                            Var::To => Some(crate::bind::jsnum::to_string(self.to_ms)),
                            other => cell_var(ctx.model, cell, other),
                        },
                        &|s| s.to_string(),
                    )
                }
                None => match &rule.null_text {
                    Some(n) => n.clone(),
                    None => continue,
                },
            };
            let base = label.as_deref().unwrap_or(&c.label);
            label = Some(rule.apply(base, c.is_html(), &shown));
        }
        v.label.text = label;
        // Blink, width and flow.
        let anim = self.animations;
        for be in &e.bindings {
            let b = &self.compiled.bindings[be.binding];
            if anim && b.blink.applies(be.level, levels) {
                v.blink = true;
            }
            let Some(edge) = &b.edge else { continue };
            if c.kind != CellKind::Edge {
                continue;
            }
            let num = be
                .pick
                .and_then(|p| be.series[p].value.as_num())
                .filter(|x| x.is_finite());
            if let (Some(w), Some(x)) = (&edge.width, num) {
                v.width = Some((w.map(x) * 100.0).round() / 100.0);
            }
            if let (Some(f), Some(x), true) = (&edge.flow, num, anim) {
                let speed = f.map(x.abs());
                v.flow = Some(if x < 0.0 { -speed } else { speed })
                    .map(|s| (s * 100.0).round() / 100.0)
                    .filter(|s| *s != 0.0);
            }
        }
        v
    }

    fn diff_all(&mut self, ctx: &Ctx) -> Patch {
        let painter = Painter {
            model: ctx.model,
            layout: ctx.layout,
            theme: ctx.theme,
        };
        let mut patch = Patch::default();
        let mut cells: Vec<usize> = self.bound.clone();
        cells.extend(
            self.emitted
                .keys()
                .copied()
                .filter(|c| self.bound.binary_search(c).is_err()),
        );
        let default = Visual::default();
        for cell in cells {
            if cell >= ctx.model.cells.len() {
                continue;
            }
            let new = self.visual(ctx, cell);
            let mut sent = self.emitted.remove(&cell).unwrap_or_default();
            if sent.look == new {
                if new != default {
                    self.emitted.insert(cell, sent);
                }
                continue;
            }
            painter.diff(cell, &sent.look, &new, &mut sent.label, &mut patch.ops);
            if sent.look.level != new.level {
                patch
                    .levels
                    .insert(ctx.model.cells[cell].id.clone(), new.level.clone());
            }
            if new != default {
                sent.look = new;
                self.emitted.insert(cell, sent);
            }
        }
        patch
    }

    /// Cells targeted by no binding (vertices and edges), for the inspector.
    pub fn unmapped(&self, model: &Model) -> Vec<usize> {
        (0..model.cells.len())
            .filter(|&i| {
                matches!(model.cells[i].kind, CellKind::Vertex | CellKind::Edge)
                    && self.bound.binary_search(&i).is_err()
            })
            .collect()
    }

    /// Per series: does any binding use it.
    fn used_series(&self) -> Vec<bool> {
        let mut used = vec![false; self.frames.len()];
        for &s in self.matches.iter().flatten().flatten() {
            if let Some(u) = used.get_mut(s as usize) {
                *u = true;
            }
        }
        used
    }

    /// Series no binding uses.
    pub fn unmatched_series(&self) -> Vec<usize> {
        let used = self.used_series();
        (0..used.len()).filter(|&i| !used[i]).collect()
    }

    /// Descriptor field indices of every matched series, ascending: what the host must copy
    /// while the series set stays the same (time fields aside).
    pub fn needed_fields(&self) -> Vec<u32> {
        let used = self.used_series();
        let mut out: Vec<u32> = (0..self.frames.len())
            .filter(|&i| used[i])
            .map(|i| self.frames.meta(i).field_index as u32)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Matched series count per binding (for the inspector).
    pub fn matched_counts(&self, bi: usize) -> (usize, usize) {
        let Some(m) = self.matches.get(bi) else {
            return (0, 0);
        };
        let cells_with = m.iter().filter(|v| !v.is_empty()).count();
        let mut all: Vec<u32> = m.iter().flatten().copied().collect();
        all.sort_unstable();
        all.dedup();
        (cells_with, all.len())
    }

    /// Cells with a bound look sent to the panel.
    pub fn emitted_count(&self) -> usize {
        self.emitted.len()
    }
}

fn finite_or(v: f64, d: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        d
    }
}
