import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, ROOT, run, tempDir } from '../helpers.js';

/*
 * Ramdin Klinieken (see test/rollback/pause-before-second-try.test.ts): Carnival pauses Lelydorp
 * for a week in March, which moves Willemstad to 5 April and the switch-off to 19 April; Willemstad
 * rolls back on 3 May and starts again on 24 May. The schedule's pause line says what the pause did.
 */
const PLAN = path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml');
const schedule = (...args: string[]) => run(['schedule', '--plan', PLAN, ...args]).stdout;

afterAll(removeTempDirs);

describe('the pause line beside a later second try, end to end', () => {
  it('gives the starts the pause moved the waiting phases to, in every format and language', () => {
    expect(schedule('--lang', 'en')).toContain('Willemstad was moved to 2027-04-05, since the rollback to 2027-05-24; the switch-off waits for it: Switch off WhatsApp groups was moved to 2027-04-19, since the rollback to 2027-06-07)');
    expect(schedule('--lang', 'nl')).toContain('Willemstad, eerst verschoven naar 2027-04-05, sinds het terugdraaien naar 2027-05-24; de uitfasering wacht erop: WhatsApp-groepen uitzetten, eerst verschoven naar 2027-04-19, sinds het terugdraaien naar 2027-06-07)');
    expect(schedule('--lang', 'en', '--format', 'markdown')).toContain('- Pause 2027-03-10 until 2027-03-17 (5 working days), only Lelydorp (the phases after it wait for it: Willemstad was moved to 2027-04-05, since the rollback to 2027-05-24;');
    const json = JSON.parse(schedule('--format', 'json'));
    expect(json.pauses[0]).toMatchObject({ waiting: [{ id: 'willemstad', start: '2027-05-24', movedTo: '2027-04-05' }], switchOff: { id: 'decommission', start: '2027-06-07', movedTo: '2027-04-19' } });
    expect(json.phases.find((p: { id: string }) => p.id === 'willemstad')).toMatchObject({ start: '2027-05-24' });
  });
});

describe('the resume item of a pause of Willemstad before its first try, end to end', () => {
  // Easter pauses Willemstad from 24 until 31 March, before it starts: it starts on 12 April, as the resume email says.
  const dir = tempDir();
  const plan = path.join(dir, 'clinic.yaml');
  const easter = '  - { from: 2027-03-24, until: 2027-03-31, reason: { nl: Paasdrukte, en: Easter rush }, only: { phase: willemstad } }\n';
  writeFileSync(plan, readFileSync(PLAN, 'utf8').replace(/^rollback:/m, `${easter}rollback:`));
  const of = (...args: string[]) => run(['schedule', '--plan', plan, ...args]).stdout;

  it('names the day the pause let it start, in every format and language, as the email does', () => {
    expect(of('--lang', 'en')).toMatch(/2027-03-30 .* resume .* willemstad .* Resume on 2027-04-12 /);
    expect(of('--lang', 'nl')).toMatch(/2027-03-30 .* hervatting .* willemstad .* Verder op 2027-04-12 /);
    expect(of('--lang', 'en', '--format', 'markdown')).toContain('| 2027-03-30 |  | resume | willemstad |  | Resume on 2027-04-12 |');
    expect(of('--lang', 'nl', '--format', 'csv')).toContain('2027-03-30,5,resume,pause-2,willemstad,,,,,Verder op 2027-04-12,');
    const resume = JSON.parse(of('--format', 'json', '--lang', 'en')).events.find((e: { type: string; key: string }) => e.type === 'resume' && e.key === 'pause-2');
    expect(resume).toMatchObject({ date: '2027-03-30', title: 'Resume on 2027-04-12' });
    expect(run(['render-emails', '--plan', plan, '--lang', 'en', '--out', path.join(dir, 'emails')]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'emails', '2027-03-30_rollout_resume.en.md'), 'utf8')).toContain('the new start is Monday, April 12');
  });
});

describe('the line of a pause of the part that rolls back, end to end', () => {
  // A week without internet pauses Willemstad from 7 April and moves the switch-off to 19 April; Willemstad rolls back that day and starts again on 10 May.
  const dir = tempDir();
  const plan = path.join(dir, 'clinic.yaml');
  const outage = 'pauses:\n  - { from: 2027-04-07, until: 2027-04-14, reason: { nl: geen internet, en: no internet }, only: { location: Willemstad } }\n';
  const text = readFileSync(PLAN, 'utf8').replace(/^pauses:\n.*\n/m, outage).replace('on: 2027-05-03', 'on: 2027-04-19').replace(/resume: \{ on: 2027-05-24/, 'resume: { on: 2027-05-10');
  writeFileSync(plan, text);
  const of = (...args: string[]) => run(['schedule', '--plan', plan, ...args]).stdout;

  it('gives the day the pause moved the switch-off to, in both languages and in JSON', () => {
    expect(of('--lang', 'en')).toContain('Switch off WhatsApp groups was moved to 2027-04-19, since the rollback to 2027-05-24');
    expect(of('--lang', 'nl')).toContain('WhatsApp-groepen uitzetten, eerst verschoven naar 2027-04-19, sinds het terugdraaien naar 2027-05-24');
    expect(JSON.parse(of('--format', 'json')).pauses[0].switchOff).toMatchObject({ start: '2027-05-24', movedTo: '2027-04-19' });
  });

  it('names the open pause of the switch-off that it waits for, in the line of a pause that ended', () => {
    const held = path.join(dir, 'held.yaml');
    const hold = '  - { from: 2027-04-14, reason: { nl: nog te weinig gebruik, en: too little use yet }, only: { phase: decommission } }\n';
    writeFileSync(held, readFileSync(PLAN, 'utf8').replace(/^rollback:[\s\S]*$/m, '').replace(/^(pauses:\n.*\n)/m, `$1${hold}`));
    expect(run(['schedule', '--plan', held, '--lang', 'en']).stdout).toContain('Switch off WhatsApp groups waits until the pause from 2027-04-14 ends');
    expect(run(['schedule', '--plan', held, '--lang', 'nl']).stdout).toContain('WhatsApp-groepen uitzetten wacht tot de pauze vanaf 2027-04-14 voorbij is');
  });
});
