//! The dependency graph of one diagram page, built once when the diagram loads.
//!
//! Nodes are vertex cells (text cells, edge labels and `faultline.ignore` cells excluded).
//! A vertex with member vertices is a group. Dependencies come from connectors (read by
//! `rules::edge_rule`) and from groups (an aggregate group depends on its members; the
//! members of a host group depend on it). Everything the refresh path needs is precomputed
//! here: adjacency lists both ways, each node's k-of-n threshold, cycles.

use super::config::GraphConfig;
use super::csr::Csr;
use super::rules::{self, Dir, GroupPolicy, Strength};
use crate::model::{CellKind, Model};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeFiltered;
use serde::Serialize;
use std::collections::HashMap;

/// Index into `AnalysisGraph::nodes`.
pub type NodeIx = u32;

/// Edge-kind bits in `dependents_kind` / `dependencies_kind`.
pub const KIND_HARD: u8 = 1;
pub const KIND_REDUNDANT: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum NodeKind {
    /// A plain shape: a service, a store, a queue.
    Node,
    /// A container that depends on its members (k of n).
    Group,
    /// A container whose members depend on it (a host, a zone).
    HostGroup,
    /// A container with no dependency meaning.
    VisualGroup,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Index into `Model::cells`.
    pub cell: usize,
    pub id: String,
    /// The label as plain text (the id when the label is empty).
    pub label: String,
    pub kind: NodeKind,
    /// Member nodes of a group, in document order.
    pub members: Vec<NodeIx>,
    /// Healthy hard dependencies this node needs; `None`: all of them.
    pub need: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DepOrigin {
    /// A connector.
    Edge,
    /// An aggregate group's dependency on a member.
    Member,
    /// A host group's member's dependency on the host.
    Host,
}

/// `dependent` needs `dependency`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dep {
    pub dependent: NodeIx,
    pub dependency: NodeIx,
    pub strength: Strength,
    pub origin: DepOrigin,
    /// The connector cell, for edges.
    pub cell: Option<usize>,
    /// The dependent needs only some of its hard dependencies (k < n): one failure is masked.
    pub redundant: bool,
}

/// A non-fatal finding about the drawing or the input, for the inspector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub code: &'static str,
    /// The cell concerned, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    pub message: String,
}

/// Notes, at most `PER_CODE` of each kind, then one line with the count of the rest.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    list: Vec<Note>,
    counts: HashMap<&'static str, usize>,
}

impl Notes {
    const PER_CODE: usize = 20;

    pub fn push(&mut self, code: &'static str, cell: Option<&str>, message: impl Into<String>) {
        let n = self.counts.entry(code).or_insert(0);
        *n += 1;
        if *n <= Self::PER_CODE {
            self.list.push(Note {
                code,
                cell: cell.map(str::to_string),
                message: message.into(),
            });
        }
    }

    pub fn finish(mut self) -> Vec<Note> {
        let mut over: Vec<(&'static str, usize)> = self
            .counts
            .iter()
            .filter(|(_, n)| **n > Self::PER_CODE)
            .map(|(c, n)| (*c, *n))
            .collect();
        over.sort();
        for (code, n) in over {
            self.list.push(Note {
                code,
                cell: None,
                message: format!("{} more notes of kind {}", n - Self::PER_CODE, code),
            });
        }
        self.list
    }
}

#[derive(Debug, Clone, Default)]
pub struct AnalysisGraph {
    pub nodes: Vec<Node>,
    pub deps: Vec<Dep>,
    /// The same graph for petgraph's algorithms: node weight = `NodeIx`, edge weight = index into
    /// `deps`, edges run dependent → dependency.
    pub graph: DiGraph<NodeIx, u32>,
    /// Row = dependent, entries = its dependencies (edge ids index `deps`).
    pub dependencies: Csr,
    /// Row = dependency, entries = its dependents.
    pub dependents: Csr,
    /// The same over hard dependencies only: the paths failures take.
    pub hard_dependents: Csr,
    /// Per entry of `dependents`: the edge's kind (`KIND_HARD`, `KIND_REDUNDANT` bits).
    pub dependents_kind: Vec<u8>,
    /// Per entry of `dependencies`: the same.
    pub dependencies_kind: Vec<u8>,
    /// `nodes[i].kind`, compact, for the refresh path.
    pub kinds: Vec<NodeKind>,
    /// Every node, dependencies before their dependents (strongly connected components in
    /// postorder, members of one component together).
    pub order: Vec<NodeIx>,
    /// Hard dependencies per node.
    pub hard_count: Vec<u32>,
    /// Healthy hard dependencies each node needs (k; `hard_count` when all are needed).
    pub need: Vec<u32>,
    /// Strongly connected components of the hard dependencies with more than one node.
    pub cycles: Vec<Vec<NodeIx>>,
    /// Component id per node (every node, singletons included).
    pub component: Vec<u32>,
    /// Every node, dependents before their dependencies over all dependencies (soft included):
    /// strongly connected components in topological order, members of one component together.
    /// The PageRank walk (node → its dependencies) is solved along it in one pass.
    pub walk_order: Vec<NodeIx>,
    /// Component id per node for `walk_order`; `walk_cyclic[c]`: component `c` has an edge
    /// inside it (more than one member), so the walk iterates there.
    pub walk_component: Vec<u32>,
    pub walk_cyclic: Vec<bool>,
    pub notes: Vec<Note>,
    by_id: HashMap<String, NodeIx>,
}

/// What the drawing's cells are, before any dependency is read.
enum Role {
    Node,
    Text,
    Label,
    Ignored,
    Other,
}

fn role(model: &Model, i: usize) -> Role {
    let Some(c) = model.cells.get(i) else {
        return Role::Other;
    };
    if c.kind != CellKind::Vertex {
        return Role::Other;
    }
    if let Some(p) = c.parent.and_then(|p| model.cells.get(p)) {
        if p.kind == CellKind::Edge {
            return Role::Label;
        }
    }
    if rules::is_text_cell(c) {
        return Role::Text;
    }
    if rules::is_ignored(c) {
        return Role::Ignored;
    }
    Role::Node
}

/// Label text without markup, whitespace collapsed.
pub fn plain_label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for ch in s.chars() {
        match ch {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `order` cut into its runs of consecutive entries in one component (`component[v]`; u32::MAX when
/// missing), each with its component: the walks along the SCC order (PageRank, blast radius
/// counts) settle one component at a time.
pub fn component_runs<'a>(
    order: &'a [NodeIx],
    component: &'a [u32],
) -> impl Iterator<Item = (u32, &'a [NodeIx])> + 'a {
    let comp = move |v: NodeIx| component.get(v as usize).copied().unwrap_or(u32::MAX);
    let mut rest = order;
    std::iter::from_fn(move || {
        let c = comp(*rest.first()?);
        let len = rest.iter().take_while(|&&v| comp(v) == c).count();
        let (run, tail) = rest.split_at(len);
        rest = tail;
        Some((c, run))
    })
}

impl AnalysisGraph {
    /// Read the page's cells into a dependency graph. Never fails: what cannot be read
    /// becomes a note.
    pub fn build(model: &Model, cfg: &GraphConfig) -> AnalysisGraph {
        let mut notes = Notes::default();
        let n_cells = model.cells.len();
        let mut node_of: Vec<Option<NodeIx>> = vec![None; n_cells];
        let mut nodes: Vec<Node> = Vec::new();
        for (i, c) in model.cells.iter().enumerate() {
            if let Role::Node = role(model, i) {
                let label = plain_label(&c.label);
                node_of[i] = Some(nodes.len() as NodeIx);
                nodes.push(Node {
                    cell: i,
                    id: c.id.clone(),
                    label: if label.is_empty() {
                        c.id.clone()
                    } else {
                        label
                    },
                    kind: NodeKind::Node,
                    members: Vec::new(),
                    need: None,
                });
            }
        }

        let mut deps: Vec<Dep> = Vec::new();
        let mut seen: HashMap<(NodeIx, NodeIx), usize> = HashMap::new();
        let mut merged = 0usize;
        let mut add = |deps: &mut Vec<Dep>, d: Dep| match seen.get(&(d.dependent, d.dependency)) {
            Some(&k) => {
                merged += 1;
                if let Some(old) = deps.get_mut(k) {
                    // The stronger reading wins: a hard edge drawn twice, once dashed, stays hard.
                    if d.strength > old.strength {
                        *old = d;
                    }
                }
            }
            None => {
                seen.insert((d.dependent, d.dependency), deps.len());
                deps.push(d);
            }
        };

        // Groups: a node with member nodes among its children.
        for (ni, node) in nodes.iter_mut().enumerate() {
            let Some(c) = model.cells.get(node.cell) else {
                continue;
            };
            let members: Vec<NodeIx> = c
                .children
                .iter()
                .filter_map(|&ch| node_of.get(ch).copied().flatten())
                .collect();
            if members.is_empty() {
                continue;
            }
            let policy = match rules::group_policy(c) {
                Ok(p) => p,
                Err(msg) => {
                    notes.push("group-policy", Some(&c.id), msg);
                    GroupPolicy::Aggregate { k: None }
                }
            };
            let n = members.len();
            node.members = members.clone();
            match policy {
                GroupPolicy::Aggregate { k } => {
                    node.kind = NodeKind::Group;
                    if let Ok(Some((_, Some(declared)))) = rules::redundancy(c) {
                        if declared != n {
                            notes.push(
                                "redundancy",
                                Some(&c.id),
                                format!(
                                    "group \"{}\" says {} members but holds {}; using {}",
                                    node.label, declared, n, n
                                ),
                            );
                        }
                    }
                    node.need = k;
                    for &m in &members {
                        let d = Dep {
                            dependent: ni as NodeIx,
                            dependency: m,
                            strength: Strength::Hard,
                            origin: DepOrigin::Member,
                            cell: None,
                            redundant: false,
                        };
                        add(&mut deps, d);
                    }
                }
                GroupPolicy::Host => {
                    node.kind = NodeKind::HostGroup;
                    for &m in &members {
                        let d = Dep {
                            dependent: m,
                            dependency: ni as NodeIx,
                            strength: Strength::Hard,
                            origin: DepOrigin::Host,
                            cell: None,
                            redundant: false,
                        };
                        add(&mut deps, d);
                    }
                }
                GroupPolicy::Visual => node.kind = NodeKind::VisualGroup,
            }
        }

        // Connectors.
        for (i, c) in model.cells.iter().enumerate() {
            if c.kind != CellKind::Edge {
                continue;
            }
            let end = |e: Option<usize>, which: &str| -> Result<NodeIx, String> {
                let Some(e) = e else {
                    return Err(format!("its {} end is not connected", which));
                };
                if let Some(Some(n)) = node_of.get(e) {
                    return Ok(*n);
                }
                let name = model.cells.get(e).map(|x| x.id.as_str()).unwrap_or("?");
                Err(match role(model, e) {
                    Role::Text => format!("its {} end is on text cell \"{}\"", which, name),
                    Role::Label => format!("its {} end is on an edge label \"{}\"", which, name),
                    Role::Ignored => format!("its {} end is on ignored cell \"{}\"", which, name),
                    _ => match model.cells.get(e).map(|x| x.kind) {
                        Some(CellKind::Edge) => {
                            format!("its {} end is on another edge \"{}\"", which, name)
                        }
                        Some(_) => {
                            format!("its {} end is on \"{}\", which is not a shape", which, name)
                        }
                        None => format!("its {} end refers to a missing cell", which),
                    },
                })
            };
            let (s, t) = match (end(c.source, "source"), end(c.target, "target")) {
                (Ok(s), Ok(t)) => (s, t),
                (Err(m), _) | (_, Err(m)) => {
                    notes.push(
                        "edge-ignored",
                        Some(&c.id),
                        format!("edge \"{}\" ignored: {}", c.id, m),
                    );
                    continue;
                }
            };
            if s == t {
                notes.push(
                    "self-loop",
                    Some(&c.id),
                    format!("edge \"{}\" ignored: it connects a shape to itself", c.id),
                );
                continue;
            }
            let (rule, note) = rules::edge_rule(c, cfg);
            if let Some(m) = note {
                notes.push("edge-override", Some(&c.id), m);
            }
            let mk = |a: NodeIx, b: NodeIx| Dep {
                dependent: a,
                dependency: b,
                strength: rule.strength,
                origin: DepOrigin::Edge,
                cell: Some(i),
                redundant: false,
            };
            match rule.dir {
                Dir::Forward => add(&mut deps, mk(s, t)),
                Dir::Reverse => add(&mut deps, mk(t, s)),
                Dir::Both => {
                    add(&mut deps, mk(s, t));
                    add(&mut deps, mk(t, s));
                }
                Dir::None => {}
            }
        }
        if merged > 0 {
            notes.push(
                "duplicate",
                None,
                format!(
                    "{} duplicate dependencies merged (the hard reading wins)",
                    merged
                ),
            );
        }

        let n = nodes.len();
        let mut hard_count = vec![0u32; n];
        for d in &deps {
            if d.strength == Strength::Hard {
                if let Some(h) = hard_count.get_mut(d.dependent as usize) {
                    *h += 1;
                }
            }
        }

        // k-of-n on plain nodes (e.g. a load balancer over its backends), then clamp every k.
        let mut need = hard_count.clone();
        for (ni, node) in nodes.iter_mut().enumerate() {
            let Some(c) = model.cells.get(node.cell) else {
                continue;
            };
            if node.kind == NodeKind::Node {
                match rules::redundancy(c) {
                    Ok(Some((k, _))) => node.need = Some(k),
                    Ok(None) => {}
                    Err(m) => notes.push("redundancy", Some(&node.id), m),
                }
            }
            let hard = hard_count.get(ni).copied().unwrap_or(0) as usize;
            if let Some(k) = node.need {
                if k > hard {
                    notes.push(
                        "redundancy",
                        Some(&node.id),
                        format!("\"{}\" needs {} healthy dependencies but has {}; it fails when any fails", node.label, k, hard),
                    );
                } else if k == 0 && hard > 0 {
                    notes.push(
                        "redundancy",
                        Some(&node.id),
                        format!("\"{}\" needs 0 healthy dependencies: their failures never take it down", node.label),
                    );
                }
                if let Some(slot) = need.get_mut(ni) {
                    *slot = k.min(hard) as u32;
                }
            }
        }
        for d in deps.iter_mut() {
            let i = d.dependent as usize;
            d.redundant = d.strength == Strength::Hard && need.get(i) < hard_count.get(i);
        }

        // Adjacency, both ways, and the petgraph model.
        let down: Vec<(u32, u32, u32)> = deps
            .iter()
            .enumerate()
            .map(|(k, d)| (d.dependent, d.dependency, k as u32))
            .collect();
        let up: Vec<(u32, u32, u32)> = deps
            .iter()
            .enumerate()
            .map(|(k, d)| (d.dependency, d.dependent, k as u32))
            .collect();
        let dependencies = Csr::from_triples(n, &down);
        let dependents = Csr::from_triples(n, &up);
        let hard_up: Vec<(u32, u32, u32)> = up
            .iter()
            .copied()
            .filter(|t| {
                deps.get(t.2 as usize)
                    .map(|d| d.strength == Strength::Hard)
                    .unwrap_or(false)
            })
            .collect();
        let hard_dependents = Csr::from_triples(n, &hard_up);
        let kind = |e: &u32| match deps.get(*e as usize) {
            Some(d) => {
                (u8::from(d.strength == Strength::Hard) * KIND_HARD)
                    | (u8::from(d.redundant) * KIND_REDUNDANT)
            }
            None => 0,
        };
        let dependents_kind = dependents.edges.iter().map(kind).collect();
        let dependencies_kind = dependencies.edges.iter().map(kind).collect();
        let mut graph: DiGraph<NodeIx, u32> = DiGraph::with_capacity(n, deps.len());
        for i in 0..n {
            graph.add_node(i as NodeIx);
        }
        for (k, d) in deps.iter().enumerate() {
            graph.add_edge(
                NodeIndex::new(d.dependent as usize),
                NodeIndex::new(d.dependency as usize),
                k as u32,
            );
        }

        // Cycles over hard dependencies. kosaraju_scc walks iteratively; tarjan_scc recurses
        // and a long chain would overflow the browser's stack.
        let hard_only =
            EdgeFiltered::from_fn(&graph, |e: petgraph::graph::EdgeReference<'_, u32>| {
                deps.get(*e.weight() as usize)
                    .map(|d| d.strength == Strength::Hard)
                    .unwrap_or(false)
            });
        let sccs = petgraph::algo::kosaraju_scc(&hard_only);
        // The same over every dependency, reversed (kosaraju lists dependencies first).
        let walk_sccs = petgraph::algo::kosaraju_scc(&graph);
        let mut walk_component = vec![0u32; n];
        let mut walk_cyclic = Vec::with_capacity(walk_sccs.len());
        let mut walk_order = Vec::with_capacity(n);
        for (ci, scc) in walk_sccs.iter().rev().enumerate() {
            for v in scc {
                if let Some(slot) = walk_component.get_mut(v.index()) {
                    *slot = ci as u32;
                }
                walk_order.push(v.index() as NodeIx);
            }
            walk_cyclic.push(false);
        }
        for d in &deps {
            let c = walk_component.get(d.dependent as usize).copied();
            if c.is_some() && c == walk_component.get(d.dependency as usize).copied() {
                if let Some(slot) = c.and_then(|c| walk_cyclic.get_mut(c as usize)) {
                    *slot = true;
                }
            }
        }
        let mut component = vec![0u32; n];
        let mut cycles = Vec::new();
        let order: Vec<NodeIx> = sccs.iter().flatten().map(|v| v.index() as NodeIx).collect();
        for (ci, scc) in sccs.iter().enumerate() {
            for v in scc {
                if let Some(slot) = component.get_mut(v.index()) {
                    *slot = ci as u32;
                }
            }
            if scc.len() > 1 {
                let mut c: Vec<NodeIx> = scc.iter().map(|v| v.index() as NodeIx).collect();
                c.sort_unstable();
                cycles.push(c);
            }
        }
        cycles.sort();
        for c in &cycles {
            let names: Vec<&str> = c
                .iter()
                .take(6)
                .filter_map(|&v| nodes.get(v as usize))
                .map(|x| x.label.as_str())
                .collect();
            let more = if c.len() > 6 {
                format!(" and {} more", c.len() - 6)
            } else {
                String::new()
            };
            notes.push(
                "cycle",
                nodes
                    .get(c.first().copied().unwrap_or(0) as usize)
                    .map(|x| x.id.as_str()),
                format!(
                    "dependency cycle of {}: {}{}; a failure inside it takes down the whole cycle",
                    c.len(),
                    names.join(", "),
                    more
                ),
            );
        }
        if n > 0 && deps.is_empty() {
            notes.push(
                "no-edges",
                None,
                "the page has no dependencies between shapes: each failure stands alone and the ranking uses anomaly scores only",
            );
        }
        for (i, node) in nodes.iter().enumerate() {
            let fan_in = dependents.degree(i);
            if fan_in >= cfg.fan_in_note.max(1) {
                notes.push(
                    "fan-in",
                    Some(&node.id),
                    format!("\"{}\" has {} direct dependents: a shared dependency with a wide blast radius", node.label, fan_in),
                );
            }
        }

        let by_id = nodes
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.clone(), i as NodeIx))
            .collect();
        let kinds = nodes.iter().map(|x| x.kind).collect();
        AnalysisGraph {
            nodes,
            deps,
            graph,
            dependencies,
            dependents,
            hard_dependents,
            dependents_kind,
            dependencies_kind,
            kinds,
            order,
            hard_count,
            need,
            cycles,
            component,
            walk_order,
            walk_component,
            walk_cyclic,
            notes: notes.finish(),
            by_id,
        }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The node of a cell id.
    pub fn find(&self, id: &str) -> Option<NodeIx> {
        self.by_id.get(id).copied()
    }

    pub fn node(&self, v: NodeIx) -> Option<&Node> {
        self.nodes.get(v as usize)
    }

    pub fn dep(&self, e: u32) -> Option<&Dep> {
        self.deps.get(e as usize)
    }

    /// Groups whose health is derived from their members only (no state of their own).
    pub fn is_aggregate(&self, v: NodeIx) -> bool {
        matches!(self.kinds.get(v as usize), Some(NodeKind::Group))
    }

    /// Nodes by the value of an attribute (for state keyed by e.g. `service`).
    pub fn index_by_attr(&self, model: &Model, name: &str) -> HashMap<String, Vec<NodeIx>> {
        let mut out: HashMap<String, Vec<NodeIx>> = HashMap::new();
        for (i, node) in self.nodes.iter().enumerate() {
            if let Some(v) = model.cells.get(node.cell).and_then(|c| c.attr(name)) {
                out.entry(v.to_string()).or_default().push(i as NodeIx);
            }
        }
        out
    }

    /// Nodes by plain label.
    pub fn index_by_label(&self) -> HashMap<String, Vec<NodeIx>> {
        let mut out: HashMap<String, Vec<NodeIx>> = HashMap::new();
        for (i, node) in self.nodes.iter().enumerate() {
            out.entry(node.label.clone()).or_default().push(i as NodeIx);
        }
        out
    }

    pub fn hard_edges(&self) -> usize {
        self.deps
            .iter()
            .filter(|d| d.strength == Strength::Hard)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::modelgen::ModelBuilder;

    fn dep_names(g: &AnalysisGraph) -> Vec<(String, String, Strength)> {
        let mut v: Vec<_> = g
            .deps
            .iter()
            .map(|d| {
                (
                    g.nodes[d.dependent as usize].id.clone(),
                    g.nodes[d.dependency as usize].id.clone(),
                    d.strength,
                )
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn arrows_text_labels_and_dangling() {
        let mut b = ModelBuilder::new();
        let a = b.vertex("a", "<b>A</b>&nbsp;svc", "rounded=1");
        let c = b.vertex("b", "B", "");
        let t = b.vertex("t", "note", "text;html=1");
        b.edge("e1", Some(a), Some(c), "");
        let e2 = b.edge("e2", Some(a), Some(t), "");
        b.vertex_in(e2, "lbl", "calls", "edgeLabel");
        b.edge("e3", Some(c), None, "");
        b.edge("e4", Some(a), Some(a), "");
        let g = AnalysisGraph::build(&b.build(), &GraphConfig::default());
        assert_eq!(
            g.nodes.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
            vec!["a", "b"]
        );
        assert_eq!(g.nodes[0].label, "A svc");
        assert_eq!(
            dep_names(&g),
            vec![("a".into(), "b".into(), Strength::Hard)]
        );
        let codes: Vec<&str> = g.notes.iter().map(|n| n.code).collect();
        assert_eq!(codes, vec!["edge-ignored", "edge-ignored", "self-loop"]);
        assert!(g.notes[0].message.contains("text cell \"t\""));
        assert!(g.notes[1].message.contains("not connected"));
    }

    #[test]
    fn group_members_and_k_of_n() {
        let mut b = ModelBuilder::new();
        let grp = b.vertex("db", "DB", "container=1");
        b.attr(grp, "redundancy", "2/3");
        let r1 = b.vertex_in(grp, "r1", "r1", "");
        b.vertex_in(grp, "r2", "r2", "");
        b.vertex_in(grp, "r3", "r3", "");
        let api = b.vertex("api", "API", "");
        b.edge("e", Some(api), Some(grp), "");
        b.edge("e2", Some(api), Some(r1), "dashed=1");
        let g = AnalysisGraph::build(&b.build(), &GraphConfig::default());
        let db = g.find("db").unwrap();
        assert_eq!(g.nodes[db as usize].kind, NodeKind::Group);
        assert_eq!(g.need[db as usize], 2);
        assert_eq!(g.hard_count[db as usize], 3);
        assert!(g
            .deps
            .iter()
            .filter(|d| d.dependent == db)
            .all(|d| d.redundant));
        assert_eq!(
            dep_names(&g),
            vec![
                ("api".into(), "db".into(), Strength::Hard),
                ("api".into(), "r1".into(), Strength::Soft),
                ("db".into(), "r1".into(), Strength::Hard),
                ("db".into(), "r2".into(), Strength::Hard),
                ("db".into(), "r3".into(), Strength::Hard),
            ]
        );
    }

    #[test]
    fn host_group_members_depend_on_it() {
        let mut b = ModelBuilder::new();
        let h = b.vertex("host", "Host", "faultline.group=host");
        b.vertex_in(h, "p1", "p1", "");
        b.vertex_in(h, "p2", "p2", "");
        let g = AnalysisGraph::build(&b.build(), &GraphConfig::default());
        assert_eq!(g.nodes[0].kind, NodeKind::HostGroup);
        assert_eq!(
            dep_names(&g),
            vec![
                ("p1".into(), "host".into(), Strength::Hard),
                ("p2".into(), "host".into(), Strength::Hard)
            ]
        );
    }

    #[test]
    fn cycles_and_duplicates() {
        let mut b = ModelBuilder::new();
        let a = b.vertex("a", "a", "");
        let c = b.vertex("b", "b", "");
        let d = b.vertex("c", "c", "");
        b.edge("1", Some(a), Some(c), "");
        b.edge("2", Some(c), Some(d), "");
        b.edge("3", Some(d), Some(a), "");
        b.edge("4", Some(a), Some(c), "dashed=1");
        let g = AnalysisGraph::build(&b.build(), &GraphConfig::default());
        assert_eq!(g.cycles, vec![vec![0, 1, 2]]);
        assert_eq!(g.deps.len(), 3);
        assert!(g.notes.iter().any(|n| n.code == "duplicate"));
        assert!(g.notes.iter().any(|n| n.code == "cycle"));
    }

    #[test]
    fn soft_cycles_are_not_cycles() {
        let mut b = ModelBuilder::new();
        let a = b.vertex("a", "a", "");
        let c = b.vertex("b", "b", "");
        b.edge("1", Some(a), Some(c), "endArrow=none");
        let g = AnalysisGraph::build(&b.build(), &GraphConfig::default());
        assert_eq!(g.deps.len(), 2);
        assert!(g.cycles.is_empty());
        // The walk's order counts soft dependencies: one cyclic component.
        assert_eq!(g.walk_component, vec![0, 0]);
        assert_eq!(g.walk_cyclic, vec![true]);
    }

    /// The walk's order: a node's component before its dependencies'; members together.
    #[test]
    fn walk_order_puts_dependents_first() {
        let mut b = ModelBuilder::new();
        let v: Vec<usize> = (0..6)
            .map(|i| b.vertex(&format!("n{}", i), &format!("n{}", i), ""))
            .collect();
        // 0 → 1 → {2 ⇢ 3 ⇢ 2 (soft cycle)} → 4; 5 → 0.
        b.edge("1", Some(v[0]), Some(v[1]), "");
        b.edge("2", Some(v[1]), Some(v[2]), "");
        b.edge("3", Some(v[2]), Some(v[3]), "dashed=1");
        b.edge("4", Some(v[3]), Some(v[2]), "dashed=1");
        b.edge("5", Some(v[3]), Some(v[4]), "");
        b.edge("6", Some(v[5]), Some(v[0]), "");
        let g = AnalysisGraph::build(&b.build(), &GraphConfig::default());
        let pos = |x: u32| g.walk_order.iter().position(|&y| y == x).unwrap();
        for d in &g.deps {
            let (a, z) = (d.dependent, d.dependency);
            let (ca, cz) = (g.walk_component[a as usize], g.walk_component[z as usize]);
            assert!(
                ca < cz || (ca == cz && g.walk_cyclic[ca as usize]),
                "{:?}",
                d
            );
            assert!(ca != cz || pos(a).abs_diff(pos(z)) == 1);
        }
        assert_eq!(g.walk_order.len(), 6);
        assert_eq!(g.walk_cyclic.iter().filter(|c| **c).count(), 1);
    }

    #[test]
    fn empty_model() {
        let g = AnalysisGraph::build(&Model::default(), &GraphConfig::default());
        assert!(g.is_empty());
        assert!(g.notes.is_empty());
    }
}
