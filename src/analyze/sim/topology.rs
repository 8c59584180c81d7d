//! Test topologies: the real ones as data files (each cites the repository, commit and paths
//! it was read from), and a generator of layered service graphs for 50 to 5,000 nodes.

use super::rng::Rng;
use crate::analyze::modelgen::ModelBuilder;
use crate::error::{Error, ErrorKind, Result};
use crate::model::Model;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// A k-of-n redundancy group: `node` (a container) needs `k` of its `members`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub node: usize,
    pub members: Vec<usize>,
    pub k: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Topology {
    pub name: String,
    pub nodes: Vec<String>,
    /// (dependent, dependency, soft).
    pub edges: Vec<(usize, usize, bool)>,
    pub groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
struct File {
    name: String,
    edges: Vec<(String, String)>,
    #[serde(default)]
    soft: Vec<(String, String)>,
    #[serde(default)]
    isolated: Vec<String>,
}

/// The real topologies, embedded (see each file's `source` and `derivation`).
pub const REAL: &[&str] = &[
    include_str!("../topologies/dsb-social-network.json"),
    include_str!("../topologies/dsb-hotel-reservation.json"),
    include_str!("../topologies/dsb-media.json"),
    include_str!("../topologies/train-ticket.json"),
    include_str!("../topologies/online-boutique.json"),
    include_str!("../topologies/sock-shop.json"),
];

pub fn parse(text: &str) -> Result<Topology> {
    let f: File = serde_json::from_str(text)
        .map_err(|e| Error::new(ErrorKind::Format, format!("topology file: {}", e)))?;
    let mut t = Topology {
        name: f.name,
        ..Topology::default()
    };
    let mut ix: HashMap<String, usize> = HashMap::new();
    let mut id = |t: &mut Topology, s: &str| -> usize {
        *ix.entry(s.to_string()).or_insert_with(|| {
            t.nodes.push(s.to_string());
            t.nodes.len() - 1
        })
    };
    let soft: HashSet<(String, String)> = f.soft.into_iter().collect();
    for (a, b) in &f.edges {
        let (x, y) = (id(&mut t, a), id(&mut t, b));
        t.edges.push((x, y, soft.contains(&(a.clone(), b.clone()))));
    }
    for s in &f.isolated {
        id(&mut t, s);
    }
    Ok(t)
}

pub fn real() -> Result<Vec<Topology>> {
    REAL.iter().map(|s| parse(s)).collect()
}

/// The drawing a user would make of the topology: a shape per node, an arrow per call
/// (dashed when asynchronous), a container with `redundancy=k/n` per group.
pub fn to_model(t: &Topology) -> Model {
    let mut b = ModelBuilder::new();
    let mut cell = vec![usize::MAX; t.nodes.len()];
    let mut member_of: HashMap<usize, usize> = HashMap::new();
    for (gi, g) in t.groups.iter().enumerate() {
        for &m in &g.members {
            member_of.insert(m, gi);
        }
    }
    for (i, name) in t.nodes.iter().enumerate() {
        if member_of.contains_key(&i) {
            continue;
        }
        match t.groups.iter().find(|g| g.node == i) {
            Some(g) => {
                let c = b.vertex(name, name, "container=1");
                b.attr(c, "redundancy", &format!("{}/{}", g.k, g.members.len()));
                cell[i] = c;
                for &m in &g.members {
                    if let Some(n) = t.nodes.get(m) {
                        cell[m] = b.vertex_in(c, n, n, "");
                    }
                }
            }
            None => cell[i] = b.vertex(name, name, ""),
        }
    }
    for (k, &(a, z, soft)) in t.edges.iter().enumerate() {
        let (Some(&ca), Some(&cz)) = (cell.get(a), cell.get(z)) else {
            continue;
        };
        b.edge(
            &format!("e{}", k),
            Some(ca),
            Some(cz),
            if soft { "dashed=1" } else { "" },
        );
    }
    b.build()
}

/// A layered service graph of about `n` nodes and `edges_per_node · n` dependencies.
///
/// Shape from the published statistics (rca.md §3): 13% entry services, 48% middle tiers,
/// 39% leaves (stores, caches); fan-in by preferential attachment (a few shared services get
/// many callers), 10% of calls asynchronous, one call in 200 between middle-tier services made
/// mutual (small cycles, as in the real topologies), and 2% of the nodes' worth of storage
/// pools, each a container needing 2 of 3 replicas.
pub fn generate(n: usize, edges_per_node: f64, rng: &mut Rng) -> Topology {
    let n = n.max(8);
    let pools = ((n as f64) * 0.02).round() as usize;
    let services = n - 4 * pools;
    let n_entry = ((services as f64) * 0.13).round().max(1.0) as usize;
    let n_leaf = ((services as f64) * 0.39).round().max(1.0) as usize;
    let n_mid = services.saturating_sub(n_entry + n_leaf).max(1);
    let mid_tiers = (((services as f64).log2() / 2.0).round() as usize).clamp(2, 6);
    let leaf_tier = mid_tiers + 1;

    let mut t = Topology {
        name: format!("generated {}", n),
        ..Topology::default()
    };
    let mut tier_of: Vec<usize> = Vec::new();
    let mut tiers: Vec<Vec<usize>> = vec![Vec::new(); leaf_tier + 1];
    let mut add = |t: &mut Topology, name: String, tier: Option<usize>| {
        t.nodes.push(name);
        let i = t.nodes.len() - 1;
        tier_of.push(tier.unwrap_or(usize::MAX));
        if let Some(tr) = tier {
            tiers[tr].push(i);
        }
        i
    };
    for i in 0..n_entry {
        add(&mut t, format!("gateway-{}", i), Some(0));
    }
    for i in 0..n_mid {
        add(
            &mut t,
            format!("svc-{}", i),
            Some(1 + i * mid_tiers / n_mid),
        );
    }
    for i in 0..n_leaf {
        add(&mut t, format!("store-{}", i), Some(leaf_tier));
    }
    for p in 0..pools {
        let g = add(&mut t, format!("pool-{}", p), Some(leaf_tier));
        let members: Vec<usize> = (0..3)
            .map(|r| add(&mut t, format!("pool-{}-r{}", p, r), None))
            .collect();
        for &m in &members {
            t.edges.push((g, m, false));
        }
        t.groups.push(Group {
            node: g,
            members,
            k: 2,
        });
    }

    let mut seen: HashSet<(usize, usize)> = t.edges.iter().map(|e| (e.0, e.1)).collect();
    let mut fan_in: Vec<Vec<usize>> = vec![Vec::new(); leaf_tier + 1];
    let mut link = |t: &mut Topology,
                    rng: &mut Rng,
                    a: usize,
                    z: usize,
                    fan_in: &mut Vec<Vec<usize>>,
                    tier: usize|
     -> bool {
        if a == z || !seen.insert((a, z)) {
            return false;
        }
        t.edges.push((a, z, rng.chance(0.10)));
        if let Some(f) = fan_in.get_mut(tier) {
            f.push(z);
        }
        true
    };
    // Every non-entry node gets a caller from a shallower tier.
    for tr in 1..=leaf_tier {
        for k in 0..tiers[tr].len() {
            let z = tiers[tr][k];
            let from = if rng.chance(0.7) {
                tr - 1
            } else {
                rng.below(tr)
            };
            let pool = &tiers[from];
            if pool.is_empty() {
                continue;
            }
            let a = pool[rng.below(pool.len())];
            link(&mut t, rng, a, z, &mut fan_in, tr);
        }
    }
    // The rest of the budget: callers uniform over non-leaf services, callees one tier down
    // most of the time, picked half uniformly and half in proportion to their callers.
    let callers: Vec<usize> = (0..tier_of.len())
        .filter(|&i| tier_of[i] < leaf_tier)
        .collect();
    let target = ((n as f64) * edges_per_node).round() as usize;
    let mut attempts = 0;
    while t.edges.len() < target && attempts < 50 * target && !callers.is_empty() {
        attempts += 1;
        let a = callers[rng.below(callers.len())];
        let ta = tier_of[a];
        let tr = if rng.chance(0.6) {
            ta + 1
        } else {
            ta + 1 + rng.below(leaf_tier - ta)
        };
        let tr = tr.min(leaf_tier);
        let z = if rng.chance(0.5) || fan_in[tr].is_empty() {
            if tiers[tr].is_empty() {
                continue;
            }
            tiers[tr][rng.below(tiers[tr].len())]
        } else {
            fan_in[tr][rng.below(fan_in[tr].len())]
        };
        // Now and then two middle-tier services call each other (user ↔ social-graph in
        // DeathStarBench, travel ↔ seat in Train Ticket): a small cycle.
        if link(&mut t, rng, a, z, &mut fan_in, tr)
            && ta >= 1
            && tr < leaf_tier
            && t.edges.len() < target
            && rng.chance(0.005)
        {
            link(&mut t, rng, z, a, &mut fan_in, ta);
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::{AnalysisGraph, GraphConfig};

    #[test]
    fn real_topologies_load_with_their_documented_counts() {
        let ts = real().unwrap();
        let counts: Vec<(usize, usize)> =
            ts.iter().map(|t| (t.nodes.len(), t.edges.len())).collect();
        assert_eq!(
            counts,
            [(25, 33), (23, 31), (31, 36), (42, 130), (12, 16), (14, 15)]
        );
        for t in &ts {
            let g = AnalysisGraph::build(&to_model(t), &GraphConfig::default());
            assert_eq!(
                (g.len(), g.deps.len()),
                (t.nodes.len(), t.edges.len()),
                "{}",
                t.name
            );
        }
        // Social network: user ↔ social-graph. Train Ticket: seat ↔ travel ↔ … ↔ travel2.
        let g = AnalysisGraph::build(&to_model(&ts[0]), &GraphConfig::default());
        assert_eq!(g.cycles.len(), 1);
    }

    #[test]
    fn generated_graph_has_the_requested_size() {
        let mut rng = Rng::new(3);
        let t = generate(5000, 3.0, &mut rng);
        assert_eq!(t.nodes.len(), 5000);
        assert_eq!(t.edges.len(), 15000);
        let g = AnalysisGraph::build(&to_model(&t), &GraphConfig::default());
        assert_eq!((g.len(), g.deps.len()), (5000, 15000));
        assert_eq!(
            g.nodes
                .iter()
                .filter(|n| n.kind == crate::analyze::NodeKind::Group)
                .count(),
            100
        );
        // Cycles exist and stay small, as in the real topologies.
        assert!(!g.cycles.is_empty());
        assert!(g.cycles.iter().all(|c| c.len() <= 30));
        let t = generate(50, 3.0, &mut rng);
        assert_eq!(t.nodes.len(), 50);
    }
}
