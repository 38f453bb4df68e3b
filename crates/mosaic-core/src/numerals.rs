//! Numbers as people type them: any decimal digit set their keyboard gives (Arabic-Indic ٠-٩,
//! Persian and Urdu ۰-۹, Bengali ০-৯, Devanagari, full-width...) and the local decimal
//! separator (`٫`, `,`, `.`). The UI (`ui/src/lib/numbers.ts`) follows the same rules.

/// The zero of each decimal digit set accepted; each set is ten consecutive code points.
const ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

/// Decimal separators: full stop, comma, Arabic decimal separator.
const DECIMAL: &[char] = &['.', ',', '\u{066b}'];

/// Ignored inside a number: the Arabic thousands sign, spaces, and direction marks that
/// right-to-left keyboards insert.
const IGNORED: &[char] = &[
    '\u{066c}', ' ', '\u{00a0}', '\u{202f}', '\u{2009}', '\u{200e}', '\u{200f}', '\u{061c}',
];

/// The ASCII digit for `c` in any accepted digit set.
fn digit(c: char) -> Option<char> {
    let cp = u32::from(c);
    ZEROS
        .iter()
        .find(|&&zero| (zero..=zero + 9).contains(&cp))
        .and_then(|zero| char::from_digit(cp - zero, 10))
}

/// The number in `text`, or `None` when it is not one plain decimal number
/// (`"٣٫٥"` and `"۳٫۵"` are 3.5, `"١٬٢٠٠"` is 1200; `"3.5.1"`, `"1e3"`, `"abc"` are not numbers).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let mut ascii = String::with_capacity(text.len());
    let mut seen_decimal = false;
    let mut seen_digit = false;
    for c in text.trim().chars() {
        if let Some(d) = digit(c) {
            ascii.push(d);
            seen_digit = true;
        } else if DECIMAL.contains(&c) && !seen_decimal {
            seen_decimal = true;
            ascii.push('.');
        } else if c == '-' && ascii.is_empty() {
            ascii.push('-');
        } else if !IGNORED.contains(&c) {
            return None;
        }
    }
    if !seen_digit {
        return None;
    }
    ascii.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_persian_and_bengali_digits_with_their_decimal_separators() {
        assert_eq!(parse_decimal("٣٫٥"), Some(3.5));
        assert_eq!(parse_decimal("۳٫۵"), Some(3.5));
        assert_eq!(parse_decimal("৩.৫"), Some(3.5));
        assert_eq!(parse_decimal("3,5"), Some(3.5));
        assert_eq!(parse_decimal(" ٤٠ "), Some(40.0));
        assert_eq!(parse_decimal("١٬٢٠٠"), Some(1200.0));
        assert_eq!(parse_decimal("\u{200f}٨٠"), Some(80.0));
    }

    #[test]
    fn anything_else_is_not_a_number() {
        for bad in [
            "",
            "abc",
            "3.5.1",
            "٣٫٥٫١",
            "1e3",
            "3a",
            ".",
            "-",
            "inf",
            "NaN",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }
}
