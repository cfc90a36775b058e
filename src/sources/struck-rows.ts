import path from 'node:path';
import { entry, findEnd, unescapeXml } from './workbook.js';

/** The rows of a sheet with cells struck through, by row number: how a shared sheet marks someone who left. */
export interface StruckRows {
  /** Every filled-in cell of the row struck through. */
  whole: ReadonlySet<number>;
  /** Some filled-in cells struck through, others not. */
  part: ReadonlySet<number>;
}

/**
 * The struck-through rows of a workbook's sheet (by name or number, the first by default), read
 * from its parts as text: a cell's style (`s`) names a cell format whose font has `<strike/>`.
 * Undefined when no font of the workbook is struck through, without reading the sheet.
 */
export function struckRows(bytes: Buffer, sheet?: string | number): StruckRows | undefined {
  const end = findEnd(bytes);
  if (end < 0) return undefined;
  const styles = struckStyles(entry(bytes, end, 'xl/styles.xml') ?? '');
  if (styles.size === 0) return undefined;
  const part = sheetPart(bytes, end, sheet);
  const xml = part === undefined ? undefined : entry(bytes, end, part);
  return xml === undefined ? undefined : scanRows(xml, styles);
}

/** The attributes read, each compiled once: `r` and `s` are read for every row and cell of a sheet. */
const ATTRIBUTES = new Map(['r', 's', 'fontId', 'name', 'Id', 'Target', '\\w+:id'].map((name) => [name, new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)]));

/** An attribute of a tag's attributes (`\\w+:id`: an id of any namespace prefix), its entities read. */
function attribute(attributes: string, name: string): string | undefined {
  const m = ATTRIBUTES.get(name)!.exec(attributes);
  return m ? unescapeXml(m[1] ?? m[2]!) : undefined;
}

/** What one element of the styles holds between its tags, such as the fonts. */
const section = (xml: string, tag: string): string => new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(xml)?.[1] ?? '';

/** The cell formats (indexes into `cellXfs`) whose font is struck through. */
function struckStyles(styles: string): Set<number> {
  const fonts = new Set<number>();
  [...section(styles, 'fonts').matchAll(/<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/g)].forEach((font, index) => {
    const strike = /<(?:\w+:)?strike\b([^>]*)>/.exec(font[1] ?? '');
    if (strike && !/\bval\s*=\s*["'](?:0|false)["']/.test(strike[1]!)) fonts.add(index);
  });
  const struck = new Set<number>();
  if (fonts.size === 0) return struck;
  [...section(styles, 'cellXfs').matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)].forEach((xf, index) => {
    if (fonts.has(Number(attribute(xf[1]!, 'fontId') ?? 0))) struck.add(index);
  });
  return struck;
}

/** The zip path of a sheet, by name or number, through the workbook's relationships. */
function sheetPart(bytes: Buffer, end: number, sheet: string | number = 1): string | undefined {
  const sheets = [...(entry(bytes, end, 'xl/workbook.xml') ?? '').matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((m) => ({ name: attribute(m[1]!, 'name'), id: attribute(m[1]!, '\\w+:id') }));
  const chosen = typeof sheet === 'number' ? sheets[sheet - 1] : (sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name?.toLowerCase() === sheet.toLowerCase()));
  if (chosen?.id === undefined) return undefined;
  const relationship = [...(entry(bytes, end, 'xl/_rels/workbook.xml.rels') ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)].find((m) => attribute(m[1]!, 'Id') === chosen.id);
  const target = relationship && attribute(relationship[1]!, 'Target');
  if (target === undefined) return undefined;
  return target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`);
}

/** One pass over the sheet's rows: a row's filled-in cells (a value or text) against those of them in a struck format. */
function scanRows(sheet: string, struck: Set<number>): StruckRows {
  const whole = new Set<number>();
  const part = new Set<number>();
  let line = 0;
  for (const row of sheet.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    line = Number(attribute(row[1]!, 'r') ?? line + 1);
    let filled = 0;
    let crossed = 0;
    for (const cell of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      if (!/<(?:\w+:)?[vt]\b[^>]*>[^<]/.test(cell[2] ?? '')) continue;
      filled++;
      if (struck.has(Number(attribute(cell[1]!, 's') ?? 0))) crossed++;
    }
    if (crossed > 0) (crossed === filled ? whole : part).add(line);
  }
  return { whole, part };
}
