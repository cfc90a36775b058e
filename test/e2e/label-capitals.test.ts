import { describe, expect, it } from 'vitest';
import { example, run } from '../helpers.js';

const adoption = example('adoption.yaml');

describe('a metric label that starts with the tool\'s name', () => {
  it('keeps its capital inside a sentence, in the schedule and the gate reasons, in English and Dutch', () => {
    const schedule = (lang: string) => run(['schedule', '--plan', adoption, '--format', 'markdown', '--lang', lang]).stdout;
    expect(schedule('en')).toContain('Gate studio-tickets (Design and office): Teams tickets per working day are not rising');
    expect(schedule('nl')).toContain('Toetsmoment studio-tickets (Ontwerp en kantoor): het aantal Teams-meldingen per werkdag neemt niet toe');
    const reasons = (lang: string) => run(['gate-check', '--plan', adoption, '--at', '2027-04-20', '--lang', lang]).stdout;
    expect(reasons('en')).toContain('studio-tickets (pass): slope of 10 rows of Teams tickets per working day from');
    expect(reasons('nl')).toMatch(/studio-tickets \(gehaald\): [^\n]*Teams-meldingen per werkdag/);
    // A label that starts with another word still reads in lower case.
    expect(run(['schedule', '--plan', example('enterprise.yaml'), '--format', 'markdown', '--lang', 'en']).stdout).toContain('(IT pilot): weekly active users at least 60%');
  });
});
