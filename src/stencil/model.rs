//! A parsed stencil: mxStencil's description (`<shape w h aspect strokewidth>` with a background
//! and a foreground list of canvas operations), as plain data the interpreter walks.

/// `strokewidth` of the `<shape>`: `inherit` takes the cell's strokeWidth; a number is a factor
/// of the smaller scale (mxStencil.drawShape).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StrokeWidth {
    Inherit,
    Factor(f64),
}

/// A path segment, in stencil units.
#[derive(Debug, Clone, PartialEq)]
pub enum Seg {
    Move(f64, f64),
    Line(f64, f64),
    Quad(f64, f64, f64, f64),
    Curve(f64, f64, f64, f64, f64, f64),
    Arc {
        rx: f64,
        ry: f64,
        rotation: f64,
        large: bool,
        sweep: bool,
        x: f64,
        y: f64,
    },
    Close,
}

/// One element of a `<background>` or `<foreground>` section.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Save,
    Restore,
    /// `<path>`: a new path made of `segs`. `rounded` holds the arcSize of `rounded="1"`.
    Path {
        segs: Vec<Seg>,
        rounded: Option<f64>,
    },
    /// A segment outside any `<path>`: appended to the current path.
    Seg(Seg),
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
    RoundRect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        arcsize: f64,
    },
    Ellipse {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
    Image {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        src: String,
        flip_h: bool,
        flip_v: bool,
    },
    Text(Box<Text>),
    IncludeShape {
        name: String,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
    Fill,
    Stroke,
    FillStroke,
    StrokeWidth {
        width: f64,
        fixed: bool,
    },
    Dashed(bool),
    DashPattern(Vec<f64>),
    StrokeColor(String),
    FillColor(String),
    FontColor(String),
    LineCap(String),
    LineJoin(String),
    MiterLimit(f64),
    Alpha(f64),
    FillAlpha(f64),
    StrokeAlpha(f64),
    FontStyle(u32),
    FontFamily(String),
    FontSize(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    pub str: String,
    pub align: String,
    pub valign: String,
    pub vertical: bool,
    /// `align-shape="0"`: the text keeps upright when the shape is rotated.
    pub align_shape: bool,
    pub rotation: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stencil {
    /// Coordinate space of the description (`w`/`h`, default 100).
    pub w: f64,
    pub h: f64,
    /// `aspect="fixed"`: keep w:h and centre inside the bounds.
    pub fixed_aspect: bool,
    pub stroke_width: StrokeWidth,
    pub background: Vec<Op>,
    pub foreground: Vec<Op>,
}

impl Default for Stencil {
    fn default() -> Self {
        Stencil {
            w: 100.0,
            h: 100.0,
            fixed_aspect: false,
            stroke_width: StrokeWidth::Factor(1.0),
            background: Vec::new(),
            foreground: Vec::new(),
        }
    }
}

impl Stencil {
    /// Number of operations, counting path segments (a cost measure for budgets).
    pub fn cost(&self) -> usize {
        self.background
            .iter()
            .chain(&self.foreground)
            .map(|op| match op {
                Op::Path { segs, .. } => 1 + segs.len(),
                _ => 1,
            })
            .sum()
    }
}
