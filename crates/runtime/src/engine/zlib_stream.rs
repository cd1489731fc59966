//! The state of one zlib stream (`zlib.createGzip()`...): an encoder or decoder that keeps its window between
//! writes, so output comes as input arrives, as node's zlib handle gives it. `zlibStream(op, level)` makes a
//! handle (a JS object holding the state, freed with it); `zlibStreamWrite(handle, bytes, mode)` feeds it and
//! returns what came out: `[null, bytes]` or `[code, errno, message]`. `mode`: 0 no flush, 4 the end of the
//! input (a decoder then reports a stream cut short), any other a flush (zlib's sync/full, brotli's).

use std::io::Write;

use boa_engine::object::ObjectInitializer;
use boa_engine::{Context, Finalize, JsData, JsResult, JsValue, Trace};
use flate2::Compression;

use super::natives::{arg, bytes_arg};
use super::zlib::{result_value, ZError, BUF_ERROR, DATA_ERROR, INVALID};
use super::zlib_diagnose::diagnose;
const BROTLI_FAILED: ZError = ("Z_DATA_ERROR", -3, "Decompression failed");

enum Engine {
    Gzip(flate2::write::GzEncoder<Vec<u8>>),
    Deflate(flate2::write::ZlibEncoder<Vec<u8>>),
    DeflateRaw(flate2::write::DeflateEncoder<Vec<u8>>),
    Gunzip(flate2::write::MultiGzDecoder<Vec<u8>>),
    Inflate(flate2::write::ZlibDecoder<Vec<u8>>),
    InflateRaw(flate2::write::DeflateDecoder<Vec<u8>>),
    BrotliEncode(Option<Box<brotli::CompressorWriter<Vec<u8>>>>),
    BrotliDecode(Box<brotli::DecompressorWriter<Vec<u8>>>),
}

/// A stream's state: its engine once the first bytes chose it (`unzip` reads the header first), the first
/// input bytes (checked as node's header check does), and whether it failed or ended.
#[derive(Trace, Finalize, JsData)]
struct ZHandle {
    #[unsafe_ignore_trace]
    op: String,
    #[unsafe_ignore_trace]
    level: Compression,
    /// Brotli's quality (0-11).
    quality: i32,
    #[unsafe_ignore_trace]
    engine: Option<Engine>,
    #[unsafe_ignore_trace]
    head: Vec<u8>,
    #[unsafe_ignore_trace]
    done: bool,
    /// The last 8 input bytes and the output so far: a gzip trailer cut short reads to flate2 as a checksum
    /// mismatch, which node reports as the end of file it is.
    #[unsafe_ignore_trace]
    tail: Vec<u8>,
    #[unsafe_ignore_trace]
    total_out: u64,
    /// A decompressing stream's input so far (up to `KEEP_INPUT` bytes), walked by zlib_diagnose.rs when flate2
    /// fails, for zlib's own message; `None` once the input grew past that.
    #[unsafe_ignore_trace]
    seen: Option<Vec<u8>>,
}

/// How much of a decompressing stream's input is kept for naming a failure as zlib does.
const KEEP_INPUT: usize = 1 << 20;

fn map_io(e: &std::io::Error, brotli: bool) -> ZError {
    if e.kind() == std::io::ErrorKind::UnexpectedEof {
        BUF_ERROR
    } else if brotli {
        BROTLI_FAILED
    } else {
        INVALID
    }
}

impl ZHandle {
    /// The engine for this op, once the first two input bytes are known where the header decides.
    fn start(&self) -> Result<Option<Engine>, ZError> {
        let head = &self.head;
        let zlib_header = |h: &[u8]| {
            let (cmf, flg) = (h[0] as u16, h[1] as u16);
            cmf & 0x0f == 8 && (cmf * 256 + flg) % 31 == 0
        };
        Ok(Some(match self.op.as_str() {
            "gzip" => Engine::Gzip(
                flate2::GzBuilder::new()
                    .operating_system(3)
                    .write(Vec::new(), self.level),
            ),
            "deflate" => Engine::Deflate(flate2::write::ZlibEncoder::new(Vec::new(), self.level)),
            "deflateRaw" => {
                Engine::DeflateRaw(flate2::write::DeflateEncoder::new(Vec::new(), self.level))
            }
            "inflateRaw" => Engine::InflateRaw(flate2::write::DeflateDecoder::new(Vec::new())),
            "brotliCompress" => {
                let params = brotli::enc::BrotliEncoderParams {
                    quality: self.quality,
                    ..Default::default()
                };
                Engine::BrotliEncode(Some(Box::new(brotli::CompressorWriter::with_params(
                    Vec::new(),
                    4096,
                    &params,
                ))))
            }
            "brotliDecompress" => {
                Engine::BrotliDecode(Box::new(brotli::DecompressorWriter::new(Vec::new(), 4096)))
            }
            "gunzip" | "inflate" | "unzip" if head.len() < 2 => return Ok(None),
            "gunzip" if head[0] == 0x1f && head[1] == 0x8b => {
                Engine::Gunzip(flate2::write::MultiGzDecoder::new(Vec::new()))
            }
            "unzip" if head[0] == 0x1f && head[1] == 0x8b => {
                Engine::Gunzip(flate2::write::MultiGzDecoder::new(Vec::new()))
            }
            "inflate" | "unzip" if zlib_header(head) => {
                Engine::Inflate(flate2::write::ZlibDecoder::new(Vec::new()))
            }
            _ => return Err(DATA_ERROR),
        }))
    }

    /// Feeds `data`, then flushes or ends as `mode` says; returns the output.
    fn write(&mut self, data: &[u8], mode: i32) -> Result<Vec<u8>, ZError> {
        if self.done {
            return Ok(Vec::new());
        }
        let mut input = data;
        let mut held = Vec::new();
        if self.engine.is_none() {
            self.head.extend_from_slice(data);
            match self.start()? {
                Some(e) => {
                    self.engine = Some(e);
                    held = std::mem::take(&mut self.head);
                    input = &held;
                }
                None if mode == 4 => {
                    self.done = true;
                    // Fewer than two bytes at the end: node's "unexpected end of file" (none at all: no output).
                    return if self.head.is_empty() {
                        Ok(Vec::new())
                    } else {
                        Err(BUF_ERROR)
                    };
                }
                None => return Ok(Vec::new()),
            }
        }
        let Some(engine) = self.engine.as_mut() else {
            return Ok(Vec::new());
        };
        let gunzip = matches!(engine, Engine::Gunzip(_));
        let walked = match engine {
            Engine::Gunzip(_) => "gunzip",
            Engine::Inflate(_) => "inflate",
            Engine::InflateRaw(_) => "inflateRaw",
            _ => "",
        };
        if let Some(seen) = self.seen.as_mut() {
            if walked.is_empty() || seen.len() + input.len() > KEEP_INPUT {
                self.seen = None;
            } else {
                seen.extend_from_slice(input);
            }
        }
        let mut out = feed(engine, input, mode);
        // flate2 says only that the stream failed: zlib's message for the first error in it.
        if let (Err(e), Some(seen)) = (&out, &self.seen) {
            if *e == INVALID || (*e == BUF_ERROR && mode == 4) {
                if let Some(found) = diagnose(walked, seen) {
                    if found != BUF_ERROR {
                        out = Err(found);
                    }
                }
            }
        }
        self.tail.extend_from_slice(input);
        let cut = self.tail.len().saturating_sub(8);
        self.tail.drain(..cut);
        drop(held);
        if let Ok(o) = &out {
            self.total_out += o.len() as u64;
        }
        if gunzip && mode == 4 && out.is_err() {
            // The trailer ends with the output's length (mod 2^32): if that is not there, the input was cut.
            let isize = (self.total_out as u32).to_le_bytes();
            out = Err(if self.tail.len() == 8 && self.tail[4..] == isize {
                ("Z_DATA_ERROR", -3, "incorrect data check")
            } else {
                BUF_ERROR
            });
        }
        if out.is_err() || mode == 4 {
            self.done = true;
        }
        out
    }
}

/// Writes, flushes or finishes one engine and takes what it produced.
fn feed(engine: &mut Engine, input: &[u8], mode: i32) -> Result<Vec<u8>, ZError> {
    macro_rules! flate {
        ($w:expr, $decoder:expr) => {{
            $w.write_all(input).map_err(|e| map_io(&e, false))?;
            // A decoder's output waits in its buffer until the next call: flushing hands it over now (it
            // changes nothing in what is decoded; an encoder's flush would add a sync marker).
            if $decoder && mode == 0 {
                $w.flush().map_err(|e| map_io(&e, false))?;
            }
            match mode {
                4 => $w.try_finish().map_err(|e| map_io(&e, false))?,
                0 => {}
                _ => $w.flush().map_err(|e| map_io(&e, false))?,
            }
            Ok(std::mem::take($w.get_mut()))
        }};
    }
    match engine {
        Engine::Gzip(w) => flate!(w, false),
        Engine::Deflate(w) => flate!(w, false),
        Engine::DeflateRaw(w) => flate!(w, false),
        Engine::Gunzip(w) => flate!(w, true),
        Engine::Inflate(w) => flate!(w, true),
        Engine::InflateRaw(w) => flate!(w, true),
        Engine::BrotliDecode(w) => {
            w.write_all(input).map_err(|e| map_io(&e, true))?;
            if mode == 4 {
                w.close().map_err(|e| map_io(&e, true))?;
            }
            Ok(std::mem::take(w.get_mut()))
        }
        Engine::BrotliEncode(slot) => {
            let Some(w) = slot.as_mut() else {
                return Ok(Vec::new());
            };
            w.write_all(input).map_err(|e| map_io(&e, true))?;
            match mode {
                4 => {
                    let mut rest = Vec::new();
                    if let Some(w) = slot.take() {
                        rest = w.into_inner();
                    }
                    Ok(rest)
                }
                0 => Ok(std::mem::take(w.get_mut())),
                _ => {
                    w.flush().map_err(|e| map_io(&e, true))?;
                    Ok(std::mem::take(w.get_mut()))
                }
            }
        }
    }
}

/// `zlibStream(op, level)`: a new stream handle.
pub(crate) fn open(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let op = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let level = arg(args, 1).to_number(ctx)?;
    let quality = super::zlib::brotli_quality(level);
    let level = if (0.0..=9.0).contains(&level) {
        Compression::new(level as u32)
    } else {
        Compression::new(6)
    };
    let handle = ZHandle {
        op,
        level,
        quality,
        engine: None,
        head: Vec::new(),
        done: false,
        tail: Vec::new(),
        total_out: 0,
        seen: Some(Vec::new()),
    };
    Ok(ObjectInitializer::with_native_data(handle, ctx)
        .build()
        .into())
}

/// `zlibStreamWrite(handle, bytes, mode)` → `[null, bytes]` or `[code, errno, message]`.
pub(crate) fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // (The work is the thread pool's: the job the caller submits carries its cost, not the loop's clock.)
    let data = bytes_arg(args, 1, ctx)?;
    let mode = arg(args, 2).to_number(ctx)? as i32;
    let result = match arg(args, 0).as_object().and_then(|o| {
        o.downcast_mut::<ZHandle>()
            .map(|mut h| h.write(&data, mode))
    }) {
        Some(r) => r,
        None => Err(("ERR_INVALID_ARG_VALUE", -22, "not a zlib stream handle")),
    };
    result_value(result, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handle(op: &str) -> ZHandle {
        ZHandle {
            op: op.into(),
            level: Compression::new(6),
            quality: 11,
            engine: None,
            head: Vec::new(),
            done: false,
            tail: Vec::new(),
            total_out: 0,
            seen: Some(Vec::new()),
        }
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut h = handle("gzip");
        h.write(data, 4).unwrap_or_default()
    }

    #[test]
    fn a_decoder_gives_its_output_as_input_arrives() {
        let z = gzip(b"hello incremental world");
        let mut g = handle("gunzip");
        let (a, b) = z.split_at(z.len() - 8);
        assert_eq!(g.write(a, 0), Ok(b"hello incremental world".to_vec()));
        assert_eq!(g.write(b, 4), Ok(Vec::new()));
    }

    #[test]
    fn a_stream_cut_short_is_unexpected_end_of_file_after_its_output() {
        let z = gzip(b"some text that will be truncated");
        let mut g = handle("gunzip");
        let out = g.write(&z[..z.len() - 6], 0);
        assert_eq!(out, Ok(b"some text that will be truncated".to_vec()));
        assert_eq!(g.write(&[], 4), Err(BUF_ERROR));
    }

    #[test]
    fn headers_are_checked_as_node_does() {
        assert_eq!(handle("gunzip").write(b"xx", 0), Err(DATA_ERROR));
        assert_eq!(handle("inflate").write(b"xx", 0), Err(DATA_ERROR));
        assert_eq!(handle("gunzip").write(b"\x1f", 4), Err(BUF_ERROR));
        assert_eq!(handle("unzip").write(&gzip(b"u"), 4), Ok(b"u".to_vec()));
    }

    #[test]
    fn an_encoder_flush_gives_what_was_written_so_far() {
        let mut e = handle("deflate");
        let first = e.write(b"first", 2).unwrap_or_default();
        let mut d = handle("inflate");
        assert_eq!(d.write(&first, 0), Ok(b"first".to_vec()));
        let rest = e.write(b"second", 4).unwrap_or_default();
        assert_eq!(d.write(&rest, 4), Ok(b"second".to_vec()));
    }
}
