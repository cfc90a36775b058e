import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { planIn as inLanguage } from '../../src/plan/resolve.js';
import { renderReport } from '../../src/report/html.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { readableSources } from '../../src/sources/missing.js';
import { parseDay } from '../../src/util/dates.js';
import { adoptionCopy, planIn } from '../sources/support.js';

const TICKETS = 'adoption/exports/tickets-2027-*.csv';

/** gate-check as of `at` on the example whose helpdesk export is written in the plan before there is one. */
async function checkAhead(at: string) {
  const dir = adoptionCopy((plan) => (plan.sources[4]!.file = TICKETS));
  const plan = planIn(dir);
  const asOf = parseDay(at);
  const { awaited, unread } = await readableSources(plan, { baseDir: dir }, asOf);
  const check = await checkGates({ plan, files: [], asOf, lenient: false, sources: { baseDir: dir, awaited: unread, awaitedFiles: awaited } });
  return { plan, asOf, check };
}

/** The report's note on the files not read yet, as its reader sees it. */
function reportNote(check: Awaited<ReturnType<typeof checkAhead>>, language: 'en' | 'nl'): string | undefined {
  const local = inLanguage(check.plan, language);
  const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf: check.asOf, language, check: check.check, measured: true });
  return /<div class="awaited"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.replace(/<li>/g, ' ').replace(/<[^>]+>/g, '').replace(/&#34;/g, '"');
}

describe('an export the plan names that is not there yet, in the result and not only on stderr', () => {
  it('is in the JSON with its plan key, the day it is due and why, until that day', async () => {
    const ahead = await checkAhead('2027-03-15');
    const awaited = [{ key: 'sources[4].file', file: TICKETS, due: '2027-03-29', because: { kind: 'gate', gate: 'studio-tickets', metric: 'tickets' } }];
    expect(ahead.check.result.awaited).toEqual(awaited);
    expect((JSON.parse(renderJson(ahead.check.result)) as { awaited: unknown }).awaited).toEqual(awaited);
    // With every file there, the JSON has no such field.
    const there = await checkGates({ plan: planIn(), files: [], asOf: parseDay('2027-03-15'), lenient: false, sources: { baseDir: adoptionCopy() } });
    expect(JSON.parse(renderJson(there.result))).not.toHaveProperty('awaited');
  });

  it('gives the report of a day with nothing read a banner that names the wait, not --metrics', async () => {
    const ahead = await checkAhead('2027-03-15');
    const local = inLanguage(ahead.plan, 'en');
    const banner = (check: typeof ahead.check) => /<div class="banner neutral"[^>]*><strong>([^<]*)</.exec(renderReport({ plan: local, schedule: buildSchedule(local), asOf: ahead.asOf, language: 'en', check, measured: false }))?.[1];
    expect(banner(ahead.check)).toBe('No export read yet: the gates are shown with their thresholds and windows, and judged once the exports below are due.');
    const nothingAwaited = { ...ahead.check, result: { ...ahead.check.result, awaited: undefined } };
    expect(banner(nothingAwaited)).toMatch(/^No metrics given: .* Pass --metrics to see the decision\.$/);
  });

  it('is a line of the report, in English and Dutch, naming the metric as the report does elsewhere', async () => {
    const ahead = await checkAhead('2027-03-15');
    expect(reportNote(ahead, 'en')).toBe(
      `Not read yet "${TICKETS}" (sources[4].file) matches no file yet; it is due on 29 Mar, when gate studio-tickets, which reads Teams tickets per working day, is due, and is not read until then.`,
    );
    expect(reportNote(ahead, 'nl')).toBe(
      `Nog niet gelezen "${TICKETS}" (sources[4].file) is er nog niet; nodig vanaf 29 mrt, als toetsmoment studio-tickets, dat Teams-meldingen per werkdag leest, beoordeeld wordt, en tot dan niet gelezen.`,
    );
  });
});
