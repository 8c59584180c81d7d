//! A compact adjacency list (compressed sparse rows): the refresh path walks these, not petgraph.

/// Row `i` holds `targets[offsets[i]..offsets[i + 1]]`; `edges` runs parallel to `targets`
/// and names the edge (an index into the owner's edge list).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Csr {
    pub offsets: Vec<u32>,
    pub targets: Vec<u32>,
    pub edges: Vec<u32>,
}

impl Csr {
    /// Rows for `n` nodes from `(row, target, edge)` triples; rows outside `0..n` are dropped.
    /// Within a row, entries keep the order they were given in (counting sort, stable).
    pub fn from_triples(n: usize, triples: &[(u32, u32, u32)]) -> Csr {
        let mut counts = vec![0u32; n + 1];
        for &(r, _, _) in triples {
            if let Some(c) = counts.get_mut(r as usize + 1) {
                *c += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let offsets = counts.clone();
        let total = counts.last().copied().unwrap_or(0) as usize;
        let mut targets = vec![0u32; total];
        let mut edges = vec![0u32; total];
        let mut next = counts;
        for &(r, t, e) in triples {
            if let Some(slot) = next.get_mut(r as usize) {
                if (r as usize) < n {
                    let at = *slot as usize;
                    if let (Some(tt), Some(ee)) = (targets.get_mut(at), edges.get_mut(at)) {
                        *tt = t;
                        *ee = e;
                    }
                    *slot += 1;
                }
            }
        }
        Csr {
            offsets,
            targets,
            edges,
        }
    }

    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// The entry range of row `i` (empty for a row that does not exist).
    pub fn span(&self, i: usize) -> std::ops::Range<usize> {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) if a <= b => a as usize..b as usize,
            _ => 0..0,
        }
    }

    /// Targets of row `i` (empty for a row that does not exist).
    pub fn row(&self, i: usize) -> &[u32] {
        self.targets.get(self.span(i)).unwrap_or(&[])
    }

    /// Edge ids of row `i`, parallel to `row(i)`.
    pub fn row_edges(&self, i: usize) -> &[u32] {
        self.edges.get(self.span(i)).unwrap_or(&[])
    }

    pub fn degree(&self, i: usize) -> usize {
        self.span(i).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_keep_input_order_and_ignore_bad_rows() {
        let c = Csr::from_triples(3, &[(2, 0, 10), (0, 1, 11), (2, 1, 12), (7, 0, 13)]);
        assert_eq!(c.rows(), 3);
        assert_eq!(c.row(0), &[1]);
        assert_eq!(c.row(1), &[] as &[u32]);
        assert_eq!(c.row(2), &[0, 1]);
        assert_eq!(c.row_edges(2), &[10, 12]);
        assert_eq!(c.row(9), &[] as &[u32]);
    }
}
