//! Boa's parse errors turned into V8's: the message node prints and the token it marks.

use super::exports::{duplicate_export, undefined_export};
use super::private::{duplicate_private, undeclared_private};
use super::text::{is_id_part, is_id_start, matching_open, scan, Text};
use super::{parse, second_declaration, Goal, SyntaxReport, NO_MARK};
use boa_engine::ast::{Position, Span};
use boa_engine::interner::Interner;
use boa_engine::parser::{lexer::Error as LexError, Error as ParseError};

/// V8's message and place for one of Boa's parse errors.
pub(super) fn translate(
    e: &ParseError,
    text: &Text,
    body: &str,
    goal: Goal,
    interner: &mut Interner,
) -> SyntaxReport {
    match e {
        ParseError::AbruptEnd => end_of_input(text, body, goal, interner),
        ParseError::Expected {
            expected,
            found,
            span,
            context,
        } => {
            let (line, col) = (span.start().line_number(), span.start().column_number());
            if *context == "argument list" && expected.iter().any(|t| t == ")") {
                return missing_paren(text, line, col);
            }
            if *context == "get method definition"
                || (*context == "class getter" && expected.iter().any(|t| t == ")"))
            {
                // `get x(a) {}`: V8 marks the parameter list.
                let (_, c, _) = text.prev_token(line, col).unwrap_or((line, col, 1));
                let close = text
                    .line(line)
                    .iter()
                    .skip(col as usize)
                    .position(|&ch| ch == ')');
                let len = close.map_or(1, |k| col + k as u32 + 1 - c + 1);
                return text.report(
                    "Getter must not have any formal parameters.".into(),
                    line,
                    c,
                    len,
                );
            }
            if context.ends_with("binding pattern") && &**found == "," {
                // `[a, ...b,]`: V8 marks the rest element.
                let l = text.line(line);
                let upto = col.saturating_sub(1) as usize;
                if let Some(k) = (0..upto.saturating_sub(2))
                    .rev()
                    .find(|&k| l[k..].starts_with(&['.', '.', '.']))
                {
                    let (_, pc, pn) = text.prev_token(line, col).unwrap_or((line, col, 1));
                    return text.report(
                        "Rest element must be last element".into(),
                        line,
                        k as u32 + 1,
                        pc + pn - 1 - k as u32,
                    );
                }
            }
            if *context == "try statement" {
                let (l, c, n) = text.prev_token(line, col).unwrap_or((line, col, 1));
                return text.report("Missing catch or finally after try".into(), l, c, n);
            }
            if let Some(r) = await_outside_async(text, line, col) {
                return r;
            }
            // `f(a ?? b || c)`: the `||` cannot continue the argument, so V8 expects the call's `)`.
            if context.starts_with("logical expression")
                && super::literals::inside_call_args(text, line, col)
            {
                return missing_paren(text, line, col);
            }
            text.unexpected(line, col, Some(found))
        }
        ParseError::Unexpected {
            found,
            span,
            message,
        } => {
            let (line, col) = (span.start().line_number(), span.start().column_number());
            if let Some(r) = unexpected_early(Some(&**message), found, line, col, text) {
                return r;
            }
            if &**found == "default" {
                return text.report(
                    "More than one default clause in switch statement".into(),
                    line,
                    col,
                    7,
                );
            }
            if &**found == "(" {
                if let Some((l, c, n)) = text.prev_token(line, col) {
                    if text.word_at(l, c) == "function" {
                        return text.report(
                            "Function statements require a function name".into(),
                            l,
                            c,
                            n,
                        );
                    }
                }
            }
            if let Some(r) = await_outside_async(text, line, col) {
                return r;
            }
            text.unexpected(line, col, Some(found))
        }
        ParseError::General { message, position }
            if &**message == "invalid escape in template literal"
                && super::lexical::template_escape(
                    text,
                    position.line_number(),
                    position.column_number(),
                )
                .is_some() =>
        {
            super::lexical::template_escape(text, position.line_number(), position.column_number())
                .unwrap_or_else(|| text.end_of_input())
        }
        ParseError::General { message, position } => general(message, *position, text)
            .unwrap_or_else(|| {
                text.report(
                    message.to_string(),
                    position.line_number(),
                    position.column_number(),
                    1,
                )
            }),
        ParseError::Lex {
            err: LexError::Syntax(message, position),
        } => super::lexical::lexical(message, *position, text),
        ParseError::Lex {
            err: LexError::IO(io),
        } => {
            if io.to_string().contains("string literal") {
                if let Some((line, col, len)) = scan(text).unterminated_string {
                    return text.report("Invalid or unexpected token".into(), line, col, len);
                }
                return SyntaxReport {
                    message: "Invalid or unexpected token".into(),
                    line: 0,
                    column: 0,
                    length: 1,
                };
            }
            text.end_of_input()
        }
        ParseError::ScopeAnalysis { err } => SyntaxReport {
            message: (*err).to_string(),
            line: 0,
            column: 0,
            length: 1,
        },
    }
}

/// The input ended inside a construct. V8 says so, except inside a call's arguments.
fn end_of_input(text: &Text, body: &str, goal: Goal, interner: &mut Interner) -> SyntaxReport {
    let probe = format!("{body}\n;");
    let probed = parse(&probe, goal, interner);
    if let Err(e @ (ParseError::Expected { span, .. } | ParseError::Unexpected { span, .. })) =
        &probed
    {
        // Boa looks a token or two ahead (`x = {;` at the very end): with more text after it, the parser
        // stops at the token V8 rejects, inside the original text.
        if (span.start().line_number() as usize) <= text.lines.len() {
            return translate(e, text, body, goal, interner);
        }
    }
    if let Err(ParseError::Expected {
        expected,
        span,
        context,
        ..
    }) = &probed
    {
        let at_end = span.start().line_number() as usize == text.lines.len() + 1;
        if *context == "argument list" && expected.iter().any(|t| t == ")") && at_end {
            return missing_paren(
                text,
                span.start().line_number(),
                span.start().column_number(),
            );
        }
        if *context == "try statement" && at_end {
            let (l, c, n) = text
                .prev_token(span.start().line_number(), span.start().column_number())
                .unwrap_or((1, 1, 1));
            return text.report("Missing catch or finally after try".into(), l, c, n);
        }
    }
    text.end_of_input()
}

/// `f(a b` or `f(a;`: V8 marks the last argument's last token.
fn missing_paren(text: &Text, line: u32, col: u32) -> SyntaxReport {
    let (l, c, n) = text.prev_token(line, col).unwrap_or((line, col, 1));
    text.report("missing ) after argument list".into(), l, c, n)
}

/// `await x` in a function that is not async: Boa reads `await` as a name and trips on `x`.
fn await_outside_async(text: &Text, line: u32, col: u32) -> Option<SyntaxReport> {
    let operand = text
        .char_at(line, col)
        .is_some_and(|c| is_id_start(c) || c.is_ascii_digit() || "'\"`".contains(c));
    if !operand {
        return None;
    }
    let (l, c, n) = text.prev_token(line, col)?;
    (n == 5 && text.word_at(l, c) == "await").then(|| {
        text.report(
            "await is only valid in async functions and the top level bodies of modules".into(),
            l,
            c,
            5,
        )
    })
}

/// Where `keyword name` (`break outer`, `continue outer`) is: the label's line and column.
fn labelled_jump(text: &Text, keyword: &str, name: &str) -> Option<(u32, u32)> {
    let (mut l, mut c) = (1, 1);
    while let Some((kl, kc)) = text.find_word(keyword, l, c) {
        if let Some((nl, nc)) = text.next_token(kl, kc + keyword.len() as u32) {
            if nl == kl && text.word_at(nl, nc) == name {
                return Some((nl, nc));
            }
        }
        (l, c) = (kl, kc + 1);
    }
    None
}

/// V8's error for a `break`/`continue` to the label `name` at (line, col) that no enclosing statement of the same
/// function has: "Undefined label", or for a `continue` to a label of a statement that is not a loop (found in
/// the source as `name:` before a block or other statement), that it does not denote an iteration statement.
fn undefined_label(name: &str, line: u32, col: u32, text: &Text, keyword: &str) -> SyntaxReport {
    let len = name.chars().count() as u32;
    if keyword == "continue" {
        let mut at = text.find_word(name, 1, 1);
        while let Some((l, c)) = at {
            let colon = text.next_token(l, c + len);
            if colon.is_some_and(|(cl, cc)| text.char_at(cl, cc) == Some(':')) {
                let (cl, cc) = colon.unwrap_or((l, c));
                let stmt = text
                    .next_token(cl, cc + 1)
                    .map(|(sl, sc)| text.word_at(sl, sc));
                let is_loop = matches!(stmt.as_deref(), Some("for" | "while" | "do"));
                if !is_loop {
                    return text.report(
                        format!("Illegal continue statement: '{name}' does not denote an iteration statement"),
                        line,
                        col,
                        len,
                    );
                }
                break;
            }
            at = text.find_word(name, l, c + 1);
        }
    }
    text.report(format!("Undefined label '{name}'"), line, col, len)
}

/// Boa's early errors (some come as lexer errors), in V8's words; `None` for one not known here.
pub(super) fn general(message: &str, position: Position, text: &Text) -> Option<SyntaxReport> {
    let (line, col) = (position.line_number(), position.column_number());
    let at_word = |w: &str, message: &str| {
        let (l, c) = text
            .find_word(w, line, col)
            .or_else(|| text.find_word(w, 1, 1))
            .unwrap_or((line, col));
        text.report(message.into(), l, c, w.chars().count() as u32)
    };
    Some(match message {
        "Expected initializer for const declaration"
        | "Expected initializer for let declaration" => {
            let (l, c, n) = text.prev_token(line, col).unwrap_or((line, col, 1));
            // A pattern: V8 marks it whole and names it a destructuring declaration.
            let closing = text.char_at(l, c + n - 1);
            if closing == Some('}') || closing == Some(']') {
                let open = if closing == Some('}') { '{' } else { '[' };
                let (ol, oc) = matching_open(text, l, c, open, closing.unwrap_or('}'));
                let len = if ol == l { c + 1 - oc } else { 1 };
                return Some(text.report(
                    "Missing initializer in destructuring declaration".into(),
                    ol,
                    oc,
                    len,
                ));
            }
            text.report("Missing initializer in const declaration".into(), l, c, n)
        }
        "'let' is disallowed as a lexically bound name" => text.report(
            "let is disallowed as a lexically bound name".into(),
            line,
            col,
            3,
        ),
        "invalid super usage" => at_word("super", "'super' keyword unexpected here"),
        m if m.starts_with("invalid object literal in") => {
            super::literals::shorthand_initializer(text)?
        }
        "a class may only have one constructor" => text.report(
            "A class may only have one constructor".into(),
            line,
            col,
            11,
        ),
        "illegal break statement" | "illegal continue statement" => {
            let keyword = if message == "illegal break statement" {
                "break"
            } else {
                "continue"
            };
            // `continue outer` inside a callback: the label is outside the function, so V8 does not know it.
            let (l, c) = text
                .find_word(keyword, line, col)
                .or_else(|| text.find_word(keyword, 1, 1))
                .unwrap_or((line, col));
            let label = text
                .next_token(l, c + keyword.len() as u32)
                .filter(|&(ll, _)| ll == l)
                .map(|(ll, lc)| (ll, lc, text.word_at(ll, lc)))
                .filter(|(_, _, w)| !w.is_empty());
            match label {
                Some((ll, lc, name)) => undefined_label(&name, ll, lc, text, keyword),
                None if keyword == "break" => at_word("break", "Illegal break statement"),
                None => at_word(
                    "continue",
                    "Illegal continue statement: no surrounding iteration statement",
                ),
            }
        }
        m if m.starts_with("undefined break target: ")
            || m.starts_with("undefined continue target: ") =>
        {
            let (keyword, name) = m.split_once(" target: ")?;
            let keyword = keyword.trim_start_matches("undefined ");
            let (l, c) = labelled_jump(text, keyword, name)?;
            undefined_label(name, l, c, text, keyword)
        }
        "with statement not allowed in strict mode" => {
            at_word("with", "Strict mode code may not include a with statement")
        }
        "cannot delete variables in strict mode" => {
            let (l, c) = text.next_token(line, col + 6).unwrap_or((line, col));
            let n = text.word_at(l, c).chars().count().max(1) as u32;
            text.report(
                "Delete of an unqualified identifier in strict mode.".into(),
                l,
                c,
                n,
            )
        }
        m if m.starts_with("binding identifier `eval`")
            || m.starts_with("binding identifier `arguments`") =>
        {
            let n = text.word_at(line, col).chars().count().max(1) as u32;
            text.report(
                "Unexpected eval or arguments in strict mode".into(),
                line,
                col,
                n,
            )
        }
        "Duplicate parameter name not allowed in this context" => {
            // V8 marks the second one.
            let name = text.word_at(line, col);
            let (l, c) = text.find_word(&name, line, col + 1).unwrap_or((line, col));
            text.report(message.into(), l, c, name.chars().count().max(1) as u32)
        }
        m if m.starts_with("duplicate label: ") => {
            let name = &m["duplicate label: ".len()..];
            let first = text
                .find_word(name, line, col)
                .or_else(|| text.find_word(name, 1, 1))?;
            let (l, c) = text.find_word(name, first.0, first.1 + 1).unwrap_or(first);
            text.report(
                format!("Label '{name}' has already been declared"),
                l,
                c,
                name.chars().count() as u32,
            )
        }
        "invalid private identifier usage" => undeclared_private(text)?,
        m if m.starts_with("could not find the exported binding `") => undefined_export(m, text)?,
        m if m.starts_with("exported name `")
            || m == "lexical name `*default*` declared multiple times" =>
        {
            duplicate_export(m, text)?
        }
        "private identifier has already been declared" => duplicate_private(text)?,
        "lexical name declared multiple times" if text.char_at(line, col) == Some('{') => {
            // In a switch, Boa points at its case block: the name declared twice in it.
            let name = twice_in_block(text, line, col)?;
            redeclared_at(&name, line, col, text)?
        }
        "lexical name declared multiple times" => {
            // Boa points at the first declaration's keyword: the name follows it.
            let keyword = text.word_at(line, col).chars().count() as u32;
            let (l, c) = text.next_token(line, col + keyword).unwrap_or((line, col));
            let name = text.word_at(l, c);
            redeclared_at(&name, line, col, text)?
        }
        m if m.starts_with("lexical name `") || m.starts_with("formal parameter `") => {
            let name = m.split('`').nth(1)?;
            redeclared_at(name, line, col, text)?
        }
        m if m.starts_with("Invalid left-hand side") => invalid_target(m, line, col, text),
        "invalid variable for iterable loop" => {
            let (l, c) = text
                .find_word("for", line, 1)
                .and_then(|(l, c)| text.next_token(l, c + 3))
                .unwrap_or((line, col));
            let (l, c) = text.next_token(l, c + 1).unwrap_or((line, col));
            let (n, _) = text.token(l, c, None);
            text.report("Invalid left-hand side in for-loop".into(), l, c, n.max(1))
        }
        "unterminated multiline comment" => {
            // V8 names the line where the comment starts and marks nothing.
            let line = (1..=text.lines.len() as u32)
                .rev()
                .find(|&l| text.line(l).windows(2).any(|w| w == ['/', '*']))
                .unwrap_or(0);
            SyntaxReport {
                message: "Invalid or unexpected token".into(),
                line,
                column: 1,
                length: NO_MARK,
            }
        }
        _ => return None,
    })
}

/// `5 = x`, `5++`, `++5`: V8 marks the target and tells the operation apart.
fn invalid_target(message: &str, line: u32, col: u32, text: &Text) -> SyntaxReport {
    let l = text.line(line);
    let at = col.saturating_sub(1) as usize;
    let is_update = |i: usize| {
        l.get(i..i + 2)
            .is_some_and(|s| s == ['+', '+'] || s == ['-', '-'])
    };
    if is_update(at) {
        // Boa points at the operator: prefix when an operand follows.
        if let Some((nl, nc)) = text.next_token(line, col + 2) {
            if nl == line
                && text.char_at(nl, nc).is_some_and(is_id_part)
                && (at == 0 || !is_id_part(l[at - 1]) && l[at - 1] != ')')
            {
                let (n, _) = text.token(nl, nc, None);
                return text.report(
                    "Invalid left-hand side expression in prefix operation".into(),
                    nl,
                    nc,
                    n,
                );
            }
        }
        let (pl, pc, pn) = text.prev_token(line, col).unwrap_or((line, col, 1));
        return text.report(
            "Invalid left-hand side expression in postfix operation".into(),
            pl,
            pc,
            pn,
        );
    }
    // The whole target: back from the operator to the start of the expression on its line.
    let (pl, pc, pn) = text.prev_token(line, col).unwrap_or((line, col, 1));
    let l = text.line(pl);
    let end = (pc + pn - 1) as usize;
    let mut start = end;
    let mut depth = 0i32;
    while start > 0 {
        let c = l[start - 1];
        match c {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' | '{' if depth > 0 => depth -= 1,
            '(' | '[' | '{' => break,
            ';' | ',' if depth == 0 => break,
            '=' if depth == 0
                && !matches!(l.get(start), Some('=') | Some('>'))
                && !(start >= 2 && "=!<>".contains(l[start - 2])) =>
            {
                break
            }
            _ => {}
        }
        start -= 1;
    }
    while start < end && l[start].is_whitespace() {
        start += 1;
    }
    text.report(
        message.into(),
        pl,
        start as u32 + 1,
        (end - start).max(1) as u32,
    )
}

/// `name` declared again after (line, col): V8 marks the second declaration.
/// The first name a `let`, `const` or `class` declares twice directly in the block opening at (line, col) (a
/// switch's case block).
fn twice_in_block(text: &Text, line: u32, col: u32) -> Option<String> {
    let cs = super::text::code_chars(text);
    let start = cs.iter().position(|&(_, l, c)| l == line && c == col)?;
    let mut depth = 0usize;
    let mut seen: Vec<String> = Vec::new();
    let mut k = start;
    while k < cs.len() {
        match cs[k].0 {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            c if depth == 1 && is_id_start(c) && (k == 0 || !is_id_part(cs[k - 1].0)) => {
                let word = super::text::word_at(&cs, k).unwrap_or_default();
                let len = word.chars().count();
                if matches!(word.as_str(), "let" | "const" | "class") {
                    let mut n = k + len;
                    while cs.get(n).is_some_and(|c| c.0.is_whitespace()) {
                        n += 1;
                    }
                    if let Some(name) = super::text::word_at(&cs, n) {
                        if seen.contains(&name) {
                            return Some(name);
                        }
                        seen.push(name);
                    }
                }
                k += len.max(1);
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    None
}

fn redeclared_at(name: &str, line: u32, col: u32, text: &Text) -> Option<SyntaxReport> {
    if name.is_empty() {
        return None;
    }
    let span = Span::new(Position::new(line, col), Position::new(u32::MAX, 1));
    let whole = Span::new(Position::new(1, 1), Position::new(u32::MAX, 1));
    let (l, c) =
        second_declaration(text, name, span).or_else(|| second_declaration(text, name, whole))?;
    Some(text.report(
        format!("Identifier '{name}' has already been declared"),
        l,
        c,
        1,
    ))
}

/// Boa's parser errors that are V8 early errors with their own words.
fn unexpected_early(
    message: Option<&str>,
    found: &str,
    line: u32,
    col: u32,
    text: &Text,
) -> Option<SyntaxReport> {
    match message? {
        "strict reserved word cannot be an identifier" => {
            // `let interface`: V8 marks `let`; otherwise the word.
            let (l, c, n) = text.prev_token(line, col).unwrap_or((line, col, 0));
            let (l, c, n) = if n == 3 && text.word_at(l, c) == "let" {
                (l, c, n)
            } else {
                (line, col, found.chars().count() as u32)
            };
            Some(text.report("Unexpected strict mode reserved word".into(), l, c, n))
        }
        m if m.starts_with("`await` cannot be used as an identifier") => {
            Some(text.report("Unexpected reserved word".into(), line, col, 5))
        }
        "rest parameter must be the last formal parameter" => Some(text.report(
            "Rest parameter must be last formal parameter".into(),
            line,
            col,
            1,
        )),
        "empty parenthesized expression" => {
            // `()` then `=>` on the next line: V8 trips on the arrow there.
            let (l, c) = text.next_token(line, col + 1)?;
            (l > line && text.line(l).get(c as usize - 1..c as usize + 1) == Some(&['=', '>']))
                .then(|| text.report("Unexpected token '=>'".into(), l, c, 2))
        }
        _ => None,
    }
}
