import type { Check } from './checks.js';
import type { Plan } from './resolve.js';
import { STARTER_TEXTS } from './starter-texts.js';

/** The tool's texts every announcement carries ("to improve [benefit]. Why: [problem it solves]"), with what to write instead. */
const ANNOUNCED = {
  why: 'write the problem the tool solves for your organization',
  benefit: 'write what it improves for your organization',
} as const;

/**
 * `rollout init` writes an example why and benefit so that the plan validates and the messages
 * read whole. Left as written, every announcement gives people an example firm's reason.
 */
export function checkPlaceholderTexts(plan: Plan): Check[] {
  return (Object.keys(ANNOUNCED) as (keyof typeof ANNOUNCED)[]).flatMap((key): Check[] => {
    const given = plan.raw.tool[key];
    if (given === undefined) return [];
    const examples: string[] = Object.values(STARTER_TEXTS[key]);
    const texts = typeof given === 'string' ? [given] : Object.values(given);
    if (!texts.some((t) => examples.includes(t))) return [];
    return [{ severity: 'warning', code: 'placeholder-text', path: ['tool', key], message: `tool.${key} is still the example init wrote: every announcement says it`, hint: ANNOUNCED[key] }];
  });
}
