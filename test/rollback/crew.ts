import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT } from '../helpers.js';

interface Albina {
  organization: { locations: { languages?: string[] }[]; groups: unknown[] };
  communications: Record<string, unknown>;
  rollback: Record<string, unknown>;
}

/**
 * Sranan Advies (albina.yaml) with Albina's four field workers reached by WhatsApp and a notice in
 * the office, not by email, in Dutch and English: Albina rolled back on 19 April 2027 and, with
 * `resume`, starts again on Monday 17 May. The plan as its YAML text.
 */
export function albinaCrew(resume: Record<string, unknown>): string {
  const plan = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8')) as Albina;
  plan.organization.locations[1]!.languages = ['nl', 'en'];
  plan.organization.groups.push({ name: 'Veldploeg', headcount: 4, location: 'Albina' });
  plan.communications.targetedGroups = [{ group: 'Veldploeg', channel: { nl: 'WhatsApp en het prikbord', en: 'WhatsApp and the notice board' }, send: ['text', 'notice'] }];
  plan.rollback.resume = resume;
  return stringify(plan);
}

/** What changed for the second try, with a comma and markup a notice must show as written. */
export const CHANGED = { nl: 'een nieuwe glasvezellijn, en telefoons met een <betere> bundel', en: 'a new fibre line, and phones with a <better> bundle' };
