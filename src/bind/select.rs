//! Selectors, compiled once: which cells a binding targets (resolved against the diagram when
//! the bindings are set) and which series feed each of those cells (templated per cell, matched
//! again only when the set of series changes).

use super::ingest::SeriesMeta;
use super::json::{child, index, one_line, Issues, Obj};
use super::literal::{self, Lits, TextShape};
use super::pattern;
use super::template::{cell_var, plain_label, Template, Var};
use crate::model::{CellKind, Model};
use regex_lite::Regex;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;

// ---------------------------------------------------------------- cells

#[derive(Debug, Clone)]
enum AttrTest {
    Present,
    Exact(String),
    Regex(CellRe),
}

/// A cell selector's regex with what its source says about literal text (`plain_lits`,
/// `plain_shape`, `plain_suffix`): a literal set or one literal text is compared, not compiled
/// or run; the prefixes and ending of every match rule most text out before the regex runs.
#[derive(Debug, Clone)]
struct CellRe {
    /// None for a literal set or text.
    re: Option<Regex>,
    lits: Lits,
    shape: Option<TextShape>,
    suffix: Option<String>,
}

impl CellRe {
    fn is_match(&self, s: &str) -> bool {
        match (&self.lits, &self.shape, &self.re) {
            (Lits::Exact(v), _, _) => v.iter().any(|x| x == s),
            (_, Some(t), _) => t.is_match(s),
            (_, _, None) => false,
            (lits, _, Some(re)) => {
                (match lits {
                    Lits::Prefix(p) => p.iter().any(|x| s.starts_with(x.as_str())),
                    _ => true,
                }) && self.suffix.as_ref().is_none_or(|e| s.ends_with(e.as_str()))
                    && re.is_match(s)
            }
        }
    }
}

#[derive(Debug, Clone, Default)]
struct CellSel {
    ids: Vec<String>,
    id_re: Option<CellRe>,
    labels: Vec<String>,
    label_re: Option<CellRe>,
    attrs: Vec<(String, AttrTest)>,
    tags: Vec<String>,
    container: Option<String>,
    kind: Option<CellKind>,
}

/// One string or an array of strings.
fn strings(v: &Value, path: &str, errs: &mut Issues) -> Option<Vec<String>> {
    match v {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Number(n) => Some(vec![n.to_string()]),
        Value::Array(a) => {
            let mut out = Vec::new();
            for (i, x) in a.iter().enumerate().take(10_000) {
                match x {
                    Value::String(s) => out.push(s.clone()),
                    Value::Number(n) => out.push(n.to_string()),
                    _ => errs.push(&index(path, i), "expected a string"),
                }
            }
            Some(out)
        }
        _ => {
            errs.push(path, "expected a string or an array of strings");
            None
        }
    }
}

/// A pattern's body when what its source says about literal text can stand in for the
/// compiled regex: no flags that change matching, not too long, and read by the compiler as
/// `literal` reads it (`literal::plain`).
fn plain_body(src: &str) -> Option<&str> {
    let (body, flags) = pattern::split_js(src);
    (src.len() <= pattern::MAX_PATTERN_LEN
        && flags.chars().all(|f| matches!(f, 'g' | 'u' | 'y' | 'd'))
        && literal::plain(body))
    .then_some(body)
}

/// What a plain pattern says about the text it matches (`Lits::Any` for others).
fn plain_lits(src: &str) -> Lits {
    plain_body(src).map_or(Lits::Any, literal::analyze)
}

/// A plain pattern that is one literal text, anchored or not.
fn plain_shape(src: &str) -> Option<TextShape> {
    plain_body(src).and_then(literal::shape)
}

/// The literal text every match of a plain pattern ends with, if any.
fn plain_suffix(src: &str) -> Option<String> {
    plain_body(src).and_then(literal::suffix)
}

/// Whether a pattern is a plain literal set or text: it compiles, so it need not be compiled
/// to be checked, and it is matched without a regex.
fn is_literal(src: &str) -> bool {
    plain_body(src).is_some_and(|b| {
        matches!(literal::analyze(b), Lits::Exact(_)) || literal::shape(b).is_some()
    })
}

fn regex_at(o: &Obj, key: &str, errs: &mut Issues) -> Option<CellRe> {
    let src = o.str(key, errs)?;
    let lits = plain_lits(src);
    let shape = plain_shape(src);
    if matches!(lits, Lits::Exact(_)) || shape.is_some() {
        return Some(CellRe {
            re: None,
            lits,
            shape,
            suffix: None,
        });
    }
    match pattern::compile(src) {
        Ok(r) => Some(CellRe {
            re: Some(r),
            lits,
            shape,
            suffix: plain_suffix(src),
        }),
        Err(e) => {
            errs.push(&o.at(key), e);
            None
        }
    }
}

const CELL_KEYS: &[&str] = &[
    "id",
    "idRegex",
    "label",
    "labelRegex",
    "attr",
    "tag",
    "container",
    "kind",
];

fn compile_cell_sel(v: &Value, path: &str, errs: &mut Issues) -> Option<CellSel> {
    if let Value::String(id) = v {
        return Some(CellSel {
            ids: vec![id.clone()],
            ..Default::default()
        });
    }
    let o = Obj::new(v, path, CELL_KEYS, errs)?;
    let mut s = CellSel::default();
    if let Some(x) = o.get("id") {
        s.ids = strings(x, &o.at("id"), errs)?;
    }
    s.id_re = regex_at(&o, "idRegex", errs);
    if let Some(x) = o.get("label") {
        s.labels = strings(x, &o.at("label"), errs)?;
    }
    s.label_re = regex_at(&o, "labelRegex", errs);
    if let Some(x) = o.get("tag") {
        s.tags = strings(x, &o.at("tag"), errs)?;
    }
    s.container = o.text("container", errs);
    s.kind = match o.choice("kind", &["vertex", "edge"], errs) {
        Some("vertex") => Some(CellKind::Vertex),
        Some("edge") => Some(CellKind::Edge),
        _ => None,
    };
    if let Some(a) = o.get("attr") {
        let ap = o.at("attr");
        let Value::Object(map) = a else {
            errs.push(
                &ap,
                "expected an object of attribute tests, e.g. {\"service\": \"*\"}",
            );
            return None;
        };
        for (k, t) in map {
            let tp = child(&ap, k);
            let test = match t {
                Value::String(x) if x == "*" => AttrTest::Present,
                Value::String(x) => AttrTest::Exact(x.clone()),
                Value::Number(n) => AttrTest::Exact(n.to_string()),
                Value::Object(_) => {
                    let to = Obj::new(t, &tp, &["regex"], errs)?;
                    AttrTest::Regex(regex_at(&to, "regex", errs)?)
                }
                _ => {
                    errs.push(&tp, "expected a value, \"*\" or {\"regex\": …}");
                    continue;
                }
            };
            s.attrs.push((k.clone(), test));
        }
    }
    Some(s)
}

/// The diagram's cells as selectors look them up: by id, and by id prefix (ids sorted once per
/// compile, when a selector first needs them).
pub struct Cells<'a> {
    pub model: &'a Model,
    pub ids: &'a HashMap<String, usize>,
    sorted_ids: Option<Vec<(&'a str, u32)>>,
}

impl<'a> Cells<'a> {
    pub fn new(model: &'a Model, ids: &'a HashMap<String, usize>) -> Cells<'a> {
        Cells {
            model,
            ids,
            sorted_ids: None,
        }
    }

    /// Cells whose id starts with one of `prefixes` (every cell, not just the first of an id).
    fn with_id_prefix(&mut self, prefixes: &[String]) -> Vec<usize> {
        let model = self.model;
        let sorted = self.sorted_ids.get_or_insert_with(|| {
            let mut v: Vec<(&str, u32)> = (model.cells.iter().enumerate())
                .map(|(i, c)| (c.id.as_str(), i as u32))
                .collect();
            v.sort_unstable();
            v
        });
        let mut out = Vec::new();
        prefix_range(sorted, prefixes, &mut out);
        out.into_iter().map(|i| i as usize).collect()
    }
}

/// `cells`: an id, a selector object, or an array of them (any of). Returns the matched cells
/// in document order.
pub fn select_cells(
    v: &Value,
    path: &str,
    cells: &mut Cells,
    errs: &mut Issues,
) -> Option<Vec<usize>> {
    let sels: Vec<CellSel> = match v {
        Value::Array(items) => {
            let before = errs.len();
            let s: Vec<CellSel> = items
                .iter()
                .enumerate()
                .take(1000)
                .filter_map(|(i, x)| compile_cell_sel(x, &index(path, i), errs))
                .collect();
            if errs.len() > before {
                return None;
            }
            s
        }
        other => vec![compile_cell_sel(other, path, errs)?],
    };
    let mut hit: Vec<usize> = Vec::new();
    for s in &sels {
        let model = cells.model;
        hit.extend(
            candidates(s, cells)
                .into_iter()
                .filter(|&i| matches_cell(s, model, i)),
        );
    }
    hit.sort_unstable();
    hit.dedup();
    Some(hit)
}

/// Cells worth testing: an id list is looked up directly, an id regex's literal strings or
/// prefixes in the sorted ids, a container narrows to its subtree.
fn candidates(s: &CellSel, cells: &mut Cells) -> Vec<usize> {
    let (model, ids) = (cells.model, cells.ids);
    if !s.ids.is_empty() {
        return s.ids.iter().filter_map(|id| ids.get(id).copied()).collect();
    }
    if let (
        Some(CellRe {
            lits: Lits::Exact(p) | Lits::Prefix(p),
            ..
        }),
        None,
    ) = (&s.id_re, &s.container)
    {
        return cells.with_id_prefix(p);
    }
    if let Some(c) = &s.container {
        let roots: Vec<usize> = match ids.get(c) {
            Some(&i) => vec![i],
            None => (0..model.cells.len())
                .filter(|&i| {
                    model.cells[i].kind == CellKind::Vertex && plain_label(&model.cells[i]) == *c
                })
                .collect(),
        };
        let mut out = Vec::new();
        let mut stack: Vec<usize> = roots
            .iter()
            .flat_map(|&r| model.cells[r].children.iter().copied())
            .collect();
        while let Some(i) = stack.pop() {
            out.push(i);
            stack.extend(model.cells[i].children.iter().copied());
        }
        return out;
    }
    (0..model.cells.len()).collect()
}

/// Every test of the selector (all must pass), the cheap ones first: most cells fail one of
/// those before any regex runs.
fn matches_cell(s: &CellSel, model: &Model, i: usize) -> bool {
    let c = &model.cells[i];
    if !matches!(c.kind, CellKind::Vertex | CellKind::Edge) {
        return false;
    }
    if s.kind.is_some_and(|k| k != c.kind) {
        return false;
    }
    if !s.ids.is_empty() && !s.ids.contains(&c.id) {
        return false;
    }
    if !s.tags.is_empty() {
        let tags = c.attr("tags").unwrap_or("");
        if !tags
            .split_whitespace()
            .any(|t| s.tags.iter().any(|x| x == t))
        {
            return false;
        }
    }
    let attr_ok = |regex: bool| {
        s.attrs.iter().all(|(k, t)| match (c.attr(k), t) {
            (None, _) => false,
            (Some(_), AttrTest::Regex(_)) if !regex => true,
            (Some(_), AttrTest::Present) => true,
            (Some(v), AttrTest::Exact(x)) => v == x,
            (Some(v), AttrTest::Regex(r)) => r.is_match(v),
        })
    };
    if !attr_ok(false) {
        return false;
    }
    if s.id_re.as_ref().is_some_and(|r| !r.is_match(&c.id)) {
        return false;
    }
    if !s.labels.is_empty() || s.label_re.is_some() {
        let label = plain_label(c);
        if !s.labels.is_empty() && !s.labels.contains(&label) {
            return false;
        }
        if s.label_re.as_ref().is_some_and(|r| !r.is_match(&label)) {
            return false;
        }
    }
    attr_ok(true)
}

// ---------------------------------------------------------------- series

#[derive(Debug, Clone)]
enum Text {
    Fixed(String),
    Cell(Template),
}

#[derive(Debug, Clone)]
enum Re {
    /// The compiled test, and its source (for the benchmark's naive baseline).
    Fixed(TextTest, String),
    /// Expanded per cell (cell values regex-escaped), then compiled unless it is a literal.
    Cell(Template),
}

/// A compiled text test: a finite set of strings or one literal text (a literal regex needs no
/// regex), or a regex; with what the source says about literal prefixes (for the series index).
#[derive(Debug, Clone)]
pub enum TextTest {
    Set(Arc<Vec<String>>),
    Text(Arc<TextShape>, Arc<Lits>),
    /// With the literal text every match ends with, if any (checked first).
    Regex(Arc<Regex>, Arc<Lits>, Option<Arc<str>>),
}

impl TextTest {
    pub fn is_match(&self, s: &str) -> bool {
        match self {
            TextTest::Set(v) => v.iter().any(|x| x == s),
            TextTest::Text(t, _) => t.is_match(s),
            TextTest::Regex(r, _, end) => {
                end.as_ref().is_none_or(|e| s.ends_with(&**e)) && r.is_match(s)
            }
        }
    }
}

/// A regex source as a test; compiled regexes are shared through `cache`.
fn text_test(src: &str, cache: &mut HashMap<String, Arc<Regex>>) -> Result<TextTest, String> {
    let (body, flags) = pattern::split_js(src);
    let lits = if flags.chars().all(|f| matches!(f, 'g' | 'u' | 'y' | 'd')) {
        literal::analyze(body)
    } else {
        Lits::Any
    };
    if let Lits::Exact(v) = lits {
        return Ok(TextTest::Set(Arc::new(v)));
    }
    if let Some(t) = plain_shape(src) {
        return Ok(TextTest::Text(Arc::new(t), Arc::new(lits)));
    }
    let re = match cache.get(src) {
        Some(r) => r.clone(),
        None => {
            let r = Arc::new(pattern::compile(src)?);
            cache.insert(src.to_string(), r.clone());
            r
        }
    };
    let end = plain_suffix(src).map(Arc::from);
    Ok(TextTest::Regex(re, Arc::new(lits), end))
}

#[derive(Debug, Clone)]
enum LabelSpec {
    Present,
    Exact(Text),
    Regex(Re),
}

/// A binding's `series` selector, before expansion for a cell.
#[derive(Debug, Clone, Default)]
pub struct SeriesSpec {
    name: Option<Text>,
    name_re: Option<Re>,
    display: Option<Text>,
    display_re: Option<Re>,
    field: Option<Text>,
    ref_ids: Arc<Vec<String>>,
    labels: Vec<(String, LabelSpec)>,
    per_cell: bool,
}

const SERIES_KEYS: &[&str] = &[
    "name",
    "nameRegex",
    "displayName",
    "displayNameRegex",
    "labels",
    "refId",
    "field",
];

fn text_of(s: &str) -> Text {
    let t = Template::parse(s);
    if t.uses_cell() {
        Text::Cell(t)
    } else {
        Text::Fixed(s.to_string())
    }
}

fn re_of(s: &str, path: &str, errs: &mut Issues) -> Option<Re> {
    let t = Template::parse(s);
    if t.uses_cell() {
        // Check the shape now with a neutral stand-in, so errors show when the bindings are set
        // (a plain literal set or text compiles: no need to).
        let probe = t.expand(&|_| Some("x".into()), &|x| regex_lite::escape(x));
        if !is_literal(&probe) {
            if let Err(e) = pattern::compile(&probe) {
                errs.push(path, e);
                return None;
            }
        }
        return Some(Re::Cell(t));
    }
    // Compile once to report errors even when the pattern turns out to be a literal, unless it
    // is a plain one (which compiles); the test below reuses it.
    let mut compiled = HashMap::new();
    if !is_literal(s) {
        match pattern::compile(s) {
            Ok(r) => {
                compiled.insert(s.to_string(), Arc::new(r));
            }
            Err(e) => {
                errs.push(path, e);
                return None;
            }
        }
    }
    match text_test(s, &mut compiled) {
        Ok(t) => Some(Re::Fixed(t, s.to_string())),
        Err(e) => {
            errs.push(path, e);
            None
        }
    }
}

impl SeriesSpec {
    pub fn compile(v: &Value, path: &str, errs: &mut Issues) -> Option<SeriesSpec> {
        let o = Obj::new(v, path, SERIES_KEYS, errs)?;
        let before = errs.len();
        let mut s = SeriesSpec {
            name: o.text("name", errs).map(|x| text_of(&x)),
            display: o.text("displayName", errs).map(|x| text_of(&x)),
            field: o.text("field", errs).map(|x| text_of(&x)),
            ..Default::default()
        };
        if let Some(x) = o.str("nameRegex", errs) {
            s.name_re = re_of(x, &o.at("nameRegex"), errs);
        }
        if let Some(x) = o.str("displayNameRegex", errs) {
            s.display_re = re_of(x, &o.at("displayNameRegex"), errs);
        }
        if let Some(x) = o.get("refId") {
            s.ref_ids = Arc::new(strings(x, &o.at("refId"), errs).unwrap_or_default());
        }
        if let Some(l) = o.get("labels") {
            let lp = o.at("labels");
            match l {
                Value::Object(map) => {
                    for (k, t) in map.iter().take(64) {
                        let tp = child(&lp, k);
                        let spec = match t {
                            Value::String(x) if x == "*" => LabelSpec::Present,
                            Value::String(x) => LabelSpec::Exact(text_of(x)),
                            Value::Number(n) => LabelSpec::Exact(Text::Fixed(n.to_string())),
                            Value::Object(_) => {
                                let Some(to) = Obj::new(t, &tp, &["regex"], errs) else {
                                    continue;
                                };
                                match to.str("regex", errs) {
                                    Some(r) => match re_of(r, &to.at("regex"), errs) {
                                        Some(re) => LabelSpec::Regex(re),
                                        None => continue,
                                    },
                                    None => {
                                        errs.push(&tp, "expected {\"regex\": …}");
                                        continue;
                                    }
                                }
                            }
                            _ => {
                                errs.push(&tp, "expected a value, \"*\" or {\"regex\": …}");
                                continue;
                            }
                        };
                        s.labels.push((k.clone(), spec));
                    }
                }
                _ => errs.push(&lp, "expected an object of label tests"),
            }
        }
        s.per_cell = matches!(s.name, Some(Text::Cell(_)))
            || matches!(s.display, Some(Text::Cell(_)))
            || matches!(s.field, Some(Text::Cell(_)))
            || matches!(s.name_re, Some(Re::Cell(_)))
            || matches!(s.display_re, Some(Re::Cell(_)))
            || s.labels.iter().any(|(_, l)| {
                matches!(
                    l,
                    LabelSpec::Exact(Text::Cell(_)) | LabelSpec::Regex(Re::Cell(_))
                )
            });
        (errs.len() == before).then_some(s)
    }

    /// Whether the selector differs per cell (uses `${cell.…}`).
    pub fn per_cell(&self) -> bool {
        self.per_cell
    }

    /// Err naming a cell variable the cell lacks (nothing is compiled).
    pub fn check_cell(&self, model: &Model, cell: usize) -> Result<(), String> {
        let missing = std::cell::RefCell::new(None::<String>);
        let check = |t: &Template| {
            t.expand(
                &|v| {
                    let r = cell_var(model, cell, v);
                    if r.is_none() && missing.borrow().is_none() {
                        *missing.borrow_mut() = Some(match v {
                            Var::CellAttr(a) => format!("the cell has no attribute \"{}\"", a),
                            _ => "the cell has no such variable".into(),
                        });
                    }
                    r
                },
                &|x| x.to_string(),
            );
        };
        for t in [&self.name, &self.display, &self.field]
            .into_iter()
            .flatten()
        {
            if let Text::Cell(tp) = t {
                check(tp);
            }
        }
        for r in [&self.name_re, &self.display_re].into_iter().flatten() {
            if let Re::Cell(tp) = r {
                check(tp);
            }
        }
        for (_, l) in &self.labels {
            match l {
                LabelSpec::Exact(Text::Cell(tp)) | LabelSpec::Regex(Re::Cell(tp)) => check(tp),
                _ => {}
            }
        }
        match missing.into_inner() {
            Some(m) => Err(m),
            None => Ok(()),
        }
    }

    /// The concrete matcher for one cell. Err names a cell variable the cell lacks. Regexes
    /// expanded per cell are shared through `cache`; with no cache (the benchmark's naive
    /// baseline, what Flowcharting did) every regex is compiled afresh and always run.
    pub fn for_cell(
        &self,
        model: &Model,
        cell: Option<usize>,
        mut cache: Option<&mut HashMap<String, Arc<Regex>>>,
    ) -> Result<Matcher, String> {
        let missing = std::cell::RefCell::new(None::<String>);
        let lookup = |v: &Var| {
            let r = cell.and_then(|c| cell_var(model, c, v));
            if r.is_none() {
                let name = match v {
                    Var::CellAttr(a) => format!("attribute \"{}\"", a),
                    _ => "that variable".into(),
                };
                missing.borrow_mut().get_or_insert(name);
            }
            r
        };
        let text = |t: &Text| -> String {
            match t {
                Text::Fixed(s) => s.clone(),
                Text::Cell(tp) => tp.expand(&lookup, &|x| x.to_string()),
            }
        };
        let mut re = |r: &Re| -> Result<TextTest, String> {
            let src = match r {
                Re::Fixed(x, _) if cache.is_some() => return Ok(x.clone()),
                Re::Fixed(_, src) => src.clone(),
                Re::Cell(tp) => tp.expand(&lookup, &|x| regex_lite::escape(x)),
            };
            match cache.as_deref_mut() {
                Some(c) => text_test(&src, c),
                None => Ok(TextTest::Regex(
                    Arc::new(pattern::compile(&src)?),
                    Arc::new(Lits::Any),
                    None,
                )),
            }
        };
        let name_re = self.name_re.as_ref().map(&mut re).transpose()?;
        let display_re = self.display_re.as_ref().map(&mut re).transpose()?;
        let mut labels = Vec::with_capacity(self.labels.len());
        for (k, l) in &self.labels {
            let m = match l {
                LabelSpec::Present => LabelMatch::Present,
                LabelSpec::Exact(t) => LabelMatch::Exact(text(t)),
                LabelSpec::Regex(r) => LabelMatch::Regex(re(r)?),
            };
            labels.push((k.clone(), m));
        }
        let m = Matcher {
            name: self.name.as_ref().map(text),
            name_re,
            display: self.display.as_ref().map(text),
            display_re,
            field: self.field.as_ref().map(text),
            ref_ids: self.ref_ids.clone(),
            labels,
        };
        match missing.into_inner() {
            Some(what) => Err(format!("the cell has no {}", what)),
            None => Ok(m),
        }
    }
}

#[derive(Debug, Clone)]
pub enum LabelMatch {
    Present,
    Exact(String),
    Regex(TextTest),
}

/// A series selector with every template expanded: tested against series metadata.
#[derive(Debug, Clone)]
pub struct Matcher {
    name: Option<String>,
    name_re: Option<TextTest>,
    display: Option<String>,
    display_re: Option<TextTest>,
    field: Option<String>,
    ref_ids: Arc<Vec<String>>,
    labels: Vec<(String, LabelMatch)>,
}

impl Matcher {
    pub fn matches(&self, s: &SeriesMeta) -> bool {
        if !self.ref_ids.is_empty() && !self.ref_ids.iter().any(|r| *r == s.ref_id) {
            return false;
        }
        if let Some(n) = &self.name {
            if s.frame != *n && s.field != *n {
                return false;
            }
        }
        if let Some(r) = &self.name_re {
            if !r.is_match(&s.frame) && !r.is_match(&s.field) {
                return false;
            }
        }
        if self.display.as_ref().is_some_and(|d| s.display != *d) {
            return false;
        }
        if self
            .display_re
            .as_ref()
            .is_some_and(|r| !r.is_match(&s.display))
        {
            return false;
        }
        if self.field.as_ref().is_some_and(|f| s.field != *f) {
            return false;
        }
        for (k, m) in &self.labels {
            let Some(v) = s.label(k) else { return false };
            let ok = match m {
                LabelMatch::Present => true,
                LabelMatch::Exact(x) => v == x,
                LabelMatch::Regex(r) => r.is_match(v),
            };
            if !ok {
                return false;
            }
        }
        true
    }

    /// The label keys this matcher looks up exactly (for the series index).
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(n) = &self.name {
            parts.push(format!("name={}", one_line(n)));
        }
        if let Some(d) = &self.display {
            parts.push(format!("displayName={}", one_line(d)));
        }
        for (k, m) in &self.labels {
            if let LabelMatch::Exact(v) = m {
                parts.push(format!("{}={}", k, one_line(v)));
            }
        }
        parts.join(", ")
    }
}

/// Lookup tables over the current series, built when a matcher first needs them (once per
/// change of the series set), borrowing the series' text.
pub struct SeriesIndex<'a> {
    series: &'a [&'a SeriesMeta],
    all: Vec<u32>,
    by_label: HashMap<String, HashMap<&'a str, Vec<u32>>>,
    by_name: Option<HashMap<&'a str, Vec<u32>>>,
    by_display: Option<HashMap<&'a str, Vec<u32>>>,
    /// Sorted (text, series) for prefix ranges.
    sorted_names: Option<Vec<(&'a str, u32)>>,
    sorted_display: Option<Vec<(&'a str, u32)>>,
}

fn names_of(s: &SeriesMeta) -> impl Iterator<Item = &str> {
    std::iter::once(s.field.as_str()).chain((s.frame != s.field).then_some(s.frame.as_str()))
}

fn prefix_range(sorted: &[(&str, u32)], prefixes: &[String], out: &mut Vec<u32>) {
    for p in prefixes {
        let start = sorted.partition_point(|(t, _)| *t < p.as_str());
        out.extend(
            sorted[start..]
                .iter()
                .take_while(|(t, _)| t.starts_with(p.as_str()))
                .map(|(_, i)| *i),
        );
    }
}

fn union(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v.dedup();
    v
}

fn bucket<'m>(map: &'m HashMap<&str, Vec<u32>>, key: &str) -> &'m [u32] {
    map.get(key).map_or(&[], |v| v.as_slice())
}

fn by_text<'a, I: IntoIterator<Item = &'a str>>(
    series: &'a [&'a SeriesMeta],
    texts: impl Fn(&'a SeriesMeta) -> I,
) -> HashMap<&'a str, Vec<u32>> {
    let mut map: HashMap<&str, Vec<u32>> = HashMap::with_capacity(series.len());
    for (i, s) in series.iter().enumerate() {
        for t in texts(s) {
            map.entry(t).or_default().push(i as u32);
        }
    }
    map
}

fn sorted_by<'a, I: IntoIterator<Item = &'a str>>(
    series: &'a [&'a SeriesMeta],
    texts: impl Fn(&'a SeriesMeta) -> I,
) -> Vec<(&'a str, u32)> {
    let mut v: Vec<(&str, u32)> = series
        .iter()
        .enumerate()
        .flat_map(|(i, s)| texts(s).into_iter().map(move |t| (t, i as u32)))
        .collect();
    v.sort_unstable();
    v
}

impl<'a> SeriesIndex<'a> {
    pub fn new(series: &'a [&'a SeriesMeta]) -> SeriesIndex<'a> {
        SeriesIndex {
            series,
            all: (0..series.len() as u32).collect(),
            by_label: HashMap::new(),
            by_name: None,
            by_display: None,
            sorted_names: None,
            sorted_display: None,
        }
    }

    /// The series a matcher matches, ascending.
    pub fn matching(&mut self, m: &Matcher) -> Vec<u32> {
        let series = self.series;
        let candidates = self.candidates(m);
        // Most candidates match (they come from exact lookups): room for them at once.
        let mut out = Vec::with_capacity(candidates.len().min(1024));
        out.extend(
            candidates
                .iter()
                .copied()
                .filter(|&s| m.matches(series[s as usize])),
        );
        out
    }

    /// Candidate series for a matcher (a superset of its matches, ascending): the smallest of
    /// its exact lookups (a label, the name or display name, a regex that is a literal set),
    /// else the prefixes its regexes start with, else every series.
    fn candidates(&mut self, m: &Matcher) -> std::borrow::Cow<'_, [u32]> {
        use std::borrow::Cow;
        let series = self.series;
        for (k, l) in &m.labels {
            if matches!(l, LabelMatch::Exact(_)) && !self.by_label.contains_key(k) {
                let map = by_text(series, |s| s.label(k));
                self.by_label.insert(k.clone(), map);
            }
        }
        if m.name.is_some() || matches!(m.name_re, Some(TextTest::Set(_))) {
            self.by_name
                .get_or_insert_with(|| by_text(series, names_of));
        }
        if m.display.is_some() || matches!(m.display_re, Some(TextTest::Set(_))) {
            self.by_display
                .get_or_insert_with(|| by_text(series, |s| Some(s.display.as_str())));
        }
        // Each exact lookup as its buckets (one per text it accepts); the fewest series win.
        let mut lookups: Vec<Vec<&[u32]>> = Vec::new();
        for (k, l) in &m.labels {
            if let (LabelMatch::Exact(v), Some(map)) = (l, self.by_label.get(k)) {
                lookups.push(vec![bucket(map, v)]);
            }
        }
        if let Some(map) = &self.by_display {
            if let Some(d) = &m.display {
                lookups.push(vec![bucket(map, d)]);
            }
            if let Some(TextTest::Set(v)) = &m.display_re {
                lookups.push(v.iter().map(|t| bucket(map, t)).collect());
            }
        }
        if let Some(map) = &self.by_name {
            if let Some(n) = &m.name {
                lookups.push(vec![bucket(map, n)]);
            }
            if let Some(TextTest::Set(v)) = &m.name_re {
                lookups.push(v.iter().map(|t| bucket(map, t)).collect());
            }
        }
        let fewest = lookups
            .into_iter()
            .min_by_key(|b| b.iter().map(|x| x.len()).sum::<usize>());
        if let Some(buckets) = fewest {
            return match buckets.as_slice() {
                [one] => Cow::Borrowed(*one),
                more => Cow::Owned(union(more.concat())),
            };
        }
        let prefixes = |r: &Option<TextTest>| match r {
            Some(TextTest::Regex(_, l, _) | TextTest::Text(_, l)) => match l.as_ref() {
                Lits::Prefix(p) => Some(p.clone()),
                _ => None,
            },
            _ => None,
        };
        if let Some(p) = prefixes(&m.display_re) {
            let sorted = self
                .sorted_display
                .get_or_insert_with(|| sorted_by(series, |s| Some(s.display.as_str())));
            let mut out = Vec::new();
            prefix_range(sorted, &p, &mut out);
            return Cow::Owned(union(out));
        }
        if let Some(p) = prefixes(&m.name_re) {
            let sorted = self
                .sorted_names
                .get_or_insert_with(|| sorted_by(series, names_of));
            let mut out = Vec::new();
            prefix_range(sorted, &p, &mut out);
            return Cow::Owned(union(out));
        }
        Cow::Borrowed(&self.all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// 30 vertices v0…v29 (service=svc-N, tags tierN%3; v25…v29 in group g) and edges e0…e9.
    fn model() -> (Model, HashMap<String, usize>) {
        let mut xml = String::from(
            r#"<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="g" value="Group" style="group" vertex="1" parent="1"><mxGeometry width="100" height="100" as="geometry"/></mxCell>"#,
        );
        for i in 0..30 {
            let parent = if i >= 25 { "g" } else { "1" };
            xml.push_str(&format!(r#"<UserObject id="v{i}" label="Svc {i}" service="svc-{i}" tags="tier{}"><mxCell vertex="1" parent="{parent}"><mxGeometry width="10" height="10" as="geometry"/></mxCell></UserObject>"#, i % 3));
        }
        for e in 0..10 {
            xml.push_str(&format!(r#"<mxCell id="e{e}" edge="1" source="v{e}" target="v{}" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>"#, e + 1));
        }
        xml.push_str("</root></mxGraphModel>");
        super::super::compile::test_model(&xml)
    }

    fn cells_of(sel: Value) -> (Vec<String>, Vec<Issue>) {
        let (m, ids) = model();
        let mut errs = Issues::default();
        let got =
            select_cells(&sel, "cells", &mut Cells::new(&m, &ids), &mut errs).unwrap_or_default();
        (
            got.iter().map(|&i| m.cells[i].id.clone()).collect(),
            errs.list,
        )
    }

    use super::super::json::Issue;

    #[test]
    fn cell_regexes_that_are_literals_are_not_compiled() {
        let cell_re = |src: &str| {
            let v = json!({ "idRegex": src });
            compile_cell_sel(&v, "cells", &mut Issues::default())
                .unwrap()
                .id_re
                .unwrap()
        };
        assert!(cell_re("^v(1|2)$").re.is_none(), "a literal set: looked up");
        assert!(
            cell_re("1$").re.is_none() && cell_re("1$").shape.is_some(),
            "one text: compared"
        );
        assert!(matches!(cell_re("^v1\\d?$").lits, Lits::Prefix(_)));
        assert!(cell_re("^v1\\d?$").re.is_some());
        assert_eq!(cell_re("^v\\d+-a$").suffix.as_deref(), Some("-a"));
        assert_eq!(cell_re("/^v\\d+-a$/i").suffix, None);
        // Not for flags or escapes the compiler reads its own way: the regex decides.
        assert!(cell_re("/^V1$/i").re.is_some() && matches!(cell_re("/^V1$/i").lits, Lits::Any));
        assert!(cell_re("^v\\<1$").re.is_some() && matches!(cell_re("^v\\<1$").lits, Lits::Any));
        // Each selects what the regex alone selects, in document order.
        let (m, _) = model();
        for src in [
            "^v(1|2)$",
            "^v1\\d?$",
            "^e[0-3]$",
            "/^V1$/i",
            "^(v2|e2)$",
            "^v\\<1$",
            "1$",
        ] {
            let re = pattern::compile(src).unwrap();
            let want: Vec<String> = m
                .cells
                .iter()
                .filter(|c| {
                    matches!(c.kind, CellKind::Vertex | CellKind::Edge) && re.is_match(&c.id)
                })
                .map(|c| c.id.clone())
                .collect();
            assert_eq!(cells_of(json!({ "idRegex": src })).0, want, "{src}");
        }
        // Invalid patterns are reported as before, literal-looking or not.
        for (src, want) in [
            ("^v(1", "invalid regex"),
            ("^v\\é$", "invalid regex"),
            ("/^v1$/q", "unknown regex flag"),
        ] {
            let (_, errs) = cells_of(json!({ "idRegex": src }));
            assert!(
                errs[0].path == "cells.idRegex" && errs[0].message.contains(want),
                "{src}: {errs:?}"
            );
        }
    }

    #[test]
    fn cell_tests_in_any_order_select_the_same() {
        // Tag, attribute regex and label: all must hold, whichever runs first.
        let (got, errs) = cells_of(
            json!({"tag": "tier1", "attr": {"service": {"regex": "[2-8]$"}}, "labelRegex": "^Svc [12]"}),
        );
        assert!(errs.is_empty());
        assert_eq!(got, ["v13", "v16", "v22", "v25", "v28"]);
        let (got, _) = cells_of(
            json!([{"idRegex": "^e1$"}, {"id": ["v3", "e1"]}, {"kind": "edge", "idRegex": "^e[12]$"}]),
        );
        assert_eq!(got, ["v3", "e1", "e2"]);
        // An id regex's literal prefix narrows the cells, but not past a container.
        let (got, _) = cells_of(json!({"container": "g", "idRegex": "^v2"}));
        assert_eq!(got, ["v25", "v26", "v27", "v28", "v29"]);
        let (got, _) = cells_of(json!({"container": "g", "idRegex": "^v(1|25)$"}));
        assert_eq!(got, ["v25"]);
    }

    fn metas() -> Vec<SeriesMeta> {
        let mut out = Vec::new();
        for s in 0..40 {
            for metric in ["latency", "rps"] {
                let mut labels = vec![
                    (
                        "env".to_string(),
                        if s % 2 == 0 { "prod" } else { "dev" }.to_string(),
                    ),
                    ("metric".to_string(), metric.to_string()),
                    ("service".to_string(), format!("svc-{s}")),
                ];
                labels.sort();
                out.push(SeriesMeta {
                    ref_id: if s < 20 { "A" } else { "B" }.into(),
                    frame: format!("svc-{s}-{metric}"),
                    field: "Value".into(),
                    display: format!("svc-{s} {metric}"),
                    labels,
                    ..Default::default()
                });
            }
        }
        out
    }

    #[test]
    fn the_series_index_finds_what_a_full_scan_finds() {
        let all = metas();
        let series: Vec<&SeriesMeta> = all.iter().collect();
        let (m, _) = model();
        let mut index = SeriesIndex::new(&series);
        let mut cache = HashMap::new();
        for (sel, n) in [
            // Several exact keys: the smallest lookup is used, the rest are tested.
            (
                json!({"labels": {"metric": "latency", "service": "svc-3"}}),
                1,
            ),
            (json!({"labels": {"service": "svc-3", "metric": "nope"}}), 0),
            (
                json!({"labels": {"service": "*", "metric": "rps", "env": "dev"}}),
                20,
            ),
            (
                json!({"displayName": "svc-4 rps", "labels": {"env": "prod"}}),
                1,
            ),
            (json!({"name": "Value", "labels": {"service": "svc-7"}}), 2),
            (json!({"name": "svc-7-rps"}), 1),
            (json!({"nameRegex": "^(svc-1|svc-2)-latency$"}), 2),
            (
                json!({"nameRegex": "^(svc-1|svc-2)-latency$", "displayNameRegex": "^svc-1 latency$"}),
                1,
            ),
            // Prefixes, and no literal at all (every series tested).
            (json!({"displayNameRegex": "^svc-1\\d* rps$"}), 11),
            (json!({"displayNameRegex": "3 rps$"}), 4),
            (json!({"displayNameRegex": "^svc-3"}), 2 * 11),
            (json!({"nameRegex": "-3\\d-"}), 2 * 10),
            // A flag: no lookup, the regex decides.
            (json!({"nameRegex": "/^SVC-1-LATENCY$/i"}), 1),
            (
                json!({"refId": "B", "labels": {"metric": {"regex": "^r"}}}),
                20,
            ),
        ] {
            let mut errs = Issues::default();
            let spec = SeriesSpec::compile(&sel, "series", &mut errs).unwrap();
            let mt = spec.for_cell(&m, None, Some(&mut cache)).unwrap();
            let want: Vec<u32> = (0..series.len() as u32)
                .filter(|&i| mt.matches(series[i as usize]))
                .collect();
            assert_eq!(want.len(), n, "{sel}");
            assert_eq!(index.matching(&mt), want, "{sel}");
        }
    }

    #[test]
    fn series_regexes_that_are_literals_are_not_compiled() {
        let fixed = |src: &str| {
            let spec = SeriesSpec::compile(
                &json!({ "displayNameRegex": src }),
                "series",
                &mut Issues::default(),
            )
            .unwrap();
            match spec.display_re {
                Some(Re::Fixed(t, _)) => t,
                other => panic!("{other:?}"),
            }
        };
        assert!(matches!(fixed("^svc\\-1 rps$"), TextTest::Set(_)));
        assert!(matches!(fixed("/^svc-1 rps$/i"), TextTest::Regex(..)));
        assert!(
            matches!(fixed("^svc-1\\d* rps$"), TextTest::Regex(_, _, Some(e)) if &*e == " rps")
        );
        assert!(matches!(fixed(" rps$"), TextTest::Text(..)));
        assert!(matches!(fixed("^svc-1"), TextTest::Text(..)));
        assert!(matches!(fixed("/ rps$/i"), TextTest::Regex(..)));
        assert!(matches!(fixed("\\< rps$"), TextTest::Regex(..)));
        // Errors name their path as before, for literal-looking patterns too, and for templates.
        for (src, want) in [
            ("^(svc", "invalid regex"),
            ("^svc\\é$", "invalid regex"),
            ("/^svc$/q", "unknown regex flag"),
            ("^${cell.service}\\é$", "invalid regex"),
            ("^${cell.service} (rps$", "invalid regex"),
        ] {
            let mut errs = Issues::default();
            assert!(
                SeriesSpec::compile(&json!({ "displayNameRegex": src }), "series", &mut errs)
                    .is_none()
            );
            assert!(
                errs.list[0].path == "series.displayNameRegex"
                    && errs.list[0].message.contains(want),
                "{src}: {:?}",
                errs.list
            );
        }
        // A template that is a literal per cell: no regex for any cell, the cell's text matched.
        let (m, ids) = model();
        let spec = SeriesSpec::compile(
            &json!({ "displayNameRegex": "^${cell.service} rps$" }),
            "series",
            &mut Issues::default(),
        )
        .unwrap();
        let mt = spec
            .for_cell(&m, Some(ids["v3"]), Some(&mut HashMap::new()))
            .unwrap();
        assert!(matches!(&mt.display_re, Some(TextTest::Set(v)) if v.as_slice() == ["svc-3 rps"]));
    }
}
