//! Personalized PageRank as a power iteration over a CSR: O(iterations · E), no allocation
//! per iteration. (petgraph's `page_rank` is O(n·V²·E), unweighted and not personalized.)

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
