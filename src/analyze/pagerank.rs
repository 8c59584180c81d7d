//! Personalized PageRank over a CSR: as a power iteration, O(iterations · E) with no
//! allocation per iteration, and solved along the components' topological order, O(E) plus
//! sweeps inside cycles (the refresh path). (petgraph's `page_rank` is O(n·V²·E), unweighted
//! and not personalized.)

use super::csr::Csr;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageRankParams {
    /// Probability of following an edge rather than jumping back to the personalization.
    pub damping: f64,
    /// Stop when the L1 change of one iteration falls below this.
    pub tol: f64,
    pub max_iter: usize,
}

impl Default for PageRankParams {
    fn default() -> Self {
        PageRankParams {
            damping: 0.85,
            tol: 1e-6,
            max_iter: 100,
        }
    }
}

/// The walk's normalized inputs: personalization (sums to 1), each entry's transition
/// probability, and which rows dangle (no positive weight).
struct Walk {
    alpha: f64,
    pers: Vec<f64>,
    prob: Vec<f64>,
    dangling: Vec<bool>,
}

fn prepare(csr: &Csr, weights: &[f64], personalization: &[f64], p: &PageRankParams) -> Walk {
    let n = csr.rows();
    let alpha = if p.damping.is_finite() {
        p.damping.clamp(0.0, 1.0)
    } else {
        0.85
    };
    let clean = |x: Option<&f64>| match x {
        Some(&v) if v.is_finite() && v > 0.0 => v,
        _ => 0.0,
    };
    let mut pers: Vec<f64> = (0..n).map(|i| clean(personalization.get(i))).collect();
    let total: f64 = pers.iter().sum();
    if total > 0.0 {
        pers.iter_mut().for_each(|x| *x /= total);
    } else {
        pers.iter_mut().for_each(|x| *x = 1.0 / n as f64);
    }
    // Each entry's transition probability, once.
    let mut prob = vec![0.0; csr.targets.len()];
    let mut dangling = vec![false; n];
    for (i, is_dangling) in dangling.iter_mut().enumerate() {
        let (a, b) = match (csr.offsets.get(i), csr.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) if a <= b => (a as usize, b as usize),
            _ => (0, 0),
        };
        let sum: f64 = (a..b).map(|k| clean(weights.get(k))).sum();
        if sum > 0.0 {
            for (k, slot) in prob.iter_mut().enumerate().take(b).skip(a) {
                *slot = clean(weights.get(k)) / sum;
            }
        } else {
            *is_dangling = true;
        }
    }
    Walk {
        alpha,
        pers,
        prob,
        dangling,
    }
}

/// The stationary distribution of a walk that follows row `i`'s entries with probability
/// proportional to `weights` (parallel to `csr.targets`; missing or bad weights count 0) and
/// jumps to `personalization` with probability 1 − damping. Rows with no weight (dangling)
/// jump to the personalization. A personalization with no positive mass becomes uniform.
/// Returns the scores (summing to 1 for a non-empty graph) and the iterations run.
pub fn personalized_pagerank(
    csr: &Csr,
    weights: &[f64],
    personalization: &[f64],
    p: &PageRankParams,
) -> (Vec<f64>, usize) {
    let n = csr.rows();
    if n == 0 {
        return (Vec::new(), 0);
    }
    let Walk {
        alpha,
        pers,
        prob,
        dangling,
    } = prepare(csr, weights, personalization, p);
    let spans: Vec<std::ops::Range<usize>> = (0..n).map(|i| csr.span(i)).collect();
    let dangling_rows: Vec<usize> = (0..n).filter(|&i| dangling[i]).collect();
    let mut x = pers.clone();
    let mut next = vec![0.0; n];
    let mut iters = 0;
    while iters < p.max_iter {
        iters += 1;
        let lost: f64 = dangling_rows.iter().filter_map(|&i| x.get(i)).sum();
        let jump = 1.0 - alpha + alpha * lost;
        for (nx, pv) in next.iter_mut().zip(&pers) {
            *nx = jump * pv;
        }
        for (xi, span) in x.iter().zip(&spans) {
            if *xi == 0.0 {
                continue;
            }
            let push = alpha * xi;
            let (Some(ts), Some(ps)) = (csr.targets.get(span.clone()), prob.get(span.clone()))
            else {
                continue;
            };
            for (&t, &pr) in ts.iter().zip(ps) {
                if let Some(slot) = next.get_mut(t as usize) {
                    *slot += push * pr;
                }
            }
        }
        let delta: f64 = x.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if delta < p.tol {
            break;
        }
    }
    (x, iters)
}

/// An order of the rows for `personalized_pagerank_ordered`: strongly connected components in
/// topological order of the walk (a row before the rows it points to), members together.
#[derive(Debug, Clone, Copy)]
pub struct WalkOrder<'a> {
    pub order: &'a [u32],
    /// Component id per row.
    pub component: &'a [u32],
    /// Per component: some entry stays inside it (a cycle or a self-loop).
    pub cyclic: &'a [bool],
}

/// The same distribution as `personalized_pagerank`, solved along `order` instead of by power
/// iteration over the whole graph. The walk's fixed point is x = j·pers + α·Pᵀx, where the jump
/// mass j (1 − α plus what the dangling rows return) is one number; so x = y / Σy with
/// y = pers + α·Pᵀy, and y follows in one pass along the topological order. Only inside a
/// cyclic component does it iterate, until a sweep changes that component by less than `tol`
/// × (1 − α) × the mass entering it (so the result is within `tol` of the fixed point, as the
/// power iteration's). O(N + E) for an acyclic graph instead of O(iterations · (N + E)).
/// Returns the scores and the passes run: 1 plus the most sweeps one cycle needed. Falls back
/// to the power iteration for a damping of 1 or an order that does not fit the rows.
pub fn personalized_pagerank_ordered(
    csr: &Csr,
    weights: &[f64],
    personalization: &[f64],
    p: &PageRankParams,
    walk: WalkOrder<'_>,
) -> (Vec<f64>, usize) {
    let n = csr.rows();
    if n == 0 {
        return (Vec::new(), 0);
    }
    let fits = walk.order.len() == n
        && walk.order.iter().all(|&v| (v as usize) < n)
        && walk.component.len() == n
        && walk
            .component
            .iter()
            .all(|&c| (c as usize) < walk.cyclic.len());
    let Walk {
        alpha, pers, prob, ..
    } = prepare(csr, weights, personalization, p);
    if !fits || alpha >= 1.0 {
        return personalized_pagerank(csr, weights, personalization, p);
    }
    let comp = |v: usize| walk.component.get(v).copied().unwrap_or(u32::MAX);
    let mut y = pers;
    // Inside cycles: the mass that entered from outside, and the next sweep.
    let mut base: Vec<f64> = Vec::new();
    let mut next: Vec<f64> = Vec::new();
    let mut sweeps_max = 0usize;
    for (c, members) in super::graph::component_runs(walk.order, walk.component) {
        if walk.cyclic.get(c as usize).copied().unwrap_or(false) {
            if base.is_empty() {
                base = vec![0.0; n];
                next = vec![0.0; n];
            }
            let mut entering = 0.0;
            for &m in members {
                let m = m as usize;
                base[m] = y[m];
                entering += y[m];
            }
            let stop = p.tol * (1.0 - alpha) * entering;
            let mut sweeps = 0;
            loop {
                sweeps += 1;
                for &m in members {
                    next[m as usize] = base[m as usize];
                }
                for &m in members {
                    let push = alpha * y[m as usize];
                    spread(csr, &prob, m, push, |t| comp(t) == c, &mut next);
                }
                let mut delta = 0.0;
                for &m in members {
                    let m = m as usize;
                    delta += (next[m] - y[m]).abs();
                    y[m] = next[m];
                }
                if delta <= stop || sweeps >= p.max_iter.max(1) {
                    break;
                }
            }
            sweeps_max = sweeps_max.max(sweeps);
        }
        // The component is settled: pass its mass on to later components.
        for &m in members {
            let push = alpha * y[m as usize];
            spread(csr, &prob, m, push, |t| comp(t) != c, &mut y);
        }
    }
    let total: f64 = y.iter().sum();
    if total > 0.0 && total.is_finite() {
        y.iter_mut().for_each(|v| *v /= total);
    }
    (y, 1 + sweeps_max)
}

/// Adds `amount` × each entry's probability of row `m` to `into` at the entry's target, for the
/// targets `keep` accepts.
fn spread(
    csr: &Csr,
    prob: &[f64],
    m: u32,
    amount: f64,
    keep: impl Fn(usize) -> bool,
    into: &mut [f64],
) {
    if amount == 0.0 {
        return;
    }
    let span = csr.span(m as usize);
    let (Some(ts), Some(ps)) = (csr.targets.get(span.clone()), prob.get(span)) else {
        return;
    };
    for (&t, &pr) in ts.iter().zip(ps) {
        if keep(t as usize) {
            if let Some(slot) = into.get_mut(t as usize) {
                *slot += amount * pr;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 0→1, 0→2, 1→2; node 2 dangles; personalization on 0; damping ½. By hand:
    /// x0 = ½·x2 + ½, x1 = ½·x0/2, x2 = ½·(x0/2 + x1) ⇒ x = (8/13, 2/13, 3/13).
    #[test]
    fn matches_hand_computed_case() {
        let csr = Csr::from_triples(3, &[(0, 1, 0), (0, 2, 1), (1, 2, 2)]);
        let p = PageRankParams {
            damping: 0.5,
            tol: 1e-14,
            max_iter: 1000,
        };
        let (x, iters) = personalized_pagerank(&csr, &[1.0, 1.0, 1.0], &[1.0, 0.0, 0.0], &p);
        let want = [8.0 / 13.0, 2.0 / 13.0, 3.0 / 13.0];
        for (a, b) in x.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{:?}", x);
        }
        assert!(iters < 1000);
    }

    /// Weights steer the walk: 0→1 (w 3), 0→2 (w 1), both dangle, personalization on 0, damping ½:
    /// x0 = ½ + ½·(x1 + x2), x1 = ½·¾·x0, x2 = ½·¼·x0 ⇒ x0 = ½ + ¼·x0 ⇒ x0 = 2/3, x1 = 1/4, x2 = 1/12.
    #[test]
    fn weighted_edges() {
        let csr = Csr::from_triples(3, &[(0, 1, 0), (0, 2, 1)]);
        let p = PageRankParams {
            damping: 0.5,
            tol: 1e-14,
            max_iter: 1000,
        };
        let (x, _) = personalized_pagerank(&csr, &[3.0, 1.0], &[1.0, 0.0, 0.0], &p);
        let want = [2.0 / 3.0, 0.25, 1.0 / 12.0];
        for (a, b) in x.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{:?}", x);
        }
    }

    /// Components of `csr` in topological order by brute force (reachability), for the tests.
    fn order_of(csr: &Csr) -> (Vec<u32>, Vec<u32>, Vec<bool>) {
        let n = csr.rows();
        let mut reach = vec![vec![false; n]; n];
        for (s, row) in reach.iter_mut().enumerate() {
            let mut stack = vec![s];
            while let Some(u) = stack.pop() {
                for &t in csr.row(u) {
                    if !row[t as usize] {
                        row[t as usize] = true;
                        stack.push(t as usize);
                    }
                }
            }
        }
        let same = |a: usize, b: usize| a == b || (reach[a][b] && reach[b][a]);
        let mut comp = vec![u32::MAX; n];
        let mut reps = Vec::new();
        for v in 0..n {
            if comp[v] == u32::MAX {
                for w in 0..n {
                    if same(v, w) {
                        comp[w] = reps.len() as u32;
                    }
                }
                reps.push(v);
            }
        }
        // Topological: a component before every component it reaches.
        let mut cs: Vec<usize> = (0..reps.len()).collect();
        cs.sort_by_key(|&c| std::cmp::Reverse((0..n).filter(|&w| reach[reps[c]][w]).count()));
        let rank: Vec<usize> = {
            let mut r = vec![0; reps.len()];
            for (i, &c) in cs.iter().enumerate() {
                r[c] = i;
            }
            r
        };
        let mut order: Vec<u32> = (0..n as u32).collect();
        order.sort_by_key(|&v| rank[comp[v as usize] as usize]);
        let comp: Vec<u32> = comp.iter().map(|&c| rank[c as usize] as u32).collect();
        let mut cyclic = vec![false; reps.len()];
        for (v, &c) in comp.iter().enumerate() {
            if csr.row(v).iter().any(|&t| comp[t as usize] == c) {
                cyclic[c as usize] = true;
            }
        }
        (order, comp, cyclic)
    }

    /// The ordered solve reaches the power iteration's fixed point: chains, cycles (one of
    /// three members, one two-node), a self-loop, a row with zero weights, dangling rows.
    #[test]
    fn ordered_solve_matches_power_iteration() {
        let triples = [
            (0, 1, 0),
            (0, 2, 1),
            (1, 3, 2),
            (2, 3, 3),
            (3, 4, 4),
            (4, 5, 5),
            (5, 3, 6),
            (4, 6, 7),
            (6, 7, 8),
            (7, 6, 9),
            (7, 7, 10),
            (8, 0, 11),
            (8, 9, 12),
        ];
        let csr = Csr::from_triples(10, &triples);
        let weights = [
            1.0, 3.0, 2.0, 1.0, 1.0, 0.5, 2.0, 1.0, 1.0, 1.0, 4.0, 0.0, 0.0,
        ];
        let (order, comp, cyclic) = order_of(&csr);
        let walk = WalkOrder {
            order: &order,
            component: &comp,
            cyclic: &cyclic,
        };
        let exact = PageRankParams {
            damping: 0.85,
            tol: 1e-15,
            max_iter: 100_000,
        };
        for pers in [
            vec![1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            vec![0.2, 0.0, 0.9, 0.0, 0.3, 0.0, 0.0, 0.7, 0.0, 0.1],
            vec![0.0; 10],
        ] {
            let (a, _) = personalized_pagerank(&csr, &weights, &pers, &exact);
            let (b, passes) = personalized_pagerank_ordered(&csr, &weights, &pers, &exact, walk);
            for (x, y) in a.iter().zip(&b) {
                assert!((x - y).abs() < 1e-12, "{:?}\n{:?}", a, b);
            }
            assert!((b.iter().sum::<f64>() - 1.0).abs() < 1e-12);
            assert!(passes > 1, "the cycles take sweeps");
            // At the refresh path's tolerance both stay within it of the fixed point.
            let loose = PageRankParams { tol: 1e-4, ..exact };
            let (c, _) = personalized_pagerank_ordered(&csr, &weights, &pers, &loose, walk);
            let err: f64 = c.iter().zip(&a).map(|(x, y)| (x - y).abs()).sum();
            assert!(err < 1e-4, "{}", err);
        }
        // An acyclic graph takes one pass; an order that does not fit falls back.
        let dag = Csr::from_triples(3, &[(0, 1, 0), (0, 2, 1), (1, 2, 2)]);
        let (order, comp, cyclic) = order_of(&dag);
        let walk = WalkOrder {
            order: &order,
            component: &comp,
            cyclic: &cyclic,
        };
        let p = PageRankParams {
            damping: 0.5,
            ..exact
        };
        let (x, passes) =
            personalized_pagerank_ordered(&dag, &[1.0; 3], &[1.0, 0.0, 0.0], &p, walk);
        assert_eq!(passes, 1);
        let want = [8.0 / 13.0, 2.0 / 13.0, 3.0 / 13.0];
        for (a, b) in x.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{:?}", x);
        }
        let bad = WalkOrder {
            order: &[0, 1],
            component: &comp,
            cyclic: &cyclic,
        };
        let (y, _) = personalized_pagerank_ordered(&dag, &[1.0; 3], &[1.0, 0.0, 0.0], &p, bad);
        for (a, b) in y.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{:?}", y);
        }
    }

    #[test]
    fn degenerate_inputs() {
        let (x, _) = personalized_pagerank(&Csr::default(), &[], &[], &PageRankParams::default());
        assert!(x.is_empty());
        // No personalization mass and no edges: uniform.
        let csr = Csr::from_triples(4, &[]);
        let (x, _) = personalized_pagerank(
            &csr,
            &[],
            &[f64::NAN, -1.0, 0.0, 0.0],
            &PageRankParams::default(),
        );
        assert!(x.iter().all(|v| (v - 0.25).abs() < 1e-12));
    }
}
