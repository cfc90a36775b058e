import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { pauseLines } from '../../src/reporters/schedule/describe.js';
import { planIn } from '../../src/plan/resolve.js';
import { recordedSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Ramdin Klinieken (see pause-before-second-try): carnival pauses Lelydorp from 10 until 17 March,
 * Willemstad and the switch-off wait for it. A later pause, written after it, moves them again.
 */
const clinic = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml'), 'utf8')) as Record<string, unknown> & { rollback: Record<string, unknown>; pauses: unknown[] };
const LATER = { from: '2027-03-24', until: '2027-03-31', reason: { nl: 'de server verhuist', en: 'the server moves' }, only: { location: 'Willemstad' } };
const planWith = (extra: Record<string, unknown>) => validPlan(stringify({ ...clinic, rollback: undefined, ...extra }));

describe('a pause of one part with a later pause that moves its waiting phases again', () => {
  it('names on each pause line the start that pause moved a waiting phase to, and the start now since the later pause', () => {
    const alone = recordedSchedule(planWith({})).pauses[0]!;
    expect(alone).toMatchObject({ waiting: [{ id: 'willemstad', start: '2027-04-05' }], switchOff: { id: 'decommission', start: '2027-04-19' } });
    const both = planWith({ pauses: [...clinic.pauses, LATER] });
    const schedule = recordedSchedule(both);
    expect(schedule.pauses[0]).toMatchObject({ waiting: [{ id: 'willemstad', start: '2027-04-12', movedTo: '2027-04-05', laterPauses: 1 }], switchOff: { id: 'decommission', start: '2027-04-26', movedTo: '2027-04-19', laterPauses: 1 } });
    expect(schedule.pauses[0]!.waiting![0]!.rollback).toBeUndefined();
    const [first, second] = pauseLines(recordedSchedule(planIn(both, 'en')), 'en');
    expect(first).toContain('Willemstad was moved to 2027-04-05, since a later pause to 2027-04-12; the switch-off waits for it: Switch off WhatsApp groups was moved to 2027-04-19, since a later pause to 2027-04-26');
    expect(second).toContain('the switch-off waits for it: Switch off WhatsApp groups now starts on 2027-04-26');
    expect(pauseLines(schedule, 'nl')[0]).toContain('Willemstad werd verschoven naar 2027-04-05, sinds een latere pauze naar 2027-04-12');
  });

  it('names both a second try and a later pause where both moved a waiting phase since', () => {
    const schedule = recordedSchedule(planIn(validPlan(stringify({ ...clinic, pauses: [...clinic.pauses, LATER] })), 'en'));
    expect(schedule.pauses[0]!.waiting![0]).toMatchObject({ movedTo: '2027-04-05', rollback: true, laterPauses: 1 });
    expect(pauseLines(schedule, 'en')[0]).toMatch(/Willemstad was moved to 2027-04-05, since the rollback and a later pause to 2027-05-\d\d/);
  });
});
