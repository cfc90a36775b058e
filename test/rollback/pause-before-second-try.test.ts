import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { pauseLines } from '../../src/reporters/schedule/describe.js';
import { planIn } from '../../src/plan/resolve.js';
import { recordedSchedule } from '../../src/schedule/build.js';
import { ROOT, validPlan } from '../helpers.js';

/*
 * Ramdin Klinieken: Paramaribo 1 - 12 March 2027, Lelydorp 15 - 26 March, Willemstad 29 March -
 * 9 April, the switch-off from 12 April. Carnival pauses Lelydorp from 10 until 17 March (five
 * working days): Lelydorp runs 22 March - 2 April, Willemstad waits for it, 5 - 16 April, and so
 * does the switch-off, from 19 April. Willemstad rolls back on 3 May and starts again on 24 May:
 * its second try, and the switch-off after it (7 June), are not the pause's doing.
 */
const clinic = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml'), 'utf8')) as Record<string, unknown> & { rollback: Record<string, unknown> };
const planWith = (rollback: Record<string, unknown>) => validPlan(stringify({ ...clinic, rollback }));

describe('a pause of one part before a rollback of a later part with a second try', () => {
  const schedule = recordedSchedule(planWith(clinic.rollback));
  const inEnglish = recordedSchedule(planIn(planWith(clinic.rollback), 'en'));

  it('names the starts the pause moved the waiting phases to as what it did, and their starts now since the second try', () => {
    expect(schedule.pauses[0]).toMatchObject({ waiting: [{ id: 'willemstad', start: '2027-05-24', movedTo: '2027-04-05' }], switchOff: { id: 'decommission', start: '2027-06-07', movedTo: '2027-04-19' } });
    expect(pauseLines(inEnglish, 'en')[0]).toContain('Willemstad was moved to 2027-04-05, since the rollback to 2027-05-24; the switch-off waits for it: Switch off WhatsApp groups was moved to 2027-04-19, since the rollback to 2027-06-07');
    expect(pauseLines(schedule, 'nl')[0]).toContain('Willemstad, eerst verschoven naar 2027-04-05, sinds het terugdraaien naar 2027-05-24; de uitfasering wacht erop: WhatsApp-groepen uitzetten, eerst verschoven naar 2027-04-19, sinds het terugdraaien naar 2027-06-07');
  });

  it('gives the same moved-to days without the second try, as the starts they are then', () => {
    const rollback = { ...clinic.rollback };
    delete rollback.resume;
    const pause = recordedSchedule(planWith(rollback)).pauses[0]!;
    expect(pause).toMatchObject({ waiting: [{ start: '2027-04-05' }], switchOff: { start: '2027-04-19' } });
    expect(pause.waiting![0]!.movedTo).toBeUndefined();
    expect(pauseLines(recordedSchedule(planIn(planWith(rollback), 'en')), 'en')[0]).toContain('Willemstad now starts on 2027-04-05');
  });

  it('titles the resume item of a pause of Willemstad before its launch by the day that pause let it start, not its second try', () => {
    // Easter pauses Willemstad from 24 until 31 March: it starts on 12 April, as the resume email of 30 March says.
    const easter = { from: '2027-03-24', until: '2027-03-31', reason: { nl: 'Paasdrukte', en: 'Easter rush' }, only: { phase: 'willemstad' } };
    const paused = { ...clinic, pauses: [...(clinic.pauses as unknown[]), easter] };
    const resumeOf = (plan: ReturnType<typeof validPlan>) => recordedSchedule(plan).events.find((e) => e.type === 'resume' && e.key === 'pause-2');
    expect(resumeOf(planIn(validPlan(stringify(paused)), 'en'))).toMatchObject({ date: '2027-03-30', title: 'Resume on 2027-04-12' });
    expect(resumeOf(planIn(validPlan(stringify(paused)), 'nl'))).toMatchObject({ date: '2027-03-30', title: 'Verder op 2027-04-12' });
  });

  it('keeps the second try’s start in the phase table', () => {
    expect(schedule.phases.find((p) => p.id === 'willemstad')).toMatchObject({ start: '2027-05-24' });
    expect(schedule.rollbacks![0]!.firstTry!.map((p) => p.start)).toEqual(['2027-04-05']);
  });

});
