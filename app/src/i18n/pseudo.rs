//! The pseudo-locale `en-XA`: English with every letter accented and each text 40 % longer, so
//! that a test can see at a glance which text did not come through Fluent (it stays plain ASCII)
//! and which box is too small for a longer translation.

use std::borrow::Cow;

/// Fluent's text transform for the pseudo-locale (variables are left as they are).
pub fn transform(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out: String = text.chars().map(accented).collect();
    let letters = text.chars().filter(|c| !c.is_whitespace()).count();
    // 40 % longer, rounded up, as a run of a letter-like mark that cannot be mistaken for English.
    out.extend(std::iter::repeat_n('ʼ', (letters * 2).div_ceil(5)));
    Cow::Owned(out)
}

fn accented(c: char) -> char {
    const LOWER: [char; 26] = [
        'å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[(c as u8 - b'a') as usize],
        'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_ascii_letter_survives_and_the_text_grows_by_forty_percent() {
        let out = transform("Send it, Ana!");
        assert!(!out.chars().any(|c| c.is_ascii_alphabetic()), "{out}");
        let before = "Send it, Ana!".chars().count();
        assert!(
            out.chars().count() >= before + (before - 2) * 2 / 5,
            "{out}"
        );
        assert_eq!(transform("  "), "  ");
    }
}
