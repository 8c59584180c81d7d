//! A tiny SVG path builder (numbers rounded by `svg::num`).

use super::svg::num;
use crate::geom::Point;

#[derive(Default)]
pub struct Path {
    d: String,
}

impl Path {
    pub fn new() -> Path {
        Path::default()
    }
    fn push(&mut self, cmd: char, vals: &[f64]) {
        if !self.d.is_empty() {
            self.d.push(' ');
        }
        self.d.push(cmd);
        for (i, v) in vals.iter().enumerate() {
            if i > 0 {
                self.d.push(' ');
            }
            self.d.push_str(&num(*v));
        }
    }
    pub fn move_to(&mut self, x: f64, y: f64) -> &mut Self {
        self.push('M', &[x, y]);
        self
    }
    pub fn line_to(&mut self, x: f64, y: f64) -> &mut Self {
        self.push('L', &[x, y]);
        self
    }
    pub fn quad_to(&mut self, cx: f64, cy: f64, x: f64, y: f64) -> &mut Self {
        self.push('Q', &[cx, cy, x, y]);
        self
    }
    pub fn curve_to(
        &mut self,
        c1x: f64,
        c1y: f64,
        c2x: f64,
        c2y: f64,
        x: f64,
        y: f64,
    ) -> &mut Self {
        self.push('C', &[c1x, c1y, c2x, c2y, x, y]);
        self
    }
    pub fn arc_to(
        &mut self,
        rx: f64,
        ry: f64,
        large: bool,
        sweep: bool,
        x: f64,
        y: f64,
    ) -> &mut Self {
        self.push(
            'A',
            &[
                rx,
                ry,
                0.0,
                if large { 1.0 } else { 0.0 },
                if sweep { 1.0 } else { 0.0 },
                x,
                y,
            ],
        );
        self
    }
    pub fn close(&mut self) -> &mut Self {
        self.d.push_str(" Z");
        self
    }
    /// A closed polygon through `pts`.
    pub fn polygon(&mut self, pts: &[Point]) -> &mut Self {
        for (i, p) in pts.iter().enumerate() {
            if i == 0 {
                self.move_to(p.x, p.y);
            } else {
                self.line_to(p.x, p.y);
            }
        }
        self.close()
    }
    /// A polygon with corners cut by `r` and joined by quadratic curves (mxAbstractCanvas2D.addPoints).
    pub fn rounded_polygon(&mut self, pts: &[Point], r: f64) -> &mut Self {
        let n = pts.len();
        if n < 3 || r <= 0.0 {
            return self.polygon(pts);
        }
        let cut = |from: Point, corner: Point| {
            let dx = from.x - corner.x;
            let dy = from.y - corner.y;
            let d = (dx * dx + dy * dy).sqrt().max(1e-9);
            let k = r.min(d / 2.0) / d;
            Point::new(corner.x + dx * k, corner.y + dy * k)
        };
        let start = cut(pts[n - 1], pts[0]);
        self.move_to(start.x, start.y);
        for i in 0..n {
            let corner = pts[i];
            let next = pts[(i + 1) % n];
            let prev = pts[(i + n - 1) % n];
            let a = cut(prev, corner);
            let b = cut(next, corner);
            if i > 0 {
                self.line_to(a.x, a.y);
            }
            self.quad_to(corner.x, corner.y, b.x, b.y);
        }
        self.close()
    }
    pub fn as_str(&self) -> &str {
        &self.d
    }
    pub fn is_empty(&self) -> bool {
        self.d.is_empty()
    }
    pub fn finish(self) -> String {
        self.d
    }
}
