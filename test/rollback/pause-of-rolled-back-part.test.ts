import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { pauseLines } from '../../src/reporters/schedule/describe.js';
import { planIn } from '../../src/plan/resolve.js';
import { recordedSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Ramdin Klinieken (see pause-before-second-try.test.ts) without the Carnival pause: Willemstad
 * runs 29 March - 9 April, the switch-off from 12 April. A week without internet pauses Willemstad
 * from 7 until 14 April, which moves the switch-off to 19 April, as its notices said. Willemstad
 * then rolls back that very day, and starts again on 10 May: the switch-off waits for that second try.
 */
const clinic = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml'), 'utf8')) as Record<string, unknown>;
const outage = { from: '2027-04-07', until: '2027-04-14', reason: { nl: 'geen internet in Willemstad', en: 'no internet in Willemstad' }, only: { location: 'Willemstad' } };

describe('a pause with an end of the part that later rolls back and starts again', () => {
  const rollback = { ...(clinic.rollback as object), on: '2027-04-19', resume: { on: '2027-05-10' } };
  const plan = validPlan(stringify({ ...clinic, pauses: [outage], rollback }));

  it('gives the day the pause moved the switch-off to, not "until the pause ends"', () => {
    expect(recordedSchedule(plan).pauses[0]!.switchOff).toMatchObject({ id: 'decommission', start: '2027-05-24', movedTo: '2027-04-19' });
    expect(pauseLines(recordedSchedule(planIn(plan, 'en')), 'en')[0]).toContain('Switch off WhatsApp groups was moved to 2027-04-19, since the rollback to 2027-05-24');
    expect(pauseLines(recordedSchedule(plan), 'nl')[0]).toContain('WhatsApp-groepen uitzetten, eerst verschoven naar 2027-04-19, sinds het terugdraaien naar 2027-05-24');
  });
});

describe('a pause with an end while a later pause of the switch-off is open', () => {
  const hold = { from: '2027-04-14', reason: { nl: 'nog te weinig gebruik', en: 'too little use yet' }, only: { phase: 'decommission' } };
  const plan = validPlan(stringify({ ...clinic, rollback: undefined, pauses: [...(clinic.pauses as unknown[]), hold] }));

  it('names the open pause the switch-off waits for in the line of the one that ended', () => {
    expect(pauseLines(recordedSchedule(planIn(plan, 'en')), 'en')[0]).toContain('Switch off WhatsApp groups waits until the pause from 2027-04-14 ends');
    expect(pauseLines(recordedSchedule(plan), 'nl')[0]).toContain('WhatsApp-groepen uitzetten wacht tot de pauze vanaf 2027-04-14 voorbij is');
  });
});
