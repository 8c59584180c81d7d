//! Blast radius: which nodes are down, and for each failing node, everything whose health
//! depends on it — transitively over hard dependencies, with k-of-n groups holding while
//! enough members stand.

use super::graph::{AnalysisGraph, NodeIx};
use serde::Serialize;

/// Every node that is down: the failing ones, plus every node left with fewer healthy hard
/// dependencies than it needs, to a fixpoint. A cycle with no failure inside stays up.
/// O(N + E). `failing` shorter than the graph counts the rest as healthy.
pub fn down_set(g: &AnalysisGraph, failing: &[bool]) -> Vec<bool> {
    let n = g.len();
    let mut down = vec![false; n];
    let mut up: Vec<u32> = g.hard_count.clone();
    let mut stack: Vec<u32> = Vec::new();
    for (i, d) in down.iter_mut().enumerate() {
        if failing.get(i).copied().unwrap_or(false) {
            *d = true;
            stack.push(i as u32);
        }
    }
    while let Some(u) = stack.pop() {
        for &w in g.hard_dependents.row(u as usize) {
            let wi = w as usize;
            let Some(slot) = up.get_mut(wi) else { continue };
            *slot = slot.saturating_sub(1);
            let need = g.need.get(wi).copied().unwrap_or(0);
            if *slot < need && !down.get(wi).copied().unwrap_or(true) {
                if let Some(d) = down.get_mut(wi) {
                    *d = true;
                }
                stack.push(w);
            }
        }
    }
    down
}

/// One impacted node and its distance (in dependency hops) from the failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Impact {
    pub node: NodeIx,
    pub hops: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlastRadius {
    pub node: NodeIx,
    /// Impacted nodes, the failing node itself not counted.
    pub count: usize,
    /// Nearest first; at most `max_listed`.
    pub impacted: Vec<Impact>,
    pub truncated: bool,
}

/// Reusable visit marks: one generation number per search instead of clearing a vector.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    stamp: Vec<u32>,
    gen: u32,
}

impl Marks {
    pub fn new(n: usize) -> Self {
        Marks {
            stamp: vec![0; n],
            gen: 0,
        }
    }

    /// Start a new search.
    pub fn next(&mut self) {
        self.gen = self.gen.wrapping_add(1);
        if self.gen == 0 {
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.gen = 1;
        }
    }

    /// Mark `i`; false when it was already marked in this search (or out of range).
    pub fn mark(&mut self, i: usize) -> bool {
        match self.stamp.get_mut(i) {
            Some(s) if *s != self.gen => {
                *s = self.gen;
                true
            }
            _ => false,
        }
    }

    pub fn is_marked(&self, i: usize) -> bool {
        self.stamp.get(i) == Some(&self.gen)
    }
}

/// The blast radius of `root` given which nodes are down: breadth-first over hard dependents,
/// through down nodes only. Returns the radius and the edges visited.
pub fn radius(
    g: &AnalysisGraph,
    down: &[bool],
    root: NodeIx,
    max_listed: usize,
    marks: &mut Marks,
) -> (BlastRadius, usize) {
    marks.next();
    marks.mark(root as usize);
    let mut frontier = vec![root];
    let mut next = Vec::new();
    let mut impacted = Vec::new();
    let mut count = 0usize;
    let mut visits = 0usize;
    let mut hops = 0u32;
    while !frontier.is_empty() {
        hops += 1;
        for &u in &frontier {
            for &w in g.hard_dependents.row(u as usize) {
                visits += 1;
                if !down.get(w as usize).copied().unwrap_or(false) || !marks.mark(w as usize) {
                    continue;
                }
                count += 1;
                if impacted.len() < max_listed {
                    impacted.push(Impact { node: w, hops });
                }
                next.push(w);
            }
        }
        std::mem::swap(&mut frontier, &mut next);
        next.clear();
    }
    let truncated = impacted.len() < count;
    (
        BlastRadius {
            node: root,
            count,
            impacted,
            truncated,
        },
        visits,
    )
}

/// Exact blast-radius counts of many failing nodes at once: every down node learns, one bit per
/// failing node, which of them reach it, walking dependencies before dependents; the members of
/// a cycle share bits to a fixpoint. O(E·⌈F/64⌉) instead of one search per failing node.
/// `None` when the bit table would exceed `max_words` words, or the work `max_words` × 8 word
/// operations (a huge tangle of cycles); then search per node.
pub fn radius_counts(
    g: &AnalysisGraph,
    down: &[bool],
    failing: &[NodeIx],
    max_words: usize,
) -> Option<Vec<usize>> {
    let n = g.len();
    let f = failing.len();
    let w = f.div_ceil(64);
    if f == 0 {
        return Some(Vec::new());
    }
    if n.checked_mul(w)? > max_words {
        return None;
    }
    let is_down = |v: usize| down.get(v).copied().unwrap_or(false);
    let mut bits = vec![0u64; n * w];
    for (j, &v) in failing.iter().enumerate() {
        if let Some(word) = bits.get_mut(v as usize * w + j / 64) {
            *word |= 1u64 << (j % 64);
        }
    }
    // OR row `u` into row `v`; true when `v` changed.
    let merge = |bits: &mut Vec<u64>, u: usize, v: usize| -> bool {
        let mut changed = false;
        for k in 0..w {
            let (Some(&from), Some(&to)) = (bits.get(u * w + k), bits.get(v * w + k)) else {
                continue;
            };
            if from & !to != 0 {
                if let Some(slot) = bits.get_mut(v * w + k) {
                    *slot = to | from;
                }
                changed = true;
            }
        }
        changed
    };
    let comp = |v: usize| g.component.get(v).copied().unwrap_or(u32::MAX);
    let budget = max_words.saturating_mul(8);
    let mut work = 0usize;
    // One strongly connected component at a time, in dependency order.
    for (c, run) in super::graph::component_runs(&g.order, &g.component) {
        let members: Vec<usize> = run
            .iter()
            .map(|&v| v as usize)
            .filter(|&v| is_down(v))
            .collect();
        if run.len() > 1 {
            let mut changed = true;
            while changed {
                changed = false;
                for &u in &members {
                    for &x in g.hard_dependents.row(u) {
                        let x = x as usize;
                        work += w;
                        if comp(x) == c && is_down(x) && merge(&mut bits, u, x) {
                            changed = true;
                        }
                    }
                }
                if work > budget {
                    return None;
                }
            }
        }
        for &u in &members {
            for &x in g.hard_dependents.row(u) {
                let x = x as usize;
                if comp(x) != c && is_down(x) {
                    merge(&mut bits, u, x);
                }
            }
        }
    }
    let mut counts = vec![0usize; f];
    for v in 0..n {
        if !is_down(v) {
            continue;
        }
        for k in 0..w {
            let mut word = bits.get(v * w + k).copied().unwrap_or(0);
            while word != 0 {
                let j = k * 64 + word.trailing_zeros() as usize;
                if failing.get(j).map(|&s| s as usize != v).unwrap_or(false) {
                    if let Some(cnt) = counts.get_mut(j) {
                        *cnt += 1;
                    }
                }
                word &= word - 1;
            }
        }
    }
    Some(counts)
}

/// What would break if `node` failed now, on top of what is already failing.
pub fn what_if(
    g: &AnalysisGraph,
    failing: &[bool],
    node: NodeIx,
    max_listed: usize,
) -> BlastRadius {
    let mut f: Vec<bool> = (0..g.len())
        .map(|i| failing.get(i).copied().unwrap_or(false))
        .collect();
    if let Some(x) = f.get_mut(node as usize) {
        *x = true;
    }
    let down = down_set(g, &f);
    let mut marks = Marks::new(g.len());
    radius(g, &down, node, max_listed, &mut marks).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::config::GraphConfig;
    use crate::analyze::modelgen::ModelBuilder;

    /// api → {auth, db(2 of 3: r1 r2 r3)}, web → api, web ⇢ ads (soft), auth ↔ session (cycle).
    fn shop() -> AnalysisGraph {
        let mut b = ModelBuilder::new();
        let web = b.vertex("web", "web", "");
        let api = b.vertex("api", "api", "");
        let auth = b.vertex("auth", "auth", "");
        let session = b.vertex("session", "session", "");
        let ads = b.vertex("ads", "ads", "");
        let db = b.vertex("db", "db", "");
        b.attr(db, "redundancy", "2/3");
        b.vertex_in(db, "r1", "r1", "");
        b.vertex_in(db, "r2", "r2", "");
        b.vertex_in(db, "r3", "r3", "");
        b.edge("e1", Some(web), Some(api), "");
        b.edge("e2", Some(web), Some(ads), "dashed=1");
        b.edge("e3", Some(api), Some(auth), "");
        b.edge("e4", Some(api), Some(db), "");
        b.edge("e5", Some(auth), Some(session), "startArrow=classic");
        AnalysisGraph::build(&b.build(), &GraphConfig::default())
    }

    fn ids(g: &AnalysisGraph, flags: &[bool]) -> Vec<String> {
        flags
            .iter()
            .enumerate()
            .filter(|(_, f)| **f)
            .map(|(i, _)| g.nodes[i].id.clone())
            .collect()
    }

    fn failing(g: &AnalysisGraph, names: &[&str]) -> Vec<bool> {
        let mut f = vec![false; g.len()];
        for n in names {
            f[g.find(n).unwrap() as usize] = true;
        }
        f
    }

    fn impacted(g: &AnalysisGraph, r: &BlastRadius) -> Vec<(String, u32)> {
        r.impacted
            .iter()
            .map(|i| (g.nodes[i.node as usize].id.clone(), i.hops))
            .collect()
    }

    #[test]
    fn one_replica_is_masked_two_are_not() {
        let g = shop();
        let f = failing(&g, &["r1"]);
        assert_eq!(ids(&g, &down_set(&g, &f)), vec!["r1"]);
        let f = failing(&g, &["r1", "r3"]);
        assert_eq!(
            ids(&g, &down_set(&g, &f)),
            vec!["web", "api", "db", "r1", "r3"]
        );
        let down = down_set(&g, &f);
        let mut m = Marks::new(g.len());
        let (r, _) = radius(&g, &down, g.find("r3").unwrap(), 100, &mut m);
        assert_eq!(
            impacted(&g, &r),
            vec![("db".into(), 1), ("api".into(), 2), ("web".into(), 3)]
        );
        assert_eq!(r.count, 3);
    }

    #[test]
    fn soft_edges_carry_no_failure() {
        let g = shop();
        let f = failing(&g, &["ads"]);
        assert_eq!(ids(&g, &down_set(&g, &f)), vec!["ads"]);
    }

    #[test]
    fn a_cycle_falls_together() {
        let g = shop();
        let f = failing(&g, &["session"]);
        assert_eq!(
            ids(&g, &down_set(&g, &f)),
            vec!["web", "api", "auth", "session"]
        );
        let w = what_if(&g, &vec![false; g.len()], g.find("auth").unwrap(), 100);
        assert_eq!(
            impacted(&g, &w),
            vec![("api".into(), 1), ("session".into(), 1), ("web".into(), 2)]
        );
    }

    #[test]
    fn what_if_counts_on_the_current_state() {
        let g = shop();
        let r2 = g.find("r2").unwrap();
        // Healthy: losing r2 alone is masked.
        let w = what_if(&g, &vec![false; g.len()], r2, 100);
        assert_eq!(w.count, 0);
        // With r1 already down, losing r2 takes the group and everything above it.
        let w = what_if(&g, &failing(&g, &["r1"]), r2, 100);
        assert_eq!(
            impacted(&g, &w),
            vec![("db".into(), 1), ("api".into(), 2), ("web".into(), 3)]
        );
    }

    #[test]
    fn listing_is_capped_but_count_is_exact() {
        let g = shop();
        let f = failing(&g, &["session"]);
        let down = down_set(&g, &f);
        let mut m = Marks::new(g.len());
        let (r, _) = radius(&g, &down, g.find("session").unwrap(), 1, &mut m);
        assert_eq!((r.count, r.impacted.len(), r.truncated), (3, 1, true));
    }

    #[test]
    fn bit_table_counts_match_the_searches() {
        let g = shop();
        for names in [
            &["r1"][..],
            &["r1", "r3"],
            &["session"],
            &["ads", "auth", "r2"],
            &["web", "api", "auth", "session", "ads", "r1", "r2", "r3"],
        ] {
            let f = failing(&g, names);
            let down = down_set(&g, &f);
            let list: Vec<NodeIx> = names.iter().map(|n| g.find(n).unwrap()).collect();
            let counts = radius_counts(&g, &down, &list, 1 << 20).unwrap();
            let mut m = Marks::new(g.len());
            let by_search: Vec<usize> = list
                .iter()
                .map(|&v| radius(&g, &down, v, 0, &mut m).0.count)
                .collect();
            assert_eq!(counts, by_search, "{:?}", names);
        }
        // Too large a table: the caller searches instead.
        let f = failing(&g, &["r1"]);
        assert!(radius_counts(&g, &down_set(&g, &f), &[g.find("r1").unwrap()], 1).is_none());
    }

    #[test]
    fn out_of_range_inputs_are_harmless() {
        let g = shop();
        assert_eq!(down_set(&g, &[]).iter().filter(|d| **d).count(), 0);
        let w = what_if(&g, &[], 999, 10);
        assert_eq!(w.count, 0);
    }
}
