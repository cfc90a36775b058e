import { inflateRawSync } from 'node:zlib';

/** What an .xlsx file's zip structure tells before its sheet is read. */
export interface WorkbookFacts {
  /** A zip without its closing directory: a download that stopped. */
  cut: boolean;
  /** The workbook counts its date numbers from 1904 (old Mac Excel), not 1900. */
  date1904: boolean;
  /** The sheets' names in the workbook's order (empty when its parts do not say), for messages. */
  sheets: string[];
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** The closing record is 22 bytes and a comment of up to 65,535 may follow it. */
const END_SEARCH = 22 + 0xffff;

/**
 * Reads the zip directory of an .xlsx file: a zip ends with its directory, so a file that starts
 * as a zip and has none was cut off; the workbook part says which date system its numbers use.
 */
export function workbookFacts(bytes: Buffer): WorkbookFacts {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== LOCAL) return { cut: false, date1904: false, sheets: [] };
  const end = findEnd(bytes);
  if (end < 0) return { cut: true, date1904: false, sheets: [] };
  const xml = entry(bytes, end, 'xl/workbook.xml') ?? '';
  return { cut: false, date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(xml), sheets: sheetNames(xml) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function sheetNames(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => unescapeXml(m[1] ?? m[2]!));
}

/** An XML attribute's or text's characters, its entities read. */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => ENTITIES[e] ?? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1))));
}

/** Where the zip's closing record starts, -1 for none. */
export function findEnd(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH); i--) if (bytes.readUInt32LE(i) === END) return i;
  return -1;
}

/** The text of one part of the zip, or undefined when it is not there or cannot be read. */
export function entry(bytes: Buffer, end: number, name: string): string | undefined {
  try {
    let at = bytes.readUInt32LE(end + 16);
    const count = bytes.readUInt16LE(end + 10);
    for (let n = 0; n < count && bytes.readUInt32LE(at) === CENTRAL; n++) {
      const nameLength = bytes.readUInt16LE(at + 28);
      const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) {
        const method = bytes.readUInt16LE(at + 10);
        const size = bytes.readUInt32LE(at + 20);
        const local = bytes.readUInt32LE(at + 42);
        const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
        const data = bytes.subarray(start, start + size);
        return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      }
      at = next;
    }
  } catch {
    // A directory that does not read: the sheet reader says what is wrong with the file.
  }
  return undefined;
}
