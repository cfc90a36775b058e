import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { kaiteur, PARAMARIBO_BACK } from '../rollback/kaiteur.js';

/*
 * Kaiteur Design with Paramaribo rolled back on 22 March and starting again on 3 May, known that day
 * (see test/rollback/next-launch-by-date.test.ts and test/rollback/rollback-names-second-try.test.ts).
 */
function rendered(): (name: string) => string {
  const plan = kaiteur(PARAMARIBO_BACK);
  const out = path.join(path.dirname(plan), 'mail');
  const r = run(['render-emails', '--plan', plan, '--at', '2027-03-22', '--out', out]);
  expect(r.status, r.stderr).toBe(0);
  return (name) => readFileSync(path.join(out, `${name}.md`), 'utf8');
}

describe('a rollback of Paramaribo with its second try, end to end', () => {
  it('the weekly update names the branch on 29 March as next, not the second try on 3 May, in English and Dutch', () => {
    const text = rendered();
    expect(text('2027-03-26_rollout_weekly-update.en')).toContain('**Next:** Nieuw Nickerie branch, from Monday, March 29.');
    expect(text('2027-03-26_rollout_weekly-update.nl')).toContain('**Hierna:** Vestiging Nieuw Nickerie, vanaf maandag 29 maart.');
  });

  it('the rollback email and checklist name Monday 3 May in English and Dutch', () => {
    const text = rendered();
    expect(text('2027-03-22_rollout_paramaribo_rollback.en')).toContain('we start Microsoft Teams again in Paramaribo on Monday, May 3');
    expect(text('2027-03-22_rollout_paramaribo_rollback.nl')).toContain('in Paramaribo beginnen we op maandag 3 mei opnieuw met Microsoft Teams');
    expect(text('2027-03-22_rollout_paramaribo_checklist-rollback.en')).toContain('Second try in Paramaribo from Monday, May 3 prepared');
    expect(text('2027-03-22_rollout_paramaribo_checklist-rollback.nl')).toContain('Tweede poging in Paramaribo vanaf maandag 3 mei voorbereid');
  });
});
