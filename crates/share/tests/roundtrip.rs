//! Share links round-trip every scenario byte for byte (random file sets: Unicode, empty files, up to 200
//! files), and no input makes the decoder panic: random text, damaged links, future versions, lz-string links.

use std::collections::BTreeMap;

use looplab_share::{decode, encode, ShareDoc, ShareError};
use proptest::prelude::*;

fn doc(files: BTreeMap<String, String>, stdin: String) -> ShareDoc {
    let entry = files
        .keys()
        .next()
        .cloned()
        .unwrap_or_else(|| "/main.js".into());
    let mut files = files;
    files.entry(entry.clone()).or_default();
    ShareDoc {
        v: 1,
        files,
        entry,
        stdin,
        config: serde_json::json!({"seed": 7, "limits": {"steps": 1000}}),
        ui: serde_json::json!({"panels": ["queues", "flame"], "step": 12}),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_scenario_round_trips(
        files in prop::collection::btree_map("/[a-zA-Zé_0-9/]{1,20}\\.(js|mjs|txt|json)", "\\PC*", 1..8),
        stdin in "\\PC{0,40}",
    ) {
        let d = doc(files, stdin);
        let link = encode(&d);
        prop_assert!(link.starts_with("v1.z."));
        prop_assert!(!link.contains('=') && !link.contains('+') && !link.contains('/'));
        prop_assert_eq!(decode(&format!("https://looplab.example/?node=20#{link}")), Ok(d));
    }

    #[test]
    fn random_text_never_panics(s in "\\PC{0,200}") {
        let _ = decode(&s);
        let _ = decode(&format!("#v1.z.{s}"));
        let _ = decode(&format!("#v1.lz.{s}"));
        let _ = decode(&format!("#code/{s}"));
    }

    #[test]
    fn damaged_links_give_errors_not_panics(cut in 0usize..400, flip in 0usize..400) {
        let link = encode(&ShareDoc::single("/main.js", "console.log('A'); setTimeout(() => console.log('B'));"));
        let cut_link = &link[..cut.min(link.len())];
        let _ = decode(cut_link);
        let mut bytes = link.clone().into_bytes();
        let i = 5 + flip % (bytes.len() - 5);
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        if let Ok(s) = String::from_utf8(bytes) {
            let _ = decode(&s);
        }
    }
}

#[test]
fn two_hundred_files_with_unicode_and_empty_ones() {
    let mut files = BTreeMap::new();
    for i in 0..200 {
        let text = match i % 4 {
            0 => String::new(),
            1 => format!("console.log('héllo wörld ✓ {i}', '🚀'.length);\n"),
            2 => "\u{0}\t\r\n\u{2028}\u{feff} mixed line ends\r\n".to_string(),
            _ => format!("module.exports = {i};"),
        };
        files.insert(format!("/src/f{i:03}.js"), text);
    }
    let d = doc(files, "line 1\nline 2\n".into());
    assert_eq!(decode(&encode(&d)), Ok(d));
}

#[test]
fn typical_lesson_fits_in_2000_characters() {
    let src = include_str!("../../../static/examples/event-loop-tour.js");
    let link = encode(&ShareDoc::single("/main.js", src));
    assert!(link.len() < 2000, "{} chars", link.len());
    assert!(looplab_share::length_advice(&link).is_none());
}

#[test]
fn lz_string_links_are_accepted() {
    // What the TypeScript playground (lz-string's compressToEncodedURIComponent) would put after `#code/`.
    let src = "console.log('A'); Promise.resolve().then(() => console.log('C'));";
    let lz = lz_str::compress_to_encoded_uri_component(src);
    let d = decode(&format!("https://www.typescriptlang.org/play#code/{lz}"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.files.get("/main.js").map(String::as_str), Some(src));
    let json = serde_json::to_string(&ShareDoc::single("/a.js", "1")).unwrap_or_default();
    let lz = lz_str::compress_to_encoded_uri_component(json.as_str());
    assert_eq!(
        decode(&format!("#v1.lz.{lz}")),
        Ok(ShareDoc::single("/a.js", "1"))
    );
}

#[test]
fn clear_errors() {
    assert_eq!(decode("#v2.z.abc"), Err(ShareError::FutureVersion(2)));
    assert_eq!(decode("#hello"), Err(ShareError::NotALink));
    assert!(matches!(decode("#v1.q.abc"), Err(ShareError::UnknownCodec(c)) if c == "q"));
    assert!(matches!(decode("#v1.z.!!!"), Err(ShareError::Corrupt(_))));
    let missing_entry =
        serde_json::json!({"v": 1, "files": {"/a.js": ""}, "entry": "/b.js"}).to_string();
    let lz = lz_str::compress_to_encoded_uri_component(missing_entry.as_str());
    assert!(matches!(
        decode(&format!("#v1.lz.{lz}")),
        Err(ShareError::Invalid(_))
    ));
    let e = decode("#v9.z.x")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(e.contains("newer Looplab"), "{e}");
}

#[test]
fn a_decompression_bomb_is_refused() {
    use std::io::Write;
    let json = format!(
        "{{\"v\":1,\"entry\":\"/a.js\",\"files\":{{\"/a.js\":\"{}\"}}}}",
        "x".repeat(20 * 1024 * 1024)
    );
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = z.write_all(json.as_bytes());
    let bytes = z.finish().unwrap_or_default();
    use base64::Engine;
    let link = format!(
        "v1.z.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    );
    assert_eq!(decode(&link), Err(ShareError::TooLarge));
}
