import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

// Sranan Advies: Paramaribo, then the branch in Albina; its plan records Albina's rollback.
const albina = readFileSync(path.join(ROOT, 'test/fixtures/rollback/albina.yaml'), 'utf8');
const upToRollback = albina.slice(0, albina.indexOf('\nrollback:'));
const openPause = `${upToRollback}\npauses:\n  - { from: 2027-03-22, reason: Server move }\n`;

/** The schedule as a table and as a calendar (lines unfolded), in one language. */
function schedule(plan: string, lang: 'en' | 'nl'): { table: string; ics: string } {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  const [table, ics] = ['table', 'ics'].map((format) => run(['schedule', '--lang', lang, '--format', format], { cwd: dir }));
  expect([table!.status, ics!.status]).toEqual([0, 0]);
  return { table: table!.stdout, ics: ics!.stdout.replace(/\r\n[ \t]/g, '') };
}

const cases: { name: string; plan: string; en: string[]; nl: string[] }[] = [
  {
    name: 'a pause still open holds what follows',
    plan: openPause,
    en: [
      'Microsoft Teams rollout at Sranan Advies: 25 people, from 2027-03-01, end open: paused since 2027-03-22',
      'Pause from 2027-03-22, open: later items are on hold: Server move',
      'On hold until the pause ends:',
      'DESCRIPTION:Cancelled: the rollout has been paused since 2027-03-22: Server move. It gets a new date when the pause ends.',
    ],
    nl: [
      'Invoering van Microsoft Teams bij Sranan Advies: 25 personen, vanaf 2027-03-01, einde open: gepauzeerd sinds 2027-03-22',
      'Pauze vanaf 2027-03-22, nog open: wat volgt wacht: Server move',
      'Wacht tot de pauze voorbij is:',
      'DESCRIPTION:Afgezegd: de invoering is sinds 2027-03-22 gepauzeerd: Server move. Het krijgt een nieuwe datum als de pauze voorbij is.',
    ],
  },
  {
    name: 'a rollback ends the pause and withdraws what follows',
    plan: `${openPause}rollback: { on: 2027-04-05, reason: Too slow }\n`,
    en: [
      'Pause from 2027-03-22, ended by the rollback on 2027-04-05: Server move',
      'Rolled back on 2027-04-05: Too slow',
      'Withdrawn by the rollback:',
      'DESCRIPTION:Cancelled: the rollout rolled back on 2027-04-05: Too slow',
    ],
    nl: [
      'Pauze vanaf 2027-03-22, beëindigd door het terugdraaien op 2027-04-05: Server move',
      'Teruggedraaid op 2027-04-05: Too slow',
      'Vervallen door het terugdraaien:',
      'DESCRIPTION:Afgezegd: de invoering is op 2027-04-05 teruggedraaid: Too slow',
    ],
  },
  {
    name: 'a rollback of one location withdraws its items and holds the switch-off',
    plan: albina,
    en: [
      'end open: the switch-off waits for Albina, rolled back',
      'Rolled back in Albina on 2027-04-19 (the rest goes on): Teams does not work on the internet line in Albina',
      'Withdrawn by the rollback in Albina:',
      'On hold while Albina is rolled back (the old system stays on):',
      'DESCRIPTION:Cancelled: Albina rolled back on 2027-04-19: Teams does not work on the internet line in Albina',
      'DESCRIPTION:Cancelled: it waits for Albina\\, rolled back on 2027-04-19: Teams does not work on the internet line in Albina. It gets a new date when Albina starts again.',
    ],
    nl: [
      'einde open: de uitfasering wacht op Albina, teruggedraaid',
      'Teruggedraaid in Albina op 2027-04-19 (de rest gaat door): Teams werkt niet op de internetverbinding in Albina',
      'Vervallen door het terugdraaien in Albina:',
      'Wacht zolang Albina is teruggedraaid (het oude systeem blijft aan):',
      'DESCRIPTION:Afgezegd: Albina is op 2027-04-19 teruggedraaid: Teams werkt niet op de internetverbinding in Albina',
      'DESCRIPTION:Afgezegd: het wacht op Albina\\, op 2027-04-19 teruggedraaid: Teams werkt niet op de internetverbinding in Albina. Het krijgt een nieuwe datum als Albina opnieuw begint.',
    ],
  },
];

describe('the schedule of a held or rolled-back rollout says so, in its table and its calendar, in English and in Dutch', () => {
  it.each(cases)('$name', ({ plan, en, nl }) => {
    for (const [lang, lines] of [['en', en], ['nl', nl]] as const) {
      const { table, ics } = schedule(plan, lang);
      for (const line of lines) expect(line.startsWith('DESCRIPTION:') ? ics : table).toContain(line);
    }
  });
});
