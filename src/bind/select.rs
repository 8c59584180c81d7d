//! Selectors, compiled once: which cells a binding targets (resolved against the diagram when
//! the bindings are set) and which series feed each of those cells (templated per cell, matched
//! again only when the set of series changes).

use super::ingest::SeriesMeta;
use super::json::{child, index, one_line, Issues, Obj};
use super::literal::{self, Lits};
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
    Regex(Regex),
}

#[derive(Debug, Clone, Default)]
struct CellSel {
    ids: Vec<String>,
    id_re: Option<Regex>,
    labels: Vec<String>,
    label_re: Option<Regex>,
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

fn regex_at(o: &Obj, key: &str, errs: &mut Issues) -> Option<Regex> {
    let src = o.str(key, errs)?;
    match pattern::compile(src) {
        Ok(r) => Some(r),
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

/// `cells`: an id, a selector object, or an array of them (any of). Returns the matched cells
/// in document order.
pub fn select_cells(
    v: &Value,
    path: &str,
    model: &Model,
    ids: &HashMap<String, usize>,
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
    let mut hit = vec![false; model.cells.len()];
    for s in &sels {
        for i in candidates(s, model, ids) {
            if matches_cell(s, model, i) {
                hit[i] = true;
            }
        }
    }
    Some(
        hit.iter()
            .enumerate()
            .filter(|(_, h)| **h)
            .map(|(i, _)| i)
            .collect(),
    )
}

/// Cells worth testing: an id list is looked up directly, a container narrows to its subtree.
fn candidates(s: &CellSel, model: &Model, ids: &HashMap<String, usize>) -> Vec<usize> {
    if !s.ids.is_empty() {
        return s.ids.iter().filter_map(|id| ids.get(id).copied()).collect();
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
    for (k, t) in &s.attrs {
        let ok = match (c.attr(k), t) {
            (None, _) => false,
            (Some(_), AttrTest::Present) => true,
            (Some(v), AttrTest::Exact(x)) => v == x,
            (Some(v), AttrTest::Regex(r)) => r.is_match(v),
        };
        if !ok {
            return false;
        }
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
    true
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

/// A compiled text test: a finite set of strings (a literal regex needs no regex), or a regex
/// with what its source says about literal prefixes (for the series index).
#[derive(Debug, Clone)]
pub enum TextTest {
    Set(Arc<Vec<String>>),
    Regex(Arc<Regex>, Arc<Lits>),
}

impl TextTest {
    pub fn is_match(&self, s: &str) -> bool {
        match self {
            TextTest::Set(v) => v.iter().any(|x| x == s),
            TextTest::Regex(r, _) => r.is_match(s),
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
    let re = match cache.get(src) {
        Some(r) => r.clone(),
        None => {
            let r = Arc::new(pattern::compile(src)?);
            cache.insert(src.to_string(), r.clone());
            r
        }
    };
    Ok(TextTest::Regex(re, Arc::new(lits)))
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
        // Check the shape now with a neutral stand-in, so errors show when the bindings are set.
        let probe = t.expand(&|_| Some("x".into()), &|x| regex_lite::escape(x));
        if let Err(e) = pattern::compile(&probe) {
            errs.push(path, e);
            return None;
        }
        return Some(Re::Cell(t));
    }
    // Compile once to report errors even when the pattern turns out to be a literal.
    if let Err(e) = pattern::compile(s) {
        errs.push(path, e);
        return None;
    }
    match text_test(s, &mut HashMap::new()) {
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
        let text = |t: &Option<Text>| -> Option<String> {
            t.as_ref().map(|t| match t {
                Text::Fixed(s) => s.clone(),
                Text::Cell(tp) => tp.expand(&lookup, &|x| x.to_string()),
            })
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
                )),
            }
        };
        let name_re = self.name_re.as_ref().map(&mut re).transpose()?;
        let display_re = self.display_re.as_ref().map(&mut re).transpose()?;
        let mut labels = Vec::with_capacity(self.labels.len());
        for (k, l) in &self.labels {
            let m = match l {
                LabelSpec::Present => LabelMatch::Present,
                LabelSpec::Exact(t) => {
                    LabelMatch::Exact(text(&Some(t.clone())).unwrap_or_default())
                }
                LabelSpec::Regex(r) => LabelMatch::Regex(re(r)?),
            };
            labels.push((k.clone(), m));
        }
        let m = Matcher {
            name: text(&self.name),
            name_re,
            display: text(&self.display),
            display_re,
            field: text(&self.field),
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

/// Where to look first: the most selective test with literal text.
pub enum Key<'a> {
    Label(&'a str, &'a str),
    Display(&'a str),
    Name(&'a str),
    DisplaySet(&'a [String]),
    NameSet(&'a [String]),
    DisplayPrefix(&'a [String]),
    NamePrefix(&'a [String]),
    All,
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

    pub fn key(&self) -> Key<'_> {
        for (k, m) in &self.labels {
            if let LabelMatch::Exact(v) = m {
                return Key::Label(k, v);
            }
        }
        if let Some(d) = &self.display {
            return Key::Display(d);
        }
        if let Some(n) = &self.name {
            return Key::Name(n);
        }
        match (&self.display_re, &self.name_re) {
            (Some(TextTest::Set(v)), _) => return Key::DisplaySet(v),
            (_, Some(TextTest::Set(v))) => return Key::NameSet(v),
            _ => {}
        }
        if let Some(TextTest::Regex(_, l)) = &self.display_re {
            if let Lits::Prefix(p) = l.as_ref() {
                return Key::DisplayPrefix(p);
            }
        }
        if let Some(TextTest::Regex(_, l)) = &self.name_re {
            if let Lits::Prefix(p) = l.as_ref() {
                return Key::NamePrefix(p);
            }
        }
        Key::All
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

/// Lookup tables over the current series, built lazily when the series set changes.
#[derive(Default)]
pub struct SeriesIndex {
    by_label: HashMap<String, HashMap<String, Vec<u32>>>,
    by_name: Option<HashMap<String, Vec<u32>>>,
    by_display: Option<HashMap<String, Vec<u32>>>,
    /// Sorted (text, series) for prefix ranges.
    sorted_names: Option<Vec<(String, u32)>>,
    sorted_display: Option<Vec<(String, u32)>>,
}

fn names_of(s: &SeriesMeta) -> impl Iterator<Item = &String> {
    std::iter::once(&s.field).chain((s.frame != s.field).then_some(&s.frame))
}

fn prefix_range(sorted: &[(String, u32)], prefixes: &[String], out: &mut Vec<u32>) {
    for p in prefixes {
        let start = sorted.partition_point(|(t, _)| t.as_str() < p.as_str());
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

impl SeriesIndex {
    fn names(&mut self, series: &[&SeriesMeta]) -> &HashMap<String, Vec<u32>> {
        self.by_name.get_or_insert_with(|| {
            let mut map: HashMap<String, Vec<u32>> = HashMap::new();
            for (i, s) in series.iter().enumerate() {
                for n in names_of(s) {
                    map.entry(n.clone()).or_default().push(i as u32);
                }
            }
            map
        })
    }

    fn displays(&mut self, series: &[&SeriesMeta]) -> &HashMap<String, Vec<u32>> {
        self.by_display.get_or_insert_with(|| {
            let mut map: HashMap<String, Vec<u32>> = HashMap::new();
            for (i, s) in series.iter().enumerate() {
                map.entry(s.display.clone()).or_default().push(i as u32);
            }
            map
        })
    }

    /// Candidate series for a matcher (a superset of its matches).
    pub fn candidates<'a>(
        &'a mut self,
        m: &Matcher,
        series: &[&SeriesMeta],
        all: &'a [u32],
    ) -> std::borrow::Cow<'a, [u32]> {
        use std::borrow::Cow;
        match m.key() {
            Key::Label(k, v) => {
                if !self.by_label.contains_key(k) {
                    let mut map: HashMap<String, Vec<u32>> = HashMap::new();
                    for (i, s) in series.iter().enumerate() {
                        if let Some(v) = s.label(k) {
                            map.entry(v.to_string()).or_default().push(i as u32);
                        }
                    }
                    self.by_label.insert(k.to_string(), map);
                }
                Cow::Borrowed(
                    self.by_label
                        .get(k)
                        .and_then(|m| m.get(v))
                        .map_or(&[], |v| v.as_slice()),
                )
            }
            Key::Display(d) => {
                Cow::Borrowed(self.displays(series).get(d).map_or(&[], |v| v.as_slice()))
            }
            Key::Name(n) => Cow::Borrowed(self.names(series).get(n).map_or(&[], |v| v.as_slice())),
            Key::DisplaySet(set) => {
                let map = self.displays(series);
                Cow::Owned(union(
                    set.iter()
                        .filter_map(|s| map.get(s))
                        .flatten()
                        .copied()
                        .collect(),
                ))
            }
            Key::NameSet(set) => {
                let map = self.names(series);
                Cow::Owned(union(
                    set.iter()
                        .filter_map(|s| map.get(s))
                        .flatten()
                        .copied()
                        .collect(),
                ))
            }
            Key::DisplayPrefix(p) => {
                let sorted = self.sorted_display.get_or_insert_with(|| {
                    let mut v: Vec<(String, u32)> = series
                        .iter()
                        .enumerate()
                        .map(|(i, s)| (s.display.clone(), i as u32))
                        .collect();
                    v.sort();
                    v
                });
                let mut out = Vec::new();
                prefix_range(sorted, p, &mut out);
                Cow::Owned(union(out))
            }
            Key::NamePrefix(p) => {
                let sorted = self.sorted_names.get_or_insert_with(|| {
                    let mut v: Vec<(String, u32)> = series
                        .iter()
                        .enumerate()
                        .flat_map(|(i, s)| names_of(s).map(move |n| (n.clone(), i as u32)))
                        .collect();
                    v.sort();
                    v
                });
                let mut out = Vec::new();
                prefix_range(sorted, p, &mut out);
                Cow::Owned(union(out))
            }
            Key::All => Cow::Borrowed(all),
        }
    }
}
