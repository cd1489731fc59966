//! A module's syntax errors in V8's words and at V8's place. Boa parses the module inside Looplab's
//! wrapper function, so a missing `}` or `)` shows up as a confusing error at the wrapper's end; this module
//! parses the body alone with Boa's parser, turns Boa's error into the message V8 gives (`Unexpected
//! identifier 'b'`, `missing ) after argument list`, `Unexpected end of input`...) with the token V8 marks,
//! and adds the early error Boa 0.22 leaves out: a name declared twice in a function body (`let x; let x;`).

use boa_engine::ast::{
    function::FunctionBody,
    operations::{lexically_declared_names, var_declared_names},
    visitor::{VisitWith, Visitor},
    Position, Span, Spanned,
};
use boa_engine::interner::{Interner, Sym};
use boa_engine::parser::{Error as ParseError, Parser, Source};
use std::ops::ControlFlow;

mod exponent;
mod exports;
mod lexical;
mod literals;
mod private;
mod text;
mod v8;

use private::undeclared_private;
use text::{scan, Text};
use v8::translate;

/// A `length` for a mark that runs past its line: V8 then prints no caret line at all.
pub(crate) const NO_MARK: u32 = u32::MAX;

/// A syntax error as node prints it: the message, the 1-based line (0 when unknown), the 1-based column and
/// how many `^` mark the token (0 at the end of the input, `NO_MARK` for none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxReport {
    pub message: String,
    pub line: u32,
    pub column: u32,
    pub length: u32,
}

/// What a source is parsed as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Goal {
    /// A CommonJS module: a function body.
    Body,
    /// An ES module.
    Module,
}

/// Checks `body`, the text of a CommonJS module. With `engine_error` (Boa rejected the wrapped module), it
/// explains the failure; otherwise it only looks for the early errors Boa does not raise.
pub(crate) fn check_cjs_body(body: &str, engine_error: Option<&str>) -> Option<SyntaxReport> {
    check(body, engine_error, Goal::Body)
}

/// The same for an ES module's text.
pub(crate) fn check_module(text: &str, engine_error: Option<&str>) -> Option<SyntaxReport> {
    check(text, engine_error, Goal::Module)
}

/// Parses `src` as `goal`: a parse error, or the first name some function body (the CommonJS body included)
/// declares twice, with that body's span.
fn parse(
    src: &str,
    goal: Goal,
    interner: &mut Interner,
) -> Result<Option<(Sym, Span)>, ParseError> {
    let mut v = Bodies { found: None };
    match goal {
        Goal::Body => {
            let top =
                Parser::new(Source::from_bytes(src)).parse_function_body(interner, false, false)?;
            // The module's own body spans the whole text (Boa's span for a full-input body ends early).
            if let Some(sym) = duplicate(&top) {
                let whole = Span::new(Position::new(1, 1), Position::new(u32::MAX, 1));
                return Ok(Some((sym, whole)));
            }
            let _ = top.visit_with(&mut v);
        }
        Goal::Module => {
            let m = Parser::new(Source::from_bytes(src))
                .parse_module(&boa_engine::ast::scope::Scope::new_global(), interner)?;
            let _ = m.visit_with(&mut v);
        }
    }
    Ok(v.found)
}

fn check(src: &str, engine_error: Option<&str>, goal: Goal) -> Option<SyntaxReport> {
    let engine_failed = engine_error.is_some();
    let text = Text::new(src);
    let mut interner = Interner::default();
    match parse(src, goal, &mut interner) {
        Err(e) => {
            // For work on this module: Boa's own error, on stderr (native builds only).
            if std::env::var_os("LOOPLAB_DEBUG_SYNTAX").is_some() {
                eprintln!("boa: {e:?}");
            }
            engine_failed.then(|| {
                let r = translate(&e, &text, src, goal, &mut interner);
                let last = if r.line == 0 { u32::MAX } else { r.line };
                if let Some(pow) = exponent::unary_before_exponent(&text, last) {
                    return pow;
                }
                // V8 stops at an import declaration in a script (a CommonJS module) with its own message.
                match import_statement(src) {
                    Some((line, column))
                        if goal == Goal::Body && (r.line == 0 || r.line >= line) =>
                    {
                        SyntaxReport {
                            message: "Cannot use import statement outside a module".into(),
                            line,
                            column,
                            length: 6,
                        }
                    }
                    _ => r,
                }
            })
        }
        Ok(found) => {
            // Boa's body parser stops quietly at a `}` that closes nothing; in the wrapper it closed the
            // function early.
            if engine_failed {
                if let Some((line, col)) = scan(&text).stray_closer {
                    return Some(text.unexpected(line, col, None));
                }
                if engine_error.is_some_and(|m| m.contains("invalid private identifier usage")) {
                    return undeclared_private(&text);
                }
            }
            let (sym, span) = found?;
            Some(redeclared(sym, span, &text, &interner))
        }
    }
}

/// The first line that starts with an import declaration (`import x from`, `import {`, `import *`, `import '`):
/// its 1-based line and column.
fn import_statement(src: &str) -> Option<(u32, u32)> {
    src.lines().enumerate().find_map(|(i, line)| {
        let trimmed = line.trim_start();
        let rest = trimmed.strip_prefix("import")?;
        let next = rest.chars().next()?;
        let starts =
            next == '{' || next == '*' || next == '"' || next == '\'' || next.is_whitespace();
        let dynamic = rest.trim_start().starts_with('(') || rest.trim_start().starts_with('.');
        (starts && !dynamic).then(|| {
            let indent = line[..line.len() - trimmed.len()].chars().count();
            (i as u32 + 1, indent as u32 + 1)
        })
    })
}

/// Finds the first function body that declares a name twice (`let x; let x;`): V8's early error, which Boa
/// 0.22 checks for blocks, scripts and modules but not for function bodies.
struct Bodies {
    found: Option<(Sym, Span)>,
}
impl<'ast> Visitor<'ast> for Bodies {
    type BreakTy = ();
    fn visit_function_body(&mut self, node: &'ast FunctionBody) -> ControlFlow<()> {
        if let Some(sym) = duplicate(node) {
            self.found = Some((sym, node.span()));
            return ControlFlow::Break(());
        }
        node.visit_with(self)
    }
}

/// V8's report for `sym` declared twice in `span`, at the second declaration.
fn redeclared(sym: Sym, span: Span, text: &Text, interner: &Interner) -> SyntaxReport {
    let name = interner.resolve_expect(sym).to_string();
    let message = format!("Identifier '{name}' has already been declared");
    match second_declaration(text, &name, span) {
        Some((line, col)) => text.report(message, line, col, 1),
        None => SyntaxReport {
            message,
            line: 0,
            column: 0,
            length: 1,
        },
    }
}

fn duplicate(body: &FunctionBody) -> Option<Sym> {
    let lexical = lexically_declared_names(body);
    let mut seen = std::collections::HashSet::new();
    if let Some(d) = lexical.iter().find(|s| !seen.insert(**s)) {
        return Some(*d);
    }
    let vars = var_declared_names(body);
    lexical.into_iter().find(|s| vars.contains(s))
}

/// Where `name` is declared the second time inside `span`: after `let`, `const`, `var`, `class` or
/// `function`, else its second mention.
fn second_declaration(text: &Text, name: &str, span: Span) -> Option<(u32, u32)> {
    let (mut line, mut col) = (span.start().line_number(), span.start().column_number());
    let end = span.end();
    let mut declared = Vec::new();
    let mut mentions = Vec::new();
    while let Some((l, c)) = text.find_word(name, line, col) {
        if (l, c) > (end.line_number(), end.column_number()) {
            break;
        }
        mentions.push((l, c));
        if let Some((pl, pc, _)) = text.prev_token(l, c) {
            let before = text.word_at(pl, pc);
            let star = text.char_at(pl, pc) == Some('*');
            if star
                || matches!(
                    before.as_str(),
                    "let" | "const" | "var" | "class" | "function"
                )
            {
                declared.push((l, c));
            }
        }
        (line, col) = (l, c + 1);
    }
    declared.get(1).or_else(|| mentions.get(1)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str) -> (String, u32, u32, u32) {
        let r = check_cjs_body(src, Some("")).expect("an error");
        (r.message, r.line, r.column, r.length)
    }

    #[test]
    fn v8_messages_and_marks() {
        assert_eq!(check("let x = ;"), ("Unexpected token ';'".into(), 1, 9, 1));
        assert_eq!(
            check("console.log(\"hi\""),
            ("missing ) after argument list".into(), 1, 13, 4)
        );
        assert_eq!(
            check("foo(1, 2;"),
            ("missing ) after argument list".into(), 1, 8, 1)
        );
        assert_eq!(
            check("function f() { return 1\n"),
            ("Unexpected end of input".into(), 2, 1, 0)
        );
        assert_eq!(
            check("obj = {a: 1 b: 2}"),
            ("Unexpected identifier 'b'".into(), 1, 13, 1)
        );
        assert_eq!(
            check("const o = { a = 1 };"),
            ("Invalid shorthand property initializer".into(), 1, 13, 5)
        );
        assert_eq!(
            check("console.log(a ?? b || c);"),
            ("missing ) after argument list".into(), 1, 18, 1)
        );
        assert_eq!(
            check("x = a ?? b || c;"),
            ("Unexpected token '||'".into(), 1, 12, 2)
        );
        assert_eq!(
            check("class A { constructor(){} constructor(){} }"),
            ("A class may only have one constructor".into(), 1, 27, 11)
        );
        assert_eq!(
            check("x => { yield 1 }"),
            ("Unexpected number".into(), 1, 14, 1)
        );
        assert_eq!(
            check("const s = 'abc"),
            ("Invalid or unexpected token".into(), 1, 11, 4)
        );
        assert_eq!(
            check("if (true) { }\n}"),
            ("Unexpected token '}'".into(), 2, 1, 1)
        );
        assert_eq!(
            check("const {a} ;"),
            (
                "Missing initializer in destructuring declaration".into(),
                1,
                7,
                3
            )
        );
        assert_eq!(
            check("const a;"),
            ("Missing initializer in const declaration".into(), 1, 7, 1)
        );
        assert_eq!(
            check("var 1x = 2;"),
            ("Invalid or unexpected token".into(), 1, 5, 1)
        );
        assert_eq!(
            check("function () {}"),
            (
                "Function statements require a function name".into(),
                1,
                1,
                8
            )
        );
    }

    #[test]
    fn redeclarations_in_function_bodies() {
        assert_eq!(
            check("let x = 1; let x = 2;"),
            ("Identifier 'x' has already been declared".into(), 1, 16, 1)
        );
        assert_eq!(
            check("function f() {\n  const y = 1;\n  var y;\n}"),
            ("Identifier 'y' has already been declared".into(), 3, 7, 1)
        );
        assert_eq!(
            check_cjs_body("let a; { let a; } function g() { let a; }", None),
            None
        );
        assert_eq!(
            check_cjs_body("var v; var v; function h() {} function h() {}", None),
            None
        );
    }
}
