import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { foundationPlan } from '../foundation.js';
import { run, tempDir } from '../helpers.js';

/** The small preset for 10 people in Paramaribo and 4 field staff in Albina who read no email (text and notice only). */
function foundation(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(foundationPlan()));
  return dir;
}

describe('render-emails where everyone an email would go to reads no email, through the built binary', () => {
  it('writes no email to 0 people, and the summary and index.md say why', () => {
    const dir = foundation();
    const r = run(['render-emails', '--out', 'emails', '--at', '2027-01-04'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/^niet geschreven: \d+ e-mails aan niemand, want iedereen aan wie ze zouden gaan leest geen e-mail \(Veldkantoor\); hun bericht en mededeling brengen ze \(zie index\.md\)$/m);
    const drafts = readdirSync(path.join(dir, 'emails')).filter((f) => f.endsWith('.md') && f !== 'index.md');
    expect(drafts.filter((f) => readFileSync(path.join(dir, 'emails', f), 'utf8').includes('(0 personen)'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'emails', 'index.md'), 'utf8')).toContain('all of them in Veldkantoor');
  });
});
