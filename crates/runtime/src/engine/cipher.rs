//! AES for `crypto.createCipheriv` / `createDecipheriv` (crypto_cipher.js): stateless block and keystream steps
//! over RustCrypto's `aes`, `cbc`, `ecb`, `ctr` and `ghash`; the JS side keeps the chaining value, the stream
//! offset, padding and the GCM transcript between `update()` calls.

use aes::cipher::{
    generic_array::GenericArray, BlockDecryptMut, BlockEncrypt, BlockEncryptMut, KeyInit,
    KeyIvInit, StreamCipher, StreamCipherSeek,
};
use aes::{Aes128, Aes192, Aes256};
use boa_engine::{Context, JsNativeError, JsResult, JsValue};
use ghash::universal_hash::UniversalHash;
use ghash::GHash;

use super::natives::{arg, bytes_arg, bytes_value, sh};

/// Runs `$body` with `$a` bound to the AES type for a key of `$len` bytes, or gives None.
macro_rules! with_aes {
    ($len:expr, $a:ident => $body:expr) => {
        match $len {
            16 => {
                type $a = Aes128;
                Some($body)
            }
            24 => {
                type $a = Aes192;
                Some($body)
            }
            32 => {
                type $a = Aes256;
                Some($body)
            }
            _ => None,
        }
    };
}

fn bad(msg: &str) -> boa_engine::JsError {
    JsNativeError::typ().with_message(msg.to_string()).into()
}

/// ECB or CBC over whole blocks (`data.len()` a multiple of 16; the caller pads and holds back).
fn blocks(mode: &str, key: &[u8], iv: &[u8], data: &mut [u8], decrypt: bool) -> Option<()> {
    fn enc<C: BlockEncryptMut>(mut c: C, data: &mut [u8]) {
        for chunk in data.chunks_exact_mut(16) {
            c.encrypt_block_mut(GenericArray::from_mut_slice(chunk));
        }
    }
    fn dec<C: BlockDecryptMut>(mut c: C, data: &mut [u8]) {
        for chunk in data.chunks_exact_mut(16) {
            c.decrypt_block_mut(GenericArray::from_mut_slice(chunk));
        }
    }
    if !data.len().is_multiple_of(16) {
        return None;
    }
    with_aes!(key.len(), A => {
        match (mode, decrypt) {
            ("ecb", false) => enc(ecb::Encryptor::<A>::new_from_slice(key).ok()?, data),
            ("ecb", true) => dec(ecb::Decryptor::<A>::new_from_slice(key).ok()?, data),
            ("cbc", false) => enc(cbc::Encryptor::<A>::new_from_slices(key, iv).ok()?, data),
            ("cbc", true) => dec(cbc::Decryptor::<A>::new_from_slices(key, iv).ok()?, data),
            _ => return None,
        }
    })
}

/// GCM's pre-counter block J0 (NIST SP 800-38D 7.1).
fn gcm_j0(key: &[u8], iv: &[u8]) -> Option<[u8; 16]> {
    let mut j0 = [0u8; 16];
    if iv.len() == 12 {
        j0[..12].copy_from_slice(iv);
        j0[15] = 1;
        return Some(j0);
    }
    let mut g = GHash::new(&gcm_h(key)?);
    g.update_padded(iv);
    let mut lens = [0u8; 16];
    lens[8..].copy_from_slice(&((iv.len() as u64) * 8).to_be_bytes());
    g.update(&[GenericArray::clone_from_slice(&lens)]);
    j0.copy_from_slice(&g.finalize());
    Some(j0)
}

/// The hash subkey H = E_K(0^128), or `E_K(block)` in general.
fn encrypt_one(key: &[u8], block: [u8; 16]) -> Option<GenericArray<u8, aes::cipher::consts::U16>> {
    let mut b = GenericArray::from(block);
    with_aes!(key.len(), A => A::new_from_slice(key).ok()?.encrypt_block(&mut b))?;
    Some(b)
}

fn gcm_h(key: &[u8]) -> Option<GenericArray<u8, aes::cipher::consts::U16>> {
    encrypt_one(key, [0u8; 16])
}

/// CTR (a 128-bit big-endian counter from `iv`) or GCM's (a 32-bit counter from inc32(J0)), from byte `offset`.
fn keystream(mode: &str, key: &[u8], iv: &[u8], offset: u64, data: &mut [u8]) -> Option<()> {
    with_aes!(key.len(), A => {
        if mode == "ctr" {
            let mut c = ctr::Ctr128BE::<A>::new_from_slices(key, iv).ok()?;
            c.try_seek(offset).ok()?;
            c.try_apply_keystream(data).ok()?;
        } else {
            let mut start = gcm_j0(key, iv)?;
            let n = u32::from_be_bytes([start[12], start[13], start[14], start[15]]).wrapping_add(1);
            start[12..].copy_from_slice(&n.to_be_bytes());
            let mut c = ctr::Ctr32BE::<A>::new_from_slices(key, &start).ok()?;
            c.try_seek(offset).ok()?;
            c.try_apply_keystream(data).ok()?;
        }
    })
}

/// GCM's full 16-byte tag over `aad` and the ciphertext.
fn gcm_tag(key: &[u8], iv: &[u8], aad: &[u8], ct: &[u8]) -> Option<Vec<u8>> {
    let mut g = GHash::new(&gcm_h(key)?);
    g.update_padded(aad);
    g.update_padded(ct);
    let mut lens = [0u8; 16];
    lens[..8].copy_from_slice(&((aad.len() as u64) * 8).to_be_bytes());
    lens[8..].copy_from_slice(&((ct.len() as u64) * 8).to_be_bytes());
    g.update(&[GenericArray::clone_from_slice(&lens)]);
    let s = g.finalize();
    let ek = encrypt_one(key, gcm_j0(key, iv)?)?;
    Some(s.iter().zip(ek.iter()).map(|(a, b)| a ^ b).collect())
}

fn mode_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, 0).to_string(ctx)?.to_std_string_escaped())
}

/// `aes(mode, key, iv, data, decrypt, offset)`: `mode` one of ecb/cbc (whole blocks), ctr/gcm (any length,
/// from keystream byte `offset`).
pub(crate) fn aes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    sh(ctx)?;
    let mode = mode_arg(args, ctx)?;
    let key = bytes_arg(args, 1, ctx)?;
    let iv = bytes_arg(args, 2, ctx)?;
    let mut data = bytes_arg(args, 3, ctx)?;
    let decrypt = arg(args, 4).to_boolean();
    let done = match mode.as_str() {
        "ecb" | "cbc" => blocks(&mode, &key, &iv, &mut data, decrypt),
        "ctr" | "gcm" => {
            let offset = arg(args, 5).to_number(ctx)?.max(0.0) as u64;
            keystream(&mode, &key, &iv, offset, &mut data)
        }
        _ => None,
    };
    done.ok_or_else(|| bad("Invalid cipher parameters"))?;
    bytes_value(data, ctx)
}

/// `gcmTag(key, iv, aad, ciphertext)`: the 16-byte tag.
pub(crate) fn gcm_tag_fn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    sh(ctx)?;
    let key = bytes_arg(args, 0, ctx)?;
    let iv = bytes_arg(args, 1, ctx)?;
    let aad = bytes_arg(args, 2, ctx)?;
    let ct = bytes_arg(args, 3, ctx)?;
    let tag = gcm_tag(&key, &iv, &aad, &ct).ok_or_else(|| bad("Invalid cipher parameters"))?;
    bytes_value(tag, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    // NIST SP 800-38D test case 4 (AES-128, 96-bit IV, with AAD) and test case 6 (60-byte IV).
    #[test]
    fn gcm_matches_nist_vectors() {
        let key = [
            0xfe, 0xff, 0xe9, 0x92, 0x86, 0x65, 0x73, 0x1c, 0x6d, 0x6a, 0x8f, 0x94, 0x67, 0x30,
            0x83, 0x08,
        ];
        let pt = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
        let pt: Vec<u8> = (0..pt.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&pt[i..i + 2], 16).unwrap_or(0))
            .collect();
        let aad: Vec<u8> = (0..20)
            .map(|i| [0xfe, 0xed, 0xfa, 0xce, 0xde, 0xad, 0xbe, 0xef][i % 8])
            .collect();
        let aad = [&aad[..16], &[0xab, 0xad, 0xda, 0xd2]].concat();
        let iv = [
            0xca, 0xfe, 0xba, 0xbe, 0xfa, 0xce, 0xdb, 0xad, 0xde, 0xca, 0xf8, 0x88,
        ];
        let mut ct = pt.clone();
        // In two pieces, as two update() calls give them.
        let (a, b) = ct.split_at_mut(17);
        assert!(keystream("gcm", &key, &iv, 0, a).is_some());
        assert!(keystream("gcm", &key, &iv, 17, b).is_some());
        assert_eq!(
            hex(&ct),
            "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091"
        );
        assert_eq!(
            hex(&gcm_tag(&key, &iv, &aad, &ct).unwrap_or_default()),
            "5bc94fbc3221a5db94fae95ae7121a47"
        );
    }

    #[test]
    fn cbc_needs_whole_blocks() {
        let mut d = [0u8; 15];
        assert!(blocks("cbc", &[0; 16], &[0; 16], &mut d, false).is_none());
        let mut d = [0u8; 16];
        assert!(blocks("cbc", &[0; 15], &[0; 16], &mut d, false).is_none());
    }
}
