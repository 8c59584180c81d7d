//! `%name%` placeholders in labels of wrappers with `placeholders="1"`
//! (draw.io `Graph.replacePlaceholders`): `%%name%` is the literal `%name%`, `%label%` and
//! `%tooltip%` stay, `id`/`width`/`height` are the cell's, other names are looked up on the
//! cell, then on each ancestor, then in the page globals; unknown names stay as written.
//! Not resolved here: `%length%` (needs the routed edge), `%date{…}%`, `%filename%`.

use super::numbers::js_number;
use super::{Cell, PageContext};

/// Ancestors searched for an attribute; bounds the work on absurdly deep trees.
const MAX_LOOKUP_DEPTH: usize = 256;

/// Attribute comparisons allowed per model: many placeholders times many attributes times
/// many ancestors is quadratic, so hostile input stops being substituted instead of hanging.
const MAX_LOOKUP_STEPS: usize = 20_000_000;

/// Lookup work left for one model.
#[derive(Debug)]
pub(super) struct LookupBudget {
    steps: usize,
}

impl LookupBudget {
    pub(super) fn new() -> Self {
        LookupBudget {
            steps: MAX_LOOKUP_STEPS,
        }
    }

    pub(super) fn exhausted(&self) -> bool {
        self.steps == 0
    }

    /// Charge `n` steps; false when the budget ran out.
    fn charge(&mut self, n: usize) -> bool {
        self.steps = self.steps.saturating_sub(n);
        self.steps > 0
    }
}

/// The label of `cells[index]` with placeholders replaced.
pub(super) fn substitute(
    cells: &[Cell],
    index: usize,
    ctx: &PageContext,
    budget: &mut LookupBudget,
) -> String {
    let Some(cell) = cells.get(index) else {
        return String::new();
    };
    let text = cell.value.as_str();
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            i += 1;
            continue;
        }
        let Some(end) = match_end(text, i) else {
            i += 1;
            continue;
        };
        let whole = &text[i..end];
        if whole != "%label%" && whole != "%tooltip%" {
            let escaped = i > last && bytes[i - 1] == b'%';
            let replacement = if escaped {
                Some(whole[1..].to_string())
            } else {
                lookup(cells, index, &text[i + 1..end - 1], ctx, budget)
            };
            out.push_str(&text[last..i]);
            out.push_str(replacement.as_deref().unwrap_or(whole));
            last = end;
        }
        i = end;
    }
    out.push_str(&text[last..]);
    out
}

/// End (exclusive) of a placeholder starting at `start` (a `%`), per draw.io's pattern
/// `%(date\{.*?\}|[^%^{} "'=;]+)%`.
fn match_end(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start + 1..)?;
    if let Some(body) = rest.strip_prefix("date{") {
        let close = body.find(['}', '\n', '\r'])?;
        if body[close..].starts_with("}%") {
            return Some(start + 1 + "date{".len() + close + 2);
        }
    }
    let len = rest
        .bytes()
        .take_while(|b| {
            !matches!(
                b,
                b'%' | b'^' | b'{' | b'}' | b' ' | b'"' | b'\'' | b'=' | b';'
            )
        })
        .count();
    (len > 0 && rest.as_bytes().get(len) == Some(&b'%')).then_some(start + 1 + len + 1)
}

fn lookup(
    cells: &[Cell],
    index: usize,
    name: &str,
    ctx: &PageContext,
    budget: &mut LookupBudget,
) -> Option<String> {
    let cell = &cells[index];
    match name {
        "id" => return Some(cell.id.clone()),
        "width" => return Some(js_number(cell.geometry.width)),
        "height" => return Some(js_number(cell.geometry.height)),
        _ => {}
    }
    if !name.contains('{') {
        let mut at = Some(index);
        for _ in 0..MAX_LOOKUP_DEPTH {
            let Some(i) = at else { break };
            if !budget.charge(cells[i].attrs.len() + 1) {
                return None;
            }
            if let Some(v) = cells[i].attr(name) {
                return Some(v.to_string());
            }
            at = cells[i].parent;
        }
    }
    match name {
        "page" => Some(ctx.page_name.clone()),
        "pagenumber" => Some(ctx.page_number.to_string()),
        "pagecount" => Some(ctx.page_count.to_string()),
        _ => None,
    }
}
