import { LANGUAGES, type Language, type Localized, type TextMap } from './schema.js';

/** A text given per language: `{ en: ..., nl: ... }` (no other object of a plan has only language keys). */
export function isTextMap(value: unknown): value is TextMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => (LANGUAGES as readonly string[]).includes(k) && typeof v === 'string');
}

/** The text in `lang`; a map without it falls back to the plan's languages in order. */
export function pickText(map: TextMap, lang: Language, order: readonly Language[]): string {
  for (const l of [lang, ...order, ...LANGUAGES]) {
    const text = map[l];
    if (text !== undefined) return text;
  }
  return '';
}

/** A copy of `value` with every text in one language. */
export function localize<T>(value: T, lang: Language, order: readonly Language[]): Localized<T> {
  const walk = (v: unknown): unknown => {
    if (isTextMap(v)) return pickText(v, lang, order);
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
  };
  return walk(value) as Localized<T>;
}
