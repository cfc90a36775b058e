import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, ROOT, run, tempDir } from '../helpers.js';

describe('the retrospective and the week-1 review name the part the switch-off condition reads', () => {
  it('gives the branch lowest in active use as the branch, with the whole organization beside it', () => {
    const out = path.join(tempDir(), 'emails');
    const r = run(['render-emails', '--plan', example('adoption.yaml'), '--out', out, '--at', '2027-03-29']);
    expect(r.status).toBe(0);
    const read = (suffix: string) => readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith(suffix))!), 'utf8');
    // 2 of the 7 at the branch are active (28.6%), 65.2% of the whole organization: the lowest part is never given as everyone's use.
    expect(read('retrospective.en.md')).toContain('Measured on Monday, March 29: active in Teams in the last 7 days 28.6% in Nieuw Nickerie branch, where it is lowest (65.2% in the whole organization); the switch-off needs at least 80%');
    expect(read('retrospective.nl.md')).toContain('28,6% in Vestiging Nieuw Nickerie, waar het het laagst is (65,2% in de hele organisatie)');
    expect(read('review-week-1.en.md')).toContain('(measured: 28.6% in Nieuw Nickerie branch, the lowest; 65.2% in the whole organization; on Monday, March 29)');
  });
});

describe('the month-3 review after a pause, end to end', () => {
  /*
   * test/fixtures/plans/switch-off-ends.yaml from Monday 8 March 2027 ends on Friday 2 April; from
   * Monday 1 March with a week's pause (8 to 15 March) it ends there too. 3 months after Friday
   * 2 April: Friday 2 July in both, in the schedule and in the review email's name and date.
   */
  const fixture = readFileSync(path.join(ROOT, 'test', 'fixtures', 'plans', 'switch-off-ends.yaml'), 'utf8');
  const planFile = (yaml: string) => {
    const file = path.join(tempDir(), 'rollout.yaml');
    writeFileSync(file, yaml);
    return file;
  };
  const later = planFile(fixture);
  const paused = planFile(`${fixture.replace('start: 2027-03-08', 'start: 2027-03-01')}pauses:\n  - { from: 2027-03-08, until: 2027-03-15, reason: { en: the office moves, nl: het kantoor verhuist } }\n`);

  it('schedule --format json gives the same end and the same month-3 review', () => {
    const reviews = (file: string) => {
      const json = JSON.parse(run(['schedule', '--plan', file, '--format', 'json']).stdout) as { end: string; events: { type: string; key: string; date: string; pausedFrom?: string }[] };
      return { end: json.end, month3: json.events.find((e) => e.type === 'review' && e.key === 'month-3') };
    };
    expect(reviews(later)).toEqual({ end: '2027-04-02', month3: expect.objectContaining({ date: '2027-07-02' }) });
    // Planned from 26 March: Saturday 26 June, held over to Monday 28 June; now 3 months after 2 April.
    expect(reviews(paused)).toEqual({ end: '2027-04-02', month3: expect.objectContaining({ date: '2027-07-02', pausedFrom: '2027-06-28' }) });
  });

  it('render-emails dates the month-3 review checklist on Friday 2 July, in English and Dutch', () => {
    const out = path.join(tempDir(), 'emails');
    expect(run(['render-emails', '--plan', paused, '--out', out]).status).toBe(0);
    expect(readFileSync(path.join(out, '2027-07-02_rollout_review-month-3.en.md'), 'utf8')).toContain('- **Due:** Friday, July 2, 2027');
    expect(readFileSync(path.join(out, '2027-07-02_rollout_review-month-3.nl.md'), 'utf8')).toContain('- **Uiterlijk:** vrijdag 2 juli 2027');
    // The retrospective lists it among the reviews to come.
    expect(readFileSync(path.join(out, '2027-04-16_rollout_retrospective.en.md'), 'utf8')).toContain('- Friday, July 2: Review after month 3');
    expect(readFileSync(path.join(out, '2027-04-16_rollout_retrospective.nl.md'), 'utf8')).toContain('- vrijdag 2 juli: Evaluatie na maand 3');
  });
});
