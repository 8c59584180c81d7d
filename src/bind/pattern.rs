//! Untrusted regular expressions: compiled once, with size limits, linear-time matching
//! (`regex-lite` has no exponential backtracking, so no pattern can hang a refresh). Classes
//! such as `\d` and `\w` are ASCII; case-insensitive matching is ASCII too.

use regex_lite::{Regex, RegexBuilder};

/// Longest pattern text accepted.
pub const MAX_PATTERN_LEN: usize = 4096;
/// Compiled program size limit per pattern.
const SIZE_LIMIT: usize = 1 << 20;

/// Compile a pattern. Accepts JavaScript's `/body/flags` form (flags `i`, `m`, `s`; `g`, `u`, `y`
/// are meaningless here and ignored), as Flowcharting and Grafana users write them.
pub fn compile(src: &str) -> Result<Regex, String> {
    if src.len() > MAX_PATTERN_LEN {
        return Err(format!("pattern is longer than {} bytes", MAX_PATTERN_LEN));
    }
    let (body, flags) = split_js(src);
    let mut b = RegexBuilder::new(body);
    b.size_limit(SIZE_LIMIT).nest_limit(100);
    for f in flags.chars() {
        match f {
            'i' => {
                b.case_insensitive(true);
            }
            'm' => {
                b.multi_line(true);
            }
            's' => {
                b.dot_matches_new_line(true);
            }
            'g' | 'u' | 'y' | 'd' => {}
            other => return Err(format!("unknown regex flag '{}'", other)),
        }
    }
    b.build().map_err(|e| describe(&e))
}

/// `/body/flags` → (body, flags); anything else is the body itself.
pub fn split_js(src: &str) -> (&str, &str) {
    if src.len() >= 2 && src.starts_with('/') {
        if let Some(end) = src.rfind('/') {
            if end > 0 {
                let flags = &src[end + 1..];
                if flags.chars().all(|c| c.is_ascii_alphabetic()) {
                    return (&src[1..end], flags);
                }
            }
        }
    }
    (src, "")
}

/// The compile error as one line.
fn describe(e: &regex_lite::Error) -> String {
    let text = e.to_string();
    if text.contains("too big") || text.contains("size limit") {
        return "regex is too large once compiled".to_string();
    }
    format!("invalid regex: {}", super::json::one_line(&text))
}

/// JavaScript `String.replace(regex, replacement)` for the first match (or all with `global`):
/// `$&`, `$1`…`$99`, `$<name>` and `$$` in the replacement.
pub fn replace(re: &Regex, text: &str, replacement: &str, global: bool) -> String {
    let mut out = String::with_capacity(text.len() + replacement.len());
    let mut last = 0;
    for caps in re
        .captures_iter(text)
        .take(if global { usize::MAX } else { 1 })
    {
        let Some(m) = caps.get(0) else { continue };
        out.push_str(&text[last..m.start()]);
        expand(&caps, replacement, &mut out);
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

fn expand(caps: &regex_lite::Captures, rep: &str, out: &mut String) {
    let b = rep.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'$' && i + 1 < b.len() {
            let c = b[i + 1];
            if c == b'$' {
                out.push('$');
                i += 2;
                continue;
            }
            if c == b'&' {
                out.push_str(caps.get(0).map_or("", |m| m.as_str()));
                i += 2;
                continue;
            }
            if c.is_ascii_digit() {
                // Two digits when that group exists, as JavaScript does.
                let two = (i + 2 < b.len() && b[i + 2].is_ascii_digit())
                    .then(|| ((c - b'0') * 10 + (b[i + 2] - b'0')) as usize);
                if let Some(n) = two.filter(|n| *n > 0 && *n < caps.len()) {
                    out.push_str(caps.get(n).map_or("", |m| m.as_str()));
                    i += 3;
                    continue;
                }
                let n = (c - b'0') as usize;
                if n > 0 && n < caps.len() {
                    out.push_str(caps.get(n).map_or("", |m| m.as_str()));
                    i += 2;
                    continue;
                }
            }
            if c == b'<' {
                if let Some(end) = rep[i + 2..].find('>') {
                    let name = &rep[i + 2..i + 2 + end];
                    out.push_str(caps.name(name).map_or("", |m| m.as_str()));
                    i += 3 + end;
                    continue;
                }
            }
        }
        let ch = rep[i..].chars().next().unwrap_or('$');
        out.push(ch);
        i += ch.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_form_flags_and_errors() {
        assert!(compile("/^DB/i").unwrap().is_match("db-1"));
        assert!(compile("^a(b").unwrap_err().starts_with("invalid regex"));
        assert!(compile("/x/q").unwrap_err().contains("flag"));
        assert!(compile(&"a".repeat(MAX_PATTERN_LEN + 1)).is_err());
        // Exponential blow-up is refused at compile time, not run for minutes.
        assert!(compile("(a{100}){100}{100}").is_err());
    }

    #[test]
    fn replacement_groups() {
        let re = compile("(\\d+)ms").unwrap();
        assert_eq!(
            replace(&re, "took 12ms and 3ms", "[$1]", false),
            "took [12] and 3ms"
        );
        assert_eq!(
            replace(&re, "took 12ms and 3ms", "$&!", true),
            "took 12ms! and 3ms!"
        );
        assert_eq!(replace(&re, "5ms", "$$", false), "$");
    }
}
