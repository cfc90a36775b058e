import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { twoLocations } from '../bosland.js';

// Brownsweg (see bosland.ts) rolled back on 2027-04-28 and starts again on 05-17: Paramaribo's
// go/no-go, which guards its launch, is judged again, due 05-14.
const PLAN = twoLocations(`rollback:
  on: 2027-04-28
  reason: Slack does not work on the mobile network in Brownsweg
  only: { location: Brownsweg }
  resume: { on: 2027-05-17, changed: a mobile router, decided: 2027-04-30 }
`);

describe('the report of a go/no-go judged for each try of the part whose launch it guards', () => {
  it('names it by that part and try, not as a try of Paramaribo, which never rolled back', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
    writeFileSync(path.join(dir, 'metrics.csv'), 'date,metric,value,phase\n2027-04-16,active_use_pct,80,paramaribo\n2027-04-23,active_use_pct,30,brownsweg\n2027-05-14,active_use_pct,90,paramaribo\n');
    for (const [lang, first, second] of [
      ['en', "Gate paramaribo-go-no-go (before Brownsweg's first try): 16 Apr, pass", "Gate paramaribo-go-no-go (before Brownsweg's second try): 14 May, pass"],
      ['nl', 'Toetsmoment paramaribo-go-no-go (vóór de eerste poging van Brownsweg): 16 apr, gehaald', 'Toetsmoment paramaribo-go-no-go (vóór de tweede poging van Brownsweg): 14 mei, gehaald'],
    ] as const) {
      const made = run(['report', '--metrics', 'metrics.csv', '--at', '2027-05-18', '--lang', lang, '-o', `report.${lang}.html`], { cwd: dir });
      expect(made.status).toBe(0);
      const html = readFileSync(path.join(dir, `report.${lang}.html`), 'utf8');
      expect(html).toContain(`<title>${first.replace("'", '&#39;')}</title>`);
      expect(html).toContain(`<title>${second.replace("'", '&#39;')}</title>`);
      expect(html).not.toMatch(/paramaribo-go-no-go \((first try|eerste poging)\)|>paramaribo-go-no-go\.second-try</);
    }
    // The gates table and the second try's chart say which try the result is of.
    const html = readFileSync(path.join(dir, 'report.en.html'), 'utf8');
    expect(html.match(/<strong>paramaribo-go-no-go[^<]*<\/strong>/g)).toEqual(expect.arrayContaining(["<strong>paramaribo-go-no-go (before Brownsweg&#39;s first try)</strong>", "<strong>paramaribo-go-no-go (before Brownsweg&#39;s second try)</strong>"]));
  });
});
