//! `Number.prototype.toFixed` from the exact value. Boa 0.22 gets the leading fraction digits of tiny values wrong
//! (`(3e-17).toFixed(10)` gave "0.5000000000", node "0.0000000000"). This computes the spec's result
//! directly: the exact decimal expansion of the double, rounded at `fractionDigits` with a tie going to the
//! larger magnitude. Anything but a plain number receiver with a number (or absent) digit count, finite, below
//! 1e21 and with 0..=100 digits goes to Boa's method unchanged (its errors and their wording stay).

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, NativeFunction};

use super::calls::replace_method;

/// The digits of `a` (finite, not negative) with `f` fraction digits, rounded as `toFixed` rounds.
fn fixed_digits(a: f64, f: usize) -> String {
    // Enough digits to decide the rounding unless the rest reads as a near tie; then the exact expansion
    // (a double's fraction has at most 1074 decimal digits).
    let quick = format!("{:.*}", f + 25, a);
    let near_tie = {
        let rest = &quick[quick.len() - 25..];
        rest.starts_with("4999999999") || rest.starts_with("5000000000")
    };
    let text = if near_tie {
        format!("{:.*}", 1100, a)
    } else {
        quick
    };
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes().take(f)).collect();
    let round_up = frac.as_bytes().get(f).is_some_and(|&d| d >= b'5');
    if round_up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let split = digits.len() - f;
    let mut out = String::from_utf8_lossy(&digits[..split]).into_owned();
    if f > 0 {
        out.push('.');
        out.push_str(&String::from_utf8_lossy(&digits[split..]));
    }
    out
}

/// `x.toFixed(f)` for a finite `x` below 1e21 in magnitude.
pub(crate) fn to_fixed(x: f64, f: usize) -> String {
    let body = fixed_digits(x.abs(), f);
    if x < 0.0 {
        format!("-{body}")
    } else {
        body
    }
}

fn fixed(
    this: &JsValue,
    args: &[JsValue],
    orig: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let digits = match args.first() {
        None => Some(0.0),
        Some(v) if v.is_undefined() => Some(0.0),
        Some(v) => v
            .as_number()
            .map(|d| if d.is_nan() { 0.0 } else { d.trunc() }),
    };
    if let (Some(x), Some(d)) = (this.as_number(), digits) {
        if x.is_finite() && x.abs() < 1e21 && (0.0..=100.0).contains(&d) {
            return Ok(js_string!(to_fixed(x, d as usize)).into());
        }
    }
    orig.call(this, args, ctx)
}

/// Replaces `Number.prototype.toFixed`, keeping Boa's for what it does not handle.
pub(crate) fn install(ctx: &mut Context) -> JsResult<()> {
    let proto = ctx.intrinsics().constructors().number().prototype();
    let Some(orig) = proto.get(js_string!("toFixed"), ctx)?.as_object() else {
        return Ok(());
    };
    let native = NativeFunction::from_copy_closure_with_captures(
        |this, args, orig: &JsObject, ctx| fixed(this, args, orig, ctx),
        orig.clone(),
    );
    replace_method(ctx, &proto, "toFixed", 1, native)
}

#[cfg(test)]
mod tests {
    use super::to_fixed;

    #[test]
    fn matches_node() {
        // node 20's results.
        assert_eq!(to_fixed(3e-17, 10), "0.0000000000");
        assert_eq!(to_fixed(1e-17, 20), "0.00000000000000001000");
        assert_eq!(to_fixed(1.005, 2), "1.00");
        assert_eq!(to_fixed(1.45, 1), "1.4");
        assert_eq!(to_fixed(0.5, 0), "1");
        assert_eq!(to_fixed(2.5, 0), "3");
        assert_eq!(to_fixed(1.25, 1), "1.3");
        assert_eq!(to_fixed(-1.5, 0), "-2");
        assert_eq!(to_fixed(-0.0, 2), "0.00");
        assert_eq!(to_fixed(99.995, 2), "100.00");
        assert_eq!(to_fixed(123.456, 0), "123");
        assert_eq!(to_fixed(0.1 + 0.2, 20), "0.30000000000000004441");
    }
}
