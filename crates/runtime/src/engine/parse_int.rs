//! `parseInt` with V8's digits. Boa builds every radix's value by multiplying in `f64`, so a decimal string
//! past 2^53 comes out a few ulps off (`parseInt('12345678901234567890')` gave 12345678901234570000, node
//! 12345678901234567000). V8 reads decimal digits with a correctly rounded conversion, powers of two
//! exactly, and other radices in 32-bit chunks (an approximation the spec allows); this does the same.

use boa_engine::{js_string, Context, JsArgs, JsResult, JsValue, NativeFunction};

/// ECMAScript's WhiteSpace and LineTerminator code points (what `parseInt` skips before the digits).
fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// The value of `digits` (all valid in `radix`, at least one) as V8 computes it.
fn digits_value(digits: &str, radix: u32) -> f64 {
    if radix == 10 {
        // Rust's conversion is correctly rounded for any number of digits, as V8's Strtod is.
        return digits.parse::<f64>().unwrap_or(f64::NAN);
    }
    if radix.is_power_of_two() {
        // Exact while it fits 128 bits (`as f64` rounds half to even, as V8 does); past that, chunks below.
        let mut acc: u128 = 0;
        let mut fits = true;
        for c in digits.chars() {
            let d = u128::from(c.to_digit(radix).unwrap_or(0));
            match acc
                .checked_mul(u128::from(radix))
                .and_then(|v| v.checked_add(d))
            {
                Some(v) => acc = v,
                None => {
                    fits = false;
                    break;
                }
            }
        }
        if fits {
            return acc as f64;
        }
    }
    // V8's generic case: parts whose multiplier stays within u32::MAX / 36, folded in as doubles.
    const MAX_MULTIPLIER: u32 = u32::MAX / 36;
    let mut number = 0.0f64;
    let mut chars = digits.chars().peekable();
    while chars.peek().is_some() {
        let mut part: u32 = 0;
        let mut multiplier: u32 = 1;
        while let Some(&c) = chars.peek() {
            let m = multiplier * radix;
            if m > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + c.to_digit(radix).unwrap_or(0);
            multiplier = m;
            chars.next();
        }
        number = number * f64::from(multiplier) + f64::from(part);
    }
    number
}

/// `parseInt(string, radix)` as the spec words it (19.2.5), with [`digits_value`] for the number.
fn parse_int(_this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = args
        .get_or_undefined(0)
        .to_string(ctx)?
        .to_std_string_lossy();
    let radix = args.get_or_undefined(1).to_i32(ctx)?;
    let mut s = text.trim_start_matches(is_js_space);
    let negative = s.starts_with('-');
    if negative || s.starts_with('+') {
        s = &s[1..];
    }
    let mut strip_prefix = true;
    let mut r = 10u32;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return Ok(JsValue::from(f64::NAN));
        }
        r = radix.unsigned_abs();
        strip_prefix = r == 16;
    }
    if strip_prefix && (s.starts_with("0x") || s.starts_with("0X")) {
        s = &s[2..];
        r = 16;
    }
    let end = s.find(|c: char| c.to_digit(r).is_none()).unwrap_or(s.len());
    if end == 0 {
        return Ok(JsValue::from(f64::NAN));
    }
    let value = digits_value(&s[..end], r);
    Ok(JsValue::from(if negative { -value } else { value }))
}

/// Replaces the global `parseInt` and makes `Number.parseInt` the same function, as the spec requires.
pub(crate) fn install(ctx: &mut Context) -> JsResult<()> {
    let global = ctx.global_object();
    super::calls::replace_method(
        ctx,
        &global,
        "parseInt",
        2,
        NativeFunction::from_fn_ptr(parse_int),
    )?;
    let f = global.get(js_string!("parseInt"), ctx)?;
    let number = global.get(js_string!("Number"), ctx)?;
    if let Some(number) = number.as_object() {
        number.set(js_string!("parseInt"), f, true, ctx)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::digits_value;

    #[test]
    fn digits_as_v8_reads_them() {
        assert_eq!(
            digits_value("12345678901234567890", 10),
            12_345_678_901_234_567_000.0
        );
        assert_eq!(digits_value("99999999999999999999", 10), 1e20);
        assert_eq!(digits_value("ff", 16), 255.0);
        assert_eq!(digits_value("zz", 36), 1295.0);
        assert_eq!(
            digits_value("1111111111111111111111111111111111111111111111111111111", 2),
            36_028_797_018_963_970.0
        );
    }
}
