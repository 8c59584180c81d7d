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
            format!("page {} does not exist: the diagram has {} page(s)", i, pages.len()),
        )),
        Some(PageSel::Name(n)) => pages.iter().position(|p| &p.name == n).ok_or_else(|| {
            let names: Vec<&str> = pages.iter().map(|p| p.name.as_str()).collect();
            Error::new(ErrorKind::Page, format!("no page named \"{}\"; pages are: {}", n, names.join(", ")))
        }),
    }
}

/// Decode, pick the page and build its model.
pub fn load_model(input: &[u8], page: Option<&PageSel>) -> Result<(Vec<PageSource>, usize, Model)> {
    let pages = decode::extract_pages(input)?;
    let index = select_page(&pages, page)?;
    let ctx = PageContext { page_name: pages[index].name.clone(), page_number: index + 1, page_count: pages.len() };
    let model = model::parse_model(&pages[index].xml, &Stylesheet::default(), &ctx, &Limits::default())?;
    Ok((pages, index, model))
}

pub fn theme_of(opts: &RenderOptions) -> Result<Theme> {
    match opts.theme.as_deref() {
        None => Ok(Theme::light()),
        Some(name) => Theme::by_name(name)
            .ok_or_else(|| Error::new(ErrorKind::Options, format!("unknown theme \"{}\": use light or dark", name))),
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
            .map(|(i, p)| PageInfo { index: i, id: p.id.clone(), name: p.name.clone() })
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
    let (_, _, model) = load_model(input, opts.page.as_ref())?;
    Ok(crate::stencil::required_packs(&model, stencils))
}
