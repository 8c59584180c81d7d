//! Data in: one descriptor (JSON) plus two flat buffers per refresh, no per-value calls.
//! Every field is checked against the buffers; anything malformed is skipped with a message
//! (never a panic). Table frames without a time field are pivoted: each row of each column
//! becomes a one-point series labelled by the row's text columns, so the same label matchers
//! bind tables and time series.

use super::json::one_line;
use serde::de;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// Most series kept (pivoted tables can multiply rows × columns).
pub const MAX_SERIES: usize = 100_000;
const MAX_MESSAGES: usize = 50;

#[derive(Deserialize)]
struct Desc {
    #[serde(default)]
    fields: Fields,
}

/// The descriptor's fields, each read into what the layout keeps of it as it is parsed (no list
/// of every field's raw description first).
#[derive(Default)]
struct Fields {
    parsed: Vec<Parsed>,
    problems: Vec<String>,
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(Any::<Fields>(std::marker::PhantomData))
    }
}

impl<'de> de::Visitor<'de> for Any<Fields> {
    type Value = Fields;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        // What a list's own reader says (the descriptor's errors read as before).
        f.write_str("a sequence")
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Fields, A::Error> {
        let mut out = Fields::default();
        let mut i = 0;
        while let Some(f) = a.next_element::<FieldDesc<'de>>()? {
            out.parsed.extend(parse_field(i, f, &mut out.problems));
            i += 1;
        }
        Ok(out)
    }
}

/// Field metadata; every member is read leniently (a wrong type reads as absent), so one odd
/// field cannot make the whole refresh fail.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct FieldDesc<'a> {
    #[serde(borrow, default)]
    ref_id: LStr<'a>,
    #[serde(borrow, default)]
    frame: LStr<'a>,
    #[serde(default)]
    frame_index: LNum,
    #[serde(borrow, default)]
    name: LStr<'a>,
    #[serde(borrow, default)]
    display_name: LStr<'a>,
    #[serde(borrow, default)]
    labels: LMap<'a>,
    #[serde(borrow, default)]
    unit: LStr<'a>,
    #[serde(default)]
    decimals: LNum,
    #[serde(borrow, default, rename = "type")]
    kind: LStr<'a>,
    #[serde(default)]
    offset: LNum,
    #[serde(default)]
    length: LNum,
    #[serde(default)]
    time_offset: LNum,
    #[serde(default)]
    strings: LStrings,
}

/// A number, or None for any other JSON value.
#[derive(Debug, Default, Clone, Copy)]
struct LNum(Option<f64>);
/// A string (numbers and booleans as their text), or None.
#[derive(Debug, Default)]
struct LStr<'a>(Option<Cow<'a, str>>);
#[derive(Debug, Default)]
struct LMap<'a>(Vec<(Cow<'a, str>, Cow<'a, str>)>);
#[derive(Debug, Default)]
struct LStrings(Option<Vec<Option<String>>>);

struct Any<T>(std::marker::PhantomData<T>);

macro_rules! skip_others {
    ($none:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($none)
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
            while a.next_element::<de::IgnoredAny>()?.is_some() {}
            Ok($none)
        }
        fn visit_map<A: de::MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
            while a.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
            Ok($none)
        }
    };
}

impl<'de> de::Visitor<'de> for Any<LNum> {
    type Value = LNum;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a number")
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<LNum, E> {
        Ok(LNum(Some(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<LNum, E> {
        Ok(LNum(Some(v as f64)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<LNum, E> {
        Ok(LNum(Some(v as f64)))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<LNum, E> {
        Ok(LNum(None))
    }
    skip_others!(LNum(None));
}

impl<'de> Deserialize<'de> for LNum {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Any::<LNum>(std::marker::PhantomData))
    }
}

impl<'de> de::Visitor<'de> for Any<LStr<'de>> {
    type Value = LStr<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(LStr(Some(Cow::Borrowed(v))))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(LStr(Some(Cow::Owned(v.to_string()))))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(LStr(Some(Cow::Owned(super::jsnum::to_string(v)))))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(LStr(Some(Cow::Owned(v.to_string()))))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(LStr(Some(Cow::Owned(v.to_string()))))
    }
    skip_others!(LStr(None));
}

impl<'de: 'a, 'a> Deserialize<'de> for LStr<'a> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Any::<LStr<'de>>(std::marker::PhantomData))
    }
}

impl<'de> de::Visitor<'de> for Any<LMap<'de>> {
    type Value = LMap<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object of labels")
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some((k, v)) = a.next_entry::<LStr<'de>, LStr<'de>>()? {
            if let (Some(k), Some(v)) = (k.0, v.0) {
                out.push((k, v));
            }
        }
        Ok(LMap(out))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(LMap(Vec::new()))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(LMap(Vec::new()))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(LMap(Vec::new()))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(LMap(Vec::new()))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(LMap(Vec::new()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(LMap(Vec::new()))
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        while a.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(LMap(Vec::new()))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for LMap<'a> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Any::<LMap<'de>>(std::marker::PhantomData))
    }
}

impl<'de> de::Visitor<'de> for Any<LStrings> {
    type Value = LStrings;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of strings")
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = a.next_element::<LStr<'de>>()? {
            out.push(v.0.map(|c| c.into_owned()));
        }
        Ok(LStrings(Some(out)))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(LStrings(None))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(LStrings(None))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(LStrings(None))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(LStrings(None))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(LStrings(None))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(LStrings(None))
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        while a.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
        Ok(LStrings(None))
    }
}

impl<'de> Deserialize<'de> for LStrings {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Any::<LStrings>(std::marker::PhantomData))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SeriesKind {
    #[default]
    Number,
    Text,
}

/// Who a series is: what selectors match against, stable across refreshes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeriesMeta {
    pub ref_id: String,
    pub frame: String,
    pub field: String,
    pub display: String,
    /// Sorted by key.
    pub labels: Vec<(String, String)>,
    pub unit: Option<String>,
    pub decimals: Option<u32>,
    pub kind: SeriesKind,
    /// Index of the field in the descriptor (for the panel's data links).
    pub field_index: usize,
    /// Row of a pivoted table.
    pub row: Option<usize>,
}

impl SeriesMeta {
    pub fn label(&self, k: &str) -> Option<&str> {
        self.labels
            .iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.as_str())
    }
    /// The name shown for a series: display name, else frame/field with labels.
    pub fn title(&self) -> String {
        if !self.display.is_empty() {
            return self.display.clone();
        }
        let base = if self.frame.is_empty() {
            &self.field
        } else {
            &self.frame
        };
        if self.labels.is_empty() {
            return base.clone();
        }
        let l: Vec<String> = self
            .labels
            .iter()
            .map(|(k, v)| format!("{}=\"{}\"", k, v))
            .collect();
        format!("{} {{{}}}", base, l.join(", "))
    }
    fn identity(&self, h: &mut impl Hasher) {
        (
            self.kind as u8,
            &self.ref_id,
            &self.frame,
            &self.field,
            &self.display,
            &self.labels,
            self.row,
        )
            .hash(h);
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Source {
    /// `len` numbers at `offset` in `values` (NaN = null).
    Numbers { offset: usize, len: usize },
    /// A string field (`strings[field]`), all rows or one row.
    Strings { field: usize, row: Option<usize> },
}

#[derive(Debug, Clone)]
pub struct Series {
    pub meta: SeriesMeta,
    pub src: Source,
    /// Offset and length of the series' times in `times`.
    pub time: Option<(usize, usize)>,
}

/// Where one series' data sits in this refresh's buffers (checked against them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub src: Source,
    pub time: Option<(usize, usize)>,
}

/// One refresh's data: the (shared, cached) layout plus this refresh's buffers.
#[derive(Debug, Default)]
pub struct Frames {
    pub layout: Arc<Layout>,
    pub values: Vec<f64>,
    pub times: Vec<f64>,
    /// Per layout series; None when its ranges do not fit the buffers this time.
    pub ranges: Vec<Option<Range>>,
    /// Data problems, one line each (bounded).
    pub messages: Vec<String>,
}

impl Frames {
    pub fn len(&self) -> usize {
        self.layout.series.len()
    }

    pub fn is_empty(&self) -> bool {
        self.layout.series.is_empty()
    }

    pub fn meta(&self, i: usize) -> &SeriesMeta {
        &self.layout.series[i].meta
    }

    pub fn metas(&self) -> impl Iterator<Item = &SeriesMeta> {
        self.layout.series.iter().map(|s| &s.meta)
    }

    /// Hash of every series' identity, in order: equal hashes = same series set.
    pub fn set_hash(&self) -> u64 {
        self.layout.set_hash
    }

    pub fn usable(&self, i: usize) -> bool {
        matches!(self.ranges.get(i), Some(Some(_)))
    }

    pub fn numbers(&self, i: usize) -> &[f64] {
        match self.ranges.get(i).copied().flatten().map(|r| r.src) {
            Some(Source::Numbers { offset, len }) => {
                self.values.get(offset..offset + len).unwrap_or(&[])
            }
            _ => &[],
        }
    }

    pub fn texts(&self, i: usize) -> &[Option<String>] {
        match self.ranges.get(i).copied().flatten().map(|r| r.src) {
            Some(Source::Strings { field, row }) => {
                let all = self
                    .layout
                    .strings
                    .get(field)
                    .map_or(&[][..], |v| v.as_slice());
                match row {
                    Some(r) => all.get(r..r + 1).unwrap_or(&[]),
                    None => all,
                }
            }
            _ => &[],
        }
    }

    pub fn times_of(&self, i: usize) -> Option<&[f64]> {
        let (o, l) = self.ranges.get(i).copied().flatten()?.time?;
        self.times.get(o..o + l)
    }

    fn note(&mut self, m: String) {
        if self.messages.len() < MAX_MESSAGES {
            self.messages.push(one_line(&m));
        } else if self.messages.len() == MAX_MESSAGES {
            self.messages.push("more data problems not listed".into());
        }
    }
}

fn int(v: Option<f64>) -> Option<usize> {
    v.filter(|x| x.is_finite() && *x >= 0.0 && x.fract() == 0.0 && *x < 9e15)
        .map(|x| x as usize)
}

struct Parsed {
    meta: SeriesMeta,
    offset: Option<usize>,
    len: usize,
    time_offset: Option<usize>,
    /// The frame, for fields without times (tables to pivot).
    frame_key: Option<String>,
    strings: Option<Vec<Option<String>>>,
    is_time: bool,
}

/// The descriptor's field metadata, reusable while the descriptor text does not change.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub series: Vec<Series>,
    pub strings: Vec<Vec<Option<String>>>,
    pub problems: Vec<String>,
    pub set_hash: u64,
    /// Each value series' time field length when the descriptor lists it (mismatch check).
    time_len: Vec<Option<usize>>,
}

/// At most `max` characters of a descriptor string, without copying one already owned and short.
fn bounded(c: Cow<str>, max: usize) -> String {
    // Fewer bytes than `max` means fewer characters.
    if c.len() <= max {
        c.into_owned()
    } else {
        c.chars().take(max).collect()
    }
}

/// One field's description → what the layout keeps of it (None: skipped, with a problem).
fn parse_field(i: usize, f: FieldDesc, problems: &mut Vec<String>) -> Option<Parsed> {
    let s = |c: LStr| bounded(c.0.unwrap_or_default(), 1000);
    let kind_s = f.kind.0.as_deref().unwrap_or("number");
    let mut labels: Vec<(String, String)> = f
        .labels
        .0
        .into_iter()
        .take(64)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    labels.sort();
    let name = s(f.name);
    let kind = match kind_s {
        "number" | "boolean" | "time" => SeriesKind::Number,
        "string" | "enum" => SeriesKind::Text,
        other => {
            problems.push(format!(
                "field {} ({}): type \"{}\" is not read; skipped",
                i,
                one_line(&name),
                one_line(other)
            ));
            return None;
        }
    };
    let decimals = match f.decimals.0 {
        None => None,
        Some(d) if (0.0..=20.0).contains(&d) => Some(d as u32),
        Some(d) => {
            problems.push(format!(
                "field {} ({}): decimals {} out of 0..20; ignored",
                i,
                one_line(&name),
                d
            ));
            None
        }
    };
    let frame = s(f.frame);
    let ref_id = s(f.ref_id);
    let time_offset = f
        .time_offset
        .0
        .filter(|t| *t >= 0.0)
        .and_then(|t| int(Some(t)));
    let frame_key = time_offset.is_none().then(|| match int(f.frame_index.0) {
        Some(fi) => format!("#{}", fi),
        None => format!("{}\u{0}{}", ref_id, frame),
    });
    Some(Parsed {
        meta: SeriesMeta {
            ref_id,
            frame,
            display: s(f.display_name),
            field: name,
            labels,
            unit: f.unit.0.filter(|u| !u.is_empty()).map(|u| bounded(u, 200)),
            decimals,
            kind,
            field_index: i,
            row: None,
        },
        offset: int(f.offset.0),
        len: int(f.length.0).unwrap_or(0),
        time_offset,
        frame_key,
        strings: f.strings.0,
        is_time: kind_s == "time",
    })
}

/// Parse a descriptor into a layout (series, their buffer ranges and identities).
pub fn parse_layout(desc: &str) -> Result<Layout, String> {
    if desc.len() > 256 << 20 {
        return Err("frames descriptor is larger than 256 MB".into());
    }
    let d: Desc = serde_json::from_str(desc).map_err(|e| {
        format!(
            "frames descriptor is not valid JSON: {}",
            one_line(&e.to_string())
        )
    })?;
    let Fields {
        mut parsed,
        mut problems,
    } = d.fields;

    // Time fields by offset in `times`, for the length check.
    let time_fields: HashMap<usize, usize> = parsed
        .iter()
        .filter(|p| p.is_time)
        .filter_map(|p| Some((p.offset?, p.len)))
        .collect();
    // Frames without time that have text columns are tables to pivot.
    let mut table_text: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in parsed.iter().enumerate() {
        if let (Some(k), false, SeriesKind::Text) = (&p.frame_key, p.is_time, p.meta.kind) {
            table_text.entry(k.clone()).or_default().push(i);
        }
    }

    let mut layout = Layout::default();
    layout.series.reserve(parsed.len().min(MAX_SERIES));
    layout.time_len.reserve(parsed.len().min(MAX_SERIES));
    let mut string_slot: HashMap<usize, usize> = HashMap::new();
    for i in 0..parsed.len() {
        let p = &parsed[i];
        if p.is_time {
            continue;
        }
        let time = p.time_offset.map(|t| (t, p.len));
        let tlen = p.time_offset.and_then(|t| time_fields.get(&t).copied());
        let src = match p.meta.kind {
            SeriesKind::Number => match p.offset {
                Some(o) => Source::Numbers {
                    offset: o,
                    len: p.len,
                },
                None => {
                    problems.push(format!(
                        "field {} ({}): no offset; skipped",
                        p.meta.field_index,
                        one_line(&p.meta.field)
                    ));
                    continue;
                }
            },
            SeriesKind::Text => {
                let Some(strs) = &p.strings else {
                    problems.push(format!(
                        "field {} ({}): text field without strings; skipped",
                        p.meta.field_index,
                        one_line(&p.meta.field)
                    ));
                    continue;
                };
                if strs.len() != p.len && p.len != 0 {
                    problems.push(format!(
                        "field {} ({}): {} strings for length {}; using the strings",
                        p.meta.field_index,
                        one_line(&p.meta.field),
                        strs.len(),
                        p.len
                    ));
                }
                let slot = *string_slot.entry(i).or_insert_with(|| {
                    layout.strings.push(
                        strs.iter()
                            .take(1_000_000)
                            .map(|s| s.as_ref().map(|x| x.chars().take(10_000).collect()))
                            .collect(),
                    );
                    layout.strings.len() - 1
                });
                Source::Strings {
                    field: slot,
                    row: None,
                }
            }
        };
        let pivot = p.frame_key.as_ref().and_then(|k| table_text.get(k));
        match pivot {
            Some(cols) => {
                // One series per row, labelled by the frame's other text columns.
                let rows = match src {
                    Source::Numbers { len, .. } => len,
                    Source::Strings { field, .. } => layout.strings[field].len(),
                };
                for r in 0..rows {
                    if layout.series.len() >= MAX_SERIES {
                        break;
                    }
                    let mut meta = p.meta.clone();
                    for &c in cols {
                        if c == i {
                            continue;
                        }
                        let v = parsed[c]
                            .strings
                            .as_ref()
                            .and_then(|s| s.get(r).cloned().flatten());
                        if let Some(v) = v {
                            meta.labels.push((
                                parsed[c].meta.field.clone(),
                                v.chars().take(1000).collect(),
                            ));
                        }
                    }
                    meta.labels.sort();
                    meta.row = Some(r);
                    let src = match src {
                        Source::Numbers { offset, .. } => Source::Numbers {
                            offset: offset + r,
                            len: 1,
                        },
                        Source::Strings { field, .. } => Source::Strings {
                            field,
                            row: Some(r),
                        },
                    };
                    layout.series.push(Series {
                        meta,
                        src,
                        time: None,
                    });
                    layout.time_len.push(None);
                }
            }
            None => {
                if layout.series.len() < MAX_SERIES {
                    // No other field refers to this one's metadata (only pivoted columns do).
                    layout.series.push(Series {
                        meta: std::mem::take(&mut parsed[i].meta),
                        src,
                        time,
                    });
                    layout.time_len.push(tlen);
                }
            }
        }
    }
    if layout.series.len() >= MAX_SERIES {
        problems.push(format!(
            "more than {} series; the rest are ignored",
            MAX_SERIES
        ));
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for s in &layout.series {
        s.meta.identity(&mut h);
    }
    layout.set_hash = h.finish();
    layout.problems = problems;
    Ok(layout)
}

/// A layout applied to this refresh's buffers: ranges checked, unusable series marked with a
/// message (they count as "no data" this refresh).
pub fn frames(layout: Arc<Layout>, values: Vec<f64>, times: Vec<f64>) -> Frames {
    let mut f = Frames {
        values,
        times,
        ..Default::default()
    };
    for m in &layout.problems {
        f.note(m.clone());
    }
    let mut ranges = Vec::with_capacity(layout.series.len());
    for (s, tlen) in layout.series.iter().zip(&layout.time_len) {
        let mut r = Range {
            src: s.src,
            time: s.time,
        };
        if let Source::Numbers { offset, len } = s.src {
            if offset
                .checked_add(len)
                .is_none_or(|end| end > f.values.len())
            {
                f.note(format!(
                    "{}: values {}..{} are outside the values buffer ({}); no data",
                    s.meta.title(),
                    offset,
                    offset.saturating_add(len),
                    f.values.len()
                ));
                ranges.push(None);
                continue;
            }
            if len == 0 && s.meta.row.is_none() {
                f.note(format!("{}: empty field (no values)", s.meta.title()));
            }
        }
        if let Some((to, tl)) = s.time {
            let mut tl = tl;
            if let Some(t) = tlen {
                if *t != tl {
                    f.note(format!(
                        "{}: {} values but its time field has {}; using {}",
                        s.meta.title(),
                        tl,
                        t,
                        tl.min(*t)
                    ));
                    tl = tl.min(*t);
                    if let Source::Numbers { offset, .. } = s.src {
                        r.src = Source::Numbers { offset, len: tl };
                    }
                }
            }
            if to.checked_add(tl).is_none_or(|end| end > f.times.len()) {
                f.note(format!(
                    "{}: times {}..{} are outside the times buffer ({}); used without times",
                    s.meta.title(),
                    to,
                    to.saturating_add(tl),
                    f.times.len()
                ));
                r.time = None;
            } else {
                r.time = Some((to, tl));
            }
        }
        ranges.push(Some(r));
    }
    f.ranges = ranges;
    f.layout = layout;
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_series_and_bad_fields() {
        let desc = r#"{"fields": [
            {"refId": "A", "frame": "f", "name": "time", "type": "time", "offset": 0, "length": 3},
            {"refId": "A", "frame": "f", "name": "Value", "labels": {"service": "checkout"}, "type": "number", "offset": 0, "length": 3, "timeOffset": 0, "unit": "ms"},
            {"refId": "A", "frame": "f", "name": "Other", "type": "number", "offset": 3, "length": 2, "timeOffset": 0},
            {"refId": "B", "frame": "g", "name": "Broken", "type": "number", "offset": 10, "length": 99, "timeOffset": 0},
            {"refId": "B", "name": "weird", "type": "geo", "offset": 0, "length": 1}
        ]}"#;
        let l = parse_layout(desc).unwrap();
        let f = frames(
            Arc::new(l),
            vec![1.0, 2.0, 3.0, 4.0, 5.0],
            vec![10.0, 20.0, 30.0],
        );
        assert_eq!(f.len(), 3);
        assert!(!f.usable(2));
        assert_eq!(f.meta(0).label("service"), Some("checkout"));
        assert_eq!(f.numbers(0), &[1.0, 2.0, 3.0]);
        assert_eq!(f.times_of(0), Some(&[10.0, 20.0, 30.0][..]));
        // Mismatched: 2 values for a 3-point time field.
        assert_eq!(f.times_of(1), Some(&[10.0, 20.0][..]));
        assert!(
            f.messages
                .iter()
                .any(|m| m.contains("outside the values buffer")),
            "{:?}",
            f.messages
        );
        assert!(
            f.messages.iter().any(|m| m.contains("type \"geo\"")),
            "{:?}",
            f.messages
        );
        assert!(
            f.messages.iter().any(|m| m.contains("time field has 3")),
            "{:?}",
            f.messages
        );
        assert!(parse_layout("{not json")
            .unwrap_err()
            .starts_with("frames descriptor is not valid JSON"));
    }

    #[test]
    fn tables_pivot_on_text_columns() {
        let desc = r#"{"fields": [
            {"refId": "T", "name": "service", "type": "string", "length": 2, "timeOffset": -1, "strings": ["checkout", "cart"]},
            {"refId": "T", "name": "latency", "type": "number", "offset": 0, "length": 2, "timeOffset": -1},
            {"refId": "T", "name": "status", "type": "string", "length": 2, "timeOffset": -1, "strings": ["ok", null]}
        ]}"#;
        let l = parse_layout(desc).unwrap();
        let f = frames(Arc::new(l), vec![120.0, 80.0], vec![]);
        let lat: Vec<usize> = (0..f.len())
            .filter(|&i| f.meta(i).field == "latency")
            .collect();
        assert_eq!(lat.len(), 2);
        assert_eq!(f.meta(lat[1]).label("service"), Some("cart"));
        assert_eq!(f.numbers(lat[1]), &[80.0]);
        let st: Vec<usize> = (0..f.len())
            .filter(|&i| f.meta(i).field == "status")
            .collect();
        assert_eq!(f.texts(st[0]), &[Some("ok".to_string())]);
        assert_eq!(f.meta(st[1]).label("service"), Some("cart"));
    }

    /// Fields are read as they are parsed; a bad descriptor reads as it did when they were
    /// collected into a list first.
    #[test]
    fn descriptor_errors_as_with_a_list() {
        // The reader as it was (same name: serde's messages carry it).
        #[derive(Deserialize)]
        struct Desc<'a> {
            #[serde(borrow, default)]
            #[allow(dead_code)]
            fields: Vec<FieldDesc<'a>>,
        }
        for bad in [
            r#"{"fields": 5}"#,
            r#"{"fields": {}}"#,
            r#"{"fields": [1]}"#,
            r#"{"fields": [{"name": "a"}, ]}"#,
            r#"{"fields": [], "fields": []}"#,
            r#"{"fields": [{"name": "a"}"#,
            r#"[5]"#,
            r#""x""#,
            "",
        ] {
            let was = serde_json::from_str::<Desc>(bad)
                .err()
                .map(|e| e.to_string());
            let now = serde_json::from_str::<super::Desc>(bad)
                .err()
                .map(|e| e.to_string());
            assert_eq!(now, was, "{bad}");
        }
        let ok = parse_layout(r#"{"fields": [{"name": "a", "type": "geo"}, {"name": "b", "offset": 0, "length": 1}], "other": 1}"#).unwrap();
        assert_eq!(ok.series.len(), 1);
        assert_eq!(ok.series[0].meta.field_index, 1);
        assert!(
            ok.problems[0].starts_with("field 0 (a): type \"geo\""),
            "{:?}",
            ok.problems
        );
    }

    #[test]
    fn identity_is_stable() {
        let desc = r#"{"fields": [{"refId": "A", "name": "v", "offset": 0, "length": 1}]}"#;
        assert_eq!(
            parse_layout(desc).unwrap().set_hash,
            parse_layout(desc).unwrap().set_hash
        );
        let other = r#"{"fields": [{"refId": "B", "name": "v", "offset": 0, "length": 1}]}"#;
        assert_ne!(
            parse_layout(desc).unwrap().set_hash,
            parse_layout(other).unwrap().set_hash
        );
    }
}
