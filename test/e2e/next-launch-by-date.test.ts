import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { kaiteur, PARAMARIBO_BACK } from '../rollback/kaiteur.js';

/* Kaiteur Design with Paramaribo rolled back on 22 March and starting again on 3 May (see test/rollback/next-launch-by-date.test.ts). */
describe("the weekly update's next launch after a rollback with a second try, end to end", () => {
  it('names the branch on 29 March, not the second try on 3 May, in English and Dutch', () => {
    const plan = kaiteur(PARAMARIBO_BACK);
    const out = path.join(path.dirname(plan), 'mail');
    const r = run(['render-emails', '--plan', plan, '--at', '2027-03-22', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const text = (lang: string) => readFileSync(path.join(out, `2027-03-26_rollout_weekly-update.${lang}.md`), 'utf8');
    expect(text('en')).toContain('**Next:** Nieuw Nickerie branch, from Monday, March 29.');
    expect(text('nl')).toContain('**Hierna:** Vestiging Nieuw Nickerie, vanaf maandag 29 maart.');
  });
});
