import { z } from 'zod';
import { planSchema } from './schema.js';

/** The plan's JSON Schema (draft-07, as yaml-language-server reads it), generated from the zod schema. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }),
    title: 'rollout plan',
  };
}
