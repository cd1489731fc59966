//! `zlib` primitives with real compression (flate2's pure-Rust backend, the `brotli` crate): one function
//! that runs an operation and reports node's zlib error codes, plus a generic "pool job" to deliver results of
//! asynchronous calls through the thread-pool model.

use std::io::{Read, Write};

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsResult, JsValue};
use flate2::Compression;

use super::natives::{arg, bytes_arg, bytes_value, sh, submit_pool_job};
use super::zlib_diagnose;

/// A zlib failure as node reports it: (code, errno, message).
pub(crate) type ZError = (&'static str, i32, &'static str);

pub(crate) const DATA_ERROR: ZError = ("Z_DATA_ERROR", -3, "incorrect header check");
pub(crate) const BUF_ERROR: ZError = ("Z_BUF_ERROR", -5, "unexpected end of file");
pub(crate) const INVALID: ZError = ("Z_DATA_ERROR", -3, "invalid stored block lengths");

fn map_io(e: &std::io::Error) -> ZError {
    if e.kind() == std::io::ErrorKind::UnexpectedEof {
        BUF_ERROR
    } else {
        INVALID
    }
}

fn read_all<R: Read>(mut r: R) -> Result<Vec<u8>, ZError> {
    let mut out = Vec::new();
    r.read_to_end(&mut out).map_err(|e| map_io(&e))?;
    Ok(out)
}

/// flate2 reported a corrupt or cut stream: zlib's own message for what is wrong in it (flate2 reads a distance
/// that reaches before the output's start as the end of the input, for one).
fn named(e: ZError, op: &str, data: &[u8]) -> ZError {
    // (A failed trailer check comes after the stream: an error in the stream is zlib's first.)
    if ![INVALID, BUF_ERROR, DATA_CHECK, LENGTH_CHECK].contains(&e) {
        return e;
    }
    match zlib_diagnose::diagnose(op, data) {
        Some(found) if found != BUF_ERROR || e == INVALID => found,
        _ => e,
    }
}

/// Inputs up to this size are walked even when flate2 decodes them: it accepts a distance that reaches before
/// the output's start, which zlib refuses. (Larger ones only when flate2 fails: the walk costs about 10 ns a bit.)
const ALWAYS_WALK: usize = 16 * 1024;

/// Decompresses through `decode` and reports zlib's error for what flate2 got wrong or let pass.
fn checked_decode(
    op: &str,
    data: &[u8],
    decode: impl FnOnce() -> Result<Vec<u8>, ZError>,
) -> Result<Vec<u8>, ZError> {
    let out = decode().map_err(|e| named(e, op, data))?;
    if data.len() <= ALWAYS_WALK {
        if let Some(found) = zlib_diagnose::diagnose(op, data) {
            if found != BUF_ERROR {
                return Err(found);
            }
        }
    }
    Ok(out)
}

fn inflate_checked(data: &[u8], zlib_header: bool) -> Result<Vec<u8>, ZError> {
    if !zlib_header {
        return read_all(flate2::read::DeflateDecoder::new(data))
            .map_err(|e| named(e, "inflateRaw", data));
    }
    zlib_diagnose::zlib_header(data)?;
    // The deflate stream after the 2-byte header, then its Adler-32 (checked here: flate2's pure-Rust backend
    // reports a mismatch like any other corruption, where zlib says "incorrect data check").
    let mut dec = flate2::bufread::DeflateDecoder::new(data.get(2..).unwrap_or(&[]));
    let mut out = Vec::new();
    dec.read_to_end(&mut out)
        .map_err(|e| named(map_io(&e), "inflate", data))?;
    let rest = dec.into_inner();
    if rest.len() < 4 {
        return Err(BUF_ERROR);
    }
    let want = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]);
    if adler32(&out) != want {
        return Err(DATA_CHECK);
    }
    Ok(out)
}

const DATA_CHECK: ZError = ("Z_DATA_ERROR", -3, "incorrect data check");
const LENGTH_CHECK: ZError = ("Z_DATA_ERROR", -3, "incorrect length check");

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

/// gunzip as node's zlib does it: member after member while the next one starts with the gzip magic; a zero
/// byte after a member ends the input quietly; a failed trailer check names which check (CRC or length).
fn gunzip(data: &[u8]) -> Result<Vec<u8>, ZError> {
    let mut out = Vec::new();
    let mut input = data;
    loop {
        if input.len() >= 2 && (input[0] != 0x1f || input[1] != 0x8b) {
            return Err(DATA_ERROR);
        }
        if input.len() < 10 {
            return Err(BUF_ERROR);
        }
        // The method and flag bytes, as zlib checks them before any data.
        match zlib_diagnose::gzip_header(input) {
            Err(e) if e != BUF_ERROR => return Err(e),
            _ => {}
        }
        let start = out.len();
        let mut dec = flate2::bufread::GzDecoder::new(input);
        let result = dec.read_to_end(&mut out);
        let rest = dec.into_inner();
        if let Err(e) = result {
            if e.kind() != std::io::ErrorKind::InvalidInput {
                return Err(named(map_io(&e), "gunzip", input));
            }
            // A corrupt deflate stream can fail the trailer check too: zlib names the stream's error first.
            if let Some(found) = zlib_diagnose::diagnose("gunzip", input) {
                return Err(found);
            }
            // The trailer's CRC-32 and length, the 8 bytes just consumed.
            let end = input.len() - rest.len();
            let trailer = input.get(end.saturating_sub(8)..end).ok_or(INVALID)?;
            let mut crc = flate2::Crc::new();
            crc.update(&out[start..]);
            let want = u32::from_le_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
            return Err(if crc.sum() != want {
                DATA_CHECK
            } else {
                LENGTH_CHECK
            });
        }
        if rest.is_empty() || rest[0] == 0 {
            return Ok(out);
        }
        input = rest;
    }
}

/// Brotli's quality from the level the JS side passes (`params[BROTLI_PARAM_QUALITY]`, -1 when not given):
/// 0-11, else the default 11.
pub(crate) fn brotli_quality(level: f64) -> i32 {
    if (0.0..=11.0).contains(&level) {
        level as i32
    } else {
        11
    }
}

/// Runs one zlib operation on `data`.
pub(crate) fn run_op(op: &str, data: &[u8], level: i32) -> Result<Vec<u8>, ZError> {
    let quality = brotli_quality(f64::from(level));
    let level = if (0..=9).contains(&level) {
        Compression::new(level as u32)
    } else {
        Compression::new(6)
    };
    let write =
        |mut w: Box<dyn Write>| -> Result<(), ZError> { w.write_all(data).map_err(|e| map_io(&e)) };
    match op {
        "gzip" => {
            // Node's zlib writes OS = 3 (Unix) in the gzip header; flate2's default is 255 (unknown).
            let mut enc = flate2::GzBuilder::new()
                .operating_system(3)
                .write(Vec::new(), level);
            enc.write_all(data).map_err(|e| map_io(&e))?;
            enc.finish().map_err(|e| map_io(&e))
        }
        "deflate" => {
            let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), level);
            enc.write_all(data).map_err(|e| map_io(&e))?;
            enc.finish().map_err(|e| map_io(&e))
        }
        "deflateRaw" => {
            let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), level);
            enc.write_all(data).map_err(|e| map_io(&e))?;
            enc.finish().map_err(|e| map_io(&e))
        }
        "gunzip" => checked_decode("gunzip", data, || gunzip(data)),
        "inflate" => checked_decode("inflate", data, || inflate_checked(data, true)),
        "inflateRaw" => checked_decode("inflateRaw", data, || inflate_checked(data, false)),
        "unzip" => {
            if data.len() >= 2 && data[0] == 0x1f && data[1] == 0x8b {
                run_op("gunzip", data, 6)
            } else {
                run_op("inflate", data, 6)
            }
        }
        "brotliCompress" => {
            let mut out = Vec::new();
            {
                let params = brotli::enc::BrotliEncoderParams {
                    quality,
                    ..Default::default()
                };
                let mut w = brotli::CompressorWriter::with_params(&mut out, 4096, &params);
                w.write_all(data).map_err(|e| map_io(&e))?;
            }
            let _ = write;
            Ok(out)
        }
        "brotliDecompress" => read_all(brotli::Decompressor::new(data, 4096)).map_err(|e| {
            if e == BUF_ERROR {
                BUF_ERROR
            } else {
                ("Z_DATA_ERROR", -3, "Decompression failed")
            }
        }),
        _ => Err(("ERR_INVALID_ARG_VALUE", -22, "unknown zlib operation")),
    }
}

/// `zlibSync(op, bytes, level)` → `[null, bytes]` or `[code, errno, message]`.
pub(crate) fn zlib_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let op = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let data = bytes_arg(args, 1, ctx)?;
    let level = arg(args, 2).to_number(ctx)?;
    let level = if level.is_finite() { level as i32 } else { -1 };
    // Compression work blocks the calling thread: charge it to the virtual clock (1 µs per KiB).
    s.host
        .borrow()
        .clock
        .advance((data.len() as u64).div_ceil(1024) * 1_000);
    result_value(run_op(&op, &data, level), ctx)
}

/// An operation's result as the JS side reads it: `[null, bytes]` or `[code, errno, message]`.
pub(crate) fn result_value(
    result: Result<Vec<u8>, ZError>,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let items = match result {
        Ok(out) => vec![JsValue::null(), bytes_value(out, ctx)?],
        Err((code, errno, msg)) => vec![
            JsValue::from(js_string!(code)),
            JsValue::from(errno),
            JsValue::from(js_string!(msg)),
        ],
    };
    Ok(JsArray::from_iter(items, ctx).into())
}

/// `poolJob(label, bytes, callback)`: a thread-pool job costing the zlib latency for `bytes`; `callback()` runs
/// in the poll phase (the result was computed by the caller).
pub(crate) fn pool_job(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let label = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let bytes = arg(args, 1).to_number(ctx)?.max(0.0) as u64;
    let duration = {
        let lat = &s.host.borrow().config.latencies;
        lat.fs_op_ns.saturating_add(
            lat.fs_per_kib_ns
                .saturating_mul(8)
                .saturating_mul(bytes.div_ceil(1024)),
        )
    };
    submit_pool_job(ctx, &label, duration, arg(args, 2), Vec::new())?;
    Ok(JsValue::undefined())
}
