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
                    self.push(&mut cur, &[n.to_string()])?;
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
                    self.push(&mut cur, &[c.to_string()])?;
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
                '[' if !class => class = true,
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
