// Reading numbers as people type them: any Unicode decimal digit set their keyboard gives
// (Arabic-Indic ٠-٩, Persian/Urdu ۰-۹, Bengali ০-৯, Devanagari, full-width...) and the
// local decimal separator (٫ , .). The same rules as mosaic_core::numerals.

/** Zero of each decimal digit set accepted (each set is ten consecutive code points). */
const ZEROS = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];
const DECIMAL = new Set(['.', ',', '\u066b']);
/** Group separators and spaces people may type inside a number: Arabic thousands sign, spaces. */
const IGNORED = new Set(['\u066c', ' ', '\u00a0', '\u202f', '\u2009', '\u200f', '\u200e', '\u061c']);

/** The number in `text`, or NaN when it is not one plain decimal number. */
export function parseNumber(text: string): number {
  let ascii = '';
  let seenDecimal = false;
  for (const ch of text.trim()) {
    const cp = ch.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => cp >= z && cp <= z + 9);
    if (zero !== undefined) ascii += String(cp - zero);
    else if (DECIMAL.has(ch) && !seenDecimal) {
      seenDecimal = true;
      ascii += '.';
    } else if (ch === '-' && ascii === '') ascii += '-';
    else if (!IGNORED.has(ch)) return NaN;
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(ascii)) return NaN;
  return Number(ascii);
}
