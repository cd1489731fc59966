//! `host.stringWidth(str)`: the terminal columns node's ICU build gives a (non-ASCII) string, for
//! `util.inspect`'s array grouping and `console.table`'s padding. It follows node's `GetStringWidth`
//! (src/node_i18n.cc) over the Unicode properties Boa's parser already carries (icu_properties): East Asian
//! Wide/Fullwidth is 2 columns, so is a Neutral or Ambiguous code point with Emoji_Presentation (✅, 🇺);
//! control, format and non-spacing or enclosing marks (but the soft hyphen) and emoji modifiers are 0; an
//! emoji right after a zero-width joiner is not counted again.

use boa_engine::{Context, JsResult, JsValue};
use icu_properties::props::{EastAsianWidth, EmojiModifier, EmojiPresentation, GeneralCategory};
use icu_properties::{CodePointMapData, CodePointSetData};

/// The columns of one code point (node's `GetColumnWidth`, ambiguous as narrow).
fn column_width(c: char) -> usize {
    let eaw = CodePointMapData::<EastAsianWidth>::new().get(c);
    if eaw == EastAsianWidth::Wide || eaw == EastAsianWidth::Fullwidth {
        return 2;
    }
    let neutral_or_ambiguous = eaw == EastAsianWidth::Neutral || eaw == EastAsianWidth::Ambiguous;
    if neutral_or_ambiguous && CodePointSetData::new::<EmojiPresentation>().contains(c) {
        return 2;
    }
    let gc = CodePointMapData::<GeneralCategory>::new().get(c);
    let zero = matches!(
        gc,
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::EnclosingMark
            | GeneralCategory::NonspacingMark
    );
    if c != '\u{ad}' && (zero || CodePointSetData::new::<EmojiModifier>().contains(c)) {
        0
    } else {
        1
    }
}

/// The columns of `s` (node's `GetStringWidth` without emoji-sequence expansion).
pub(crate) fn width(s: &str) -> usize {
    let mut total = 0;
    let mut prev = None;
    for c in s.chars() {
        let joined = prev == Some('\u{200d}')
            && (CodePointSetData::new::<EmojiPresentation>().contains(c)
                || CodePointSetData::new::<EmojiModifier>().contains(c));
        if !joined {
            total += column_width(c);
        }
        prev = Some(c);
    }
    total
}

/// `stringWidth(str)`.
pub(crate) fn string_width(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(ctx)?
        .to_std_string_lossy();
    Ok(JsValue::from(width(&s) as f64))
}

#[cfg(test)]
mod tests {
    use super::width;

    #[test]
    fn widths_as_node_icu() {
        assert_eq!(width("✅"), 2);
        assert_eq!(width("🚀"), 2);
        assert_eq!(width("🇺🇸"), 4);
        assert_eq!(width("\u{feff}\u{200b}\u{2060}"), 0);
        assert_eq!(width("é"), 1);
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(width("日本"), 4);
        assert_eq!(width("\u{ad}"), 1);
        assert_eq!(width("👩\u{200d}💻"), 2);
    }
}
