import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../helpers.js';
import { albinaCrew, CHANGED } from '../rollback/crew.js';

/*
 * Albina rolled back on 19 April 2027 and starts again on 17 May with a new line and better phone
 * bundles; its field workers read only the WhatsApp text and the notice on the board.
 */
afterAll(removeTempDirs);

describe("render-emails: a part's second try, for a group reached without email", () => {
  it('writes texts and notices that say it is the second try and what changed, and leaves the first try as it was', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), albinaCrew({ on: '2027-05-17', changed: CHANGED }));
    const result = run(['render-emails', '-o', 'berichten'], { cwd: dir });
    expect([result.status, result.stderr]).toEqual([0, expect.not.stringContaining('error')]);
    const out = path.join(dir, 'berichten');
    const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
    const crew = readdirSync(out).filter((f) => /_albina_veldploeg_(announcement|reminder|welcome)-/.test(f));
    const second = crew.filter((f) => f >= '2027-05');
    expect(second).toHaveLength(12);
    // Each says both, in its own language: that it is the second try, and what is different.
    for (const name of second) {
      const [again, changed] = /\.nl\./.test(name) ? [/tweede poging/i, /anders is/] : [/second try/i, /is different/];
      expect([again.test(read(name)), changed.test(read(name))], name).toEqual([true, true]);
    }
    for (const name of crew.filter((f) => f < '2027-05')) expect(read(name), name).not.toMatch(/tweede poging|second try/i);
    expect(read('2027-05-03_albina_veldploeg_announcement-text.nl.txt')).toMatch(/^\*Microsoft Teams: we proberen het opnieuw\*\n.*\nDit is onze tweede poging: op maandag 19 april 2027 zijn we teruggegaan naar e-mailketens en WhatsApp-groepen\.\nWat er deze keer anders is: Een nieuwe glasvezellijn, en telefoons met een <betere> bundel\.\n/);
    expect(read('2027-05-17_albina_veldploeg_welcome-notice.en.html')).toContain('<p>This is our second try; what is different from the first: a new fibre line, and phones with a &lt;better&gt; bundle.</p>');
  });
});
