import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validPlan } from '../helpers.js';
import { expectNoOneOfKroon, KROON_TICKETS_SOURCE, kroonOffice, kroonTickets } from '../kroon-office.js';
import { points } from './support.js';

const SHEET = 'Meldingen Bitwarden - Blad1.csv';

async function notes(tickets: [number, string][]): Promise<string[]> {
  const dir = kroonOffice(KROON_TICKETS_SOURCE, { [SHEET]: kroonTickets(tickets) });
  const { warnings } = await points(validPlan(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')), dir);
  const requesters = warnings.filter((w) => w.includes('(Wie)')).map((w) => w.replaceAll(dir + path.sep, ''));
  expectNoOneOfKroon(requesters.join('\n'));
  return requesters;
}

describe('requesters written otherwise than the roster keys people', () => {
  it('says the column holds other ids than the roster when no requester matches, and how to fix it, where it called colleagues outsiders', async () => {
    // First names of colleagues whose roster rows have their e-mail address and full name.
    expect(await notes([[1, 'Priya'], [2, 'Dewi'], [4, 'Ricardo']])).toEqual([
      'sources[0]: the requesters (Wie) of the 3 tickets match no value of people.columns.person (Email) nor, where one person alone has it, of people.columns.name (Name) in the roster people.csv, so the column holds other ids than the roster (such as first names where the roster has e-mail addresses), and the tickets count for the whole organization only, not for a phase, group or location; point sources[0].person at a column that holds the same ids as people.columns.person, or leave sources[0].person out to count every ticket for the whole organization alone',
    ]);
  });

  it('names both causes when some requesters match: someone from outside, or written otherwise', async () => {
    const [note] = await notes([[1, 'priya.ramdin@kroonarch.example'], [2, 'Dewi Soerdjo'], [4, 'Ricardo']]);
    expect(note).toBe(
      'sources[0]: 1 ticket has a requester (Wie) that matches no value of people.columns.person (Email) nor, where one person alone has it, of people.columns.name (Name) in the roster people.csv (someone from outside, deleted from the roster, or written otherwise than the roster writes them, such as a first name where it has e-mail addresses) and counts for the whole organization only, not for a phase, group or location; ' +
        'point sources[0].person at a column that holds the same ids as people.columns.person, or leave sources[0].person out to count every ticket for the whole organization alone; for a colleague missing from the roster, add them, and keep the row of someone who left with the day they left (people.columns.left), so that their tickets keep counting for their location',
    );
  });
});
