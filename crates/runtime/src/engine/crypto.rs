//! `crypto` primitives with real results (RustCrypto) and modelled costs: hashes and HMAC run synchronously;
//! `pbkdf2` / `scrypt` / `randomBytes` with a callback go through the thread-pool model.

use boa_engine::{Context, JsNativeError, JsResult, JsValue};
use hmac::{Mac, SimpleHmac};
use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update};

use super::natives::{arg, bytes_arg, bytes_value, sh, submit_pool_job};

/// Runs `$body` with `$d` bound to the digest type of the canonical algorithm name `$alg` (crypto.js resolves
/// node's aliases to these), or gives None for an unknown name.
macro_rules! with_digest {
    ($alg:expr, $d:ident => $body:expr) => {
        match $alg {
            "md5" => {
                type $d = md5::Md5;
                Some($body)
            }
            "sha1" => {
                type $d = sha1::Sha1;
                Some($body)
            }
            "sha224" => {
                type $d = sha2::Sha224;
                Some($body)
            }
            "sha256" => {
                type $d = sha2::Sha256;
                Some($body)
            }
            "sha384" => {
                type $d = sha2::Sha384;
                Some($body)
            }
            "sha512" => {
                type $d = sha2::Sha512;
                Some($body)
            }
            "sha512-224" => {
                type $d = sha2::Sha512_224;
                Some($body)
            }
            "sha512-256" => {
                type $d = sha2::Sha512_256;
                Some($body)
            }
            "sha3-224" => {
                type $d = sha3::Sha3_224;
                Some($body)
            }
            "sha3-256" => {
                type $d = sha3::Sha3_256;
                Some($body)
            }
            "sha3-384" => {
                type $d = sha3::Sha3_384;
                Some($body)
            }
            "sha3-512" => {
                type $d = sha3::Sha3_512;
                Some($body)
            }
            "ripemd160" => {
                type $d = ripemd::Ripemd160;
                Some($body)
            }
            "blake2b512" => {
                type $d = blake2::Blake2b512;
                Some($body)
            }
            "blake2s256" => {
                type $d = blake2::Blake2s256;
                Some($body)
            }
            "sm3" => {
                type $d = sm3::Sm3;
                Some($body)
            }
            _ => None,
        }
    };
}

/// The digest of `data`; `out_len` is the output length of the XOFs (shake128/256).
fn digest(alg: &str, data: &[u8], out_len: Option<usize>) -> Option<Vec<u8>> {
    fn xof<X: ExtendableOutput + Update + Default>(data: &[u8], len: usize) -> Vec<u8> {
        let mut x = X::default();
        x.update(data);
        let mut out = vec![0u8; len];
        x.finalize_xof_into(&mut out);
        out
    }
    match alg {
        "shake128" => Some(xof::<sha3::Shake128>(data, out_len.unwrap_or(16))),
        "shake256" => Some(xof::<sha3::Shake256>(data, out_len.unwrap_or(32))),
        "md5-sha1" => {
            let mut out = md5::Md5::digest(data).to_vec();
            out.extend_from_slice(&sha1::Sha1::digest(data));
            Some(out)
        }
        _ => with_digest!(alg, D => <D as Digest>::digest(data).to_vec()),
    }
}

fn mac(alg: &str, key: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    with_digest!(alg, D => {
        let mut m = <SimpleHmac<D> as Mac>::new_from_slice(key).ok()?;
        Mac::update(&mut m, data);
        m.finalize().into_bytes().to_vec()
    })
}

fn alg_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_escaped())
}

fn digest_error(alg: &str) -> boa_engine::JsError {
    JsNativeError::typ()
        .with_message(format!("Invalid digest: {alg}"))
        .into()
}

/// `hash(alg, bytes, outputLength?)`, `alg` a canonical name.
pub(crate) fn hash(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    sh(ctx)?;
    let alg = alg_arg(args, 0, ctx)?;
    let data = bytes_arg(args, 1, ctx)?;
    let len = arg(args, 2);
    let out_len = if len.is_undefined() {
        None
    } else {
        Some(len.to_number(ctx)?.clamp(0.0, (1u32 << 24) as f64) as usize)
    };
    let out = digest(&alg, &data, out_len).ok_or_else(|| digest_error(&alg))?;
    bytes_value(out, ctx)
}

/// `hmac(alg, key, bytes)`, `alg` a canonical name.
pub(crate) fn hmac(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    sh(ctx)?;
    let alg = alg_arg(args, 0, ctx)?;
    let key = bytes_arg(args, 1, ctx)?;
    let data = bytes_arg(args, 2, ctx)?;
    let out = mac(&alg, &key, &data).ok_or_else(|| digest_error(&alg))?;
    bytes_value(out, ctx)
}

fn pbkdf2_bytes(
    alg: &str,
    pw: &[u8],
    salt: &[u8],
    iterations: u32,
    keylen: usize,
) -> Option<Vec<u8>> {
    let mut out = vec![0u8; keylen];
    with_digest!(alg, D => pbkdf2::pbkdf2::<SimpleHmac<D>>(pw, salt, iterations, &mut out).ok())??;
    Some(out)
}

/// Submits finished `result` bytes as a pool job taking `duration_ns`; `cb(null, bytes)` runs in poll.
fn submit(
    ctx: &mut Context,
    cb: JsValue,
    label: &str,
    result: Vec<u8>,
    duration_ns: u64,
) -> JsResult<JsValue> {
    let bytes = bytes_value(result, ctx)?;
    submit_pool_job(ctx, label, duration_ns, cb, vec![JsValue::null(), bytes])?;
    Ok(JsValue::undefined())
}

/// `pbkdf2(password, salt, iterations, keylen, digest, callback?)`.
pub(crate) fn pbkdf2(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let pw = bytes_arg(args, 0, ctx)?;
    let salt = bytes_arg(args, 1, ctx)?;
    let iterations = arg(args, 2).to_number(ctx)?.clamp(1.0, u32::MAX as f64) as u32;
    let keylen = arg(args, 3).to_number(ctx)?.clamp(0.0, (1u32 << 20) as f64) as usize;
    let alg = alg_arg(args, 4, ctx)?;
    let out =
        pbkdf2_bytes(&alg, &pw, &salt, iterations, keylen).ok_or_else(|| digest_error(&alg))?;
    let cost = s
        .host
        .borrow()
        .config
        .latencies
        .pbkdf2_per_iteration_ns
        .saturating_mul(iterations as u64);
    let cb = arg(args, 5);
    if cb.is_callable() {
        submit(ctx, cb, "pbkdf2", out, cost)
    } else {
        // Synchronous: the main thread is blocked for the modelled time.
        s.host.borrow().clock.advance(cost);
        bytes_value(out, ctx)
    }
}

/// `scrypt(password, salt, keylen, N, r, p, callback?)`.
pub(crate) fn scrypt(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let pw = bytes_arg(args, 0, ctx)?;
    let salt = bytes_arg(args, 1, ctx)?;
    let keylen = arg(args, 2).to_number(ctx)?.clamp(0.0, (1u32 << 20) as f64) as usize;
    let n = arg(args, 3).to_number(ctx)?;
    let r = arg(args, 4).to_number(ctx)?.clamp(1.0, 1024.0) as u32;
    let p = arg(args, 5).to_number(ctx)?.clamp(1.0, 1024.0) as u32;
    if !(n >= 2.0 && n.log2().fract() == 0.0 && n <= (1u64 << 24) as f64) {
        return Err(JsNativeError::range()
            .with_message("Invalid scrypt params: N must be a power of 2")
            .into());
    }
    let log_n = n.log2() as u8;
    // The scrypt crate wants at least 10 output bytes; the output is PBKDF2's, so a shorter key is a prefix of
    // a longer one (node accepts any length).
    let params = ::scrypt::Params::new(log_n, r, p, keylen.max(10))
        .map_err(|e| JsNativeError::range().with_message(format!("Invalid scrypt params: {e}")))?;
    let mut out = vec![0u8; keylen.max(10)];
    ::scrypt::scrypt(&pw, &salt, &params, &mut out)
        .map_err(|e| JsNativeError::range().with_message(format!("Invalid scrypt params: {e}")))?;
    out.truncate(keylen);
    let blocks = (n as u64).saturating_mul(r as u64).saturating_mul(p as u64);
    let cost = s
        .host
        .borrow()
        .config
        .latencies
        .scrypt_per_block_ns
        .saturating_mul(blocks)
        / 8;
    let cb = arg(args, 6);
    if cb.is_callable() {
        submit(ctx, cb, "scrypt", out, cost)
    } else {
        s.host.borrow().clock.advance(cost);
        bytes_value(out, ctx)
    }
}

/// `randomBytes(size, callback?)`: bytes from the scenario's seeded generator.
pub(crate) fn random_bytes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let size = arg(args, 0).to_number(ctx)?.clamp(0.0, (1u64 << 31) as f64) as usize;
    let mut out = Vec::with_capacity(size);
    {
        let mut host = s.host.borrow_mut();
        while out.len() < size {
            let v = host.next_random().to_le_bytes();
            let take = (size - out.len()).min(8);
            out.extend_from_slice(&v[..take]);
        }
    }
    let cb = arg(args, 1);
    if cb.is_callable() {
        let cost = s.host.borrow().config.latencies.random_bytes_ns;
        submit(ctx, cb, "randomBytes", out, cost)
    } else {
        bytes_value(out, ctx)
    }
}
