//! A light scan of JavaScript text into the tokens that matter for matching brackets (words, punctuation and
//! value-like literals; strings, templates, comments and regular expressions skipped), for the rewrites that
//! need places Boa 0.22 keeps no positions for: blocks (`try_finally.rs`) and loop bodies (`loops.rs`).

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tok {
    Word,
    Punct(u8),
    Value,
}

pub(super) struct Token {
    pub kind: Tok,
    pub start: usize,
    pub end: usize,
}

/// Words after which a `/` starts a regular expression, not a division.
const BEFORE_REGEX: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
];

/// The tokens of `src` that matter for brace matching: words, punctuation and value-like literals.
/// None when the text cannot be scanned (an unterminated literal or comment).
pub(super) fn tokens(src: &str) -> Option<Vec<Token>> {
    let b = src.as_bytes();
    let mut out: Vec<Token> = Vec::new();
    // Per open template substitution: the brace depth inside it (its `}` resumes the template).
    let mut templates: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = src[i..].find('\n').map_or(b.len(), |k| i + k);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = src[i + 2..].find("*/").map(|k| i + 2 + k + 2)?;
            }
            b'/' if regex_allowed(src, out.last()) => {
                let start = i;
                i = skip_regex(b, i + 1)?;
                out.push(Token {
                    kind: Tok::Value,
                    start,
                    end: i,
                });
            }
            b'\'' | b'"' => {
                let start = i;
                i = skip_string(b, i + 1, c)?;
                out.push(Token {
                    kind: Tok::Value,
                    start,
                    end: i,
                });
            }
            // A template's text, from its opening backquote or from the `}` that ends one of its `${...}`.
            b'`' | b'}' if c == b'`' || templates.last() == Some(&depth) => {
                if c == b'}' {
                    templates.pop();
                }
                let start = i;
                let (end, opened) = skip_template(b, i + 1)?;
                i = end;
                if opened {
                    templates.push(depth);
                }
                out.push(Token {
                    kind: Tok::Value,
                    start,
                    end: i,
                });
            }
            b'{' | b'}' | b'(' | b')' | b'[' | b']' => {
                if c == b'{' {
                    depth += 1;
                } else if c == b'}' {
                    depth = depth.checked_sub(1)?;
                }
                out.push(Token {
                    kind: Tok::Punct(c),
                    start: i,
                    end: i + 1,
                });
                i += 1;
            }
            _ if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'\\' || c >= 0x80 => {
                let start = i;
                while i < b.len()
                    && (b[i].is_ascii_alphanumeric()
                        || b[i] == b'_'
                        || b[i] == b'$'
                        || b[i] == b'\\'
                        || b[i] >= 0x80)
                {
                    // Non-ASCII: a whole UTF-8 sequence (identifiers, or a space such as U+00A0: harmless here).
                    i += 1;
                }
                // `1.5e-3`'s `.`, `-` and digits: a number is a value, whatever follows it.
                let kind = if c.is_ascii_digit() {
                    Tok::Value
                } else {
                    Tok::Word
                };
                out.push(Token {
                    kind,
                    start,
                    end: i,
                });
            }
            _ => {
                out.push(Token {
                    kind: Tok::Punct(c),
                    start: i,
                    end: i + 1,
                });
                i += 1;
            }
        }
    }
    Some(out)
}

fn regex_allowed(src: &str, prev: Option<&Token>) -> bool {
    match prev {
        None => true,
        Some(t) => match t.kind {
            Tok::Value => false,
            Tok::Word => BEFORE_REGEX.contains(&&src[t.start..t.end]),
            // After `)` or `]` a `/` divides; after a block's `}` it starts a literal (after an object
            // literal's it would divide, which the count check catches).
            Tok::Punct(p) => !matches!(p, b')' | b']'),
        },
    }
}

fn skip_string(b: &[u8], mut i: usize, quote: u8) -> Option<usize> {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' => return None,
            c if c == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Past a template's text from `i`: the offset after its closing backquote (false) or after a `${` (true).
fn skip_template(b: &[u8], mut i: usize) -> Option<(usize, bool)> {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'`' => return Some((i + 1, false)),
            b'$' if b.get(i + 1) == Some(&b'{') => return Some((i + 2, true)),
            _ => i += 1,
        }
    }
    None
}

fn skip_regex(b: &[u8], mut i: usize) -> Option<usize> {
    let mut class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' => return None,
            b'[' => {
                class = true;
                i += 1;
            }
            b']' => {
                class = false;
                i += 1;
            }
            b'/' if !class => {
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$')
                {
                    i += 1;
                }
                return Some(i);
            }
            _ => i += 1,
        }
    }
    None
}

/// The matching closer of every opener (`{`, `(`, `[`), by token index (`usize::MAX` for other tokens), or
/// None when the brackets do not balance.
pub(super) fn pairs(toks: &[Token]) -> Option<Vec<usize>> {
    let mut pair = vec![usize::MAX; toks.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            Tok::Punct(b'{' | b'(' | b'[') => stack.push(k),
            Tok::Punct(c @ (b'}' | b')' | b']')) => {
                let open = stack.pop()?;
                let want = match c {
                    b'}' => b'{',
                    b')' => b'(',
                    _ => b'[',
                };
                if toks[open].kind != Tok::Punct(want) {
                    return None;
                }
                pair[open] = k;
            }
            _ => {}
        }
    }
    stack.is_empty().then_some(pair)
}
