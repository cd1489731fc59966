//! The lexer's errors in V8's words and marks: strict-mode octals, bad escapes, regular expression literals
//! (the reason stays regress's here; the runtime's RegExp table words it as V8 does), stray characters.

use super::text::Text;
use super::v8::general;
use super::SyntaxReport;
use boa_engine::ast::Position;

/// The prefix of a regular expression literal's error; `internal.v8RegexpSyntax` (v8_messages_syntax.js) turns the
/// regress reason after it into V8's.
const REGEXP_PREFIX: &str = "Invalid regular expression: /";

/// The lexer's errors: V8 calls most of them an invalid or unexpected token.
pub(super) fn lexical(message: &str, position: Position, text: &Text) -> SyntaxReport {
    if let Some(r) = general(message, position, text) {
        return r;
    }
    let (line, col) = (position.line_number(), position.column_number());
    let l = text.line(line);
    let at = col.saturating_sub(1) as usize;
    if message.starts_with("a numeric literal must not be followed") {
        // V8 marks the number read so far.
        let mut start = at;
        while start > 0
            && l.get(start - 1)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '_')
        {
            start -= 1;
        }
        let len = at.saturating_sub(start).max(1) as u32;
        return text.report(
            "Invalid or unexpected token".into(),
            line,
            start as u32 + 1,
            len,
        );
    }
    let number_len = || {
        l[at.min(l.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == '_' || **c == '.')
            .count()
            .max(1) as u32
    };
    match message {
        "implicit octal literals are not allowed in strict mode" => {
            return text.report(
                "Octal literals are not allowed in strict mode.".into(),
                line,
                col,
                number_len(),
            );
        }
        "leading 0's are not allowed in strict mode" => {
            return text.report(
                "Decimals with leading zeros are not allowed in strict mode.".into(),
                line,
                col,
                number_len(),
            );
        }
        "octal escape sequences are not allowed in strict mode" => {
            // Boa points at the `\`; V8 marks the digits after the first.
            let digits = l[(at + 1).min(l.len())..]
                .iter()
                .take_while(|c| ('0'..='7').contains(*c))
                .count()
                .min(3);
            return text.report(
                "Octal escape sequences are not allowed in strict mode.".into(),
                line,
                col + 1,
                digits.saturating_sub(1).max(1) as u32,
            );
        }
        "invalid Hexadecimal escape sequence" => {
            return text.report("Invalid hexadecimal escape sequence".into(), line, col, 4);
        }
        "malformed Unicode character escape sequence" | "invalid Unicode escape sequence" => {
            // `\u{zz}`: V8 marks the first character that is not a hex digit; `\u12`: the escape's width.
            if l.get(at + 1) == Some(&'u') && l.get(at + 2) == Some(&'{') {
                let bad = l[at + 3..]
                    .iter()
                    .position(|c| !c.is_ascii_hexdigit())
                    .map_or(at + 3, |k| at + 3 + k);
                return text.report(
                    "Invalid Unicode escape sequence".into(),
                    line,
                    bad as u32 + 1,
                    1,
                );
            }
            return text.report("Invalid Unicode escape sequence".into(), line, col, 6);
        }
        "Expecting Token '.' as part of spread" => {
            // `o..a`: Boa reads `..` as a spread missing its third dot; V8 trips on the second dot.
            return text.report(
                "Unexpected token '.'".into(),
                line,
                col.saturating_sub(1),
                1,
            );
        }
        "new lines are not allowed in regular expressions" => {
            if let Some((l0, c0)) = regexp_start(text, line.saturating_sub(1)) {
                return text.report("Invalid regular expression: missing /".into(), l0, c0, 1);
            }
        }
        _ => {}
    }
    if message.starts_with("invalid regular expression flag")
        || message.starts_with("repeated regular expression flag")
    {
        return text.report("Invalid regular expression flags".into(), line, col, 1);
    }
    if let Some(reason) = message.strip_prefix("Invalid regular expression literal: ") {
        // Boa points at the literal's `/`: V8 marks the whole literal, flags included.
        let len = regexp_len(l, at);
        let literal: String = l[at..(at + len).min(l.len())].iter().collect();
        return text.report(
            format!("{REGEXP_PREFIX}{}: {reason}", &literal[1..]),
            line,
            col,
            len as u32,
        );
    }
    if message.starts_with("Invalid regular expression") || message.contains("regular expression") {
        return text.report(message.to_string(), line, col, 1);
    }
    // A character no token starts with: V8 marks an ASCII one, and nothing under a wider one (a curly quote).
    if message.starts_with("unexpected '") && l.get(at).is_some_and(|c| !c.is_ascii()) {
        return text.report("Invalid or unexpected token".into(), line, col, 0);
    }
    text.report("Invalid or unexpected token".into(), line, col, 1)
}

/// The length of the regular expression literal whose `/` is at index `at` of `l`, flags included.
fn regexp_len(l: &[char], at: usize) -> usize {
    let mut k = at + 1;
    let mut class = false;
    while k < l.len() {
        match l[k] {
            '\\' => k += 1,
            '[' => class = true,
            ']' => class = false,
            '/' if !class => break,
            _ => {}
        }
        k += 1;
    }
    k += 1;
    while k < l.len() && l[k].is_ascii_alphabetic() {
        k += 1;
    }
    k.min(l.len()) - at
}

/// Where a regular expression literal starts on `line`: the first `/` after an operator, a bracket or the
/// line's start (a `/` after a value divides).
fn regexp_start(text: &Text, line: u32) -> Option<(u32, u32)> {
    let l = text.line(line);
    let mut prev: Option<char> = None;
    for (i, &c) in l.iter().enumerate() {
        if c == '/' && prev.is_none_or(|p| "(,=:[!&|?{};+-*%<>~^".contains(p)) {
            return Some((line, i as u32 + 1));
        }
        if !c.is_whitespace() {
            prev = Some(c);
        }
    }
    None
}

/// The first bad escape of the template literal whose backtick Boa points at (line, col), as V8 marks it:
/// `\u` without four hex digits (the six characters from the backslash; in `\u{...}` the first character that
/// is not a hex digit), `\x` without two (four characters), an octal digit (nothing marked). Substitutions
/// (`${...}`) are skipped.
pub(super) fn template_escape(text: &Text, mut line: u32, col: u32) -> Option<SyntaxReport> {
    let mut i = col as usize; // just past the backtick
    let mut depth = 0usize;
    let mut lines_left = 200;
    loop {
        let l = text.line(line);
        while i < l.len() {
            let c = l[i];
            if depth > 0 {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                i += 1;
                continue;
            }
            match c {
                '`' => return None,
                '$' if l.get(i + 1) == Some(&'{') => {
                    depth = 1;
                    i += 2;
                    continue;
                }
                '\\' => {
                    let at = i as u32 + 1;
                    let hex = |k: usize| l.get(i + k).is_some_and(char::is_ascii_hexdigit);
                    match l.get(i + 1) {
                        Some('u') if l.get(i + 2) == Some(&'{') => {
                            let bad = l[i + 3..]
                                .iter()
                                .position(|c| !c.is_ascii_hexdigit())
                                .map(|k| i + 3 + k);
                            match bad {
                                Some(b) if l.get(b) == Some(&'}') && b > i + 3 => {}
                                Some(b) => {
                                    return Some(text.report(
                                        "Invalid Unicode escape sequence".into(),
                                        line,
                                        b as u32 + 1,
                                        1,
                                    ));
                                }
                                None => {
                                    return Some(text.report(
                                        "Invalid Unicode escape sequence".into(),
                                        line,
                                        l.len() as u32 + 1,
                                        1,
                                    ));
                                }
                            }
                        }
                        Some('u') if !(1..=4).all(|k| hex(k + 1)) => {
                            return Some(text.report(
                                "Invalid Unicode escape sequence".into(),
                                line,
                                at,
                                6,
                            ));
                        }
                        Some('x') if !(hex(2) && hex(3)) => {
                            return Some(text.report(
                                "Invalid hexadecimal escape sequence".into(),
                                line,
                                at,
                                4,
                            ));
                        }
                        Some(d)
                            if d.is_ascii_digit()
                                && (*d != '0'
                                    || l.get(i + 2).is_some_and(char::is_ascii_digit)) =>
                        {
                            return Some(
                                text.report(
                                    "Octal escape sequences are not allowed in template strings."
                                        .into(),
                                    line,
                                    at + 1,
                                    0,
                                ),
                            );
                        }
                        _ => {}
                    }
                    i += 2;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        lines_left -= 1;
        if lines_left == 0 || line as usize >= text.line_count() {
            return None;
        }
        line += 1;
        i = 0;
    }
}
