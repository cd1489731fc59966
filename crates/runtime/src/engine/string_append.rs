//! Appending to a long string in amortized constant time. Boa 0.22 copies both operands into a new string for
//! every `+`, so a loop that builds a report or a CSV with `s += row` is quadratic (100 000 rows of a 1.8 MB
//! CSV took 17 s). The instrumenter rewrites such appends to call `__ll$.ap(s, row)` (instrument/appends.rs),
//! which does what `+` does with a string on the left, but keeps the result in a larger buffer with room to
//! spare: the string it returns is a slice of that buffer, and the next append to that same slice writes its
//! characters into the spare room instead of copying what came before. The buffer doubles when it is full.
//!
//! Why the write is sound: a buffer ("owner") is a string Boa never sees whole; only slices of it are handed
//! out, each from index 0 up to at most `used` characters. Characters are written only at index `used` and
//! beyond, which no slice covers, and `used` then grows past them: what any string shows never changes. An
//! append to a slice that is not the longest one (`t = s + 'a'` after `s + 'b'` made a longer one) copies.

use std::cell::RefCell;

use boa_engine::string::JsStrVariant;
use boa_engine::value::PreferredType;
use boa_engine::{Context, JsArgs, JsResult, JsStr, JsString, JsValue};

/// Results shorter than this are plain concatenations.
const MIN_LEN: usize = 1024;
/// Buffers a thread keeps growing at once (appends to more strings in turn copy the oldest out).
const MAX_TIPS: usize = 4;

/// A buffer and how much of it the longest slice handed out covers.
struct Tip {
    owner: JsString,
    used: usize,
    utf16: bool,
}

thread_local! {
    static TIPS: RefCell<Vec<Tip>> = const { RefCell::new(Vec::new()) };
}

/// Where a string's characters start, to tell whether it is a slice of a buffer from index 0.
fn data_addr(s: &JsString) -> usize {
    match s.as_str().variant() {
        JsStrVariant::Latin1(b) => b.as_ptr() as usize,
        JsStrVariant::Utf16(w) => w.as_ptr() as usize,
    }
}

/// `__ll$.ap(x, e)`: `x + e`, appending in place when `x` is the longest slice of a buffer.
pub(crate) fn append(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let x = args.get_or_undefined(0);
    let e = args.get_or_undefined(1);
    let Some(left) = x.as_string() else {
        return x.add(e, ctx);
    };
    // `string + e`: e's primitive value as a string (a Symbol throws, as `+` does).
    let right = match e.as_string() {
        Some(s) => s.clone(),
        None => e
            .to_primitive(ctx, PreferredType::Default)?
            .to_string(ctx)?,
    };
    Ok(JsValue::from(concat(&left, &right)))
}

fn concat(left: &JsString, right: &JsString) -> JsString {
    let total = left.len() + right.len();
    if right.is_empty() || total < MIN_LEN {
        return JsString::concat(left.as_str(), right.as_str());
    }
    TIPS.with(|tips| {
        let mut tips = tips.borrow_mut();
        // Buffers only this list still holds are done with.
        tips.retain(|t| t.owner.refcount() != Some(1));
        let addr = data_addr(left);
        let wide = !right.as_str().is_latin1();
        if let Some(t) = tips
            .iter_mut()
            .find(|t| t.used == left.len() && data_addr(&t.owner) == addr)
        {
            if total <= t.owner.len() && (t.utf16 || !wide) && write_tail(t, right.as_str()) {
                t.used = total;
                return t.owner.slice(0, total);
            }
        }
        let Some(tip) = new_tip(left.as_str(), right.as_str(), (total * 2).max(4096)) else {
            return JsString::concat(left.as_str(), right.as_str());
        };
        let out = tip.owner.slice(0, total);
        if tips.len() >= MAX_TIPS {
            tips.remove(0);
        }
        tips.push(tip);
        out
    })
}

/// A buffer of `cap` characters holding `left` then `right`, the rest zeros.
fn new_tip(left: JsStr<'_>, right: JsStr<'_>, cap: usize) -> Option<Tip> {
    let used = left.len() + right.len();
    let owner = if left.is_latin1() && right.is_latin1() {
        let mut bytes = Vec::with_capacity(cap);
        for part in [left, right] {
            if let JsStrVariant::Latin1(b) = part.variant() {
                bytes.extend_from_slice(b);
            }
        }
        bytes.resize(cap, 0);
        JsString::from(JsStr::latin1(&bytes))
    } else {
        let mut units: Vec<u16> = Vec::with_capacity(cap);
        units.extend(left.iter());
        units.extend(right.iter());
        units.resize(cap, 0);
        JsString::from(&units[..])
    };
    // Only a plain heap string can be written to (never a static one).
    (!owner.is_static() && owner.len() == cap).then_some(Tip {
        utf16: !owner.as_str().is_latin1(),
        owner,
        used,
    })
}

/// Writes `right` at the buffer's `used` index (which the caller checked it has room for). False when the
/// buffer's characters are not where its header says (not a sequence string): nothing is written then.
#[allow(unsafe_code)]
fn write_tail(tip: &Tip, right: JsStr<'_>) -> bool {
    let data = data_addr(&tip.owner);
    // The allocation's own pointer (header, then characters): writing through it, not through a pointer
    // derived from a shared slice of the characters.
    let raw = tip.owner.clone().into_raw();
    let base = raw.as_ptr().cast::<u8>();
    let offset = data.wrapping_sub(base as usize);
    let unit = if tip.utf16 { 2 } else { 1 };
    let fits = offset <= 64 && tip.used + right.len() <= tip.owner.len();
    if fits {
        // SAFETY: `raw` points at the owner's allocation, which holds its header and then `owner.len()`
        // characters of `unit` bytes each starting `offset` bytes in (checked above against the string's own
        // view of its characters); `used + right.len()` characters fit. The characters from `used` on are
        // covered by no string handed out (see the module docs), so no shared view of them is alive, and
        // `right` is another string's storage, so the ranges do not overlap. A Latin1 owner takes only
        // Latin1 text (the caller checked); a UTF-16 owner widens Latin1 text unit by unit.
        unsafe {
            let dst = base.add(offset + tip.used * unit);
            match right.variant() {
                JsStrVariant::Latin1(b) if !tip.utf16 => {
                    std::ptr::copy_nonoverlapping(b.as_ptr(), dst, b.len());
                }
                JsStrVariant::Latin1(b) => {
                    let dst = dst.cast::<u16>();
                    for (i, &c) in b.iter().enumerate() {
                        dst.add(i).write_unaligned(u16::from(c));
                    }
                }
                JsStrVariant::Utf16(w) => {
                    std::ptr::copy_nonoverlapping(w.as_ptr().cast::<u8>(), dst, w.len() * 2);
                }
            }
        }
    }
    // SAFETY: `raw` came from `into_raw` of a clone just above; this gives that reference back.
    drop(unsafe { JsString::from_raw(raw) });
    fits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_in_place_and_keeps_earlier_strings() {
        let row = JsString::from("row of text, ");
        let mut s = JsString::from("x".repeat(2000).as_str());
        let first = s.clone();
        let mut kept = Vec::new();
        for i in 0..500 {
            s = concat(&s, &row);
            if i % 100 == 0 {
                kept.push((s.clone(), s.to_std_string_escaped()));
            }
        }
        assert_eq!(s.len(), 2000 + 500 * row.len());
        assert_eq!(first.to_std_string_escaped(), "x".repeat(2000));
        // A string handed out earlier still reads as it did.
        for (string, text) in &kept {
            assert_eq!(&string.to_std_string_escaped(), text);
        }
        // Appending to an older slice copies: the newer one is unchanged.
        let (older, older_text) = &kept[0];
        let fork = concat(older, &JsString::from("FORK"));
        assert_eq!(fork.to_std_string_escaped(), format!("{older_text}FORK"));
        assert!(s.to_std_string_escaped().ends_with("row of text, "));
        // Text outside Latin1 moves the buffer to UTF-16.
        let wide = concat(&s, &JsString::from("é€"));
        assert!(wide.to_std_string_escaped().ends_with("row of text, é€"));
        let more = concat(&wide, &JsString::from("tail"));
        assert!(more.to_std_string_escaped().ends_with("é€tail"));
    }
}
