//! The one entry point both hosts call: source bytes + options → drawn SVG.

use crate::decode::{self, PageSource};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{self, Limits, Model, PageContext};
use crate::stencil::Registry;
use crate::style::{Stylesheet, Theme};
use serde::{Deserialize, Serialize};

/// Which page to draw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PageSel {
    Index(usize),
    Name(String),
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct RenderOptions {
    /// Page by 0-based index or by name; first page when absent.
    pub page: Option<PageSel>,
    /// `light` (default) or `dark`.
    pub theme: Option<String>,
    /// Margin around the diagram bounds, in px.
    pub border: Option<f64>,
}

impl RenderOptions {
    /// From the JSON text of `{page?, theme?, border?}` (the wasm host's options; unknown keys are
    /// ignored, null is absent). Read through `serde_json::Value`, which the core reads JSON with
    /// anyway, so the drawing-only wasm modules carry no deserializer for this type.
    pub fn from_json(text: &str) -> std::result::Result<RenderOptions, String> {
        use serde_json::Value;
        let map = match serde_json::from_str::<Value>(text).map_err(|e| e.to_string())? {
            Value::Object(map) => map,
            Value::Null => return Ok(RenderOptions::default()),
            _ => return Err("not an object".to_string()),
        };
        let field = |key: &str| map.get(key).filter(|v| !v.is_null());
        let page = match field("page") {
            None => None,
            Some(Value::String(name)) => Some(PageSel::Name(name.clone())),
            Some(v) => Some(PageSel::Index(
                v.as_u64().and_then(|i| usize::try_from(i).ok()).ok_or("page: expected a 0-based index or a page name")?,
            )),
        };
        let theme = match field("theme") {
            None => None,
            Some(v) => Some(v.as_str().ok_or("theme: expected a string")?.to_string()),
        };
        let border = match field("border") {
            None => None,
            Some(v) => Some(v.as_f64().ok_or("border: expected a number")?),
        };
        Ok(RenderOptions { page, theme, border })
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    pub index: usize,
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Placeholder {
    pub cell_id: String,
    pub shape: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RenderOutput {
    pub svg: String,
    pub width: f64,
    pub height: f64,
    pub pages: Vec<PageInfo>,
    /// Index of the page drawn.
    pub page: usize,
    pub cell_count: usize,
    /// Shapes drawn as labelled placeholders because they are not supported yet.
    pub placeholders: Vec<Placeholder>,
    /// Non-fatal findings, one line each.
    pub warnings: Vec<String>,
    /// Stencil packs this page uses that were not loaded (their shapes are placeholders).
    pub missing_packs: Vec<String>,
}

/// Pick the page the options ask for.
pub fn select_page(pages: &[PageSource], sel: Option<&PageSel>) -> Result<usize> {
    if pages.is_empty() {
        return Err(Error::new(ErrorKind::Page, "the diagram has no pages"));
    }
    match sel {
        None => Ok(0),
        Some(PageSel::Index(i)) if *i < pages.len() => Ok(*i),
        Some(PageSel::Index(i)) => Err(Error::new(
            ErrorKind::Page,
            format!(
                "page {} does not exist: the diagram has {} page(s)",
                i,
                pages.len()
            ),
        )),
        Some(PageSel::Name(n)) => pages.iter().position(|p| &p.name == n).ok_or_else(|| {
            let names: Vec<&str> = pages.iter().map(|p| p.name.as_str()).collect();
            Error::new(
                ErrorKind::Page,
                format!("no page named \"{}\"; pages are: {}", n, names.join(", ")),
            )
        }),
    }
}

/// Decode, pick the page and build its model.
pub fn load_model(input: &[u8], page: Option<&PageSel>) -> Result<(Vec<PageSource>, usize, Model)> {
    let pages = decode::extract_pages(input)?;
    let index = select_page(&pages, page)?;
    let ctx = PageContext {
        page_name: pages[index].name.clone(),
        page_number: index + 1,
        page_count: pages.len(),
    };
    let model = model::parse_model(
        &pages[index].xml,
        &Stylesheet::default(),
        &ctx,
        &Limits::default(),
    )?;
    Ok((pages, index, model))
}

pub fn theme_of(opts: &RenderOptions) -> Result<Theme> {
    match opts.theme.as_deref() {
        None => Ok(Theme::light()),
        Some(name) => Theme::by_name(name).ok_or_else(|| {
            Error::new(
                ErrorKind::Options,
                format!("unknown theme \"{}\": use light or dark", name),
            )
        }),
    }
}

/// Source bytes → SVG document of the chosen page, with no stencil packs loaded.
pub fn render(input: &[u8], opts: &RenderOptions) -> Result<RenderOutput> {
    render_with(input, opts, &Registry::new())
}

/// Source bytes → SVG document of the chosen page, drawing stencils from the loaded packs.
pub fn render_with(input: &[u8], opts: &RenderOptions, stencils: &Registry) -> Result<RenderOutput> {
    let theme = theme_of(opts)?;
    let (pages, index, model) = load_model(input, opts.page.as_ref())?;
    let layout = crate::layout::layout(&model);
    let drawn = crate::render::render_svg_with(&model, &layout, &theme, opts.border.unwrap_or(crate::render::DEFAULT_BORDER), stencils);
    let mut warnings = model.warnings.clone();
    warnings.extend(drawn.warnings);
    let missing_packs = crate::stencil::required_packs(&model, stencils);
    Ok(RenderOutput {
        svg: drawn.svg,
        width: drawn.width,
        height: drawn.height,
        pages: pages
            .iter()
            .enumerate()
            .map(|(i, p)| PageInfo {
                index: i,
                id: p.id.clone(),
                name: p.name.clone(),
            })
            .collect(),
        page: index,
        cell_count: model.cells.len(),
        placeholders: drawn.placeholders,
        warnings,
        missing_packs,
    })
}

/// Stencil packs the chosen page needs that `stencils` does not hold yet (draw.io library files,
/// e.g. `aws4`, `cisco/routers`, `img/lib/clip_art/networking`). Hosts fetch them, add them with
/// `Registry::add_pack`, then render.
pub fn required_packs(input: &[u8], opts: &RenderOptions, stencils: &Registry) -> Result<Vec<String>> {
    Ok(page_needs(input, opts, stencils)?.packs)
}

/// What drawing the chosen page takes besides the common drawing code, from one parse.
pub struct PageNeeds {
    /// As `required_packs`.
    pub packs: Vec<String>,
    /// Cells only feature `extended` draws (render::needs_extended).
    pub extended: bool,
}

pub fn page_needs(input: &[u8], opts: &RenderOptions, stencils: &Registry) -> Result<PageNeeds> {
    let (_, _, model) = load_model(input, opts.page.as_ref())?;
    Ok(PageNeeds { packs: crate::stencil::required_packs(&model, stencils), extended: crate::render::needs_extended(&model) })
}

/// One cell as the picker and inspector see it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CellInfo {
    pub id: String,
    /// `vertex` or `edge`.
    pub kind: &'static str,
    /// Label text without markup.
    pub label: String,
    /// Attributes of the `object`/`UserObject` wrapper.
    pub attrs: std::collections::BTreeMap<String, String>,
    pub tags: Vec<String>,
    pub parent: Option<String>,
    /// Absolute bounds [x, y, width, height] (vertices) or the route's box (edges).
    pub bounds: Option<[f64; 4]>,
}

/// A loaded diagram: model, layout and drawn SVG, plus the binding engine. Both hosts (wasm
/// `Diagram`, CLI) hold one of these; every binding call goes through it.
pub struct Document {
    pub model: Model,
    pub layout: crate::layout::Layout,
    pub theme: Theme,
    pub border: f64,
    /// Cell id → index into `model.cells` (`Model::find` is linear).
    pub ids: std::collections::HashMap<String, usize>,
    pub drawn: RenderOutput,
    pub engine: crate::bind::Engine,
    /// The dependency analysis fed by each refresh (`analyze::live`).
    pub live: crate::analyze::live::Live,
    /// `update` left the analysis behind (`defer_live`): `catch_up_live` runs it.
    live_behind: bool,
    /// Set by an interactive host: `update` only patches the drawing and the analysis runs when
    /// next asked for (`catch_up_live`), which the host does in a task of its own, so the bound
    /// look is painted without waiting for it and refreshes that come faster than the analysis
    /// run it once. Off (the default, and in render mode) `update` runs it at once.
    defer_live: bool,
    /// Buffers the host fills in place before `update_prepared` (zero-copy refresh).
    prepared: (Vec<f64>, Vec<f64>),
}

impl Document {
    /// Load with no stencil packs (their shapes are placeholders).
    pub fn load(input: &[u8], opts: &RenderOptions) -> Result<Document> {
        Self::load_with(input, opts, &Registry::new())
    }

    /// Load and draw with the stencil packs in `stencils` (pass the same to later redraws).
    pub fn load_with(input: &[u8], opts: &RenderOptions, stencils: &Registry) -> Result<Document> {
        let theme = theme_of(opts)?;
        let (pages, index, model) = load_model(input, opts.page.as_ref())?;
        let layout = crate::layout::layout(&model);
        let border = opts.border.unwrap_or(crate::render::DEFAULT_BORDER);
        let mut ids = std::collections::HashMap::with_capacity(model.cells.len());
        for (i, c) in model.cells.iter().enumerate() {
            ids.entry(c.id.clone()).or_insert(i);
        }
        let drawn = RenderOutput {
            svg: String::new(),
            width: 0.0,
            height: 0.0,
            pages: pages
                .iter()
                .enumerate()
                .map(|(i, p)| PageInfo {
                    index: i,
                    id: p.id.clone(),
                    name: p.name.clone(),
                })
                .collect(),
            page: index,
            cell_count: model.cells.len(),
            placeholders: Vec::new(),
            warnings: Vec::new(),
            missing_packs: Vec::new(),
        };
        let engine = crate::bind::Engine::new(&theme);
        let mut doc = Document {
            model,
            layout,
            theme,
            border,
            ids,
            drawn,
            engine,
            live: Default::default(),
            live_behind: false,
            defer_live: false,
            prepared: (Vec::new(), Vec::new()),
        };
        doc.redraw(stencils);
        Ok(doc)
    }

    fn redraw(&mut self, stencils: &Registry) {
        let r = crate::render::render_svg_with(&self.model, &self.layout, &self.theme, self.border, stencils);
        self.drawn.missing_packs = crate::stencil::required_packs(&self.model, stencils);
        let mut warnings = self.model.warnings.clone();
        warnings.extend(r.warnings);
        self.drawn.svg = r.svg;
        self.drawn.width = r.width;
        self.drawn.height = r.height;
        self.drawn.placeholders = r.placeholders;
        self.drawn.warnings = warnings;
    }

    fn ctx(&self) -> crate::bind::Ctx<'_> {
        crate::bind::Ctx {
            model: &self.model,
            layout: &self.layout,
            theme: &self.theme,
            ids: &self.ids,
        }
    }

    /// Redraw for another theme; bound looks are recomputed and must be re-sent (`resync`).
    pub fn set_theme(&mut self, name: &str, stencils: &Registry) -> Result<()> {
        self.theme = Theme::by_name(name).ok_or_else(|| {
            Error::new(
                ErrorKind::Options,
                format!("unknown theme \"{}\": use light or dark", name),
            )
        })?;
        self.redraw(stencils);
        let ctx = crate::bind::Ctx {
            model: &self.model,
            layout: &self.layout,
            theme: &self.theme,
            ids: &self.ids,
        };
        self.engine.theme_changed(&ctx);
        Ok(())
    }

    pub fn set_bindings(&mut self, json: &str) -> crate::bind::Report {
        let ctx = crate::bind::Ctx {
            model: &self.model,
            layout: &self.layout,
            theme: &self.theme,
            ids: &self.ids,
        };
        self.engine.set_bindings(json, &ctx)
    }

    pub fn update(&mut self, input: crate::bind::Input) -> crate::bind::Patch {
        let ctx = crate::bind::Ctx {
            model: &self.model,
            layout: &self.layout,
            theme: &self.theme,
            ids: &self.ids,
        };
        let patch = self.engine.update(&ctx, input);
        self.live_behind = true;
        if !self.defer_live {
            self.catch_up_live();
        }
        patch
    }

    /// Run the analysis on the last update's data if `update` left it behind (`set_defer_live`).
    pub fn catch_up_live(&mut self) {
        if std::mem::take(&mut self.live_behind) {
            self.live.refresh(&self.model, &self.engine);
        }
    }

    /// Whether `update` leaves the analysis for `catch_up_live`; turning it off catches up.
    pub fn set_defer_live(&mut self, on: bool) {
        self.defer_live = on;
        if !on {
            self.catch_up_live();
        }
    }

    /// Size the value and time buffers for the next refresh and hand them out to be filled in
    /// place (the wasm host exposes them as Float64Array views: no copy of the data).
    /// Memory of the previous refresh is reused.
    pub fn prepare(&mut self, values_len: usize, times_len: usize) -> (&mut [f64], &mut [f64]) {
        const MAX: usize = 64 << 20;
        let (values_len, times_len) = (values_len.min(MAX), times_len.min(MAX));
        if self.prepared.0.capacity() == 0 {
            self.prepared.0 = std::mem::take(&mut self.engine.spare.0);
        }
        if self.prepared.1.capacity() == 0 {
            self.prepared.1 = std::mem::take(&mut self.engine.spare.1);
        }
        self.prepared.0.resize(values_len, f64::NAN);
        self.prepared.1.resize(times_len, f64::NAN);
        (&mut self.prepared.0, &mut self.prepared.1)
    }

    /// The prepared buffers as they are (no resizing).
    pub fn prepare_views(&mut self) -> (&[f64], &[f64]) {
        (&self.prepared.0, &self.prepared.1)
    }

    /// A refresh from the buffers filled after `prepare`.
    pub fn update_prepared(
        &mut self,
        frames: &str,
        now_ms: f64,
        from_ms: f64,
        to_ms: f64,
    ) -> crate::bind::Patch {
        let (values, times) = std::mem::take(&mut self.prepared);
        self.update(crate::bind::Input {
            frames,
            values,
            times,
            now_ms,
            from_ms,
            to_ms,
        })
    }

    /// Every bound look as ops against the drawn SVG (after the panel re-inserted it).
    pub fn resync(&mut self) -> crate::bind::Patch {
        let ctx = crate::bind::Ctx {
            model: &self.model,
            layout: &self.layout,
            theme: &self.theme,
            ids: &self.ids,
        };
        self.engine.resync(&ctx)
    }

    pub fn cell(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    pub fn tooltip(&self, id: &str) -> String {
        self.cell(id)
            .map(|c| crate::bind::tooltip::tooltip(&self.engine, &self.ctx(), c))
            .unwrap_or_default()
    }

    /// Links of a cell and messages for links dropped by the URL check.
    pub fn links(&self, id: &str) -> (Vec<crate::bind::links::Link>, Vec<String>) {
        self.cell(id)
            .map(|c| crate::bind::inspect::cell_links(&self.engine, &self.ctx(), c))
            .unwrap_or_default()
    }

    pub fn trace(&self, id: &str) -> Option<crate::bind::inspect::TraceTarget> {
        crate::bind::inspect::trace(&self.engine, &self.ctx(), self.cell(id)?)
    }

    pub fn state(&self, id: &str) -> Option<crate::bind::inspect::CellState> {
        crate::bind::inspect::cell_state(&self.engine, &self.ctx(), self.cell(id)?)
    }

    pub fn inspect(&self) -> crate::bind::inspect::Inspection {
        crate::bind::inspect::inspect(&self.engine, &self.ctx())
    }

    /// Vertices and edges for the picker and the inspector.
    pub fn cells(&self) -> Vec<CellInfo> {
        let m = &self.model;
        m.cells
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                matches!(
                    c.kind,
                    crate::model::CellKind::Vertex | crate::model::CellKind::Edge
                )
            })
            .map(|(i, c)| {
                let bounds = match c.kind {
                    crate::model::CellKind::Vertex => {
                        self.layout.bounds[i].map(|b| [b.x, b.y, b.width, b.height])
                    }
                    _ => self.layout.routes[i]
                        .as_ref()
                        .filter(|r| !r.is_empty())
                        .map(|r| {
                            let (mut x0, mut y0, mut x1, mut y1) = (
                                f64::INFINITY,
                                f64::INFINITY,
                                f64::NEG_INFINITY,
                                f64::NEG_INFINITY,
                            );
                            for p in r {
                                x0 = x0.min(p.x);
                                y0 = y0.min(p.y);
                                x1 = x1.max(p.x);
                                y1 = y1.max(p.y);
                            }
                            [x0, y0, x1 - x0, y1 - y0]
                        }),
                };
                CellInfo {
                    id: c.id.clone(),
                    kind: if c.kind == crate::model::CellKind::Edge {
                        "edge"
                    } else {
                        "vertex"
                    },
                    label: crate::bind::template::plain_label(c),
                    attrs: c.attrs.iter().cloned().collect(),
                    tags: c
                        .attr("tags")
                        .map(|t| t.split_whitespace().map(str::to_string).collect())
                        .unwrap_or_default(),
                    parent: c.parent.map(|p| m.cells[p].id.clone()),
                    bounds,
                }
            })
            .collect()
    }

    /// The diagram redrawn with the current bound looks as styles (colours, label text, edge
    /// widths) and nothing animated: for the CLI and image rendering.
    pub fn bound_svg(&self, stencils: &Registry) -> String {
        let ctx = self.ctx();
        let mut model = self.model.clone();
        for &cell in &self.engine.bound {
            let v = self.engine.visual(&ctx, cell);
            let c = &mut model.cells[cell];
            let mut set = |k: &str, col: &Option<crate::style::Color>| {
                if let Some(col) = col {
                    c.style.set(k, col.as_str());
                }
            };
            set("fillColor", &v.fill);
            set("strokeColor", &v.stroke);
            set("gradientColor", &v.gradient);
            set("fontColor", &v.label.font);
            set("labelBackgroundColor", &v.label.background);
            set("labelBorderColor", &v.label.border);
            set("imageBackground", &v.image_background);
            set("imageBorder", &v.image_border);
            if let Some(w) = v.width {
                c.style.set("strokeWidth", &crate::render::svg::num(w));
            }
            if let Some(t) = v.label.text {
                c.label = t;
            }
        }
        crate::render::render_svg_with(&model, &self.layout, &self.theme, self.border, stencils).svg
    }

    /// What the panel shows in render mode: the drawing with its data and the analysis overlay
    /// (the layer appended last, cells not lit dimmed as the panel's stylesheet does). For images
    /// made without a browser.
    pub fn live_svg(&self, stencils: &Registry) -> String {
        let svg = self.bound_svg(stencils);
        let overlay = self.live.drawn(&self.model, &self.layout);
        if overlay.mode == "none" {
            return svg;
        }
        let lit: std::collections::HashSet<String> =
            overlay.lit.iter().filter_map(|&c| self.model.cells.get(c)).map(|c| crate::render::svg::esc_attr(&c.id)).collect();
        let svg = if overlay.dim { dim_unlit(&svg, &lit) } else { svg };
        let Some(end) = svg.rfind("</svg>") else { return svg };
        format!("{}<g class=\"fl-analysis\" pointer-events=\"none\">{}</g>{}", &svg[..end], overlay.svg, &svg[end..])
    }
}

/// `opacity="0.3"` on every cell group not in `lit` (ids as escaped in the SVG): the panel's
/// `svg.fl-an-dim g[data-cell-id]:not(.fl-an-lit)` rule, for renderers without CSS selectors.
fn dim_unlit(svg: &str, lit: &std::collections::HashSet<String>) -> String {
    const OPEN: &str = "<g data-cell-id=\"";
    let mut out = String::with_capacity(svg.len() + svg.len() / 16);
    let mut rest = svg;
    while let Some(i) = rest.find(OPEN) {
        let after = &rest[i + OPEN.len()..];
        let Some(q) = after.find('"') else { break };
        let id = &after[..q];
        out.push_str(&rest[..i + OPEN.len() + q + 1]);
        if !lit.contains(id) {
            out.push_str(" opacity=\"0.3\"");
        }
        rest = &after[q + 1..];
    }
    out.push_str(rest);
    out
}
