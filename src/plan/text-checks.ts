import type { Check } from './checks.js';
import { isTextMap } from './localize.js';
import { formatPath, type PlanPath } from './positions.js';
import { planSchema, type Language } from './schema.js';
import { isDeprecated, walkKeys, walkTexts } from './walk.js';

/** A warning for each key the plan sets that does nothing any more (format version 1 keeps accepting it). */
export function checkDeprecated(input: unknown): Check[] {
  const out: Check[] = [];
  walkKeys(planSchema, input, (path, schema) => {
    if (isDeprecated(schema)) out.push({ severity: 'warning', code: 'deprecated', path, atKey: true, message: `${String(path[path.length - 1])} does nothing and is deprecated`, hint: 'remove it; plan format version 1 still accepts it' });
  });
  return out;
}

/**
 * In a plan written for several languages: a warning for each text given per language that
 * lacks one of them (its messages fall back to another language), and one hint, never a
 * warning, that plain strings are shown as written in every language.
 */
export function checkTexts(input: unknown, languages: readonly Language[]): Check[] {
  if (languages.length < 2) return [];
  const out: Check[] = [];
  const plain: PlanPath[] = [];
  walkTexts(planSchema, input, (path, value) => {
    if (typeof value === 'string') {
      if (value.trim() !== '') plain.push(path);
      return;
    }
    if (!isTextMap(value)) return;
    const missing = languages.filter((l) => value[l] === undefined);
    if (missing.length > 0) {
      const has = languages.find((l) => value[l] !== undefined) ?? Object.keys(value)[0];
      out.push({
        severity: 'warning',
        code: 'text-language',
        path,
        message: `no ${missing.join(', ')} text, so ${missing.join(' and ')} messages show the ${has} one`,
        hint: `add ${missing.map((l) => `${l}: ...`).join(', ')}`,
      });
    }
  });
  if (plain.length > 0) {
    const shown = plain.slice(0, 3).map(formatPath).join(', ');
    out.push({
      severity: 'hint',
      code: 'text-one-language',
      path: plain[0]!,
      // The line names the first text's path already: a list only when there are more.
      message:
        plain.length === 1
          ? `this text is one string for ${languages.join(' and ')} alike; every message shows it as written`
          : `${plain.length} texts are one string for ${languages.join(' and ')} alike (${shown}${plain.length > 3 ? ', ...' : ''}); every message shows them as written`,
      hint: `write a text per language where it matters, e.g. why: { ${languages.map((l) => `${l}: ...`).join(', ')} }`,
    });
  }
  return out;
}
