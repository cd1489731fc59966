//! `Array.prototype.sort`/`toSorted` (and `%TypedArray%`'s with a comparator) calling the comparator in
//! V8's order. Boa sorts with Rust's `sort_by`, so a comparator that logs or counts saw other pairs and a
//! different number of calls than node (40 elements: 233 calls, node 163). V8 11.3 (node 20) runs a TimSort
//! (CPython's listsort: binary insertion below the minimum run, natural runs with descending ones reversed,
//! the merge_collapse stack rules, galloping merges with an adaptive threshold) over a copy of the elements,
//! holes and `undefined` left out; typed arrays use a top-down merge sort. Both are re-implemented in timsort.rs.

use boa_engine::native_function::NativeFunctionPointer;
use boa_engine::object::builtins::JsArray;
use boa_engine::{
    js_string, Context, JsArgs, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue,
    NativeFunction,
};

use super::timsort::{merge_sort, timsort};

/// The comparator argument: `None` for undefined, else a callable, else V8's TypeError.
fn comparator(args: &[JsValue]) -> JsResult<Option<JsObject>> {
    let c = args.get_or_undefined(0);
    if c.is_undefined() {
        return Ok(None);
    }
    c.as_callable().map(Some).ok_or_else(|| {
        JsNativeError::typ()
            .with_message("The comparison function must be either a function or undefined")
            .into()
    })
}

/// `ToNumber(comparefn(x, y))`, NaN as 0.
fn call_compare(f: &JsObject, x: &JsValue, y: &JsValue, ctx: &mut Context) -> JsResult<f64> {
    let v = f
        .call(&JsValue::undefined(), &[x.clone(), y.clone()], ctx)?
        .to_number(ctx)?;
    Ok(if v.is_nan() { 0.0 } else { v })
}

/// An element and, for a primitive other than a symbol, its string (V8's default comparison converts
/// objects again on every comparison, which a `toString` with side effects can see).
type Keyed = (JsValue, Option<JsString>);

fn key_of(item: &Keyed, ctx: &mut Context) -> JsResult<JsString> {
    item.1.clone().map_or_else(|| item.0.to_string(ctx), Ok)
}

/// Sorts the non-undefined `items` as V8 does, by `comparefn` or by string value.
fn sort_values(
    mut items: Vec<JsValue>,
    cmp: Option<&JsObject>,
    ctx: &mut Context,
) -> JsResult<Vec<JsValue>> {
    if let Some(f) = cmp {
        timsort(&mut items, |x, y| {
            Ok::<_, JsError>(call_compare(f, x, y, ctx)? < 0.0)
        })?;
        return Ok(items);
    }
    let plain = |v: &JsValue| !v.is_object() && !v.is_symbol();
    let mut keyed: Vec<Keyed> = items
        .into_iter()
        .map(|v| {
            (
                v.clone(),
                plain(&v).then(|| v.to_string(ctx).ok()).flatten(),
            )
        })
        .collect();
    timsort(&mut keyed, |x, y| {
        Ok::<_, JsError>(key_of(x, ctx)? < key_of(y, ctx)?)
    })?;
    Ok(keyed.into_iter().map(|(v, _)| v).collect())
}

/// `ToObject(this)`, `LengthOfArrayLike` of it, and its elements below that length in two parts: those
/// other than undefined, and the count of undefined ones. Holes are left out when `skip_holes` (`sort`),
/// read (as undefined, or from the prototype) otherwise (`toSorted`).
fn elements(
    this: &JsValue,
    skip_holes: bool,
    ctx: &mut Context,
) -> JsResult<(JsObject, u64, Vec<JsValue>, u64)> {
    let obj = this.to_object(ctx)?;
    let len = obj.get(js_string!("length"), ctx)?.to_length(ctx)?;
    if len > u64::from(u32::MAX) && !skip_holes {
        return Err(JsNativeError::range()
            .with_message("Invalid array length")
            .into());
    }
    let (mut items, mut undefineds) = (Vec::with_capacity(len.min(1 << 16) as usize), 0);
    // V8's `sort` returns a receiver shorter than 2 untouched.
    for i in 0..if skip_holes && len < 2 { 0 } else { len } {
        if skip_holes && !obj.has_property(i, ctx)? {
            continue;
        }
        let v = obj.get(i, ctx)?;
        if v.is_undefined() {
            undefineds += 1;
        } else {
            items.push(v);
        }
    }
    Ok((obj, len, items, undefineds))
}

/// `Array.prototype.sort(comparefn)`: sorted values, then the undefineds, then the holes (deleted).
fn array_sort(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let cmp = comparator(args)?;
    let (obj, len, items, undefineds) = elements(this, true, ctx)?;
    if len < 2 {
        return Ok(obj.into());
    }
    let sorted = sort_values(items, cmp.as_ref(), ctx)?;
    let defined = sorted.len() as u64;
    for (j, v) in sorted.into_iter().enumerate() {
        obj.set(j, v, true, ctx)?;
    }
    for j in defined..defined + undefineds {
        obj.set(j, JsValue::undefined(), true, ctx)?;
    }
    for j in defined + undefineds..len {
        obj.delete_property_or_throw(j, ctx)?;
    }
    Ok(obj.into())
}

/// `Array.prototype.toSorted(comparefn)`: holes read as undefined, the result a new dense array.
fn array_to_sorted(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let cmp = comparator(args)?;
    let (_, len, items, undefineds) = elements(this, false, ctx)?;
    let sorted = if len < 2 {
        items
    } else {
        sort_values(items, cmp.as_ref(), ctx)?
    };
    let undefineds = std::iter::repeat_n(JsValue::undefined(), undefineds as usize);
    Ok(JsArray::from_iter(sorted.into_iter().chain(undefineds), ctx).into())
}

/// `%TypedArray%.prototype.sort`/`toSorted`: without a comparator Boa's own (numeric, unobservable). With
/// one, Boa's runs first with a comparator that finds every pair equal (it validates the receiver and, being
/// stable, leaves the order alone or returns a same-typed copy); V8's merge sort then orders the values.
fn typed_sort(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let Some(f) = comparator(args)? else {
        return original.call(this, args, ctx);
    };
    let equal = NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::from(0)));
    let equal = boa_engine::object::FunctionObjectBuilder::new(ctx.realm(), equal).build();
    let target = original.call(this, &[equal.into()], ctx)?;
    let (obj, len, mut values, _) = elements(&target, false, ctx)?;
    if len >= 2 && values.len() as u64 == len {
        let (mut other, n) = (values.clone(), values.len());
        let mut gt =
            |x: &JsValue, y: &JsValue| Ok::<_, JsError>(call_compare(&f, x, y, ctx)? > 0.0);
        merge_sort(&mut other, &mut values, 0, n, &mut gt)?;
        for (i, v) in values.into_iter().enumerate() {
            obj.set(i, v, true, ctx)?;
        }
    }
    Ok(target)
}

/// Replaces `sort` and `toSorted` on `Array.prototype` and `%TypedArray%.prototype`.
pub(crate) fn install(ctx: &mut Context) -> JsResult<()> {
    let proto = ctx.intrinsics().constructors().array().prototype();
    for (name, f) in [
        ("sort", array_sort as NativeFunctionPointer),
        ("toSorted", array_to_sorted),
    ] {
        super::calls::replace_method(ctx, &proto, name, 1, NativeFunction::from_fn_ptr(f))?;
    }
    let typed = ctx.intrinsics().constructors().typed_array().prototype();
    for name in ["sort", "toSorted"] {
        let Some(original) = typed.get(js_string!(name), ctx)?.as_object() else {
            continue;
        };
        let native = NativeFunction::from_copy_closure_with_captures(
            move |this, args, original: &JsObject, ctx| typed_sort(this, args, original, ctx),
            original,
        );
        super::calls::replace_method(ctx, &typed, name, 1, native)?;
    }
    Ok(())
}
