//! draw.io's orthogonal routing: the local router behind `edgeStyle=orthogonalEdgeStyle`
//! and the segment connector it falls back to when the edge has waypoints.
//!
//! Behaviour follows mxEdgeStyle.OrthConnector / SegmentConnector (mxGraph, Apache-2.0):
//! the target's quadrant relative to the source and the usable sides of both terminals pick
//! one of sixteen route patterns; each step moves the current bend towards a limit (a
//! terminal side plus its jetty, a connection point, or the middle of the gap).

use crate::geom::{Point, Rect};
use crate::style::Style;

pub const MASK_WEST: u8 = 1;
pub const MASK_NORTH: u8 = 2;
pub const MASK_SOUTH: u8 = 4;
pub const MASK_EAST: u8 = 8;
pub const MASK_ALL: u8 = 15;

/// Spacing an orthogonal edge keeps from its terminals (mxEdgeStyle.orthBuffer).
const ORTH_BUFFER: f64 = 10.0;

/// Route steps, indexed [source side - 1][target side - 1] in quadrant 0 (sides: west 1,
/// north 2, east 3, south 4). Each step packs: bits 0–3 the direction to move (W 1, N 2, S 4,
/// E 8), bits 5–8 the side whose limit to stop at (left, top, right, bottom), bit 9 "stop at
/// the centre", bit 10 "of the source", bit 11 "of the target". The same table as mxGraph's.
const ROUTE_PATTERNS: [[&[u16]; 4]; 4] = [
    [
        &[513, 2308, 2081, 2562],
        &[513, 1090, 514, 2184, 2114, 2561],
        &[513, 1090, 514, 2564, 2184, 2562],
        &[513, 2308, 2561, 1090, 514, 2568, 2308],
    ],
    [
        &[514, 1057, 513, 2308, 2081, 2562],
        &[514, 2184, 2114, 2561],
        &[514, 2184, 2562, 1057, 513, 2564, 2184],
        &[514, 1057, 513, 2568, 2308, 2561],
    ],
    [
        &[1090, 514, 1057, 513, 2308, 2081, 2562],
        &[2114, 2561],
        &[1090, 2562, 1057, 513, 2564, 2184],
        &[1090, 514, 1057, 513, 2308, 2561, 2568],
    ],
    [
        &[2081, 2562],
        &[1057, 513, 1090, 514, 2184, 2114, 2561],
        &[1057, 513, 1090, 514, 2184, 2562, 2564],
        &[1057, 2561, 1090, 514, 2568, 2308],
    ],
];
const STEP_SIDE: u16 = 0b1_1110_0000;
const STEP_CENTER: u16 = 512;
const STEP_SOURCE: u16 = 1024;
const STEP_TARGET: u16 = 2048;

/// Unit vectors for direction indices 1..=4 (west, north, east, south).
const DIR_VECTORS: [(f64, f64); 4] = [(-1.0, 0.0), (0.0, -1.0), (1.0, 0.0), (0.0, 1.0)];

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Jetty: how far the route runs straight out of a terminal (mxEdgeStyle.getJettySize).
pub fn jetty(style: &Style, source: bool) -> f64 {
    let key = if source {
        "sourceJettySize"
    } else {
        "targetJettySize"
    };
    let v = style.get(key).or(style.get("jettySize"));
    match v {
        None => ORTH_BUFFER,
        Some("auto") => {
            let arrow = style.str_or(if source { "startArrow" } else { "endArrow" }, "none");
            if arrow != "none" {
                let size = style.num(if source { "startSize" } else { "endSize" }, 6.0);
                ((size + ORTH_BUFFER) / ORTH_BUFFER).ceil().max(2.0) * ORTH_BUFFER
            } else {
                2.0 * ORTH_BUFFER
            }
        }
        Some(n) => n
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .unwrap_or(ORTH_BUFFER),
    }
}

/// Side index 1..=4 (west, north, east, south) of a direction mask.
fn side_index(mask: u8) -> i32 {
    match mask {
        MASK_EAST => 3,
        MASK_SOUTH => 4,
        m => m as i32,
    }
}

fn reverse(mask: u8) -> u8 {
    let mut r = 0;
    if mask & MASK_WEST != 0 {
        r |= MASK_EAST;
    }
    if mask & MASK_NORTH != 0 {
        r |= MASK_SOUTH;
    }
    if mask & MASK_SOUTH != 0 {
        r |= MASK_NORTH;
    }
    if mask & MASK_EAST != 0 {
        r |= MASK_WEST;
    }
    r
}

/// The local orthogonal router. `s`/`t` are the terminal bounds (None for a dangling end, whose
/// fixed point `p0`/`pe` is then used); `p0`/`pe` are fixed connection points when set.
/// Returns the bends between the ends.
pub fn orth_connector(
    style: &Style,
    s: Option<&Rect>,
    t: Option<&Rect>,
    p0: Option<Point>,
    pe: Option<Point>,
    ports: (u8, u8),
) -> Vec<Point> {
    let mut source_buffer = jetty(style, true);
    let mut target_buffer = jetty(style, false);
    let (Some(sg), Some(tg)) = (
        s.copied().or(p0.map(|p| Rect::new(p.x, p.y, 0.0, 0.0))),
        t.copied().or(pe.map(|p| Rect::new(p.x, p.y, 0.0, 0.0))),
    ) else {
        return vec![];
    };
    if s.is_some() && s == t {
        target_buffer = source_buffer.max(target_buffer);
        source_buffer = target_buffer;
    }
    let total_buffer = source_buffer + target_buffer;
    if let (Some(a), Some(b)) = (p0, pe) {
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        if dx * dx + dy * dy < total_buffer * total_buffer {
            return segment_connector(s, t, p0, pe, &[]);
        }
    }
    let port_constraint = [
        if s.is_some() { ports.0 } else { MASK_ALL },
        if t.is_some() { ports.1 } else { MASK_ALL },
    ];
    let geo = [sg, tg];
    let buffer = [source_buffer, target_buffer];
    // limits[i][side]: side 1 left, 2 top, 4 right, 8 bottom, each pushed out by the jetty.
    let mut limits = [[0.0f64; 9]; 2];
    for i in 0..2 {
        limits[i][1] = geo[i].x - buffer[i];
        limits[i][2] = geo[i].y - buffer[i];
        limits[i][4] = geo[i].right() + buffer[i];
        limits[i][8] = geo[i].bottom() + buffer[i];
    }
    let sc = geo[0].center();
    let tc = geo[1].center();
    let (dx, dy) = (sc.x - tc.x, sc.y - tc.y);
    // Quadrant of the target seen from the source: 0 | 1 / 3 | 2.
    let quad: i32 = if dx < 0.0 {
        if dy < 0.0 {
            2
        } else {
            1
        }
    } else if dy <= 0.0 {
        if dx == 0.0 {
            2
        } else {
            3
        }
    } else {
        0
    };

    // Fixed connection points decide their side (within 1 px of a side).
    let mut dir = [0u8; 2];
    let mut constraint = [[0.5f64, 0.5]; 2];
    for (i, fixed) in [
        (0usize, if s.is_some() { p0 } else { None }),
        (1, if t.is_some() { pe } else { None }),
    ] {
        if let Some(p) = fixed {
            let g = &geo[i];
            constraint[i][0] = if g.width != 0.0 {
                (p.x - g.x) / g.width
            } else {
                0.5
            };
            if (p.x - g.x).abs() <= 1.0 {
                dir[i] = MASK_WEST;
            } else if (p.x - g.right()).abs() <= 1.0 {
                dir[i] = MASK_EAST;
            }
            constraint[i][1] = if g.height != 0.0 {
                (p.y - g.y) / g.height
            } else {
                0.5
            };
            if (p.y - g.y).abs() <= 1.0 {
                dir[i] = MASK_NORTH;
            } else if (p.y - g.bottom()).abs() <= 1.0 {
                dir[i] = MASK_SOUTH;
            }
        }
    }

    let source_top = geo[0].y - geo[1].bottom();
    let source_left = geo[0].x - geo[1].right();
    let source_bottom = geo[1].y - geo[0].bottom();
    let source_right = geo[1].x - geo[0].right();
    // Gaps between the terminals per direction index (1 west … 4 south), less the jetties.
    let separations = [
        0.0,
        (source_left - total_buffer).max(0.0),
        (source_top - total_buffer).max(0.0),
        (source_right - total_buffer).max(0.0),
        (source_bottom - total_buffer).max(0.0),
    ];

    // Preferred sides: facing the other terminal, most room first.
    let mut hor_pref = [
        if source_left >= source_right {
            MASK_WEST
        } else {
            MASK_EAST
        },
        0,
    ];
    let mut vert_pref = [
        if source_top >= source_bottom {
            MASK_NORTH
        } else {
            MASK_SOUTH
        },
        0,
    ];
    hor_pref[1] = reverse(hor_pref[0]);
    vert_pref[1] = reverse(vert_pref[0]);
    let preferred_horiz = source_left.max(source_right);
    let preferred_vert = source_top.max(source_bottom);
    let mut pref = [[0u8; 2]; 2];
    for i in 0..2 {
        if dir[i] != 0 {
            continue;
        }
        if hor_pref[i] & port_constraint[i] == 0 {
            hor_pref[i] = reverse(hor_pref[i]);
        }
        if vert_pref[i] & port_constraint[i] == 0 {
            vert_pref[i] = reverse(vert_pref[i]);
        }
        pref[i] = [vert_pref[i], hor_pref[i]];
    }
    let mut set = false;
    if preferred_vert > 0.0 && preferred_horiz > 0.0 {
        // Room for a two-segment (L) route.
        if hor_pref[0] & port_constraint[0] != 0 && vert_pref[1] & port_constraint[1] != 0 {
            pref = [[hor_pref[0], vert_pref[0]], [vert_pref[1], hor_pref[1]]];
            set = true;
        } else if vert_pref[0] & port_constraint[0] != 0 && hor_pref[1] & port_constraint[1] != 0 {
            pref = [[vert_pref[0], hor_pref[0]], [hor_pref[1], vert_pref[1]]];
            set = true;
        }
    }
    if preferred_vert > 0.0 && !set {
        pref = [[vert_pref[0], hor_pref[0]], [vert_pref[1], hor_pref[1]]];
        set = true;
    }
    if preferred_horiz > 0.0 && !set {
        pref = [[hor_pref[0], vert_pref[0]], [hor_pref[1], vert_pref[1]]];
    }
    for i in 0..2 {
        if dir[i] != 0 {
            continue;
        }
        if pref[i][0] & port_constraint[i] == 0 {
            pref[i][0] = pref[i][1];
        }
        let pc = port_constraint[i] as u32;
        let mut dp: u32 = pref[i][0] as u32 & pc;
        dp |= (pref[i][1] as u32 & pc) << 8;
        dp |= (pref[1 - i][i] as u32 & pc) << 16;
        dp |= (pref[1 - i][1 - i] as u32 & pc) << 24;
        if dp & 0xF == 0 {
            dp <<= 8;
        }
        if dp & 0xF00 == 0 {
            dp = (dp & 0xF) | (dp >> 8);
        }
        if dp & 0xF0000 == 0 {
            dp = (dp & 0xFFFF) | ((dp & 0xF000000) >> 8);
        }
        dir[i] = (dp & 0xF) as u8;
        if matches!(
            port_constraint[i],
            MASK_WEST | MASK_NORTH | MASK_EAST | MASK_SOUTH
        ) {
            dir[i] = port_constraint[i];
        }
    }
    if dir[0] == 0 || dir[1] == 0 {
        return vec![];
    }

    let wrap = |mut v: i32| {
        if v < 1 {
            v += 4;
        }
        v
    };
    let source_index = wrap(side_index(dir[0]) - quad);
    let target_index = wrap(side_index(dir[1]) - quad);
    let Some(pattern) = ROUTE_PATTERNS
        .get((source_index - 1) as usize)
        .and_then(|r| r.get((target_index - 1) as usize))
    else {
        return vec![];
    };

    let mut way: Vec<[f64; 2]> = vec![[geo[0].x, geo[0].y]];
    match dir[0] {
        MASK_WEST => {
            way[0][0] -= source_buffer;
            way[0][1] += constraint[0][1] * geo[0].height;
        }
        MASK_SOUTH => {
            way[0][0] += constraint[0][0] * geo[0].width;
            way[0][1] += geo[0].height + source_buffer;
        }
        MASK_EAST => {
            way[0][0] += geo[0].width + source_buffer;
            way[0][1] += constraint[0][1] * geo[0].height;
        }
        _ => {
            way[0][0] += constraint[0][0] * geo[0].width;
            way[0][1] -= source_buffer;
        }
    }
    let mut current = 0usize;
    // Orientation 0 = horizontal, 1 = vertical.
    let mut last_orientation = if dir[0] & (MASK_EAST | MASK_WEST) != 0 {
        0
    } else {
        1
    };
    let initial_orientation = last_orientation;
    for &step in pattern.iter() {
        let next_direction = (step & 0xF) as u8;
        let mut direction_index = side_index(next_direction) + quad;
        if direction_index > 4 {
            direction_index -= 4;
        }
        let (vx, vy) = DIR_VECTORS[(direction_index - 1) as usize];
        let orientation = if direction_index % 2 > 0 { 0 } else { 1 };
        if orientation != last_orientation {
            current += 1;
            let prev = way[current - 1];
            if way.len() <= current {
                way.push(prev);
            } else {
                way[current] = prev;
            }
        }
        let tar = step & STEP_TARGET != 0;
        let sou = step & STEP_SOURCE != 0;
        let mut side = ((step & STEP_SIDE) >> 5) as u32;
        side <<= quad;
        if side > 0xF {
            side >>= 4;
        }
        let center = step & STEP_CENTER != 0;
        if (sou || tar) && side < 9 {
            let st = if sou { 0 } else { 1 };
            let limit = if center && orientation == 0 {
                geo[st].x + constraint[st][0] * geo[st].width
            } else if center {
                geo[st].y + constraint[st][1] * geo[st].height
            } else {
                limits[st][side as usize]
            };
            if orientation == 0 {
                let delta = (limit - way[current][0]) * vx;
                if delta > 0.0 {
                    way[current][0] += vx * delta;
                }
            } else {
                let delta = (limit - way[current][1]) * vy;
                if delta > 0.0 {
                    way[current][1] += vy * delta;
                }
            }
        } else if center {
            let half = separations[direction_index as usize].abs() / 2.0;
            way[current][0] += vx * half;
            way[current][1] += vy * half;
        }
        if current > 0 && way[current][orientation] == way[current - 1][orientation] {
            current -= 1;
        } else {
            last_orientation = orientation;
        }
    }

    let mut out: Vec<Point> = Vec::new();
    for (i, w) in way.iter().enumerate().take(current + 1) {
        if i == current {
            // The last bend is dropped when it would make the final segment run along the approach.
            let target_orientation = if dir[1] & (MASK_EAST | MASK_WEST) != 0 {
                0
            } else {
                1
            };
            let same = if target_orientation == initial_orientation {
                0
            } else {
                1
            };
            if same != (current + 1) % 2 {
                break;
            }
        }
        out.push(Point::new(round1(w[0]), round1(w[1])));
    }
    dedup_exact(&mut out, p0);
    out
}

/// Drops consecutive duplicates, including a first bend equal to the fixed start.
fn dedup_exact(out: &mut Vec<Point>, p0: Option<Point>) {
    out.dedup();
    if let (Some(a), Some(b)) = (p0, out.first().copied()) {
        if a == b {
            out.remove(0);
        }
    }
}

/// Orthogonal segments through the waypoints `hints` (mxEdgeStyle.SegmentConnector).
pub fn segment_connector(
    s: Option<&Rect>,
    t: Option<&Rect>,
    p0: Option<Point>,
    pe: Option<Point>,
    hints_in: &[Point],
) -> Vec<Point> {
    const TOL: f64 = 1.0;
    let mut result: Vec<Point> = Vec::new();
    let mut last_pushed: Option<Point> = p0;
    let mut push = |result: &mut Vec<Point>, p: Point| {
        let p = Point::new(round1(p.x), round1(p.y));
        if last_pushed.is_none_or(|l| (l.x - p.x).abs() >= TOL || (l.y - p.y).abs() >= TOL) {
            result.push(p);
            last_pushed = Some(p);
        }
    };
    let within_y = |r: &Rect, y: f64| y >= r.y && y <= r.bottom();
    let within_x = |r: &Rect, x: f64| x >= r.x && x <= r.right();

    let Some(mut pt) = p0.or(s.map(|r| r.center())) else {
        return result;
    };
    let mut horizontal = true;
    let hint: Option<Point>;
    let mut hints: Vec<Point> = hints_in.to_vec();
    if !hints.is_empty() {
        let n = hints.len();
        if (hints[0].x - pt.x).abs() < TOL {
            hints[0].x = pt.x;
        }
        if (hints[0].y - pt.y).abs() < TOL {
            hints[0].y = pt.y;
        }
        if let Some(e) = pe {
            if (hints[n - 1].x - e.x).abs() < TOL {
                hints[n - 1].x = e.x;
            }
            if (hints[n - 1].y - e.y).abs() < TOL {
                hints[n - 1].y = e.y;
            }
        }
        let first = hints[0];
        // Decide the first segment's orientation from the source end, else from the target end.
        let mut term = if p0.is_some() { None } else { s };
        let mut cur_pt = p0;
        let mut cur_hint = first;
        for i in 0..2 {
            let fixed_vert = cur_pt.is_some_and(|p| p.x == cur_hint.x);
            let fixed_hoz = cur_pt.is_some_and(|p| p.y == cur_hint.y);
            let in_hoz = term.is_some_and(|r| within_y(r, cur_hint.y));
            let in_vert = term.is_some_and(|r| within_x(r, cur_hint.x));
            let hoz_chan = fixed_hoz || (cur_pt.is_none() && in_hoz);
            let vert_chan = fixed_vert || (cur_pt.is_none() && in_vert);
            if !(i == 0 && ((hoz_chan && vert_chan) || (fixed_vert && fixed_hoz)))
                && (vert_chan || hoz_chan)
            {
                horizontal = if i == 1 {
                    if hints.len() % 2 == 0 {
                        hoz_chan
                    } else {
                        vert_chan
                    }
                } else {
                    hoz_chan
                };
                break;
            }
            term = if pe.is_some() { None } else { t };
            cur_pt = pe;
            cur_hint = hints[hints.len() - 1];
            if fixed_vert && fixed_hoz && hints.len() > 1 {
                hints.remove(0);
            }
        }
        let h = hints[0];
        let leave = |fixed: Option<Point>, r: Option<&Rect>, horizontal: bool| {
            if horizontal {
                fixed.is_some_and(|p| p.y != h.y)
                    || (fixed.is_none() && r.is_some_and(|r| h.y < r.y || h.y > r.bottom()))
            } else {
                fixed.is_some_and(|p| p.x != h.x)
                    || (fixed.is_none() && r.is_some_and(|r| h.x < r.x || h.x > r.right()))
            }
        };
        if horizontal && leave(p0, s, true) {
            push(&mut result, Point::new(pt.x, h.y));
        } else if !horizontal && leave(p0, s, false) {
            push(&mut result, Point::new(h.x, pt.y));
        }
        if horizontal {
            pt.y = h.y;
        } else {
            pt.x = h.x;
        }
        for &hh in &hints {
            horizontal = !horizontal;
            if horizontal {
                pt.y = hh.y;
            } else {
                pt.x = hh.x;
            }
            push(&mut result, pt);
        }
        hint = hints.last().copied();
    } else {
        hint = Some(pt);
    }

    if let (Some(end), Some(h)) = (pe.or(t.map(|r| r.center())), hint) {
        let needs = if horizontal {
            pe.is_some_and(|p| p.y != h.y)
                || (pe.is_none() && t.is_some_and(|r| h.y < r.y || h.y > r.bottom()))
        } else {
            pe.is_some_and(|p| p.x != h.x)
                || (pe.is_none() && t.is_some_and(|r| h.x < r.x || h.x > r.right()))
        };
        if needs {
            let p = if horizontal {
                Point::new(end.x, h.y)
            } else {
                Point::new(h.x, end.y)
            };
            push(&mut result, p);
        }
    }
    // Bends inside a floating terminal would draw through it.
    let inside =
        |r: &Rect, p: &Point| r.x <= p.x && r.right() >= p.x && r.y <= p.y && r.bottom() >= p.y;
    if p0.is_none() {
        if let Some(r) = s {
            while !result.is_empty() && inside(r, &result[0]) {
                result.remove(0);
            }
        }
    }
    if pe.is_none() {
        if let Some(r) = t {
            while result.last().is_some_and(|p| inside(r, p)) {
                result.pop();
            }
        }
    }
    if let (Some(e), Some(l)) = (pe, result.last().copied()) {
        if (e.x - l.x).abs() <= TOL && (e.y - l.y).abs() <= TOL {
            result.pop();
            if let Some(l2) = result.last_mut() {
                if (l2.x - e.x).abs() < TOL {
                    l2.x = e.x;
                }
                if (l2.y - e.y).abs() < TOL {
                    l2.y = e.y;
                }
            }
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect::new(x, y, w, h)
    }

    fn axis_aligned(pts: &[Point]) -> bool {
        pts.windows(2)
            .all(|w| (w[0].x - w[1].x).abs() < 1e-6 || (w[0].y - w[1].y).abs() < 1e-6)
    }

    #[test]
    fn side_by_side_boxes_get_a_centre_z() {
        let st = Style::parse_raw("edgeStyle=orthogonalEdgeStyle");
        // Target right of and below the source, overlapping vertically: leave east, enter west
        // through the middle of the gap.
        let b = orth_connector(
            &st,
            Some(&r(0.0, 0.0, 100.0, 40.0)),
            Some(&r(200.0, 20.0, 100.0, 40.0)),
            None,
            None,
            (MASK_ALL, MASK_ALL),
        );
        assert_eq!(b, vec![Point::new(150.0, 20.0), Point::new(150.0, 40.0)]);
    }

    #[test]
    fn stacked_aligned_boxes_need_no_bend() {
        let st = Style::parse_raw("edgeStyle=orthogonalEdgeStyle");
        let b = orth_connector(
            &st,
            Some(&r(0.0, 0.0, 100.0, 40.0)),
            Some(&r(0.0, 100.0, 100.0, 40.0)),
            None,
            None,
            (MASK_ALL, MASK_ALL),
        );
        // All bends sit on the shared centre line x = 50.
        assert!(b.iter().all(|p| p.x == 50.0), "{:?}", b);
    }

    #[test]
    fn diagonal_boxes_get_one_bend() {
        let st = Style::parse_raw("edgeStyle=orthogonalEdgeStyle");
        let b = orth_connector(
            &st,
            Some(&r(0.0, 0.0, 100.0, 40.0)),
            Some(&r(300.0, 200.0, 100.0, 40.0)),
            None,
            None,
            (MASK_ALL, MASK_ALL),
        );
        assert_eq!(b.len(), 1, "{:?}", b);
        let p = b[0];
        // An L: the bend lines up with one centre on each axis.
        assert!(
            (p.x == 350.0 && p.y == 20.0) || (p.x == 50.0 && p.y == 220.0),
            "{:?}",
            b
        );
    }

    #[test]
    fn port_constraint_forces_the_side() {
        let st = Style::parse_raw("edgeStyle=orthogonalEdgeStyle");
        let b = orth_connector(
            &st,
            Some(&r(0.0, 0.0, 100.0, 40.0)),
            Some(&r(200.0, 0.0, 100.0, 40.0)),
            None,
            None,
            (MASK_SOUTH, MASK_SOUTH),
        );
        // Leave downwards and come back up into the target's bottom.
        assert!(b.iter().all(|p| p.y >= 40.0), "{:?}", b);
        let mut all = vec![Point::new(50.0, 40.0)];
        all.extend(b);
        all.push(Point::new(250.0, 40.0));
        assert!(axis_aligned(&all), "{:?}", all);
    }

    #[test]
    fn segment_connector_through_one_hint() {
        let s = r(0.0, 0.0, 100.0, 40.0);
        let t = r(300.0, 200.0, 100.0, 40.0);
        let b = segment_connector(Some(&s), Some(&t), None, None, &[Point::new(200.0, 100.0)]);
        let mut all = vec![s.center()];
        all.extend(b.iter().copied());
        all.push(t.center());
        assert!(axis_aligned(&all), "{:?}", all);
        assert!(b.iter().any(|p| p.x == 200.0 || p.y == 100.0), "{:?}", b);
    }
}
