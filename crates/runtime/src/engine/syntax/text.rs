//! The source text as the syntax-error reports read it: lines of chars in Boa's coordinates (1-based line and
//! column, in chars), tokens before and after a position, and the few scans a report needs (an unterminated
//! string, a bracket that closes nothing).

use super::SyntaxReport;

/// The source split into lines of chars, Boa's coordinates (1-based line and column, in chars).
pub(super) struct Text {
    pub(super) lines: Vec<Vec<char>>,
}

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
];
// Longest first, so `===` wins over `==`.
const PUNCTUATORS: &[&str] = &[
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=",
    "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "<<", ">>", "**",
];

pub(super) fn is_id_start(c: char) -> bool {
    c == '$' || c == '_' || c.is_alphabetic()
}
pub(super) fn is_id_part(c: char) -> bool {
    is_id_start(c) || c.is_ascii_digit() || c == '\u{200c}' || c == '\u{200d}'
}

impl Text {
    pub(super) fn new(body: &str) -> Self {
        Self {
            lines: body
                .split('\n')
                .map(|l| l.trim_end_matches('\r').chars().collect())
                .collect(),
        }
    }
    /// How many lines the text has.
    pub(super) fn line_count(&self) -> usize {
        self.lines.len()
    }
    pub(super) fn line(&self, line: u32) -> &[char] {
        line.checked_sub(1)
            .and_then(|i| self.lines.get(i as usize))
            .map_or(&[], Vec::as_slice)
    }
    pub(super) fn char_at(&self, line: u32, col: u32) -> Option<char> {
        col.checked_sub(1)
            .and_then(|i| self.line(line).get(i as usize).copied())
    }
    /// The 1-based UTF-16 column of Boa's char column, as V8 counts.
    pub(super) fn utf16_col(&self, line: u32, col: u32) -> u32 {
        let n = col.saturating_sub(1) as usize;
        let units: usize = self.line(line).iter().take(n).map(|c| c.len_utf16()).sum();
        units as u32 + 1
    }
    pub(super) fn utf16_len(&self, line: u32, col: u32, len: u32) -> u32 {
        let from = col.saturating_sub(1) as usize;
        let units: usize = self
            .line(line)
            .iter()
            .skip(from)
            .take(len as usize)
            .map(|c| c.len_utf16())
            .sum();
        units as u32
    }
    /// A report at Boa's (line, col) marking `len` chars.
    pub(super) fn report(&self, message: String, line: u32, col: u32, len: u32) -> SyntaxReport {
        SyntaxReport {
            message,
            line,
            column: self.utf16_col(line, col),
            length: self.utf16_len(line, col, len),
        }
    }
    /// The end of the input: V8 marks nothing there.
    pub(super) fn end_of_input(&self) -> SyntaxReport {
        let line = self.lines.len().max(1) as u32;
        let col = self.line(line).len() as u32 + 1;
        self.report("Unexpected end of input".into(), line, col, 0)
    }
    /// The first token at or after (line, col), skipping white space and comments.
    pub(super) fn next_token(&self, mut line: u32, mut col: u32) -> Option<(u32, u32)> {
        let mut in_block = false;
        while (line as usize) <= self.lines.len() {
            let l = self.line(line);
            let mut i = col.saturating_sub(1) as usize;
            while i < l.len() {
                if in_block {
                    if l[i] == '*' && l.get(i + 1) == Some(&'/') {
                        in_block = false;
                        i += 1;
                    }
                } else if l[i] == '/' && l.get(i + 1) == Some(&'/') {
                    break;
                } else if l[i] == '/' && l.get(i + 1) == Some(&'*') {
                    in_block = true;
                    i += 1;
                } else if !l[i].is_whitespace() {
                    return Some((line, i as u32 + 1));
                }
                i += 1;
            }
            line += 1;
            col = 1;
        }
        None
    }
    /// The token ending just before (line, col): its line, column and length.
    pub(super) fn prev_token(&self, mut line: u32, col: u32) -> Option<(u32, u32, u32)> {
        let mut end = col.saturating_sub(1) as usize;
        loop {
            let l = self.line(line);
            while end > 0 && l.get(end - 1).is_some_and(|c| c.is_whitespace()) {
                end -= 1;
            }
            if end > 0 {
                break;
            }
            if line <= 1 {
                return None;
            }
            line -= 1;
            end = self.line(line).len();
        }
        let l = self.line(line);
        let last = l[end - 1];
        let mut start = end - 1;
        if last == '"' || last == '\'' || last == '`' {
            while start > 0 && !(l[start - 1] == last && (start < 2 || l[start - 2] != '\\')) {
                start -= 1;
            }
            start = start.saturating_sub(1);
        } else if is_id_part(last) {
            while start > 0
                && (is_id_part(l[start - 1])
                    || l[start - 1] == '#'
                    || l[start - 1] == '.' && last.is_ascii_digit())
            {
                start -= 1;
            }
        }
        Some((line, start as u32 + 1, (end - start) as u32))
    }
    /// The token starting at (line, col): its length and V8's "Unexpected ..." message for it.
    pub(super) fn token(&self, line: u32, col: u32, found: Option<&str>) -> (u32, String) {
        let l = self.line(line);
        let i = col.saturating_sub(1) as usize;
        let Some(&c) = l.get(i) else {
            return (0, "Unexpected end of input".into());
        };
        let run = |f: &dyn Fn(char) -> bool| l[i..].iter().take_while(|&&c| f(c)).count() as u32;
        if c == '"' || c == '\'' {
            let mut k = i + 1;
            while k < l.len() && l[k] != c {
                k += if l[k] == '\\' { 2 } else { 1 };
            }
            return (
                ((k + 1).min(l.len()) - i) as u32,
                "Unexpected string".into(),
            );
        }
        if c == '`' {
            return (1, "Unexpected template string".into());
        }
        if c.is_ascii_digit() || c == '.' && l.get(i + 1).is_some_and(char::is_ascii_digit) {
            return (
                run(&|c| c.is_ascii_alphanumeric() || c == '.' || c == '_'),
                "Unexpected number".into(),
            );
        }
        if is_id_start(c) || c == '#' || c == '\\' {
            let len = 1 + l[i + 1..].iter().take_while(|&&c| is_id_part(c)).count() as u32;
            let word: String = l[i..i + len as usize].iter().collect();
            let message = if KEYWORDS.contains(&word.as_str()) {
                format!("Unexpected token '{word}'")
            } else if word == "enum" {
                "Unexpected reserved word".into()
            } else {
                format!("Unexpected identifier '{word}'")
            };
            return (len, message);
        }
        let rest: String = l[i..].iter().take(4).collect();
        let punct = found
            .filter(|f| rest.starts_with(*f) && !f.is_empty())
            .or_else(|| PUNCTUATORS.iter().copied().find(|p| rest.starts_with(p)))
            .map_or_else(|| c.to_string(), str::to_string);
        (
            punct.chars().count() as u32,
            format!("Unexpected token '{punct}'"),
        )
    }
    pub(super) fn unexpected(&self, line: u32, col: u32, found: Option<&str>) -> SyntaxReport {
        let (len, message) = self.token(line, col, found);
        self.report(message, line, col, len)
    }
    pub(super) fn word_at(&self, line: u32, col: u32) -> String {
        let l = self.line(line);
        l.iter()
            .skip(col.saturating_sub(1) as usize)
            .take_while(|&&c| is_id_part(c))
            .collect()
    }
    /// The first occurrence of the word `w` at or after (line, col), as a whole word.
    pub(super) fn find_word(&self, w: &str, line: u32, col: u32) -> Option<(u32, u32)> {
        let target: Vec<char> = w.chars().collect();
        for ln in line..=self.lines.len() as u32 {
            let l = self.line(ln);
            let from = if ln == line {
                col.saturating_sub(1) as usize
            } else {
                0
            };
            for i in from..l.len() {
                if l[i..].starts_with(&target)
                    && (i == 0 || !is_id_part(l[i - 1]))
                    && l.get(i + target.len()).is_none_or(|c| !is_id_part(*c))
                {
                    return Some((ln, i as u32 + 1));
                }
            }
        }
        None
    }
}

/// The `open` bracket matching the `close` at (line, col), searching backwards.
pub(super) fn matching_open(
    text: &Text,
    line: u32,
    col: u32,
    open: char,
    close: char,
) -> (u32, u32) {
    let mut depth = 0;
    let (mut l, mut i) = (line, col as usize);
    loop {
        let chars = text.line(l);
        while i > 0 {
            i -= 1;
            match chars.get(i) {
                Some(&c) if c == close => depth += 1,
                Some(&c) if c == open => {
                    depth -= 1;
                    if depth == 0 {
                        return (l, i as u32 + 1);
                    }
                }
                _ => {}
            }
        }
        if l <= 1 {
            return (line, col);
        }
        l -= 1;
        i = text.line(l).len();
    }
}

/// What one pass over the code (strings, comments and templates skipped) finds: the first string literal that
/// runs to the end of its line (line, col, length to the line's end) and the first `)`, `]` or `}` that closes
/// nothing (line, col).
#[derive(Default)]
pub(super) struct Scan {
    pub unterminated_string: Option<(u32, u32, u32)>,
    pub stray_closer: Option<(u32, u32)>,
}

pub(super) fn scan(text: &Text) -> Scan {
    let mut found = Scan::default();
    // Open brackets; '$' marks a template's `${`, whose `}` resumes the template.
    let mut stack: Vec<char> = Vec::new();
    let mut in_block = false;
    let mut in_template = false;
    for (n, l) in text.lines.iter().enumerate() {
        let line = n as u32 + 1;
        // The opening quote of a string literal on this line.
        let mut quote: Option<(char, usize)> = None;
        let mut i = 0;
        while i < l.len() {
            let c = l[i];
            if in_block {
                if c == '*' && l.get(i + 1) == Some(&'/') {
                    in_block = false;
                    i += 1;
                }
            } else if in_template {
                if c == '\\' {
                    i += 1;
                } else if c == '`' {
                    in_template = false;
                } else if c == '$' && l.get(i + 1) == Some(&'{') {
                    in_template = false;
                    stack.push('$');
                    i += 1;
                }
            } else if let Some((q, _)) = quote {
                if c == '\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            } else if c == '/' && l.get(i + 1) == Some(&'/') {
                break;
            } else if c == '/' && l.get(i + 1) == Some(&'*') {
                in_block = true;
                i += 1;
            } else if c == '"' || c == '\'' {
                quote = Some((c, i));
            } else if c == '`' {
                in_template = true;
            } else if c == '(' || c == '[' || c == '{' {
                stack.push(c);
            } else if c == ')' || c == ']' || c == '}' {
                match stack.pop() {
                    None if found.stray_closer.is_none() => {
                        found.stray_closer = Some((line, i as u32 + 1))
                    }
                    Some('$') if c == '}' => in_template = true,
                    _ => {}
                }
            }
            i += 1;
        }
        if let Some((_, start)) = quote {
            if found.unterminated_string.is_none() {
                found.unterminated_string =
                    Some((line, start as u32 + 1, (l.len() - start) as u32));
            }
        }
    }
    found
}

/// The source as (char, line, col), comments and string contents dropped (quotes kept, a `\n` at each line's
/// end), so tokens can be read across lines.
pub(super) fn code_chars(text: &Text) -> Vec<(char, u32, u32)> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (n, l) in text.lines.iter().enumerate() {
        let mut i = 0;
        while i < l.len() {
            let c = l[i];
            if in_block {
                if c == '*' && l.get(i + 1) == Some(&'/') {
                    in_block = false;
                    i += 1;
                }
            } else if c == '/' && l.get(i + 1) == Some(&'/') {
                break;
            } else if c == '/' && l.get(i + 1) == Some(&'*') {
                in_block = true;
                i += 1;
            } else if c == '"' || c == '\'' || c == '`' {
                out.push((c, n as u32 + 1, i as u32 + 1));
                i += 1;
                while i < l.len() && l[i] != c {
                    i += if l[i] == '\\' { 2 } else { 1 };
                }
                out.push((c, n as u32 + 1, i as u32 + 1));
            } else {
                out.push((c, n as u32 + 1, i as u32 + 1));
            }
            i += 1;
        }
        out.push(('\n', n as u32 + 1, l.len() as u32 + 1));
    }
    out
}

/// The word starting at `k`, if one does.
pub(super) fn word_at(cs: &[(char, u32, u32)], k: usize) -> Option<String> {
    let first = cs.get(k)?.0;
    if !is_id_start(first) {
        return None;
    }
    Some(
        cs[k..]
            .iter()
            .take_while(|c| is_id_part(c.0))
            .map(|c| c.0)
            .collect(),
    )
}
