import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

/*
 * Ramdin Klinieken (see test/rollback/pause-before-second-try.test.ts): Carnival pauses Lelydorp
 * for a week in March, which moves Willemstad to 5 April and the switch-off to 19 April; Willemstad
 * rolls back on 3 May and starts again on 24 May. The schedule's pause line says what the pause did.
 */
const PLAN = path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml');
const schedule = (...args: string[]) => run(['schedule', '--plan', PLAN, ...args]).stdout;

describe('the pause line beside a later second try, end to end', () => {
  it('gives the starts the pause moved the waiting phases to, in every format and language', () => {
    expect(schedule('--lang', 'en')).toContain('Willemstad was moved to 2027-04-05, since the rollback to 2027-05-24; the switch-off waits for it: Switch off WhatsApp groups was moved to 2027-04-19, since the rollback to 2027-06-07)');
    expect(schedule('--lang', 'nl')).toContain('Willemstad werd verschoven naar 2027-04-05, sinds het terugdraaien naar 2027-05-24; de uitfasering wacht erop: WhatsApp-groepen uitzetten werd verschoven naar 2027-04-19, sinds het terugdraaien naar 2027-06-07)');
    expect(schedule('--lang', 'en', '--format', 'markdown')).toContain('- Pause 2027-03-10 until 2027-03-17 (5 working days), only Lelydorp (the phases after it wait for it: Willemstad was moved to 2027-04-05, since the rollback to 2027-05-24;');
    const json = JSON.parse(schedule('--format', 'json'));
    expect(json.pauses[0]).toMatchObject({ waiting: [{ id: 'willemstad', start: '2027-05-24', movedTo: '2027-04-05' }], switchOff: { id: 'decommission', start: '2027-06-07', movedTo: '2027-04-19' } });
    expect(json.phases.find((p: { id: string }) => p.id === 'willemstad')).toMatchObject({ start: '2027-05-24' });
  });
});
