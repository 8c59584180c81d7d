//! What a regex says about the literal text it matches, read from its source: the finite set
//! of strings it can match (`^svc\-12 latency$`, `^(a|b)-x$`) or the prefixes every match
//! starts with (`^svc-4\d*`). Series matching uses this to look names up in an index instead
//! of running the regex over every series, and skips compiling pure-literal patterns.
//! Conservative: anything it does not understand gives `Lits::Any`.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lits {
    /// Matches exactly these strings and nothing else.
    Exact(Vec<String>),
    /// Every match starts with one of these (none empty).
    Prefix(Vec<String>),
    /// No usable literal.
    Any,
}

const MAX_SET: usize = 256;

/// Per branch: the literal strings so far, and whether the branch is complete (anchored at
/// both ends with nothing but literals in between).
#[derive(Debug, Clone)]
struct Seq {
    strings: Vec<String>,
    /// Still only literals (the strings are whole so far).
    open: bool,
}

struct P<'a> {
    s: &'a [char],
    i: usize,
}

fn is_meta(c: char) -> bool {
    "\\.+*?()|[]{}^$".contains(c)
}

impl P<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    /// A sequence until `|`, `)` or the end. Returns (strings, exact) where exact means the
    /// sequence was all literals and ended at `$` (top level) or the group end.
    fn seq(&mut self, top: bool) -> Option<(Vec<String>, bool)> {
        let mut cur = Seq {
            strings: vec![String::new()],
            open: true,
        };
        let mut ended = false;
        loop {
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            if !cur.open {
                // Skip the rest of this branch, keeping track of nesting.
                self.skip_branch()?;
                break;
            }
            match c {
                '$' if top => {
                    self.i += 1;
                    ended = true;
                    if !matches!(self.peek(), None | Some('|')) {
                        return None;
                    }
                }
                '\\' => {
                    let n = *self.s.get(self.i + 1)?;
                    if n.is_ascii_alphanumeric() {
                        // \d, \w, \b, \x41…: not a plain literal.
                        cur.open = false;
                        continue;
                    }
                    self.i += 2;
                    // A quantified escape (`\-?`) ends the literal part, as a plain one does.
                    if self.quantified() {
                        self.i -= 2;
                        cur.open = false;
                        continue;
                    }
                    push_char(&mut cur, n);
                }
                '(' => {
                    let save = self.i;
                    self.i += 1;
                    if self.peek() == Some('?') {
                        if self.s.get(self.i + 1) == Some(&':') {
                            self.i += 2;
                        } else {
                            return None; // flags, lookaround, named groups
                        }
                    }
                    let mut alts = Vec::new();
                    let mut all_exact = true;
                    loop {
                        let (strs, exact) = self.seq(false)?;
                        all_exact &= exact;
                        alts.extend(strs);
                        match self.peek() {
                            Some('|') => self.i += 1,
                            Some(')') => {
                                self.i += 1;
                                break;
                            }
                            _ => return None,
                        }
                    }
                    if self.quantified() {
                        self.i = save;
                        cur.open = false;
                        continue;
                    }
                    self.push(&mut cur, &alts)?;
                    if !all_exact {
                        cur.open = false;
                    }
                }
                c if is_meta(c) => {
                    cur.open = false;
                }
                c => {
                    self.i += 1;
                    // A quantified literal ends the literal part before it.
                    if self.quantified() {
                        self.i -= 1;
                        cur.open = false;
                        continue;
                    }
                    push_char(&mut cur, c);
                }
            }
        }
        let exact = cur.open && (ended || !top);
        Some((cur.strings, exact))
    }

    fn quantified(&self) -> bool {
        matches!(self.peek(), Some('*' | '+' | '?' | '{'))
    }

    fn push(&mut self, cur: &mut Seq, alts: &[String]) -> Option<()> {
        if let [one] = alts {
            cur.strings.iter_mut().for_each(|s| s.push_str(one));
            return Some(());
        }
        if cur.strings.len() * alts.len() > MAX_SET {
            return None;
        }
        let mut next = Vec::with_capacity(cur.strings.len() * alts.len());
        for s in &cur.strings {
            for a in alts {
                next.push(format!("{}{}", s, a));
            }
        }
        cur.strings = next;
        Some(())
    }

    /// Skip to the end of the current branch (next top-level `|` or closing `)`).
    fn skip_branch(&mut self) -> Option<()> {
        let mut depth = 0i32;
        let mut class = false;
        while let Some(c) = self.peek() {
            match c {
                '\\' => {
                    self.i += 2;
                    continue;
                }
                '[' if !class => {
                    class = true;
                    // `[]…]` and `[^]…]`: a `]` first in a class is a literal, not its end.
                    if self.s.get(self.i + 1) == Some(&'^') {
                        self.i += 1;
                    }
                    if self.s.get(self.i + 1) == Some(&']') {
                        self.i += 1;
                    }
                }
                ']' if class => class = false,
                '(' if !class => depth += 1,
                ')' if !class => {
                    if depth == 0 {
                        return Some(());
                    }
                    depth -= 1;
                }
                '|' if !class && depth == 0 => return Some(()),
                _ => {}
            }
            self.i += 1;
        }
        Some(())
    }
}

/// One literal character appended to every string so far.
fn push_char(cur: &mut Seq, c: char) {
    cur.strings.iter_mut().for_each(|s| s.push(c));
}

/// A pattern that is one literal text, anchored at either end or not (`checkout`, `^db-`,
/// `-prod$`): matching it is a string comparison, no regex needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextShape {
    pub text: String,
    /// `^`: the text starts the string.
    pub start: bool,
    /// `$`: the text ends the string.
    pub end: bool,
}

impl TextShape {
    pub fn is_match(&self, s: &str) -> bool {
        match (self.start, self.end) {
            (true, true) => s == self.text,
            (true, false) => s.starts_with(self.text.as_str()),
            (false, true) => s.ends_with(self.text.as_str()),
            (false, false) => s.contains(self.text.as_str()),
        }
    }
}

/// The body as one literal text with optional anchors, if it is that: characters that are not
/// special and escaped punctuation, none repeated, no alternatives. For bodies the compiler
/// reads as written (`plain`), compiled without flags.
pub fn shape(body: &str) -> Option<TextShape> {
    let (start, rest) = match body.strip_prefix('^') {
        Some(r) => (true, r),
        None => (false, body),
    };
    let mut text = String::with_capacity(rest.len());
    let mut chars = rest.chars().peekable();
    let mut end = false;
    while let Some(c) = chars.next() {
        let lit = match c {
            '$' if chars.peek().is_none() => {
                end = true;
                break;
            }
            '\\' => match chars.next() {
                Some(n) if n.is_ascii() && !n.is_ascii_alphanumeric() => n,
                _ => return None,
            },
            c if is_meta(c) => return None,
            c => c,
        };
        if matches!(chars.peek(), Some('*' | '+' | '?' | '{')) {
            return None;
        }
        text.push(lit);
    }
    Some(TextShape { text, start, end })
}

/// The literal text every match of `body` ends with, when it has one branch ending in
/// literal characters and `$` (`^svc-1\d* rps$` → ` rps`): text without it cannot match. For
/// bodies the compiler reads as written (`plain`), compiled without flags.
pub fn suffix(body: &str) -> Option<String> {
    let chars: Vec<char> = body.chars().collect();
    let mut tail = String::new();
    let (mut i, mut depth) = (0, 0u32);
    while i < chars.len() {
        let c = chars[i];
        let lit = match c {
            '$' if i + 1 == chars.len() && depth == 0 => return (!tail.is_empty()).then_some(tail),
            '\\' => {
                i += 1;
                let n = *chars.get(i)?;
                (!n.is_ascii_alphanumeric()).then_some(n)
            }
            '[' => {
                // A class, to its closing `]` (one first in the class is a literal).
                i += 1;
                if chars.get(i) == Some(&'^') {
                    i += 1;
                }
                if chars.get(i) == Some(&']') {
                    i += 1;
                }
                while *chars.get(i)? != ']' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                None
            }
            '(' => {
                // Inline flags (`(?i)`) would change how the rest matches.
                if chars.get(i + 1) == Some(&'?') && chars.get(i + 2) != Some(&':') {
                    return None;
                }
                depth += 1;
                None
            }
            ')' => {
                depth = depth.checked_sub(1)?;
                None
            }
            '|' if depth == 0 => return None,
            '{' => {
                // A counted repetition: it and what it repeats are no literal.
                while *chars.get(i)? != '}' {
                    i += 1;
                }
                tail.clear();
                None
            }
            '*' | '+' | '?' => {
                tail.clear();
                None
            }
            c if is_meta(c) => None,
            c => Some(c),
        };
        match lit {
            // A literal counts only at the top level, after anything else.
            Some(l) if depth == 0 => tail.push(l),
            _ => tail.clear(),
        }
        i += 1;
    }
    None
}

/// Whether the regex compiler reads `body` as `analyze` does, so that what `analyze` finds may
/// stand in for the compiled regex (a literal set need not even be compiled to be checked). Not
/// so with escapes the compiler reads otherwise or refuses (`\<` and `\>` are word boundaries to
/// it, `\é` is an error), nor with groups nested near its limit.
pub fn plain(body: &str) -> bool {
    let b = body.as_bytes();
    let (mut i, mut depth) = (0, 0u32);
    while i < b.len() {
        match b[i] {
            b'\\' => {
                if !b
                    .get(i + 1)
                    .is_some_and(|c| c.is_ascii() && !matches!(c, b'<' | b'>'))
                {
                    return false;
                }
                i += 1;
            }
            b'(' => {
                depth += 1;
                if depth > 16 {
                    return false;
                }
            }
            b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    true
}

/// Analyze a regex body (no `/…/` wrapper) compiled without flags.
pub fn analyze(body: &str) -> Lits {
    let chars: Vec<char> = body.chars().collect();
    let mut p = P { s: &chars, i: 0 };
    let mut exact_all = true;
    let mut strings = Vec::new();
    loop {
        // Every top-level branch must be anchored at the start.
        if p.peek() != Some('^') {
            return Lits::Any;
        }
        p.i += 1;
        let Some((strs, exact)) = p.seq(true) else {
            return Lits::Any;
        };
        exact_all &= exact;
        if strs.iter().any(|s| s.is_empty()) && !exact {
            return Lits::Any;
        }
        strings.extend(strs);
        if strings.len() > MAX_SET {
            return Lits::Any;
        }
        match p.peek() {
            Some('|') => p.i += 1,
            None => break,
            _ => return Lits::Any,
        }
    }
    strings.sort();
    strings.dedup();
    if exact_all {
        Lits::Exact(strings)
    } else {
        Lits::Prefix(strings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(v: &[&str]) -> Lits {
        Lits::Exact(v.iter().map(|s| s.to_string()).collect())
    }
    fn pre(v: &[&str]) -> Lits {
        Lits::Prefix(v.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn literal_shapes() {
        assert_eq!(analyze("^svc\\-12 latency$"), ex(&["svc-12 latency"]));
        assert_eq!(
            analyze("^(svc-1|svc-2)-rps$"),
            ex(&["svc-1-rps", "svc-2-rps"])
        );
        assert_eq!(analyze("^(?:A-series)$|^A\\-series$"), ex(&["A-series"]));
        assert_eq!(analyze("^svc-4\\d* rps$"), pre(&["svc-4"]));
        assert_eq!(analyze("^cpu.*"), pre(&["cpu"]));
        assert_eq!(analyze("^abc"), pre(&["abc"]));
        assert_eq!(analyze("^ab?c$"), pre(&["a"]));
        assert_eq!(
            analyze("^(a|b)+$"),
            Lits::Any,
            "quantified group: no literal at all"
        );
        assert_eq!(analyze(".*checkout.*"), Lits::Any);
        assert_eq!(analyze("^x$|y"), Lits::Any);
        assert_eq!(analyze("^(?i)abc$"), Lits::Any);
        assert_eq!(analyze("^[ab]c$"), Lits::Any);
        assert_eq!(analyze("^a(b|[cd])e$"), pre(&["ab", "a"]).sorted());
        assert_eq!(analyze("^$"), ex(&[""]));
        // A quantified escape is not a literal (it was read as one: `svc1` went unmatched).
        assert_eq!(analyze("^svc\\-?1$"), pre(&["svc"]));
    }

    #[test]
    fn one_literal_text() {
        let sh = |b: &str| shape(b).map(|s| (s.text, s.start, s.end));
        assert_eq!(sh("checkout"), Some(("checkout".into(), false, false)));
        assert_eq!(sh("^db\\-1"), Some(("db-1".into(), true, false)));
        assert_eq!(sh("\\.prod$"), Some((".prod".into(), false, true)));
        assert_eq!(sh(""), Some(("".into(), false, false)));
        assert_eq!(sh("^$"), Some(("".into(), true, true)));
        assert_eq!(sh("a\\$"), Some(("a$".into(), false, false)));
        // Not one literal text: a regex decides.
        for b in [
            "a|b", "ab?", "a\\-?", "a.c", "\\d", "(ab)", "a$b", "a$$", "[ab]", "a{2}", "\\", "^^a",
        ] {
            assert_eq!(sh(b), None, "{b}");
        }
        let t = shape("-prod$").unwrap();
        assert!(t.is_match("db-prod") && !t.is_match("db-prod2"));
        assert!(shape("heck").unwrap().is_match("checkout"));
    }

    #[test]
    fn literal_endings() {
        assert_eq!(suffix("^svc-1\\d* rps$").as_deref(), Some(" rps"));
        assert_eq!(suffix("(a|b)c\\.d$").as_deref(), Some("c.d"));
        assert_eq!(suffix("[x$]y$").as_deref(), Some("y"));
        for b in [
            "abc", "a$|b$", "ab?$", "a{2}$", "(?i)abc$", "(ab)$", "a\\d$", "a[bc]$", "[ab$",
        ] {
            assert_eq!(suffix(b), None, "{b}");
        }
    }

    #[test]
    fn plain_escapes_and_nesting() {
        assert!(plain("^svc\\-1 \\(x\\) \\d+$"));
        assert!(!plain("^a\\<b$"), "a word boundary to the compiler");
        assert!(!plain("^a\\>b$"));
        assert!(!plain("^a\\é$"), "an error to the compiler");
        assert!(!plain("^a\\"));
        assert!(plain(&format!("^{}a{}$", "(".repeat(16), ")".repeat(16))));
        assert!(!plain(&format!("^{}a{}$", "(".repeat(17), ")".repeat(17))));
        // A `]` first in a class does not close it.
        assert_eq!(analyze("^a[](]|^b"), pre(&["a", "b"]));
        assert_eq!(analyze("^a[^](]|^b"), pre(&["a", "b"]));
    }

    /// Random patterns over a small alphabet, checked against the regex compiler: a literal set
    /// of a plain pattern compiles and matches exactly its strings; a match of a plain pattern
    /// with prefixes starts with one of them.
    #[test]
    fn agrees_with_the_regex_compiler() {
        const TOKENS: &[&str] = &[
            "a", "b", "-", "\\-", "\\.", ".", "(", ")", "(?:", "|", "|^", "?", "*", "+", "$",
            "{2}", "[ab]", "[]a]", "[^]b]", "\\d", "\\<", "\\b", "^", "\\(", "\\)", " ", "\\$",
            "\\^", "{", "}", "]", "é", "(a|)", "\\[", "\\]", "\\é", "{1,}",
        ];
        const CHARS: &[char] = &[
            'a', 'b', '-', '.', '(', ')', ']', '[', ' ', '<', '1', '$', '^', 'é',
        ];
        let mut seed = 0x2545f4914f6cdd1du64;
        let mut rnd = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let (mut exact, mut prefix, mut shapes, mut endings) = (0, 0, 0, 0);
        for _ in 0..40_000 {
            let mut p = String::from(if rnd(4) == 0 { "" } else { "^" });
            for _ in 0..rnd(9) {
                p.push_str(TOKENS[rnd(TOKENS.len())]);
            }
            if rnd(2) == 0 {
                p.push('$');
            }
            let lits = analyze(&p);
            if !plain(&p) {
                continue;
            }
            let compiled = crate::bind::pattern::compile(&p);
            let mut probes: Vec<String> = Vec::new();
            for _ in 0..40 {
                probes.push((0..rnd(6)).map(|_| CHARS[rnd(CHARS.len())]).collect());
            }
            if let (Some(end), Ok(re)) = (suffix(&p), &compiled) {
                endings += 1;
                for _ in 0..10 {
                    let head: String = (0..rnd(4)).map(|_| CHARS[rnd(CHARS.len())]).collect();
                    probes.push(format!("{head}{end}"));
                }
                for s in &probes {
                    if re.is_match(s) {
                        assert!(
                            s.ends_with(end.as_str()),
                            "{p:?} matches {s:?}, not ending {end:?}"
                        );
                    }
                }
            }
            if let Some(sh) = shape(&p) {
                shapes += 1;
                let re = compiled
                    .as_ref()
                    .unwrap_or_else(|e| panic!("{p:?} is one text but: {e}"));
                for x in [
                    format!("a{}b", sh.text),
                    sh.text.clone(),
                    format!("{}-", sh.text),
                ] {
                    probes.push(x);
                }
                for s in &probes {
                    assert_eq!(re.is_match(s), sh.is_match(s), "{p:?} on {s:?}");
                }
            }
            match &lits {
                Lits::Exact(set) => {
                    exact += 1;
                    let re = compiled.unwrap_or_else(|e| panic!("{p:?} is a literal set but: {e}"));
                    for s in set {
                        probes.push(s.clone());
                        probes.push(format!("{s}a"));
                        probes.push(format!("a{s}"));
                    }
                    for s in &probes {
                        assert_eq!(re.is_match(s), set.contains(s), "{p:?} on {s:?}");
                    }
                }
                Lits::Prefix(pre) => {
                    let Ok(re) = compiled else { continue };
                    prefix += 1;
                    for x in pre {
                        for _ in 0..10 {
                            let tail: String =
                                (0..rnd(4)).map(|_| CHARS[rnd(CHARS.len())]).collect();
                            probes.push(format!("{x}{tail}"));
                        }
                    }
                    for s in &probes {
                        if re.is_match(s) {
                            assert!(
                                pre.iter().any(|x| s.starts_with(x.as_str())),
                                "{p:?} matches {s:?}, not after {pre:?}"
                            );
                        }
                    }
                }
                Lits::Any => {}
            }
        }
        assert!(
            exact > 500 && prefix > 500 && shapes > 500 && endings > 500,
            "{exact} literal sets, {prefix} prefix sets, {shapes} texts, {endings} endings"
        );
    }

    impl Lits {
        fn sorted(self) -> Lits {
            match self {
                Lits::Prefix(mut v) => {
                    v.sort();
                    v.dedup();
                    Lits::Prefix(v)
                }
                o => o,
            }
        }
    }
}
