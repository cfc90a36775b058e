import { z } from 'zod';
import type { PlanPath } from './positions.js';
import { isTextSchema } from './schema.js';

type Def = z.core.$ZodTypeDef & { innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] };

/** The schema under optional, default and similar wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let def = s._zod.def as Def; def.innerType; def = s._zod.def as Def) s = def.innerType;
  return s;
}

export function defOf(schema: z.ZodType): Def {
  return unwrap(schema)._zod.def as Def;
}

/**
 * Calls `visit` for every free-text value of `value` that `schema` describes, with its path:
 * the walk follows objects, arrays and the object or array branch of a union.
 */
export function walkTexts(schema: z.ZodType, value: unknown, visit: (path: PlanPath, text: unknown) => void, path: PlanPath = []): void {
  if (value === undefined || value === null) return;
  const s = unwrap(schema);
  if (isTextSchema(s)) return visit(path, value);
  const def = s._zod.def as Def;
  if (def.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) if (def.shape![key]) walkTexts(def.shape![key], v, visit, [...path, key]);
  } else if (def.type === 'array' && Array.isArray(value)) {
    value.forEach((v, i) => walkTexts(def.element!, v, visit, [...path, i]));
  } else if (def.type === 'union' && typeof value === 'object') {
    const want = Array.isArray(value) ? 'array' : 'object';
    const branch = def.options!.find((o) => defOf(o).type === want);
    if (branch) walkTexts(branch, value, visit, path);
  }
}

/** Whether a key's schema is marked deprecated: accepted by format version 1, but it does nothing. */
export function isDeprecated(schema: z.ZodType): boolean {
  return z.globalRegistry.get(schema)?.deprecated === true;
}

/** Calls `visit` for every key `value` holds, with its path and schema, following the schema. */
export function walkKeys(schema: z.ZodType, value: unknown, visit: (path: PlanPath, schema: z.ZodType) => void, path: PlanPath = []): void {
  if (value === undefined || value === null || typeof value !== 'object') return;
  const s = unwrap(schema);
  if (isTextSchema(s)) return;
  const def = s._zod.def as Def;
  if (def.type === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) {
      const child = def.shape![key];
      if (!child) continue;
      visit([...path, key], child);
      walkKeys(child, v, visit, [...path, key]);
    }
  } else if (def.type === 'array' && Array.isArray(value)) {
    value.forEach((v, i) => walkKeys(def.element!, v, visit, [...path, i]));
  } else if (def.type === 'union') {
    const want = Array.isArray(value) ? 'array' : 'object';
    const branch = def.options!.find((o) => defOf(o).type === want);
    if (branch) walkKeys(branch, value, visit, path);
  }
}
