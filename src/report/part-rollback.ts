import { pausedPartName } from '../plan/display-names.js';
import { planIn, type Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { heldSwitchOff, partWhere } from '../rollback/notice.js';
import { backOnOldTools } from '../rollback/parts.js';
import type { Schedule } from '../schedule/types.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { shortDay } from './days.js';
import { escapeXml as esc } from './svg.js';

const WORDS: Record<Language, { word: (part: string) => string; said: (where: string, date: string, old: string, reason: string) => string; waits: string; old: string }> = {
  en: {
    word: (part) => `Rolled back: ${part}`,
    said: (where, date, old, reason) => `Back to ${old} ${where} since ${date}, the rest goes on: ${reason}`,
    waits: 'the switch-off waits, and the old system stays on for everyone',
    old: 'the old system',
  },
  nl: {
    word: (part) => `Teruggedraaid: ${part}`,
    said: (where, date, old, reason) => `Sinds ${date} ${where} terug naar ${old}, de rest gaat door: ${reason}`,
    waits: 'de uitfasering wacht, en het oude systeem blijft voor iedereen aan',
    old: 'het oude systeem',
  },
};

/**
 * A red banner for each rollback of one part the plan records by the report's day: the part by
 * its name, the day, why, and that the switch-off waits for it; with or without metrics.
 */
export function partRollbackBanners(given: Plan, schedule: Schedule, asOf: Day, lang: Language): string {
  const plan = planIn(given, lang);
  const w = WORDS[lang];
  const waits = heldSwitchOff(schedule) !== undefined;
  return plan.partRollbacks
    .filter((r) => backOnOldTools(r, formatDay(asOf)))
    .map((r) => {
      const text = w.said(partWhere(r.only, plan.phases, lang), shortDay(parseDay(r.on), lang), plan.tool.replaces ?? w.old, r.reason) + (waits ? `; ${w.waits}` : '');
      return `<div class="banner decision-rollback part-rollback" role="status" data-part="${esc(pausedPartName(r.only, plan.phases))}"><span class="banner-word">${esc(w.word(pausedPartName(r.only, plan.phases)))}</span><span>${esc(text)}.</span></div>`;
    })
    .join('');
}
