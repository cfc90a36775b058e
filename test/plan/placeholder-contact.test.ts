import { describe, expect, it } from 'vitest';
import { starterPlan } from '../../src/plan/starter.js';
import { diagnosticLines } from '../helpers.js';

const starter = (preset: 'solo' | 'small' | 'growing', languages: ('en' | 'nl')[] = ['en']) => starterPlan({ preset, start: '2027-03-01', name: 'Kantoor Wanica', languages, schemaPath: './rollout.schema.json' });
const lineOf = (text: string) => text.split('\n').findIndex((l) => l.startsWith('  contact:')) + 1;

describe('validate warns about the contact init left to fill in', () => {
  it('names the line of init’s own placeholder person, in either language', () => {
    for (const [languages, who] of [[['en'], 'First Last <name@example.org>'], [['nl', 'en'], 'Voornaam Achternaam <naam@example.org>']] as const) {
      const text = starter('small', [...languages]);
      expect(diagnosticLines(text, 'placeholder-contact')).toEqual([
        `rollout.yaml:${lineOf(text)}:12: warning tool.contact: still the placeholder init wrote ("${who}"): every message tells people to contact it (fill in the name and email of the person people ask (you?))`,
      ]);
    }
  });

  it('names an address at an example domain, such as the help desk init writes', () => {
    const text = starter('growing');
    expect(diagnosticLines(text, 'placeholder-contact')).toEqual([
      `rollout.yaml:${lineOf(text)}:38: warning tool.contact.email: helpdesk@example.org is an example address no one reads: every message tells people to write to it (fill in the address people write to with questions)`,
    ]);
    expect(diagnosticLines(starter('small').replace('name@example.org', 'sandra@example.com').replace('First Last', 'Sandra'), 'placeholder-contact')).toHaveLength(1);
  });

  it('says nothing once the contact is filled in', () => {
    const text = starter('small').replace('First Last, email: name@example.org', 'Sandra Kromodimedjo, email: sandra@wanica.sr');
    expect(diagnosticLines(text, 'placeholder-contact')).toEqual([]);
    // The name alone, kept by chance, with a real address: a real person.
    expect(diagnosticLines(starter('small').replace('name@example.org', 'ict@wanica.sr'), 'placeholder-contact')).toEqual([]);
  });
});
