import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { reasons } from '../../src/changes/reasons.js';
import { checkGates } from '../../src/gates/check.js';
import { planIn, type Plan } from '../../src/plan/resolve.js';
import type { Language } from '../../src/plan/schema.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { renderReport } from '../../src/report/html.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { renderJunit } from '../../src/reporters/gates/junit.js';
import { renderMarkdown } from '../../src/reporters/gates/markdown.js';
import { renderText } from '../../src/reporters/gates/text.js';
import { pauseLines } from '../../src/reporters/schedule/describe.js';
import { scheduleIcs } from '../../src/reporters/schedule/ics.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, run, tempDir, validPlan } from '../helpers.js';

/*
 * Sranan Advies's head office (phase id head-office, "Head office" / "Hoofdkantoor") pauses alone
 * from Wednesday 17 March 2027: its server room floods. Every output for people names the paused
 * part as the e-mails do, by the phase's name in its own language; JSON keeps the id.
 */
const NAME: Record<Language, string> = { en: 'Head office', nl: 'Hoofdkantoor' };
const reason = { en: 'the server room floods', nl: 'de serverruimte staat blank' };

function planText(pauses: unknown[]): string {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as { phases: { name: unknown }[]; pauses: unknown[] };
  data.phases[1]!.name = NAME;
  data.pauses = pauses;
  return stringify(data);
}

const planWith = (pause: Record<string, unknown>): Plan => validPlan(planText([{ from: '2027-03-17', reason, only: { phase: 'head-office' }, ...pause }]));

const closed = planWith({ until: '2027-03-24' });
const open = planWith({});
const LANGS: Language[] = ['en', 'nl'];

describe('a paused part has one name in every output', () => {
  it.each(LANGS)('gate-check text, markdown and the report name the phase by its %s name; JSON and JUnit keep its id', async (lang) => {
    const local = planIn(closed, lang);
    const asOf = parseDay('2027-03-18');
    const { result, series } = await checkGates({ plan: local, files: [], asOf, lenient: false });
    const said = { en: `${NAME.en} is paused from 2027-03-17 until 2027-03-24: ${reason.en}`, nl: `${NAME.nl} is gepauzeerd van 2027-03-17 tot 2027-03-24: ${reason.nl}` }[lang];
    const held = { en: `on hold: ${NAME.en} has been paused since 2027-03-17`, nl: `aangehouden: ${NAME.nl} is sinds 2027-03-17 gepauzeerd` }[lang];
    for (const out of [renderText(result, new Chalk({ level: 0 }), lang), renderMarkdown(result, lang)]) {
      expect(out).toContain(said);
      expect(out).toContain(held);
      expect(out).not.toMatch(/head-office (is|has)/);
    }
    const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf, language: lang, check: { result, series }, measured: true });
    // The report's banner writes the days as the page does.
    expect(html).toContain({ en: `${NAME.en} is paused from 17 Mar until 24 Mar: ${reason.en}`, nl: `${NAME.nl} is gepauzeerd van 17 mrt tot 24 mrt: ${reason.nl}` }[lang]);
    expect(html).toContain(`${NAME[lang]}: ${reason[lang]}`);
    const json = JSON.parse(renderJson(result)) as { openPause: { only: unknown }; gates: { id: string; reason: string }[] };
    expect(json.openPause.only).toEqual({ phase: 'head-office' });
    expect(json.gates.find((g) => g.id === 'head-office-active')!.reason).toMatch(/^on hold: head-office has been paused since 2027-03-17; so far no active_use_pct rows/);
    expect(renderJunit(result)).toContain('head-office is paused from 2027-03-17 until 2027-03-24');
  });

  it.each(LANGS)('the schedule, the calendar of an open pause, diff and the notices name it the same way (%s)', async (lang) => {
    const local = planIn(closed, lang);
    const schedule = buildSchedule(local);
    expect(pauseLines(schedule, lang)[0]).toContain({ en: `, only ${NAME.en} (the phases after it wait for it: `, nl: `, alleen ${NAME.nl} (de fasen daarna wachten erop: ` }[lang]);
    const ics = scheduleIcs(buildSchedule(planIn(open, lang)), lang, new Date('2027-03-18T12:00:00Z')).replace(/\r\n /g, '');
    expect(ics).toContain({ en: `${NAME.en} has been paused since 2027-03-17`, nl: `${NAME.nl} is sinds 2027-03-17 gepauzeerd` }[lang]);
    const before = planIn(validPlan(planText([])), lang);
    const why = reasons({ before, after: local })({ type: 'launch', key: 'launch', phase: 'nickerie', date: '2027-03-30' }, { type: 'launch', key: 'launch', phase: 'nickerie', date: '2027-04-06', sequence: 1 });
    expect(why).toContain({ en: `pause of ${NAME.en} from 2027-03-17`, nl: `pauze voor ${NAME.nl} van 2027-03-17` }[lang]);
    const emails = await renderEmails(local, schedule, { format: 'txt', templates: await loadTemplates(), languages: [lang] });
    const notice = String(emails.files.find((f) => f.name.endsWith(`pause.${lang}.txt`))?.content);
    expect(notice).toContain({ en: `What was planned for ${NAME.en} from`, nl: `voor ${NAME.nl} gepland stond` }[lang]);
  });

  it('what-if asks about it by its name', () => {
    const file = path.join(tempDir(), 'rollout.yaml');
    writeFileSync(file, planText([]));
    for (const lang of LANGS) {
      const heading = run(['what-if', '--plan', file, '--pause', '1w', '--at', '2027-03-17', '--only-phase', 'head-office', '--lang', lang]).stdout.split('\n')[0];
      expect(heading).toBe({ en: `What if ${NAME.en} pauses from 2027-03-17 until 2027-03-24 (5 working days) and the rest goes on`, nl: `Wat als ${NAME.nl} pauzeert van 2027-03-17 tot 2027-03-24 (5 werkdagen) en de rest doorgaat` }[lang]);
    }
  });
});
