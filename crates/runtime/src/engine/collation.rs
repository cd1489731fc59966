//! `Intl.Collator`'s sort keys for ASCII text, natively: src/js/intl_collator.js computes a key per string
//! (the levels its options compare, each weight as two UTF-16 units, a 0 unit ending a level) from the
//! collation table js-vendor/intl-data.mjs measures from node's ICU. For ASCII strings, by far the most
//! common ones sorted, it hands this module the table's ASCII rows once (`collationAsciiTable`) and asks for
//! keys here (`collationAsciiKey`): the same algorithm, without Boa running it character by character.
//! Anything else (a character outside ASCII, one the table expands) is left to the script (undefined).

use std::cell::RefCell;

use boa_engine::{Context, JsResult, JsString, JsValue};

/// One ASCII character's weights: primary, secondary, tertiary, upper case, punctuation.
#[derive(Clone, Copy)]
struct Weights {
    p: u32,
    s: u32,
    t: u32,
    upper: bool,
    punct: bool,
}

/// What the table says of an ASCII character.
#[derive(Clone, Copy)]
enum Row {
    /// Weighs nothing (controls).
    Ignorable,
    /// Needs the script's general path.
    Script,
    Weighs(Weights),
}

thread_local! {
    static TABLE: RefCell<Option<Vec<Row>>> = const { RefCell::new(None) };
}

/// Options bits of `collationAsciiKey`'s second argument.
const NUMERIC: u32 = 1;
const IGNORE_PUNCTUATION: u32 = 2;
const SECONDARY: u32 = 4;
const CASE: u32 = 8;
const UPPER_FIRST: u32 = 16;
const TERTIARY: u32 = 32;

/// `collationAsciiTable(rows)`: 128 rows, each null (ignorable), undefined (the script's path) or
/// `[primary, secondary, tertiary, upper, punctuation]`.
pub(super) fn ascii_table(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(rows) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let mut table = Vec::with_capacity(128);
    for i in 0..128u32 {
        let row = rows.get(i, ctx)?;
        table.push(if row.is_null() {
            Row::Ignorable
        } else if let Some(w) = row.as_object() {
            let num = |k: u32, ctx: &mut Context| -> JsResult<u32> {
                Ok(w.get(k, ctx)?.to_number(ctx)?.max(0.0) as u32)
            };
            Row::Weighs(Weights {
                p: num(0, ctx)?,
                s: num(1, ctx)?,
                t: num(2, ctx)?,
                upper: w.get(3, ctx)?.to_boolean(),
                punct: w.get(4, ctx)?.to_boolean(),
            })
        } else {
            Row::Script
        });
    }
    TABLE.with(|t| *t.borrow_mut() = Some(table));
    Ok(JsValue::undefined())
}

/// `collationAsciiKey(text, options)` → the sort key, or undefined when the script must compute it.
pub(super) fn ascii_key(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    let options = args.get(1).cloned().unwrap_or_default().to_u32(ctx)?;
    let units: Vec<u16> = text.iter().collect();
    let key = TABLE.with(|t| {
        t.borrow()
            .as_ref()
            .and_then(|table| key(table, &units, options))
    });
    Ok(key.map_or(JsValue::undefined(), |k| JsString::from(&k[..]).into()))
}

/// The key of `units` (UTF-16) under `options`, or None when a character is not for this path.
fn key(table: &[Row], units: &[u16], options: u32) -> Option<Vec<u16>> {
    let digit = match table.get(usize::from(b'0')) {
        Some(Row::Weighs(w)) => w.p,
        _ => return None,
    };
    let (mut p, mut s, mut t, mut c) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut k = 0;
    while k < units.len() {
        let u = units[k];
        if u >= 128 {
            return None;
        }
        if options & NUMERIC != 0 && is_digit(u) {
            // A run of digits is one number: its length without leading zeros, then its digits.
            let mut end = k;
            while end < units.len() && is_digit(units[end]) {
                end += 1;
            }
            let mut from = k;
            while from + 1 < end && units[from] == u16::from(b'0') {
                from += 1;
            }
            p.push(digit);
            p.push(1_000_000 + (end - from) as u32);
            p.extend(
                units[from..end]
                    .iter()
                    .map(|&d| digit + u32::from(d - u16::from(b'0'))),
            );
            s.push(0);
            t.push(0);
            c.push(0);
            k = end;
            continue;
        }
        k += 1;
        match table[usize::from(u)] {
            Row::Ignorable => {}
            Row::Script => return None,
            Row::Weighs(w) => {
                if options & IGNORE_PUNCTUATION != 0 && w.punct {
                    continue;
                }
                p.push(w.p);
                s.push(w.s);
                t.push(w.t);
                c.push(u32::from(w.upper));
            }
        }
    }
    let mut out = Vec::with_capacity(2 * (p.len() + s.len() + c.len() + t.len()) + 4);
    encode(&mut out, &p, false);
    if options & SECONDARY != 0 {
        encode(&mut out, &s, false);
    }
    if options & CASE != 0 {
        encode(&mut out, &c, options & UPPER_FIRST != 0);
    }
    if options & TERTIARY != 0 {
        encode(&mut out, &t, false);
    }
    Some(out)
}

/// Whether a UTF-16 unit is an ASCII digit.
fn is_digit(u: u16) -> bool {
    (u16::from(b'0')..=u16::from(b'9')).contains(&u)
}

/// A level's weights as two units each (15 bits, plus one), then a 0 unit; `flip` reverses a 0/1 level.
fn encode(out: &mut Vec<u16>, seq: &[u32], flip: bool) {
    for &w in seq {
        let w = if flip { 1u32.saturating_sub(w) } else { w };
        out.push((1 + (w >> 15)) as u16);
        out.push((1 + (w & 0x7fff)) as u16);
    }
    out.push(0);
}

#[cfg(test)]
mod tests {
    use super::{key, Row, Weights, CASE, NUMERIC, SECONDARY, TERTIARY};

    fn table() -> Vec<Row> {
        let mut t = vec![Row::Script; 128];
        t[0] = Row::Ignorable;
        for (i, ch) in ('0'..='9').enumerate() {
            t[ch as usize] = Row::Weighs(Weights {
                p: 10 + i as u32,
                s: 0,
                t: 0,
                upper: false,
                punct: false,
            });
        }
        for (i, ch) in ('a'..='z').enumerate() {
            let w = Weights {
                p: 100 + i as u32,
                s: 0,
                t: 0,
                upper: false,
                punct: false,
            };
            t[ch as usize] = Row::Weighs(w);
            t[ch.to_ascii_uppercase() as usize] = Row::Weighs(Weights {
                t: 1,
                upper: true,
                ..w
            });
        }
        t
    }
    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn keys_order_as_the_levels_say() {
        let t = table();
        let k = |s: &str, o: u32| key(&t, &units(s), o).expect("ascii");
        let full = SECONDARY | TERTIARY;
        assert!(k("a", full) < k("B", full));
        assert!(k("a", full) < k("A", full));
        assert_eq!(k("a", 0), k("A", 0));
        assert!(k("a", CASE) < k("A", CASE));
        assert!(k("file10", NUMERIC) > k("file9", NUMERIC));
        assert!(k("file10", 0) < k("file9", 0));
        assert_eq!(k("a\u{0}b", 0), k("ab", 0));
        assert!(key(&t, &units("é"), 0).is_none());
        assert!(key(&t, &units("a-b"), 0).is_none());
    }
}
