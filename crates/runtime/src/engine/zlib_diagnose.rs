//! Which error zlib's inflate reports for a corrupt stream. flate2's pure-Rust decoder only says that a stream
//! failed; node's zlib names the first thing wrong ("invalid block type", "invalid distance too far back", a
//! gzip header's "unknown compression method"...). After flate2 fails, these functions walk the stream as
//! zlib's inflate.c and inftrees.c do (headers, block types, code-length sets, symbols, distances), without
//! producing output, and return zlib's code and message for the first error, or `None` when they find none.

use super::zlib::{ZError, BUF_ERROR};

const fn data_error(message: &'static str) -> ZError {
    ("Z_DATA_ERROR", -3, message)
}

/// Reads bits least-significant first, as deflate packs them.
struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Bits<'_> {
    fn bits(&mut self, n: usize) -> Result<u32, ZError> {
        let mut v = 0u32;
        for i in 0..n {
            let byte = *self.data.get(self.pos / 8).ok_or(BUF_ERROR)?;
            v |= u32::from((byte >> (self.pos % 8)) & 1) << i;
            self.pos += 1;
        }
        Ok(v)
    }
    fn align(&mut self) {
        self.pos = self.pos.div_ceil(8) * 8;
    }
}

/// A canonical Huffman code: how many codes of each length, and the symbols in code order.
struct Huffman {
    counts: [u16; 16],
    symbols: Vec<u16>,
}

/// zlib's inflate_table checks: a set is refused when over-subscribed, or incomplete unless it is a single
/// code of length 1 (for the code-length code, incomplete is always refused). A set with no codes at all is
/// accepted; decoding from it then fails.
fn build(lengths: &[u8], code_lengths: bool) -> Option<Huffman> {
    let mut counts = [0u16; 16];
    for &l in lengths {
        counts[usize::from(l)] += 1;
    }
    let max = (1..16).rev().find(|&l| counts[l] != 0).unwrap_or(0);
    if max == 0 {
        return Some(Huffman {
            counts: [0; 16],
            symbols: Vec::new(),
        });
    }
    let mut left: i32 = 1;
    for &count in &counts[1..] {
        left = left * 2 - i32::from(count);
        if left < 0 {
            return None;
        }
    }
    if left > 0 && (code_lengths || max != 1) {
        return None;
    }
    let mut offs = [0u16; 16];
    for l in 1..15 {
        offs[l + 1] = offs[l] + counts[l];
    }
    let mut symbols = vec![0u16; lengths.len()];
    for (sym, &l) in lengths.iter().enumerate() {
        if l != 0 {
            symbols[usize::from(offs[usize::from(l)])] = sym as u16;
            offs[usize::from(l)] += 1;
        }
    }
    counts[0] = 0;
    Some(Huffman { counts, symbols })
}

/// The next symbol (puff.c's canonical decode), or `None` for a code the set does not have.
fn decode(bits: &mut Bits<'_>, h: &Huffman) -> Result<Option<u16>, ZError> {
    let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
    for len in 1..16 {
        code |= bits.bits(1)? as i32;
        let count = i32::from(h.counts[len]);
        if code - count < first {
            return Ok(h.symbols.get((index + code - first) as usize).copied());
        }
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    Ok(None)
}

const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LENGTH_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u32; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
/// The order the code-length code's lengths come in.
const ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// The symbols of one block with Huffman codes, counting the output (a distance may not reach before it).
fn codes(bits: &mut Bits<'_>, lit: &Huffman, dist: &Huffman, out: &mut u64) -> Result<(), ZError> {
    loop {
        let sym = decode(bits, lit)?.ok_or(data_error("invalid literal/length code"))?;
        match sym {
            0..=255 => *out += 1,
            256 => return Ok(()),
            _ => {
                let i = usize::from(sym - 257);
                let (Some(&base), Some(&extra)) = (LENGTH_BASE.get(i), LENGTH_EXTRA.get(i)) else {
                    return Err(data_error("invalid literal/length code"));
                };
                let len = u64::from(base) + u64::from(bits.bits(usize::from(extra))?);
                let d = decode(bits, dist)?.ok_or(data_error("invalid distance code"))?;
                let (Some(&dbase), Some(&dextra)) = (
                    DIST_BASE.get(usize::from(d)),
                    DIST_EXTRA.get(usize::from(d)),
                ) else {
                    return Err(data_error("invalid distance code"));
                };
                let distance = u64::from(dbase) + u64::from(bits.bits(usize::from(dextra))?);
                if distance > *out {
                    return Err(data_error("invalid distance too far back"));
                }
                *out += len;
            }
        }
    }
}

fn fixed() -> (Huffman, Huffman) {
    let mut lengths = [0u8; 288];
    for (i, l) in lengths.iter_mut().enumerate() {
        *l = match i {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        };
    }
    let empty = || Huffman {
        counts: [0; 16],
        symbols: Vec::new(),
    };
    // (Complete by construction: the empty fallbacks keep this path panic-free.)
    let lit = build(&lengths, false).unwrap_or_else(empty);
    let dist = build(&[5u8; 32], false).unwrap_or_else(empty);
    (lit, dist)
}

fn dynamic(bits: &mut Bits<'_>) -> Result<(Huffman, Huffman), ZError> {
    let nlen = bits.bits(5)? as usize + 257;
    let ndist = bits.bits(5)? as usize + 1;
    let ncode = bits.bits(4)? as usize + 4;
    if nlen > 286 || ndist > 30 {
        return Err(data_error("too many length or distance symbols"));
    }
    let mut cl = [0u8; 19];
    for &slot in ORDER.iter().take(ncode) {
        cl[slot] = bits.bits(3)? as u8;
    }
    let code = build(&cl, true).ok_or(data_error("invalid code lengths set"))?;
    let mut lengths = vec![0u8; nlen + ndist];
    let mut have = 0;
    while have < nlen + ndist {
        let sym = decode(bits, &code)?.ok_or(data_error("invalid code lengths set"))?;
        if sym < 16 {
            lengths[have] = sym as u8;
            have += 1;
            continue;
        }
        let (value, copy) = match sym {
            16 => {
                if have == 0 {
                    return Err(data_error("invalid bit length repeat"));
                }
                (lengths[have - 1], 3 + bits.bits(2)? as usize)
            }
            17 => (0, 3 + bits.bits(3)? as usize),
            _ => (0, 11 + bits.bits(7)? as usize),
        };
        if have + copy > nlen + ndist {
            return Err(data_error("invalid bit length repeat"));
        }
        lengths[have..have + copy].fill(value);
        have += copy;
    }
    if lengths[256] == 0 {
        return Err(data_error("invalid code -- missing end-of-block"));
    }
    let lit = build(&lengths[..nlen], false).ok_or(data_error("invalid literal/lengths set"))?;
    let dist = build(&lengths[nlen..], false).ok_or(data_error("invalid distances set"))?;
    Ok((lit, dist))
}

/// Walks a raw deflate stream: `Ok(bytes used)` when it is well formed, else zlib's error.
pub(crate) fn raw(data: &[u8]) -> Result<usize, ZError> {
    let mut bits = Bits { data, pos: 0 };
    let mut out = 0u64;
    loop {
        let last = bits.bits(1)? == 1;
        match bits.bits(2)? {
            0 => {
                bits.align();
                let len = bits.bits(16)?;
                let nlen = bits.bits(16)?;
                if len != !nlen & 0xffff {
                    return Err(data_error("invalid stored block lengths"));
                }
                let end = bits.pos / 8 + len as usize;
                if end > data.len() {
                    return Err(BUF_ERROR);
                }
                bits.pos = end * 8;
                out += u64::from(len);
            }
            1 => {
                let (lit, dist) = fixed();
                codes(&mut bits, &lit, &dist, &mut out)?;
            }
            2 => {
                let (lit, dist) = dynamic(&mut bits)?;
                codes(&mut bits, &lit, &dist, &mut out)?;
            }
            _ => return Err(data_error("invalid block type")),
        }
        if last {
            return Ok(bits.pos.div_ceil(8));
        }
    }
}

/// A zlib stream's two-byte header, checked in inflate.c's order.
pub(crate) fn zlib_header(data: &[u8]) -> Result<(), ZError> {
    let (Some(&cmf), Some(&flg)) = (data.first(), data.get(1)) else {
        return Err(BUF_ERROR);
    };
    if (u16::from(cmf) * 256 + u16::from(flg)) % 31 != 0 {
        return Err(data_error("incorrect header check"));
    }
    if cmf & 0x0f != 8 {
        return Err(data_error("unknown compression method"));
    }
    if (cmf >> 4) + 8 > 15 {
        return Err(data_error("invalid window size"));
    }
    Ok(())
}

/// A gzip member's header, checked in inflate.c's order: `Ok(header length)`.
pub(crate) fn gzip_header(data: &[u8]) -> Result<usize, ZError> {
    let byte = |i: usize| data.get(i).copied().ok_or(BUF_ERROR);
    byte(1)?;
    if byte(0)? != 0x1f || byte(1)? != 0x8b {
        return Err(data_error("incorrect header check"));
    }
    if byte(2)? != 8 {
        return Err(data_error("unknown compression method"));
    }
    let flags = byte(3)?;
    if flags & 0xe0 != 0 {
        return Err(data_error("unknown header flags set"));
    }
    let mut at = 10;
    byte(at - 1)?;
    if flags & 4 != 0 {
        let xlen = usize::from(byte(at)?) | usize::from(byte(at + 1)?) << 8;
        at += 2 + xlen;
    }
    for flag in [8, 16] {
        if flags & flag != 0 {
            while byte(at)? != 0 {
                at += 1;
            }
            at += 1;
        }
    }
    if flags & 2 != 0 {
        let want = u16::from(byte(at)?) | u16::from(byte(at + 1)?) << 8;
        let mut crc = flate2::Crc::new();
        crc.update(data.get(..at).ok_or(BUF_ERROR)?);
        if crc.sum() as u16 != want {
            return Err(data_error("header crc mismatch"));
        }
        at += 2;
    }
    Ok(at)
}

/// The first error zlib reports for a gzip member, a zlib stream or a raw deflate stream whose decoding failed;
/// `None` when the walk finds nothing wrong (the caller keeps its own error).
pub(crate) fn diagnose(op: &str, data: &[u8]) -> Option<ZError> {
    let result = match op {
        "gunzip" => gzip_header(data).and_then(|at| raw(data.get(at..).unwrap_or(&[])).map(|_| ())),
        "inflate" => zlib_header(data).and_then(|()| raw(data.get(2..).unwrap_or(&[])).map(|_| ())),
        "inflateRaw" => raw(data).map(|_| ()),
        _ => Ok(()),
    };
    result.err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_zlibs_first_error() {
        // BTYPE 3.
        assert_eq!(raw(&[0xff, 0xff]), Err(data_error("invalid block type")));
        // A stored block whose NLEN is not LEN's complement.
        assert_eq!(
            raw(&[0x01, 0x05, 0x00, 0x00, 0x00]),
            Err(data_error("invalid stored block lengths"))
        );
        // A fixed block whose first symbol is a match: nothing to copy from.
        assert_eq!(
            raw(&[0x03, 0x02, 0x00]),
            Err(data_error("invalid distance too far back"))
        );
        assert_eq!(
            gzip_header(&[0x1f, 0x8b, 0, 0, 0, 0, 0, 0, 0, 3]),
            Err(data_error("unknown compression method"))
        );
        assert_eq!(zlib_header(&[0x78, 0x9c]), Ok(()));
        // A truncated stream: zlib's "unexpected end of file".
        assert_eq!(raw(&[0x04]), Err(BUF_ERROR));
    }

    #[test]
    fn walks_a_fixed_block() {
        use std::io::Write;
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::new(6));
        assert!(enc.write_all(b"hello hello hello hello").is_ok());
        let bytes = enc.finish().unwrap_or_default();
        assert_eq!(raw(&bytes), Ok(bytes.len()));
    }

    #[test]
    fn accepts_what_flate2_makes() {
        use std::io::Write;
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::new(6));
        let text = "hello hello hello, a stream with matches and literals ".repeat(40);
        assert!(enc.write_all(text.as_bytes()).is_ok());
        let bytes = enc.finish().unwrap_or_default();
        assert_eq!(raw(&bytes), Ok(bytes.len()));
    }
}
