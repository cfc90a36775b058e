/**
 * Windows-1252, Microsoft's code page: Latin-1, except that 0x80-0x9F hold the euro sign, curly
 * quotes, dashes and a few letters (five bytes there mean nothing and read as U+FFFD). Node 20's
 * TextDecoder reads those bytes as Latin-1 control characters, so the 32 are mapped here.
 */
const HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

export function decodeWindows1252(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** The note on a file with rows read as Windows-1252. */
export function windows1252Note(file: string, rows: number): string {
  return `${file}: ${rows === 1 ? '1 row is' : `${rows} rows are`} not UTF-8 text and read as Windows-1252 (what Excel saves as plain "CSV"); save the export as "CSV UTF-8" to be sure of every letter`;
}
