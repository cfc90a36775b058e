import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Zorg Marowijne after Albina rolled back on 2027-05-17 (see test/gates/still-on-new-tool.test.ts):
 * on 2027-05-21 Paramaribo has 5 of 5 active, Moengo 3 of 5, together 8 of 10; Albina's nurses
 * work in Teams through two shared tablet accounts, which the roster does not list.
 */
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'still-on');
const PLAN = path.join(FIXTURE, 'rollout.yaml');
const check = (...args: string[]) => run(['gate-check', '--at', '2027-05-24', ...args], { cwd: FIXTURE });
const NOTE =
  'rollout: sources[0]: 2 accounts in the export are not in the roster people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)\n';

describe('gate-check after a part rolled back, with the shares computed from the roster', () => {
  it('says what the people still on the new tool reach, in text, JSON and the report', () => {
    const english = check('--lang', 'en');
    expect(english.stdout).toContain('Decommission (Switch off WhatsApp groups and shift book, on hold): not ready; waits while Albina is back on the old tools (rolled back on 2027-05-17); still on the new tool: active use is 60 in the lowest of the parts started (phase Moengo) and 80 in all of them together, needs >= 80\n');
    expect(check().stdout).toContain('nog op het nieuwe middel: actief gebruik is 60 in het laagste van de begonnen delen (fase Moengo) en 80 in al die delen samen, nodig: >= 80\n');
    const json = JSON.parse(check('--format', 'json').stdout);
    expect(json.decommission.stillOnNewTool).toEqual({ observed: 60, lowest: { phase: 'moengo' }, day: '2027-05-21', together: 80 });
    const page = run(['report', '--plan', PLAN, '--at', '2027-05-24', '--lang', 'en', '-o', '-']);
    expect(/<span class="card-note">(Active use[^<]*)<\/span>/.exec(page.stdout)?.[1]).toBe('Active use ≥ 80; waits while Albina is back on the old tools (rolled back on 17 May); still on the new tool: latest 60 in the lowest of the parts started (phase Moengo) and 80 in all of them together');
  });

  it('calls ids the roster lacks accounts, and says how to leave out a shared one; exclude: leaves them out without the note', () => {
    expect(check('--lang', 'en').stderr).toBe(NOTE);
    const dir = tempDir();
    cpSync(FIXTURE, dir, { recursive: true });
    const plan = path.join(dir, 'rollout.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('exclude: { Is Deleted: "True", Is Licensed: "No" }', 'exclude: { Is Deleted: "True", Is Licensed: "No", User Principal Name: "tablet*" }'));
    const excluded = run(['gate-check', '--at', '2027-05-24', '--lang', 'en'], { cwd: dir });
    expect([excluded.status, excluded.stderr]).toEqual([1, '']);
    // The tablets were never people: the shares stay as they were.
    expect(excluded.stdout).toContain('and 80 in all of them together');
  });
});
