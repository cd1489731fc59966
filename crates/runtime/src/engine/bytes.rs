//! Byte-level string encodings the bootstrap's Buffer layer hands to Rust because a per-byte JS loop is slow in
//! Boa (node does these natively too).

use boa_engine::{Context, JsResult, JsValue};

use super::natives::{arg, bytes_value};

/// `latin1Encode(string)`: one byte per UTF-16 code unit, its low 8 bits (node's 'latin1', 'binary' and
/// 'ascii' writes).
pub(super) fn latin1_encode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = arg(args, 0).to_string(ctx)?;
    let bytes: Vec<u8> = s.iter().map(|unit| (unit & 0xff) as u8).collect();
    bytes_value(bytes, ctx)
}
