import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { shownStatus } from '../../src/gates/shown-status.js';
import { renderJson } from '../../src/reporters/gates/json.js';
import { parseDay } from '../../src/util/dates.js';
import { removeTempDirs, run, tempDir, validPlan } from '../helpers.js';
import { kaiteur, PARAMARIBO_BACK } from '../rollback/kaiteur.js';

/*
 * Kaiteur Design: Paramaribo rolls back on Monday 22 March, during the studio's phase. The studio's
 * go/no-go `studio-go`, due Friday 26 March, is withdrawn unjudged: it will never be judged, so it
 * is shown and counted as withdrawn, not as pending; Nieuw Nickerie's gates are still pending.
 */
afterAll(removeTempDirs);

describe('a gate withdrawn by a rollback before it was judged', () => {
  it('has the status withdrawn, beside withdrawn: true, in the JSON', async () => {
    const file = kaiteur(PARAMARIBO_BACK);
    const { result } = await checkGates({ plan: validPlan(readFileSync(file, 'utf8')), files: [], asOf: parseDay('2027-03-22'), lenient: true, sources: { baseDir: path.dirname(file) } });
    const gate = result.gates.find((g) => g.id === 'studio-go')!;
    expect([gate.status, gate.withdrawn, shownStatus(gate)]).toEqual(['pending', true, 'withdrawn']);
    const json = JSON.parse(renderJson(result)) as { gates: { id: string; status: string; withdrawn?: true }[] };
    expect(json.gates.find((g) => g.id === 'studio-go')).toMatchObject({ status: 'withdrawn', withdrawn: true });
    expect(json.gates.filter((g) => g.id.startsWith('nickerie')).map((g) => g.status)).toEqual(['pending', 'pending']);
  });

  it('a withdrawn gate judged before its rollback keeps its verdict', () => {
    expect(shownStatus({ status: 'pass', withdrawn: true })).toBe('pass');
    expect(shownStatus({ status: 'pending' })).toBe('pending');
  });

  it.each([
    ['en', /│ studio-go .*│ withdrawn │/, '| ➖ withdrawn |', '2 pending', '1 withdrawn'],
    ['nl', /│ studio-go .*│ vervallen │/, '| ➖ vervallen |', '2 loopt nog', '1 vervallen'],
  ])('is shown as such by gate-check and counted apart in the report (%s)', (lang, row, cell, pending, withdrawn) => {
    const plan = kaiteur(PARAMARIBO_BACK);
    const check = (format: string) => run(['gate-check', '--plan', plan, '--at', '2027-03-22', '--lang', lang, '--format', format]).stdout;
    expect(check('text')).toMatch(row);
    expect(check('markdown').split('\n').find((l) => l.startsWith('| studio-go '))).toContain(cell);
    const out = path.join(tempDir(), 'report.html');
    expect(run(['report', '--plan', plan, '--at', '2027-03-22', '--lang', lang, '-o', out]).status).toBe(0);
    const counts = [...readFileSync(out, 'utf8').matchAll(/<span class="count st-\w+">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(counts).toEqual(expect.arrayContaining([pending, withdrawn]));
    expect(counts.some((c) => c!.startsWith('3 '))).toBe(false);
  });
});
