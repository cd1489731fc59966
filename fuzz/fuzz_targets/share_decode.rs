//! Fuzz target: any text given to the share-link decoder gives a document or a `ShareError`, never a panic;
//! a decoded document encodes and decodes back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for candidate in [
        text.to_string(),
        format!("#v1.z.{text}"),
        format!("#v1.lz.{text}"),
        format!("#code/{text}"),
    ] {
        if let Ok(doc) = looplab_share::decode(&candidate) {
            let again = looplab_share::decode(&looplab_share::encode(&doc));
            assert_eq!(again.as_ref(), Ok(&doc), "re-encoded link decodes differently");
        }
    }
});
