import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { expectNoOneOfKroon, KROON_TICKETS_SOURCE, kroonOffice, kroonTickets } from '../kroon-office.js';

describe('a ticket sheet that names colleagues by first name, through the built binary', () => {
  it('says the requester column holds other ids than the roster and how to fix it, naming nobody; without person: the note is gone', () => {
    const sheet = { 'Meldingen Bitwarden - Blad1.csv': kroonTickets([[1, 'Priya'], [2, 'Dewi'], [4, 'Ricardo']]) };
    const dir = kroonOffice(KROON_TICKETS_SOURCE, sheet);
    const r = run(['gate-check', '--at', '2027-03-05'], { cwd: dir });
    expect(r.stderr).toContain('sources[0]: the requesters (Wie) of the 3 tickets match no value of people.columns.person (Email) nor, where one person alone has it, of people.columns.name (Name)');
    expect(r.stderr).toContain('point sources[0].person at a column that holds the same ids as people.columns.person, or leave sources[0].person out');
    expect(r.stderr).not.toContain('someone from outside');
    expectNoOneOfKroon(`${r.stdout}\n${r.stderr}`);

    const whole = run(['metrics', '--at', '2027-03-05', '--format', 'csv'], { cwd: kroonOffice(KROON_TICKETS_SOURCE.replace('    person: Wie\n', ''), sheet) });
    expect(whole.stderr).not.toContain('(Wie)');
    // The whole organization's count of 1 to 4 March, by hand: 1, 1, 0, 1.
    expect(whole.stdout.split('\n').filter((l) => /^2027-03-0[1-4],support_tickets,\d+,,,,/.test(l)).map((l) => l.split(',')[2])).toEqual(['1', '1', '0', '1']);
  });
});
