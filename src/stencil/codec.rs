//! Compact binary form of a stencil, used inside packs (about half the size of minified XML once
//! deflated). Numbers are fixed point with 3 decimals (every number in draw.io's stencil files has
//! at most 3), as zigzag varints; x and y coordinates are deltas from the previous x or y of the
//! same stencil, which is what makes outlines compress well.
//!
//! The decoder treats its input as untrusted: every read is bounded and a malformed record is an
//! error, never a panic or an allocation larger than the input.

use super::model::{Op, Seg, Stencil, StrokeWidth, Text};

const SCALE: f64 = 1000.0;
/// Largest magnitude kept (larger numbers are clamped): far beyond any real stencil.
const MAX_ABS: f64 = 1e12;

mod opcode {
    pub const SAVE: u8 = 1;
    pub const RESTORE: u8 = 2;
    pub const PATH: u8 = 3;
    pub const SEG: u8 = 4;
    pub const RECT: u8 = 5;
    pub const ROUNDRECT: u8 = 6;
    pub const ELLIPSE: u8 = 7;
    pub const IMAGE: u8 = 8;
    pub const TEXT: u8 = 9;
    pub const INCLUDE: u8 = 10;
    pub const FILL: u8 = 11;
    pub const STROKE: u8 = 12;
    pub const FILLSTROKE: u8 = 13;
    pub const STROKEWIDTH: u8 = 14;
    pub const DASHED: u8 = 15;
    pub const DASHPATTERN: u8 = 16;
    pub const STROKECOLOR: u8 = 17;
    pub const FILLCOLOR: u8 = 18;
    pub const FONTCOLOR: u8 = 19;
    pub const LINECAP: u8 = 20;
    pub const LINEJOIN: u8 = 21;
    pub const MITERLIMIT: u8 = 22;
    pub const ALPHA: u8 = 23;
    pub const FILLALPHA: u8 = 24;
    pub const STROKEALPHA: u8 = 25;
    pub const FONTSTYLE: u8 = 26;
    pub const FONTFAMILY: u8 = 27;
    pub const FONTSIZE: u8 = 28;

    pub const MOVE: u8 = 1;
    pub const LINE: u8 = 2;
    pub const QUAD: u8 = 3;
    pub const CURVE: u8 = 4;
    pub const ARC: u8 = 5;
    pub const CLOSE: u8 = 6;
}

fn quantize(v: f64) -> i64 {
    if v.is_finite() {
        (v.clamp(-MAX_ABS, MAX_ABS) * SCALE).round() as i64
    } else {
        0
    }
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Writer {
    out: Vec<u8>,
    last_x: i64,
    last_y: i64,
}

impl Writer {
    fn int(&mut self, v: i64) {
        put_varint(&mut self.out, ((v << 1) ^ (v >> 63)) as u64);
    }
    fn num(&mut self, v: f64) {
        self.int(quantize(v));
    }
    fn x(&mut self, v: f64) {
        let q = quantize(v);
        self.int(q.wrapping_sub(self.last_x));
        self.last_x = q;
    }
    fn y(&mut self, v: f64) {
        let q = quantize(v);
        self.int(q.wrapping_sub(self.last_y));
        self.last_y = q;
    }
    fn str(&mut self, s: &str) {
        put_varint(&mut self.out, s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn seg(&mut self, s: &Seg) {
        use opcode::*;
        match *s {
            Seg::Move(x, y) => {
                self.byte(MOVE);
                self.x(x);
                self.y(y);
            }
            Seg::Line(x, y) => {
                self.byte(LINE);
                self.x(x);
                self.y(y);
            }
            Seg::Quad(x1, y1, x2, y2) => {
                self.byte(QUAD);
                self.x(x1);
                self.y(y1);
                self.x(x2);
                self.y(y2);
            }
            Seg::Curve(x1, y1, x2, y2, x3, y3) => {
                self.byte(CURVE);
                self.x(x1);
                self.y(y1);
                self.x(x2);
                self.y(y2);
                self.x(x3);
                self.y(y3);
            }
            Seg::Arc {
                rx,
                ry,
                rotation,
                large,
                sweep,
                x,
                y,
            } => {
                self.byte(ARC);
                self.num(rx);
                self.num(ry);
                self.num(rotation);
                self.byte(u8::from(large) | (u8::from(sweep) << 1));
                self.x(x);
                self.y(y);
            }
            Seg::Close => self.byte(CLOSE),
        }
    }

    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.x(x);
        self.y(y);
        self.num(w);
        self.num(h);
    }

    fn op(&mut self, op: &Op) {
        use opcode::*;
        match op {
            Op::Save => self.byte(SAVE),
            Op::Restore => self.byte(RESTORE),
            Op::Path { segs, rounded } => {
                self.byte(PATH);
                match rounded {
                    Some(a) => {
                        self.byte(1);
                        self.num(*a);
                    }
                    None => self.byte(0),
                }
                put_varint(&mut self.out, segs.len() as u64);
                for s in segs {
                    self.seg(s);
                }
            }
            Op::Seg(s) => {
                self.byte(SEG);
                self.seg(s);
            }
            Op::Rect { x, y, w, h } => {
                self.byte(RECT);
                self.rect(*x, *y, *w, *h);
            }
            Op::RoundRect {
                x,
                y,
                w,
                h,
                arcsize,
            } => {
                self.byte(ROUNDRECT);
                self.rect(*x, *y, *w, *h);
                self.num(*arcsize);
            }
            Op::Ellipse { x, y, w, h } => {
                self.byte(ELLIPSE);
                self.rect(*x, *y, *w, *h);
            }
            Op::Image {
                x,
                y,
                w,
                h,
                src,
                flip_h,
                flip_v,
            } => {
                self.byte(IMAGE);
                self.rect(*x, *y, *w, *h);
                self.byte(u8::from(*flip_h) | (u8::from(*flip_v) << 1));
                self.str(src);
            }
            Op::Text(t) => {
                self.byte(TEXT);
                self.x(t.x);
                self.y(t.y);
                self.str(&t.str);
                self.str(&t.align);
                self.str(&t.valign);
                self.byte(u8::from(t.vertical) | (u8::from(t.align_shape) << 1));
                self.num(t.rotation);
            }
            Op::IncludeShape { name, x, y, w, h } => {
                self.byte(INCLUDE);
                self.str(name);
                self.rect(*x, *y, *w, *h);
            }
            Op::Fill => self.byte(FILL),
            Op::Stroke => self.byte(STROKE),
            Op::FillStroke => self.byte(FILLSTROKE),
            Op::StrokeWidth { width, fixed } => {
                self.byte(STROKEWIDTH);
                self.num(*width);
                self.byte(u8::from(*fixed));
            }
            Op::Dashed(d) => {
                self.byte(DASHED);
                self.byte(u8::from(*d));
            }
            Op::DashPattern(p) => {
                self.byte(DASHPATTERN);
                put_varint(&mut self.out, p.len() as u64);
                for v in p {
                    self.num(*v);
                }
            }
            Op::StrokeColor(c) => {
                self.byte(STROKECOLOR);
                self.str(c);
            }
            Op::FillColor(c) => {
                self.byte(FILLCOLOR);
                self.str(c);
            }
            Op::FontColor(c) => {
                self.byte(FONTCOLOR);
                self.str(c);
            }
            Op::LineCap(c) => {
                self.byte(LINECAP);
                self.str(c);
            }
            Op::LineJoin(c) => {
                self.byte(LINEJOIN);
                self.str(c);
            }
            Op::MiterLimit(v) => {
                self.byte(MITERLIMIT);
                self.num(*v);
            }
            Op::Alpha(v) => {
                self.byte(ALPHA);
                self.num(*v);
            }
            Op::FillAlpha(v) => {
                self.byte(FILLALPHA);
                self.num(*v);
            }
            Op::StrokeAlpha(v) => {
                self.byte(STROKEALPHA);
                self.num(*v);
            }
            Op::FontStyle(v) => {
                self.byte(FONTSTYLE);
                put_varint(&mut self.out, u64::from(*v));
            }
            Op::FontFamily(f) => {
                self.byte(FONTFAMILY);
                self.str(f);
            }
            Op::FontSize(v) => {
                self.byte(FONTSIZE);
                self.num(*v);
            }
        }
    }
}

/// Encode a stencil for a pack.
pub fn encode(s: &Stencil) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::with_capacity(64 + s.cost() * 6),
        last_x: 0,
        last_y: 0,
    };
    let inherit = matches!(s.stroke_width, StrokeWidth::Inherit);
    w.byte(u8::from(s.fixed_aspect) | (u8::from(inherit) << 1));
    w.num(s.w);
    w.num(s.h);
    if let StrokeWidth::Factor(f) = s.stroke_width {
        w.num(f);
    }
    for list in [&s.background, &s.foreground] {
        put_varint(&mut w.out, list.len() as u64);
        for op in list {
            w.op(op);
        }
    }
    w.out
}

pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    last_x: i64,
    last_y: i64,
}

type R<T> = Result<T, String>;

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Reader {
            data,
            pos: 0,
            last_x: 0,
            last_y: 0,
        }
    }
    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.data.len()
    }
    pub(crate) fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }
    pub(crate) fn byte(&mut self) -> R<u8> {
        let b = *self.data.get(self.pos).ok_or("truncated record")?;
        self.pos += 1;
        Ok(b)
    }
    pub(crate) fn varint(&mut self) -> R<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("varint too long".into())
    }
    /// A count of items that each take at least one byte: never more than what is left.
    pub(crate) fn count(&mut self) -> R<usize> {
        let n = self.varint()?;
        if n > self.remaining() as u64 {
            return Err("count larger than the record".into());
        }
        Ok(n as usize)
    }
    pub(crate) fn bytes(&mut self) -> R<&'a [u8]> {
        let n = self.varint()?;
        if n > self.remaining() as u64 {
            return Err("length larger than the record".into());
        }
        let s = &self.data[self.pos..self.pos + n as usize];
        self.pos += n as usize;
        Ok(s)
    }
    pub(crate) fn str(&mut self) -> R<String> {
        let b = self.bytes()?;
        std::str::from_utf8(b)
            .map(str::to_string)
            .map_err(|_| "string is not UTF-8".into())
    }
    fn int(&mut self) -> R<i64> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
    fn num(&mut self) -> R<f64> {
        Ok(self.int()? as f64 / SCALE)
    }
    fn x(&mut self) -> R<f64> {
        self.last_x = self.last_x.wrapping_add(self.int()?);
        Ok(self.last_x as f64 / SCALE)
    }
    fn y(&mut self) -> R<f64> {
        self.last_y = self.last_y.wrapping_add(self.int()?);
        Ok(self.last_y as f64 / SCALE)
    }

    fn seg(&mut self) -> R<Seg> {
        use opcode::*;
        Ok(match self.byte()? {
            MOVE => Seg::Move(self.x()?, self.y()?),
            LINE => Seg::Line(self.x()?, self.y()?),
            QUAD => Seg::Quad(self.x()?, self.y()?, self.x()?, self.y()?),
            CURVE => Seg::Curve(
                self.x()?,
                self.y()?,
                self.x()?,
                self.y()?,
                self.x()?,
                self.y()?,
            ),
            ARC => {
                let (rx, ry, rotation) = (self.num()?, self.num()?, self.num()?);
                let flags = self.byte()?;
                Seg::Arc {
                    rx,
                    ry,
                    rotation,
                    large: flags & 1 != 0,
                    sweep: flags & 2 != 0,
                    x: self.x()?,
                    y: self.y()?,
                }
            }
            CLOSE => Seg::Close,
            other => return Err(format!("unknown segment code {}", other)),
        })
    }

    fn rect(&mut self) -> R<(f64, f64, f64, f64)> {
        Ok((self.x()?, self.y()?, self.num()?, self.num()?))
    }

    fn op(&mut self) -> R<Op> {
        use opcode::*;
        Ok(match self.byte()? {
            SAVE => Op::Save,
            RESTORE => Op::Restore,
            PATH => {
                let rounded = match self.byte()? {
                    0 => None,
                    _ => Some(self.num()?),
                };
                let n = self.count()?;
                let mut segs = Vec::with_capacity(n);
                for _ in 0..n {
                    segs.push(self.seg()?);
                }
                Op::Path { segs, rounded }
            }
            SEG => Op::Seg(self.seg()?),
            RECT => {
                let (x, y, w, h) = self.rect()?;
                Op::Rect { x, y, w, h }
            }
            ROUNDRECT => {
                let (x, y, w, h) = self.rect()?;
                Op::RoundRect {
                    x,
                    y,
                    w,
                    h,
                    arcsize: self.num()?,
                }
            }
            ELLIPSE => {
                let (x, y, w, h) = self.rect()?;
                Op::Ellipse { x, y, w, h }
            }
            IMAGE => {
                let (x, y, w, h) = self.rect()?;
                let flags = self.byte()?;
                Op::Image {
                    x,
                    y,
                    w,
                    h,
                    src: self.str()?,
                    flip_h: flags & 1 != 0,
                    flip_v: flags & 2 != 0,
                }
            }
            TEXT => {
                let (x, y) = (self.x()?, self.y()?);
                let (str, align, valign) = (self.str()?, self.str()?, self.str()?);
                let flags = self.byte()?;
                Op::Text(Box::new(Text {
                    x,
                    y,
                    str,
                    align,
                    valign,
                    vertical: flags & 1 != 0,
                    align_shape: flags & 2 != 0,
                    rotation: self.num()?,
                }))
            }
            INCLUDE => {
                let name = self.str()?;
                let (x, y, w, h) = self.rect()?;
                Op::IncludeShape { name, x, y, w, h }
            }
            FILL => Op::Fill,
            STROKE => Op::Stroke,
            FILLSTROKE => Op::FillStroke,
            STROKEWIDTH => Op::StrokeWidth {
                width: self.num()?,
                fixed: self.byte()? != 0,
            },
            DASHED => Op::Dashed(self.byte()? != 0),
            DASHPATTERN => {
                let n = self.count()?;
                let mut p = Vec::with_capacity(n);
                for _ in 0..n {
                    p.push(self.num()?);
                }
                Op::DashPattern(p)
            }
            STROKECOLOR => Op::StrokeColor(self.str()?),
            FILLCOLOR => Op::FillColor(self.str()?),
            FONTCOLOR => Op::FontColor(self.str()?),
            LINECAP => Op::LineCap(self.str()?),
            LINEJOIN => Op::LineJoin(self.str()?),
            MITERLIMIT => Op::MiterLimit(self.num()?),
            ALPHA => Op::Alpha(self.num()?),
            FILLALPHA => Op::FillAlpha(self.num()?),
            STROKEALPHA => Op::StrokeAlpha(self.num()?),
            FONTSTYLE => {
                Op::FontStyle(u32::try_from(self.varint()?).map_err(|_| "font style out of range")?)
            }
            FONTFAMILY => Op::FontFamily(self.str()?),
            FONTSIZE => Op::FontSize(self.num()?),
            other => return Err(format!("unknown operation code {}", other)),
        })
    }
}

/// Decode a stencil written by `encode`.
pub fn decode(data: &[u8]) -> Result<Stencil, String> {
    let mut r = Reader::new(data);
    let flags = r.byte()?;
    let w = r.num()?;
    let h = r.num()?;
    let stroke_width = if flags & 2 != 0 {
        StrokeWidth::Inherit
    } else {
        StrokeWidth::Factor(r.num()?)
    };
    let mut lists = [Vec::new(), Vec::new()];
    for list in lists.iter_mut() {
        let n = r.count()?;
        list.reserve(n);
        for _ in 0..n {
            list.push(r.op()?);
        }
    }
    if !r.at_end() {
        return Err("trailing bytes after the stencil".into());
    }
    let [background, foreground] = lists;
    Ok(Stencil {
        w,
        h,
        fixed_aspect: flags & 1 != 0,
        stroke_width,
        background,
        foreground,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Stencil {
        Stencil {
            w: 48.0,
            h: 32.5,
            fixed_aspect: true,
            stroke_width: StrokeWidth::Inherit,
            background: vec![Op::Path {
                segs: vec![
                    Seg::Move(10.211, 0.0),
                    Seg::Line(-4.5, 12.449),
                    Seg::Quad(1.0, 2.0, 3.0, 4.0),
                    Seg::Curve(1.5, 2.5, 3.5, 4.5, 5.5, 6.5),
                    Seg::Arc {
                        rx: 3.0,
                        ry: 2.0,
                        rotation: 45.0,
                        large: true,
                        sweep: false,
                        x: 7.0,
                        y: 8.0,
                    },
                    Seg::Close,
                ],
                rounded: None,
            }],
            foreground: vec![
                Op::FillStroke,
                Op::Save,
                Op::FillColor("#ffffff".into()),
                Op::StrokeColor("none".into()),
                Op::FontColor("#333".into()),
                Op::Rect {
                    x: 1.0,
                    y: 2.0,
                    w: 3.0,
                    h: 4.0,
                },
                Op::RoundRect {
                    x: 1.0,
                    y: 2.0,
                    w: 3.0,
                    h: 4.0,
                    arcsize: 10.0,
                },
                Op::Ellipse {
                    x: 0.0,
                    y: 0.0,
                    w: 48.0,
                    h: 32.5,
                },
                Op::Fill,
                Op::Stroke,
                Op::Restore,
                Op::StrokeWidth {
                    width: 2.0,
                    fixed: true,
                },
                Op::Dashed(true),
                Op::DashPattern(vec![5.0, 2.5]),
                Op::LineCap("round".into()),
                Op::LineJoin("bevel".into()),
                Op::MiterLimit(4.0),
                Op::Alpha(0.5),
                Op::FillAlpha(0.25),
                Op::StrokeAlpha(0.75),
                Op::FontStyle(3),
                Op::FontFamily("Verdana".into()),
                Op::FontSize(9.5),
                Op::Text(Box::new(Text {
                    x: 15.5,
                    y: 20.5,
                    str: "Si é".into(),
                    align: "center".into(),
                    valign: "middle".into(),
                    vertical: true,
                    align_shape: false,
                    rotation: 30.0,
                })),
                Op::Image {
                    x: 0.0,
                    y: 0.0,
                    w: 10.0,
                    h: 10.0,
                    src: "data:image/png,AAA".into(),
                    flip_h: true,
                    flip_v: false,
                },
                Op::IncludeShape {
                    name: "mxgraph.aws4.lambda".into(),
                    x: 1.0,
                    y: 1.0,
                    w: 5.0,
                    h: 5.0,
                },
                Op::Seg(Seg::Line(3.0, 3.0)),
                Op::Path {
                    segs: vec![Seg::Move(0.0, 0.0), Seg::Line(5.0, 0.0)],
                    rounded: Some(8.0),
                },
            ],
        }
    }

    #[test]
    fn round_trips_every_operation() {
        let s = sample();
        assert_eq!(decode(&encode(&s)).unwrap(), s);
        let v = Stencil {
            stroke_width: StrokeWidth::Factor(2.0),
            fixed_aspect: false,
            ..Stencil::default()
        };
        assert_eq!(decode(&encode(&v)).unwrap(), v);
    }

    #[test]
    fn keeps_three_decimals() {
        let s = Stencil {
            background: vec![Op::Seg(Seg::Move(1.0005, -2.3456))],
            ..Stencil::default()
        };
        let d = decode(&encode(&s)).unwrap();
        match &d.background[0] {
            Op::Seg(Seg::Move(x, y)) => {
                assert!((x - 1.001).abs() < 1e-9 || (x - 1.0).abs() < 1e-9, "{x}");
                assert!((y + 2.346).abs() < 1e-9, "{y}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn malformed_records_are_errors() {
        let bytes = encode(&sample());
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "truncated at {cut}");
        }
        assert!(decode(&[0, 0, 0, 200, 1]).is_err());
        // A huge count does not allocate.
        assert!(decode(&[0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f]).is_err());
        let mut extra = bytes.clone();
        extra.push(1);
        assert!(decode(&extra).is_err());
    }
}
