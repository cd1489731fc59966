//! Unit tests of the source instrumentation: exact rewritten text, names, expression extents, the column map,
//! `original_of`, and that instrumented code computes what the original computes.

use boa_engine::{Context, Source};

use super::{instrument, Mode};

fn spans(src: &str) -> String {
    instrument(src, false, Mode::Spans, 0)
        .map(|i| i.code)
        .unwrap_or_default()
}

fn names(src: &str) -> Vec<String> {
    instrument(src, false, Mode::Spans, 0)
        .map(|i| i.functions.into_iter().map(|f| f.name).collect())
        .unwrap_or_default()
}

#[test]
fn block_bodies_get_enter_and_exit_after_the_directives() {
    assert_eq!(
        spans("function f(a) { return a }"),
        "function f(a) {;const $ll_t=__ll$.e(0,this);try{ return a }finally{__ll$.x($ll_t)}}"
    );
    assert_eq!(
        spans("function s() { 'use strict'; return 1 }"),
        "function s() { 'use strict';const $ll_t=__ll$.e(0,this);try{; return 1 }finally{__ll$.x($ll_t)}}"
    );
    assert_eq!(
        spans("const o = { k() {} };"),
        "const o = { k() {;const $ll_t=__ll$.e(0,this);try{}finally{__ll$.x($ll_t)}} };"
    );
}

#[test]
fn concise_arrows_and_suspensions() {
    assert_eq!(
        spans("const g = x => a[x];"),
        "const g = x => {const $ll_t=__ll$.e(0);try{return((a??__ll$.n(a,1,16,x))[x])}finally{__ll$.x($ll_t)}};"
    );
    // A curried arrow: the outer body runs to the inner one's last `]` (Boa's span of the inner arrow stops
    // before it).
    assert!(spans("const p = k => o => o[k];").ends_with(
        "return((o??__ll$.n(o,1,21,k))[k])}finally{__ll$.x($ll_t)}})}finally{__ll$.x($ll_t)}};"
    ));
    assert_eq!(
        spans("async function w() { await f(1); }"),
        "async function w() {;const $ll_t=__ll$.e(0,this);try{ __ll$.r($ll_t,await __ll$.s($ll_t,f(1))); }finally{__ll$.x($ll_t)}}"
    );
    assert_eq!(
        spans("function* g() { yield; }"),
        "function* g() {;const $ll_t=__ll$.e(0);try{ __ll$.r($ll_t,yield __ll$.s($ll_t)); }finally{__ll$.x($ll_t)}}"
    );
    // Minified code puts the operand right after the keyword: the call must not glue onto it.
    assert_eq!(
        spans("function* g(){yield[1]}"),
        "function* g(){;const $ll_t=__ll$.e(0);try{__ll$.r($ll_t,yield __ll$.s($ll_t,[1]))}finally{__ll$.x($ll_t)}}"
    );
    assert_eq!(
        spans("async function w(){await(f)}"),
        "async function w(){;const $ll_t=__ll$.e(0,this);try{__ll$.r($ll_t,await __ll$.s($ll_t,(f)))}finally{__ll$.x($ll_t)}}"
    );
}

#[test]
fn count_mode_only_counts() {
    let i = instrument(
        "function f() { return 1 }\nconst g = () => 2;",
        false,
        Mode::Count,
        0,
    );
    assert_eq!(
        i.map(|i| i.code).unwrap_or_default(),
        "function f() {;__ll$.c(this); return 1 }\nconst g = () => (__ll$.c(),2);"
    );
}

#[test]
fn only_functions_with_their_callers_receiver_pass_this() {
    // Methods and functions report `this` (V8 names their frames after it); constructors (whose `this` is
    // not usable before `super()`), accessors and arrows do not.
    let i = instrument(
        "class K extends B { constructor() { super() } get p() { return 1 } m() {} static s() {} }\nconst o = { n() {}, f: function () {}, a: () => 0 };",
        false,
        Mode::Count,
        0,
    );
    assert_eq!(
        i.map(|i| i.code).unwrap_or_default(),
        "class K extends B { constructor() {;__ll$.c(); super() } get p() {;__ll$.c(); return 1 } m() {;__ll$.c(this);} static s() {;__ll$.c(this);} }\nconst o = { n() {;__ll$.c(this);}, f: function () {;__ll$.c(this);}, a: () => (__ll$.c(),0) };"
    );
}

#[test]
fn functions_are_named_from_their_context() {
    assert_eq!(
        names(
            "function a() {}\nconst b = () => {};\nsetTimeout(() => {}, 1);\nprocess.nextTick(function () {});\n\
             o.p = function () {};\nconst q = { r() {}, s: () => {} };\nclass C { constructor() {} m() {} #n() {} }\n\
             [1].map(function named() {});\n(() => {})();"
        ),
        [
            "a",
            "b",
            "setTimeout callback",
            "process.nextTick callback",
            "o.p",
            "r",
            "s",
            "C",
            "m",
            "#n",
            "named",
            "(anonymous)"
        ]
    );
}

#[test]
fn parse_errors_give_none() {
    assert!(instrument("function (", false, Mode::Spans, 0).is_none());
}

#[test]
fn expression_extents_cover_the_whole_expression() {
    use boa_engine::ast::{Expression, Statement, StatementListItem};
    for c in [
        "a[b]",
        "a[b][c]",
        "f(a)[0]",
        "a?.b",
        "a?.[b]",
        "a?.(b)",
        "new A(b)",
        "new A",
        "`t${a}`",
        "tag`t`",
        "a++",
        "++a",
        "(a, b)",
        "a ? b : c",
        "!a",
        "a = b",
        "[a]",
        "({a})",
        "x in y",
        "void 0",
        "typeof a.b",
        "a.b.c(d).e",
        "typeof t2[m]",
        "a[b] = c[d]",
        "f()()",
        "a.b`x`",
        "-a[0]",
        "a || b[c]",
        "a[b]++",
        "this[x]",
        "new A(b)[c]",
        "(a)[b]",
        "a ?? b",
        "a[b[c]]",
    ] {
        let src = format!("({c});");
        let mut interner = boa_engine::interner::Interner::default();
        let mut p = boa_engine::parser::Parser::new(Source::from_bytes(&src));
        let script = p
            .parse_script(&boa_engine::ast::scope::Scope::new_global(), &mut interner)
            .unwrap_or_else(|e| panic!("{c}: {e}"));
        let StatementListItem::Statement(st) = &script.statements().statements()[0] else {
            panic!("{c}: not a statement")
        };
        let Statement::Expression(Expression::Parenthesized(e)) = st.as_ref() else {
            panic!("{c}: not parenthesized")
        };
        let idx = super::LineIndex::new(&src);
        let sp = super::extent::extent(
            e.expression(),
            &super::extent::Src {
                text: &src,
                index: &idx,
            },
        );
        let (s, t) = (idx.offset(&src, sp.start()), idx.offset(&src, sp.end()));
        assert_eq!(&src[s..t], c);
    }
}

#[test]
fn columns_map_back_and_original_text_is_recovered() {
    let src = "x;\nfunction f() { throw new Error('e') }";
    let Some(i) = instrument(src, false, Mode::Spans, 0) else {
        panic!("no parse")
    };
    // `throw` is at column 16 of line 2 in the original.
    let inst_col = i
        .code
        .lines()
        .nth(1)
        .and_then(|l| l.find("throw"))
        .unwrap_or(0) as u32
        + 1;
    assert!(inst_col > 16);
    assert_eq!(i.columns.original(2, inst_col), 16);
    assert_eq!(i.columns.original(2, 3), 3, "before any insertion");
    assert_eq!(i.columns.original(1, 1), 1, "a line without insertions");
    let f_text = &i.code[i.code.find("function").unwrap_or(0)..];
    assert_eq!(
        i.original_of(f_text).as_deref(),
        Some("function f() { throw new Error('e') }")
    );
}

/// Runs `program` (which sets `result`) original and instrumented; both must give the same JSON.
fn same_result(program: &str, mode: Mode) {
    let stub =
        "var __ll$ = { n: 0, k: 0, c() { this.n++ }, e() { this.n++; return ++this.k }, x() {}, \
                s(t, v) { return v }, r(t, v) { return v }, m(e) { return e }, t(v) { return v }, nm(f) { return f }, io(l, c, v) { return v } };\nvar result;\n";
    let run = |code: &str| -> String {
        let mut ctx = Context::default();
        let full = format!("{stub}{code}");
        if let Err(e) = ctx.eval(Source::from_bytes(&full)) {
            return format!("error: {e}");
        }
        let _ = ctx.run_jobs();
        ctx.eval(Source::from_bytes("JSON.stringify([result, __ll$.n > 0])"))
            .map(|v| v.display().to_string())
            .unwrap_or_else(|e| format!("error: {e}"))
    };
    let Some(inst) = instrument(program, false, mode, 0) else {
        panic!("does not parse: {program}")
    };
    let a = run(program).replace("false]", "true]");
    let b = run(&inst.code);
    assert_eq!(a, b, "{mode:?}: {program}\n=> {}", inst.code);
}

#[test]
fn instrumented_code_computes_the_same() {
    for p in [
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } result = fib(10);",
        "const sq = x => x * x; result = [1, 2, 3].map(sq).concat([[4]].map(a => a[0]));",
        "function t() { try { throw new Error('x') } catch (e) { return e.message } } result = t();",
        "function u() { 'use strict'; return this === undefined } result = u();",
        "function* g() { const a = yield 1; yield a * 2; return 3 } const it = g(); \
         result = [it.next().value, it.next(5).value, it.next().value, it.return(9).value];",
        "async function a(x) { const y = await x; return y + (await Promise.resolve(1)) } \
         a(2).then(v => { result = v });",
        "async function b() { try { await Promise.reject(new Error('no')) } catch (e) { return e.message } } \
         b().then(v => { result = v });",
        "const o = { get v() { return 7 }, m() { return this.v } }; result = o.m();",
        "class A { constructor(x) { this.x = x } get d() { return this.x * 2 } static s() { return 's' } } \
         class B extends A { constructor() { super(4) } } result = [new B().d, A.s()];",
        "function f() { return arguments.length } result = f(1, 2, 3);",
        "const f = (a, b = () => a) => b(); result = f(3);",
        "async function* ag() { yield 1; yield await Promise.resolve(2) } \
         (async () => { const out = []; for await (const v of ag()) out.push(v); result = out })();",
        "function g() { return function () { return typeof this } } result = g()();",
        "let n = 0; const inc = () => n++; inc(); inc(); result = n;",
    ] {
        same_result(p, Mode::Spans);
        same_result(p, Mode::Count);
    }
}

#[test]
fn catch_clauses_with_a_name_hand_their_error_over_first() {
    for mode in [Mode::Count, Mode::Spans] {
        let src = "try { f() } catch (err) /* c */ { g(err) }\ntry { f() } catch ({ message }) { g(message) }\ntry { f() } catch { g() }";
        let Some(i) = instrument(src, false, mode, 0) else {
            panic!("no parse")
        };
        assert!(
            i.code
                .contains("catch (err) /* c */ {__ll$.m(err,1,20); g(err) }"),
            "{}",
            i.code
        );
        assert_eq!(i.code.matches("__ll$.m(").count(), 1, "{}", i.code);
        // The insertion is on the clause's line: later columns map back.
        let col = i
            .code
            .lines()
            .next()
            .and_then(|l| l.find("g(err)"))
            .unwrap_or(0) as u32
            + 1;
        assert_eq!(
            i.columns.original(1, col),
            src.find("g(err)").unwrap_or(0) as u32 + 1
        );
    }
    let Some(i) = instrument("try { f() } catch (e) { g(e) }", false, Mode::Runtime, 0) else {
        panic!("no parse")
    };
    assert!(
        !i.code.contains("__ll$.m("),
        "not in the runtime's own code: {}",
        i.code
    );
}

#[test]
fn module_prologue_goes_after_a_hashbang() {
    let Some(i) = instrument(
        "#!/usr/bin/env node\nexport const f = () => 1;\n",
        true,
        Mode::Spans,
        0,
    ) else {
        panic!("no parse")
    };
    // No `__ll$` declaration of its own (it is a global lexical binding): a cycle may run its functions first.
    assert!(!i.code.contains("const __ll$"), "{}", i.code);
    assert!(
        i.code.starts_with("#!/usr/bin/env node\nvar $ll_t;"),
        "{}",
        i.code
    );
}

#[test]
fn a_concise_arrow_returning_a_class_keeps_the_whole_class() {
    // Boa's span of a non-empty class expression stops at its closing brace.
    assert_eq!(
        instrument(
            "const f = (B) => class extends B { m(){} };",
            false,
            Mode::Count,
            0
        )
        .map(|i| i.code),
        Some("const f = (B) => (__ll$.c(),class extends B { m(){;__ll$.c(this);} });".to_string())
    );
    assert_eq!(
        instrument("const f = () => class { x = 1 };", false, Mode::Count, 0).map(|i| i.code),
        Some("const f = () => (__ll$.c(),class { x = 1 });".to_string())
    );
    assert_eq!(
        instrument("{ const f = () => class {} }", false, Mode::Count, 0).map(|i| i.code),
        Some("{ const f = () => (__ll$.c(),class {}) }".to_string())
    );
}

fn tracked(src: &str, mode: Mode) -> String {
    super::instrument_file(src, false, mode, 0, Some("/app/a.js"))
        .map(|i| i.code)
        .unwrap_or_default()
}

#[test]
fn async_functions_report_activations_awaits_and_returns() {
    assert_eq!(
        tracked("async function f() { return await g(); }", Mode::Count),
        "async function f() {;__ll$.c(this);const $ll_a=__ll$.ae(this,\"f\",\"/app/a.js\");try{try{ return __ll$.rt($ll_a,__ll$.ar($ll_a,await __ll$.as($ll_a,1,29,0,g())),0); }catch($ll_e){throw __ll$.ax($ll_a,$ll_e)}}finally{__ll$.af($ll_a)}}"
    );
    // A concise arrow gets a block; `Promise.all`'s elements note their index; errors made take their frames.
    assert_eq!(
        tracked("const h = async () => Promise.all([a(), new Error('x')]);", Mode::Count),
        "const h = async () => {;__ll$.c();const $ll_a=__ll$.ae(null,\"h\",\"/app/a.js\");try{try{return(__ll$.rt($ll_a,Promise.all([__ll$.ai($ll_a,a(),0), __ll$.ai($ll_a,__ll$.ne(new Error('x')),1)]),1))}catch($ll_e){throw __ll$.ax($ll_a,$ll_e)}}finally{__ll$.af($ll_a)}};"
    );
    // With spans: both wrappers, and the await's hooks nest inside the span's.
    assert_eq!(
        tracked("async function f() { await x; }", Mode::Spans),
        "async function f() {;const $ll_t=__ll$.e(0,this);const $ll_a=__ll$.ae(this,\"f\",\"/app/a.js\");try{try{ __ll$.ar($ll_a,__ll$.r($ll_t,await __ll$.s($ll_t,__ll$.as($ll_a,1,22,0,x)))); }catch($ll_e){throw __ll$.ax($ll_a,$ll_e)}}finally{__ll$.af($ll_a);__ll$.x($ll_t)}}"
    );
    // A catch clause in an async function notes a rejection resuming it; generators and plain code do not.
    assert!(tracked(
        "async function f() { try { await x; } catch (e) {} }",
        Mode::Count
    )
    .contains("catch (e) {__ll$.ak($ll_a,e);__ll$.m(e,1,"));
    assert!(!tracked("async function* f() { await x; }", Mode::Count).contains("$ll_a"));
    assert!(
        !instrument("async function f() { await x; }", false, Mode::Count, 0)
            .map(|i| i.code)
            .unwrap_or_default()
            .contains("$ll_a")
    );
}

#[test]
fn tracked_async_code_computes_what_the_original_does() {
    let src =
        "async function f(n) { const a = await Promise.all([n, g(n)]); return a[0] + a[1]; }\n\
               async function g(n) { await null; return n * 2; }\n\
               const h = async (n) => f(n);\n\
               let out; h(3).then((v) => { out = v; });";
    let code = tracked(src, Mode::Count);
    let mut ctx = Context::default();
    let hooks = "const __ll$ = { c() {}, m() {}, t(v) { return v; }, ae() { return {}; }, as(a, l, c, k, v) { return v; }, \
                 ar(a, v) { return v; }, ai(a, v) { return v; }, rt(a, v) { return v; }, af() {}, ak() {}, ne(e) { return e; }, \
                 ax(a, e) { return e; } };";
    let run = format!("{hooks}\n{code}");
    assert!(ctx.eval(Source::from_bytes(&run)).is_ok(), "{run}");
    let _ = ctx.run_jobs();
    let out = ctx.eval(Source::from_bytes("out"));
    assert_eq!(out.ok().and_then(|v| v.as_number()), Some(9.0));
}

#[test]
fn a_module_opening_with_await_gets_its_prologue_first() {
    let code = super::instrument_file(
        "await x;\nexport const y = 1;\n",
        true,
        Mode::Spans,
        0,
        Some("/m.mjs"),
    )
    .map(|i| i.code)
    .unwrap_or_default();
    assert!(
        code.starts_with("var $ll_t;const $ll_a=__ll$.ae(null,\"\",\"/m.mjs\");__ll$.ar($ll_a,"),
        "{code}"
    );
}

fn count(src: &str) -> String {
    instrument(src, false, Mode::Count, 0)
        .map(|i| i.code)
        .unwrap_or_default()
}

#[test]
fn nullish_reads_report_their_value_and_place() {
    // A name is read again only when it is nullish; the place is the `.` (line, UTF-16 index in the line).
    assert_eq!(count("let s = a.b;"), "let s = (a??__ll$.n(a,1,9)).b;");
    // A chain: each object in turn, the outer repeated as written.
    assert_eq!(
        count("let s = a.b.c;"),
        "let s = ((a??__ll$.n(a,1,9)).b??__ll$.n(a.b,1,11)).c;"
    );
    // A call runs once: its value goes through the slot.
    assert_eq!(
        count("let s = f(1).x;"),
        "let s = ((__ll$.v=f(1))??__ll$.n(__ll$.v,1,12)).x;"
    );
    // A statement that starts with the object must not start with `(` (no semicolon above: `y\n(a...)`
    // would call y).
    assert_eq!(count("y\na.b = 1"), "y\nvoid 0,(a??__ll$.n(a,2,1)).b = 1");
    assert_eq!(
        count("if (x) a.b()"),
        "if (x) void 0,(a??__ll$.n(a,1,8)).b()"
    );
    // Never nullish, or not a plain read: left alone.
    assert_eq!(
        count("console.log(a?.b, this.x, Math.max(1), `${1}`.length);"),
        "console.log(a?.b, this.x, Math.max(1), `${1}`.length);"
    );
    // A computed key with side effects is not repeated.
    assert_eq!(
        count("let s = a[i++].x;"),
        "let s = ((__ll$.v=(a??__ll$.n(a,1,9))[i++])??__ll$.n(__ll$.v,1,14)).x;"
    );
    // A computed key that reads the same again goes along (V8's message names its value).
    assert_eq!(
        count("let s = db[t][id];"),
        "let s = ((db??__ll$.n(db,1,10,t))[t]??__ll$.n(db[t],1,13,id))[id];"
    );
    // Arithmetic over names and literals reads the same again too (a grid's neighbour); a call does not.
    assert_eq!(
        count("let s = g[r - 1][c + 1];"),
        "let s = ((g??__ll$.n(g,1,9,r - 1))[r - 1]??__ll$.n(g[r - 1],1,16,c + 1))[c + 1];"
    );
    assert_eq!(
        count("let s = g[f(r)][c];"),
        "let s = ((__ll$.v=(g??__ll$.n(g,1,9))[f(r)])??__ll$.n(__ll$.v,1,15,c))[c];"
    );
    // Non-ASCII text before the `.`: the index is in UTF-16 units, as JS strings count.
    assert_eq!(
        count("let é = 1, s = 'ü😀' && a.b;"),
        "let é = 1, s = 'ü😀' && (a??__ll$.n(a,1,25)).b;"
    );
    // The runtime's own code is not rewritten.
    assert_eq!(
        instrument("let s = a.b;", false, Mode::Runtime, 0)
            .map(|i| i.code)
            .unwrap_or_default(),
        "let s = a.b;"
    );
}

#[test]
fn nested_patterns_note_their_place_when_undefined() {
    // A nested pattern without a default gets one that notes its `{` or `[` (line, UTF-16 index).
    assert_eq!(
        count("const { server: { port } } = config;"),
        "const { server: { port }=__ll$.dp(1,16) } = config;"
    );
    assert_eq!(
        count("const [[x], { y }] = v;"),
        "const [[x]=__ll$.dp(1,7), { y }=__ll$.dp(1,12)] = v;"
    );
    // One with a default of its own, and a flat pattern, are left alone.
    assert_eq!(
        count("const { a: { b } = {}, c } = o;"),
        "const { a: { b } = {}, c } = o;"
    );
}

#[test]
fn string_appends_go_through_the_appender() {
    // Text only inserted: the `+` commented out.
    assert_eq!(count("s += 'row' + i;"), "s /*+*/= __ll$.ap(s, 'row' + i);");
    assert_eq!(
        count("s = s + 'line ' + i;"),
        "s = __ll$.ap(s /*+*/, 'line ' + i);"
    );
    // A name declared with a string: any append.
    assert_eq!(
        count("let out = ''; out += ch;"),
        "let out = ''; out /*+*/= __ll$.ap(out, ch);"
    );
    // Numbers, and chains not led by a string, are left alone.
    assert_eq!(count("total += price * qty;"), "total += price * qty;");
    assert_eq!(count("s = s + n + 'x';"), "s = s + n + 'x';");
}

#[test]
fn arrows_that_use_this_name_it_once_unevaluated() {
    let count = |src: &str| {
        instrument(src, false, Mode::Count, 0)
            .map(|i| i.code)
            .unwrap_or_default()
    };
    // Both arrows use `this` (the outer one through the inner): each names it first, so that Boa keeps the
    // method's `this` for the inner one.
    assert_eq!(
        count("class C { m() { return [1].map((r) => { return [2].map((x) => this.v + x); }); } }"),
        "class C { m() {;__ll$.c(this); return [1].map((r) => {;0&&this;__ll$.c(); return [2].map((x) => (0&&this,__ll$.c(),this.v + x)); }); } }"
    );
    // An arrow without `this` is left as it was.
    assert_eq!(
        count("const f = (x) => x + 1;"),
        "const f = (x) => (__ll$.c(),x + 1);"
    );
    // A parameter's default function gets the parameter's name.
    assert_eq!(
        count("function f(cmp = (a, b) => a - b) { return cmp; }"),
        "function f(cmp = __ll$.nm((a, b) => (__ll$.c(),a - b),\"cmp\")) {;__ll$.c(this); return cmp; }"
    );
}

#[test]
fn loop_bodies_count_down_a_counter_of_their_function() {
    assert_eq!(
        count("function f(n) { 'use strict'; let s = 0; for (let i = 0; i < n; i++) { s += i } while (n--) s++; return s }"),
        "function f(n) { 'use strict';var $ll_k=1000;;__ll$.c(this);; let s = 0; for (let i = 0; i < n; i++) {if(!--$ll_k)$ll_k=__ll$.l(); s += i } while (n--) if(!--$ll_k&&($ll_k=__ll$.l())<0);else s++; return s }"
    );
    // A do-while's `while (...)` is its condition; for-of, for-in and for-await count in their bodies; a
    // nested function keeps its own counter.
    assert_eq!(
        count("async function g(o) { do { o.n-- } while (o.n > 0); for (const k in o) for await (const v of o[k]) (() => { for (;;) break })() }"),
        "async function g(o) {;var $ll_k=1000;;__ll$.c(this); do {if(!--$ll_k)$ll_k=__ll$.l(); void 0,(o??__ll$.n(o,1,28)).n-- } while ((o??__ll$.n(o,1,43)).n > 0); for (const k in o) if(!--$ll_k&&($ll_k=__ll$.l())<0);else for await (const v of __ll$.io(1,93,(o??__ll$.n(o,1,94,k))[k])) if(!--$ll_k&&($ll_k=__ll$.l())<0);else (() => {;var $ll_k=1000;;__ll$.c(); for (;;) if(!--$ll_k&&($ll_k=__ll$.l())<0);else break })() }"
    );
}

#[test]
fn loop_counting_gives_up_where_the_scan_and_the_tree_disagree() {
    // A method named `for` looks like a loop to the scan: the file's loops go uncounted.
    let code = count("function f(a) { const o = { for(x) { return x } }; while (a--) o.for(a) }");
    assert!(!code.contains("$ll_k"), "{code}");
    // Property names and member accesses are not loops.
    let code = count("function f(a) { const o = { while: 1, do: 2 }; o.for = 3; for (;a;) a-- }");
    assert_eq!(code.matches("__ll$.l()").count(), 1, "{code}");
    // A script's own top-level loop: left uncounted (user scripts are wrapped in a function).
    assert!(!count("for (const x of [1]) x;").contains("$ll_k"));
}

#[test]
fn loop_counting_keeps_what_the_code_computes() {
    let stub = "var __ll$ = { L: 0, c() {}, l() { this.L++; return 1000 }, io(l, c, v) { return v } };\nvar result;\n";
    for (program, batches) in [
        ("(function () { let s = 0; for (let i = 0; i < 2500; i++) s += i; result = s })();", 2),
        ("(function () { let n = 0; outer: for (let i = 0; i < 50; i++) { for (let j = 0; j < 50; j++) { if (j > i) continue outer; n++ } } result = n })();", 1),
        ("(function (a) { const out = []; if (a) for (const x of [1, 2]) out.push(x); else out.push('no'); let i = 3; do out.push(i); while (--i); for (const k in { p: 1, q: 2 }) out.push(k); while (true) { break } result = out })(1);", 0),
        ("(function () { let i = 0; do if (i % 2) i += 3; else i++; while (i < 3000); result = i })();", 1),
    ] {
        let inst = instrument(program, false, Mode::Count, 0).map(|i| i.code).unwrap_or_default();
        assert!(inst.contains("__ll$.l()"), "{inst}");
        let run = |code: &str| -> String {
            let mut ctx = Context::default();
            ctx.eval(Source::from_bytes(&format!("{stub}{code}")))
                .and_then(|_| ctx.eval(Source::from_bytes("JSON.stringify([result, __ll$.L])")))
                .map(|v| v.display().to_string())
                .unwrap_or_else(|e| format!("error: {e}"))
        };
        let plain = run(program);
        assert_eq!(run(&inst), plain.replace(",0]", &format!(",{batches}]")), "{inst}");
    }
}

#[test]
fn field_initializers_writing_to_their_class_are_deferred() {
    assert_eq!(
        count("class C { static next = 1; id = C.next++; }"),
        "class C {constructor(){__ll$.fr(this)} static next = 1; id = __ll$.fd(this,()=>this[\"id\"]=__ll$.nm(((C??__ll$.n(C,1,33)).next++),\"id\")); }"
    );
}

#[test]
fn direct_eval_calls_hand_their_code_over() {
    // The first argument is assigned to `__ll$.ev` in place: still a direct eval of the same value.
    assert_eq!(count("eval(src);"), "eval(__ll$.ev=src);");
    assert_eq!(
        count("eval (a ? b : c, 1);"),
        "eval (__ll$.ev=a ? b : c, 1);"
    );
    // No argument, a spread one, a member or an indirect call: left alone.
    assert_eq!(count("eval();"), "eval();");
    assert_eq!(count("eval(...xs);"), "eval(...xs);");
    assert_eq!(count("o.eval(s);"), "void 0,(o??__ll$.n(o,1,1)).eval(s);");
    assert_eq!(count("(0, eval)(s);"), "(0, eval)(s);");
}

#[test]
fn iterables_note_their_place() {
    // A for-of iterable and a spread argument hand their line and column over (once per loop).
    assert_eq!(
        count("for (const x of list) f(...x, [...ys]);"),
        "for (const x of __ll$.io(1,16,list)) f(...__ll$.io(1,27,x), [...__ll$.io(1,34,ys)]);"
    );
}
