import { readNumber, type NumberFormat } from './columns.js';

/** A score written with its scale: `8/10`, `8 / 10`, `8 van 10`, `8 out of 10`. */
const OUT_OF = /^(\S+?)\s*(?:\/|\s(?:van|out of)\s)\s*(\d+)$/i;

/**
 * The score of an answer typed with its scale's top (`8/10` to a 1-10 question), when that top is
 * the metric's own (`top`): a person who writes "8/10" means 8. Undefined for any other text, and
 * for a scale that is not the metric's (`4/5` to a 1-10 question is no 4).
 */
export function scoreOutOf(text: string, top: number | undefined, format: NumberFormat): number | undefined {
  const m = OUT_OF.exec(text);
  if (!m || top === undefined || Number(m[2]) !== top) return undefined;
  return readNumber(m[1]!, format);
}
