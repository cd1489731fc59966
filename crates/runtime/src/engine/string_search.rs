//! String searches in linear time. Boa 0.22's `StringIndexOf` reaches `fromIndex` by stepping through every
//! window before it, so a loop of `indexOf(x, from)` was quadratic, and so were Boa's `split` and `replaceAll`
//! with a string, built on it (splitting a 1.4 MB log into 350 000 lines took 70 s). Its regex `exec` copies a
//! Latin1 subject into UTF-16 on every call, so `replace(/x/g)`, `match(/x/g)`, `matchAll` and `split(/x/)`
//! over a long string were quadratic too. The stand-ins here search from the index directly (with `memchr`),
//! and hand the regex methods their subject in UTF-16 storage once. Anything but a plain string receiver and
//! string search value goes to Boa's method unchanged.

use boa_engine::object::builtins::JsArray;
use boa_engine::string::JsStrVariant;
use boa_engine::{
    js_string, Context, JsArgs, JsObject, JsResult, JsStr, JsString, JsValue, NativeFunction,
};

use super::calls::replace_method;

/// Subjects shorter than this stay Latin1 for the regex methods (the copy costs more than it saves).
const UTF16_MIN_LEN: usize = 256;

/// The first index ≥ `from` where `needle` occurs in `hay` (`StringIndexOf`).
pub(crate) fn index_of(hay: JsStr<'_>, needle: JsStr<'_>, from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if from >= hay.len() || needle.len() > hay.len() - from {
        return None;
    }
    let found = match (hay.variant(), needle.variant()) {
        (JsStrVariant::Latin1(h), JsStrVariant::Latin1(n)) => memchr::memmem::find(&h[from..], n),
        (JsStrVariant::Latin1(h), JsStrVariant::Utf16(n)) => {
            // A code unit above 0xFF never occurs in a Latin1 string.
            let narrow: Option<Vec<u8>> = n.iter().map(|&c| u8::try_from(c).ok()).collect();
            narrow.and_then(|n| memchr::memmem::find(&h[from..], &n))
        }
        (JsStrVariant::Utf16(h), JsStrVariant::Latin1(n)) => {
            let wide: Vec<u16> = n.iter().map(|&c| u16::from(c)).collect();
            find_u16(&h[from..], &wide)
        }
        (JsStrVariant::Utf16(h), JsStrVariant::Utf16(n)) => find_u16(&h[from..], n),
    };
    found.map(|i| i + from)
}

/// `needle` (not empty) in `hay`: candidates by the first code unit, then compared.
fn find_u16(hay: &[u16], needle: &[u16]) -> Option<usize> {
    let first = needle[0];
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut i = 0;
    while i <= last_start {
        let at = hay[i..=last_start].iter().position(|&c| c == first)? + i;
        if &hay[at..at + needle.len()] == needle {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// An index as a JS number.
fn number(i: usize) -> JsValue {
    i32::try_from(i).map_or_else(|_| JsValue::from(i as f64), JsValue::from)
}

thread_local! {
    /// The last long Latin1 subject `exec` saw and its UTF-16 copy (a loop of `re.exec(s)` or `re.test(s)`
    /// over one string converts it once).
    static EXEC_SUBJECT: std::cell::RefCell<Option<(JsString, JsString)>> = const { std::cell::RefCell::new(None) };
}

/// Whether `a` and `b` are the same string in memory (the same allocation, or slices of one at one place).
fn same_storage(a: &JsString, b: &JsString) -> bool {
    match (a.as_str().variant(), b.as_str().variant()) {
        (JsStrVariant::Latin1(x), JsStrVariant::Latin1(y)) => std::ptr::eq(x, y),
        (JsStrVariant::Utf16(x), JsStrVariant::Utf16(y)) => std::ptr::eq(x, y),
        _ => false,
    }
}

/// `RegExp.prototype.exec(string)` given a long Latin1 subject in UTF-16 storage, converted once per string.
fn regexp_exec(
    this: &JsValue,
    args: &[JsValue],
    orig: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let Some(subject) = args.get_or_undefined(0).as_string() else {
        return orig.call(this, args, ctx);
    };
    if !matches!(subject.as_str().variant(), JsStrVariant::Latin1(b) if b.len() >= UTF16_MIN_LEN) {
        return orig.call(this, args, ctx);
    }
    let wide = EXEC_SUBJECT.with(|cache| {
        let mut cache = cache.borrow_mut();
        match cache.as_ref() {
            Some((latin, wide)) if same_storage(latin, &subject) => wide.clone(),
            _ => {
                let wide = as_utf16(&subject);
                *cache = Some((subject.clone(), wide.clone()));
                wide
            }
        }
    });
    orig.call(this, &[wide.into()], ctx)
}

/// `asUtf16(string)`: the host's [`as_utf16`] (regexp_split.js matches over it).
pub(crate) fn as_utf16_native(
    _: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let s = args.get_or_undefined(0).to_string(ctx)?;
    Ok(as_utf16(&s).into())
}

/// `ToIntegerOrInfinity(value)` clamped to `0..=len`.
fn clamped_index(value: &JsValue, len: usize, ctx: &mut Context) -> JsResult<usize> {
    let n = value.to_number(ctx)?;
    Ok(if n.is_nan() || n <= 0.0 {
        0
    } else if n >= len as f64 {
        len
    } else {
        n as usize
    })
}

/// `s` with its code units in UTF-16 storage (regex matching reads it without a copy per call).
pub(crate) fn as_utf16(s: &JsString) -> JsString {
    match s.as_str().variant() {
        JsStrVariant::Latin1(b) if b.len() >= UTF16_MIN_LEN => {
            let wide: Vec<u16> = b.iter().map(|&c| u16::from(c)).collect();
            JsString::from(wide.as_slice())
        }
        _ => s.clone(),
    }
}

/// `indexOf` / `includes` on a string with a string: where `searchString` occurs from `position` (`Err`:
/// Boa's method's own result, for any other receiver or search value).
fn search_from(
    this: &JsValue,
    args: &[JsValue],
    orig: &JsObject,
    ctx: &mut Context,
) -> JsResult<Result<Option<usize>, JsValue>> {
    let (Some(s), Some(search)) = (this.as_string(), args.get_or_undefined(0).as_string()) else {
        return orig.call(this, args, ctx).map(Err);
    };
    let from = clamped_index(args.get_or_undefined(1), s.len(), ctx)?;
    Ok(Ok(index_of(s.as_str(), search.as_str(), from)))
}

/// `String.prototype.indexOf(searchString, position)`.
fn string_index_of(
    this: &JsValue,
    args: &[JsValue],
    orig: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    Ok(match search_from(this, args, orig, ctx)? {
        Ok(found) => found.map_or(JsValue::from(-1), number),
        Err(boa) => boa,
    })
}

/// `String.prototype.includes(searchString, position)` (a RegExp search value goes to Boa: its TypeError).
fn string_includes(
    this: &JsValue,
    args: &[JsValue],
    orig: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    Ok(match search_from(this, args, orig, ctx)? {
        Ok(found) => JsValue::from(found.is_some()),
        Err(boa) => boa,
    })
}

/// `String.prototype.split(separator, limit)` with a string separator.
fn string_split(
    this: &JsValue,
    args: &[JsValue],
    orig: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let (Some(s), Some(sep)) = (this.as_string(), args.get_or_undefined(0).as_string()) else {
        return orig.call(this, args, ctx);
    };
    let limit = args.get_or_undefined(1);
    let lim = if limit.is_undefined() {
        u32::MAX
    } else {
        limit.to_u32(ctx)?
    } as usize;
    let mut out: Vec<JsValue> = Vec::new();
    if lim == 0 {
        return Ok(JsArray::from_iter(out, ctx).into());
    }
    if sep.is_empty() {
        for i in 0..s.len().min(lim) {
            out.push(s.slice(i, i + 1).into());
        }
        return Ok(JsArray::from_iter(out, ctx).into());
    }
    if s.is_empty() {
        return Ok(JsArray::from_iter([JsValue::from(s.clone())], ctx).into());
    }
    let mut i = 0;
    while let Some(j) = index_of(s.as_str(), sep.as_str(), i) {
        out.push(s.slice(i, j).into());
        if out.len() == lim {
            return Ok(JsArray::from_iter(out, ctx).into());
        }
        i = j + sep.len();
    }
    out.push(s.slice(i, s.len()).into());
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `GetSubstitution` for a string pattern (no captures): `$$`, `$&`, `` $` `` and `$'`; anything else stays.
fn substitute(out: &mut Vec<u16>, template: &[u16], s: &JsString, at: usize, matched: usize) {
    let mut k = 0;
    while k < template.len() {
        let c = template[k];
        if c == u16::from(b'$') && k + 1 < template.len() {
            let next = template[k + 1];
            let piece = match u8::try_from(next).unwrap_or(0) {
                b'$' => Some(vec![c]),
                b'&' => Some(s.slice(at, at + matched).to_vec()),
                b'`' => Some(s.slice(0, at).to_vec()),
                b'\'' => Some(s.slice(at + matched, s.len()).to_vec()),
                _ => None,
            };
            if let Some(piece) = piece {
                out.extend_from_slice(&piece);
                k += 2;
                continue;
            }
        }
        out.push(c);
        k += 1;
    }
}

/// `String.prototype.replaceAll(searchValue, replaceValue)` with a string search value.
fn string_replace_all(
    this: &JsValue,
    args: &[JsValue],
    orig: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let (Some(s), Some(search)) = (this.as_string(), args.get_or_undefined(0).as_string()) else {
        return orig.call(this, args, ctx);
    };
    let replace_value = args.get_or_undefined(1).clone();
    let functional = replace_value.as_callable();
    let template = match functional {
        Some(_) => Vec::new(),
        None => replace_value.to_string(ctx)?.to_vec(),
    };
    let advance_by = search.len().max(1);
    let mut positions = Vec::new();
    let mut position = index_of(s.as_str(), search.as_str(), 0);
    while let Some(p) = position {
        positions.push(p);
        position = index_of(s.as_str(), search.as_str(), p + advance_by);
    }
    let mut out: Vec<u16> = Vec::with_capacity(s.len());
    let mut end_of_last = 0;
    for p in positions {
        out.extend_from_slice(&s.slice(end_of_last, p).to_vec());
        match &functional {
            Some(f) => {
                let r = f.call(
                    &JsValue::undefined(),
                    &[search.clone().into(), number(p), s.clone().into()],
                    ctx,
                )?;
                out.extend_from_slice(&r.to_string(ctx)?.to_vec());
            }
            None => substitute(&mut out, &template, &s, p, search.len()),
        }
        end_of_last = p + search.len();
    }
    if end_of_last < s.len() {
        out.extend_from_slice(&s.slice(end_of_last, s.len()).to_vec());
    }
    Ok(JsString::from(out.as_slice()).into())
}

/// A RegExp symbol method (`@@replace`, `@@match`, `@@matchAll`, `@@split`) given its subject in UTF-16.
fn regexp_with_utf16(
    this: &JsValue,
    args: &[JsValue],
    orig: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    if !this.is_object() {
        return orig.call(this, args, ctx);
    }
    let subject = args.get_or_undefined(0).to_string(ctx)?;
    let mut args = args.to_vec();
    if args.is_empty() {
        args.push(JsValue::undefined());
    }
    args[0] = as_utf16(&subject).into();
    orig.call(this, &args, ctx)
}

type Method = fn(&JsValue, &[JsValue], &JsObject, &mut Context) -> JsResult<JsValue>;

/// Replaces the methods above, each keeping Boa's own to fall back on.
pub(crate) fn install(ctx: &mut Context) -> JsResult<()> {
    let string_proto = ctx.intrinsics().constructors().string().prototype();
    let methods: [(&str, usize, Method); 4] = [
        ("indexOf", 1, string_index_of),
        ("includes", 1, string_includes),
        ("split", 2, string_split),
        ("replaceAll", 2, string_replace_all),
    ];
    for (name, length, f) in methods {
        let orig = string_proto.get(js_string!(name), ctx)?;
        let Some(orig) = orig.as_object() else {
            continue;
        };
        let native = NativeFunction::from_copy_closure_with_captures(
            move |this, args, orig: &JsObject, ctx| f(this, args, orig, ctx),
            orig.clone(),
        );
        replace_method(ctx, &string_proto, name, length, native)?;
    }
    let regexp_proto = ctx.intrinsics().constructors().regexp().prototype();
    if let Some(orig) = regexp_proto.get(js_string!("exec"), ctx)?.as_object() {
        let native = NativeFunction::from_copy_closure_with_captures(
            |this, args, orig: &JsObject, ctx| regexp_exec(this, args, orig, ctx),
            orig.clone(),
        );
        replace_method(ctx, &regexp_proto, "exec", 1, native)?;
    }
    let symbols = [
        (boa_engine::JsSymbol::replace(), "[Symbol.replace]", 2),
        (boa_engine::JsSymbol::r#match(), "[Symbol.match]", 1),
        (boa_engine::JsSymbol::match_all(), "[Symbol.matchAll]", 1),
        (boa_engine::JsSymbol::split(), "[Symbol.split]", 2),
    ];
    for (symbol, name, length) in symbols {
        let orig = regexp_proto.get(symbol.clone(), ctx)?;
        let Some(orig) = orig.as_object() else {
            continue;
        };
        let native = NativeFunction::from_copy_closure_with_captures(
            |this, args, orig: &JsObject, ctx| regexp_with_utf16(this, args, orig, ctx),
            orig.clone(),
        );
        let f = boa_engine::object::FunctionObjectBuilder::new(ctx.realm(), native)
            .name(js_string!(name))
            .length(length)
            .build();
        let desc = boa_engine::property::PropertyDescriptor::builder()
            .value(f)
            .writable(true)
            .enumerable(false)
            .configurable(true);
        regexp_proto.define_property_or_throw(symbol, desc, ctx)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_of_from_any_position_in_either_storage() {
        let latin = js_string!("abcabc");
        let wide = JsString::from(latin.to_vec().as_slice());
        for hay in [&latin, &wide] {
            for (needle, from, want) in [
                ("bc", 0, Some(1)),
                ("bc", 2, Some(4)),
                ("bc", 5, None),
                ("", 6, Some(6)),
                ("", 7, None),
                ("abcabcd", 0, None),
            ] {
                let n = JsString::from(needle);
                assert_eq!(
                    index_of(hay.as_str(), n.as_str(), from),
                    want,
                    "{needle} {from}"
                );
                let n16 = JsString::from(n.to_vec().as_slice());
                assert_eq!(index_of(hay.as_str(), n16.as_str(), from), want);
            }
        }
        let snow = JsString::from("a\u{2603}b");
        assert_eq!(index_of(latin.as_str(), snow.as_str(), 0), None);
        assert_eq!(
            index_of(snow.as_str(), js_string!("b").as_str(), 0),
            Some(2)
        );
    }
}
