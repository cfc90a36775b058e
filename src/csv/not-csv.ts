/**
 * What a file given as a CSV is when it is none: a workbook, a PDF or a web page saved under the
 * export's name (a sign-in or error page is what a browser saves when a download link expired).
 * Said instead of reading its first line as a header.
 */
export function notCsv(head: Uint8Array): string | undefined {
  const start = Buffer.from(head.subarray(0, 1024));
  if (start.subarray(0, 4).equals(ZIP)) {
    return start.includes('xl/') || start.includes('[Content_Types].xml')
      ? 'this is an Excel workbook, not a CSV file; name it .xlsx, or save it from Excel as CSV UTF-8'
      : 'this is a zip archive, not a CSV file; unzip it and name the CSV inside, or download the export again';
  }
  if (start.subarray(0, 8).equals(OLD_OFFICE)) return 'this is an old Excel workbook (.xls), not a CSV file; save it from Excel as .xlsx or CSV UTF-8';
  if (start.subarray(0, 5).toString('latin1') === '%PDF-') return 'this is a PDF, not a CSV file; download the export again as CSV';
  if (HTML.test(start.toString('latin1'))) return 'this is a web page (HTML), not a CSV file: a sign-in or error page saved in place of the export; download the export again';
  return undefined;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The compound-document signature of .xls (and .doc) files. */
const OLD_OFFICE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const HTML = /^(?:\xef\xbb\xbf)?\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
