import { describe, expect, it } from 'vitest';
import { caribbeanFreight, GEORGETOWN_DOWN, hurricane } from '../caribbean-freight.js';
import { run } from '../helpers.js';

// Georgetown paused alone from 10 to 17 March; Miami launches on 15 March, its go/no-go Georgetown's,
// due Friday 12 March: 6 of 14 active in the report of 12 March, 42.9% < 60.
describe('gate-check with a go/no-go of a part paused alone, guarding the launch of a part that goes on', () => {
  const dir = caribbeanFreight(hurricane('2027-03-04') + GEORGETOWN_DOWN, 3);
  const check = (at: string, lang = 'en') => run(['gate-check', '--at', at, '--lang', lang], { cwd: dir });

  it('says pause on its due day and on the launch day, in English and Dutch', () => {
    const friday = check('2027-03-12');
    expect(friday.status).toBe(1);
    expect(friday.stdout).toContain('georgetown-go-no-go (fail): last of 3 rows of active use from 2027-02-22 to 2027-03-12 is 42.9 on 2027-03-12, not >= 60');
    expect(friday.stdout).toContain('launch of Miami agents on 2027-03-15 waits: georgetown-go-no-go failed (major → pause)');
    const monday = check('2027-03-15');
    expect(monday.status).toBe(1);
    expect(monday.stdout).not.toContain('on hold');
    expect(monday.stdout).toContain('launch of Miami agents on 2027-03-15 waits: georgetown-go-no-go failed');
    expect(check('2027-03-15', 'nl').status).toBe(1);
  });
});
