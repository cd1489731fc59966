//! `host.intlLocale(tag)`: the formatjs locale data of one shipped locale as JSON text, handed to
//! src/js/intl.js when a script first asks for that locale. Kept out of the JS bundles because Boa lexes a
//! megabyte of string literals slowly; here it is a lookup in text build.rs generated (js-vendor/intl-data.mjs).

use boa_engine::{js_string, Context, JsResult, JsValue};

/// `locale<TAB>json` lines, one per shipped locale.
const LOCALES: &str = include_str!(concat!(env!("OUT_DIR"), "/intl-locales.txt"));

/// The JSON text for `tag`, if Looplab ships it.
fn find(tag: &str) -> Option<&'static str> {
    LOCALES
        .lines()
        .find_map(|line| line.strip_prefix(tag)?.strip_prefix('\t'))
}

/// `intlLocale(tag)` → the locale's JSON text, or undefined.
pub(super) fn intl_locale(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let tag = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(ctx)?
        .to_std_string_escaped();
    Ok(find(&tag).map_or(JsValue::undefined(), |json| JsValue::from(js_string!(json))))
}

/// `segment(text, granularity)` → `Intl.Segmenter`'s boundaries: `[start, end, wordLike, ...]` in UTF-16
/// units, by Unicode's default rules (UAX #29: grapheme clusters, words, sentences). ICU, which node uses,
/// follows the same rules, except for its dictionaries for Thai, Chinese and Japanese words.
pub(super) fn segment(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use unicode_segmentation::UnicodeSegmentation;
    let text = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(ctx)?
        .to_std_string_lossy();
    let granularity = args
        .get(1)
        .cloned()
        .unwrap_or_default()
        .to_string(ctx)?
        .to_std_string_escaped();
    let pieces: Vec<(usize, &str)> = match granularity.as_str() {
        "word" => text.split_word_bound_indices().collect(),
        "sentence" => text.split_sentence_bound_indices().collect(),
        _ => text.grapheme_indices(true).collect(),
    };
    let mut out = Vec::with_capacity(pieces.len() * 3);
    let mut unit = 0usize;
    let mut byte = 0usize;
    for (start, piece) in pieces {
        unit += text[byte..start].encode_utf16().count();
        let len = piece.encode_utf16().count();
        // ICU's word-like segments hold a letter or a digit (its "letter", "number", "kana" and "ideo" rules).
        let word_like = granularity == "word" && piece.chars().any(char::is_alphanumeric);
        out.push(JsValue::from(unit as f64));
        out.push(JsValue::from((unit + len) as f64));
        out.push(JsValue::from(word_like));
        unit += len;
        byte = start + piece.len();
    }
    Ok(boa_engine::object::builtins::JsArray::from_iter(out, ctx).into())
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn english_ships_and_a_prefix_is_not_a_match() {
        assert!(find("en").is_some_and(|j| j.starts_with('[')));
        assert!(find("en-GB").is_some());
        assert!(find("e").is_none());
        assert!(find("xx").is_none());
    }
}
