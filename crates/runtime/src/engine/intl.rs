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
