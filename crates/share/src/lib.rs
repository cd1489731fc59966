//! looplab-share: share links that carry a whole scenario in the URL fragment, never sent to a server.
//!
//! Format (see CONVENTIONS.md §4.1): `#v1.z.<payload>`, payload = base64url without `=` padding of the raw
//! DEFLATE of the UTF-8 JSON document `{"v":1,"files":{...},"entry":"...","stdin":...,"config":{...},"ui":{...}}`.
//! On input, `#v1.lz.<lz-string>` and the TypeScript playground's `#code/<lz-string>` (lz-string's
//! `compressToEncodedURIComponent`; `code/` carries one file) are accepted too. Anything else, a future
//! version or a damaged payload gives a [`ShareError`] that says which, and nothing panics.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// The format version this build writes and reads.
pub const VERSION: u32 = 1;
/// Longest link text accepted (Chromium's URL limit, 2 MiB).
pub const MAX_LINK_CHARS: usize = 2 * 1024 * 1024;
/// Largest decompressed document accepted (a decompression bomb stops here).
pub const MAX_DOC_BYTES: u64 = 16 * 1024 * 1024;
/// Typical lessons should fit in a chat message; above this, offer a downloadable scenario file instead.
pub const COMFORTABLE_LINK_CHARS: usize = 2000;

/// A shared scenario: the virtual files, the entry point, stdin, the run config and UI state (both passed
/// through as JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShareDoc {
    pub v: u32,
    pub files: BTreeMap<String, String>,
    pub entry: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stdin: String,
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub config: serde_json::Value,
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub ui: serde_json::Value,
}

impl ShareDoc {
    /// A one-file scenario.
    pub fn single(entry: &str, source: &str) -> Self {
        ShareDoc {
            v: VERSION,
            files: BTreeMap::from([(entry.to_string(), source.to_string())]),
            entry: entry.to_string(),
            stdin: String::new(),
            config: serde_json::Value::Null,
            ui: serde_json::Value::Null,
        }
    }
}

/// Why a link could not be opened.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ShareError {
    #[error("this is not a Looplab link (expected '#v1.z.…', '#v1.lz.…' or '#code/…')")]
    NotALink,
    #[error("this link was made by a newer Looplab (format v{0}); this one reads v{VERSION}")]
    FutureVersion(u32),
    #[error("unknown link codec '{0}' (known: z, lz)")]
    UnknownCodec(String),
    #[error("the link is too long ({0} characters; at most {MAX_LINK_CHARS})")]
    TooLong(usize),
    #[error("the link is damaged: {0} (was it cut off when it was copied?)")]
    Corrupt(String),
    #[error("the link's scenario is larger than {} MiB once unpacked", MAX_DOC_BYTES / (1024 * 1024))]
    TooLarge,
    #[error("the link's scenario is invalid: {0}")]
    Invalid(String),
}

/// The fragment (without `#`) for `doc`: `v1.z.<payload>`.
pub fn encode(doc: &ShareDoc) -> String {
    let json = serde_json::to_vec(doc).unwrap_or_default();
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = z.write_all(&json);
    let bytes = z.finish().unwrap_or_default();
    format!("v{VERSION}.z.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// A whole URL or just its fragment (with or without `#`) → the scenario.
pub fn decode(link: &str) -> Result<ShareDoc, ShareError> {
    if link.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong(link.len()));
    }
    let frag = match link.find('#') {
        Some(i) => &link[i + 1..],
        None => link,
    };
    let frag = frag.trim();
    if let Some(lz) = frag.strip_prefix("code/") {
        let src = lz_decode(lz)?;
        return Ok(ShareDoc::single("/main.js", &src));
    }
    let Some(rest) = frag.strip_prefix('v') else {
        return Err(ShareError::NotALink);
    };
    let (ver, rest) = rest.split_once('.').ok_or(ShareError::NotALink)?;
    let ver: u32 = ver.parse().map_err(|_| ShareError::NotALink)?;
    if ver > VERSION {
        return Err(ShareError::FutureVersion(ver));
    }
    if ver == 0 {
        return Err(ShareError::NotALink);
    }
    let (codec, payload) = rest.split_once('.').ok_or(ShareError::NotALink)?;
    let json = match codec {
        "z" => inflate(payload)?,
        "lz" => lz_decode(payload)?,
        other => return Err(ShareError::UnknownCodec(other.chars().take(16).collect())),
    };
    let doc: ShareDoc =
        serde_json::from_str(&json).map_err(|e| ShareError::Invalid(e.to_string()))?;
    if doc.v > VERSION {
        return Err(ShareError::FutureVersion(doc.v));
    }
    if !doc.files.contains_key(&doc.entry) {
        return Err(ShareError::Invalid(format!(
            "the entry '{}' is not one of its files",
            doc.entry
        )));
    }
    Ok(doc)
}

fn inflate(payload: &str) -> Result<String, ShareError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|e| ShareError::Corrupt(e.to_string()))?;
    let mut out = Vec::new();
    flate2::read::DeflateDecoder::new(&bytes[..])
        .take(MAX_DOC_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| ShareError::Corrupt(e.to_string()))?;
    if out.len() as u64 > MAX_DOC_BYTES {
        return Err(ShareError::TooLarge);
    }
    String::from_utf8(out).map_err(|_| ShareError::Corrupt("not UTF-8 text".into()))
}

fn lz_decode(payload: &str) -> Result<String, ShareError> {
    let wide = lz_str::decompress_from_encoded_uri_component(payload)
        .ok_or_else(|| ShareError::Corrupt("lz-string payload does not decompress".into()))?;
    if wide.is_empty() && !payload.is_empty() {
        // lz-string skips characters outside its alphabet; nothing left means nothing was there.
        return Err(ShareError::Corrupt(
            "lz-string payload holds nothing".into(),
        ));
    }
    if wide.len() as u64 > MAX_DOC_BYTES / 2 {
        return Err(ShareError::TooLarge);
    }
    String::from_utf16(&wide).map_err(|_| ShareError::Corrupt("not UTF-16 text".into()))
}

/// What to tell the user about a link's length.
pub fn length_advice(fragment: &str) -> Option<String> {
    let n = fragment.len() + 1;
    (n > COMFORTABLE_LINK_CHARS).then(|| {
        format!(
            "this link is {n} characters (over {COMFORTABLE_LINK_CHARS}, too long for many chats): share the scenario file instead"
        )
    })
}
