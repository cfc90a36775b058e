import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

describe('the retrospective and the week-1 review name the part the switch-off condition reads', () => {
  it('gives the branch lowest in active use as the branch, with the whole organization beside it', () => {
    const out = path.join(tempDir(), 'emails');
    const r = run(['render-emails', '--plan', example('adoption.yaml'), '--out', out, '--at', '2027-03-29']);
    expect(r.status).toBe(0);
    const read = (suffix: string) => readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith(suffix))!), 'utf8');
    // 2 of the 7 at the branch are active (28.6%), 65.2% of the whole organization: the lowest part is never given as everyone's use.
    expect(read('retrospective.en.md')).toContain('Measured on Monday, March 29: Active in Teams in the last 7 days 28.6% in Nieuw Nickerie branch, where it is lowest (65.2% in the whole organization); the switch-off needs at least 80%');
    expect(read('retrospective.nl.md')).toContain('28,6% in Vestiging Nieuw Nickerie, waar het het laagst is (65,2% in de hele organisatie)');
    expect(read('review-week-1.en.md')).toContain('(measured: 28.6% in Nieuw Nickerie branch, the lowest; 65.2% in the whole organization; on Monday, March 29)');
  });
});
