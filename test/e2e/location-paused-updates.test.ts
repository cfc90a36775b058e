import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Advies brings in Nieuw Nickerie and Albina in one phase, Branches, from Tuesday 30 March
 * 2027; Albina's line is down from Monday 5 April until Monday 12 April: a pause of Albina alone.
 */
function branchesPlan(dir: string): string {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'albina.yaml'), 'utf8')) as Record<string, unknown>;
  data.phases = (data.phases as Record<string, unknown>[]).toSpliced(2, 2, { id: 'branches', name: 'Branches', audience: { locations: ['Nieuw Nickerie', 'Albina'] }, weeks: 4 });
  data.gates = [{ id: 'branches-active', phase: 'branches', metric: 'active_use_pct', threshold: 80, within: '4w' }];
  data.pauses = [{ from: '2027-04-05', until: '2027-04-12', reason: { en: 'the Albina line is down', nl: 'de lijn in Albina ligt eruit' }, only: { location: 'Albina' } }];
  const file = path.join(dir, 'rollout.yaml');
  writeFileSync(file, stringify(data));
  return file;
}

describe('render-emails while a pause holds one location of a shared phase', () => {
  it('writes that location as paused on its own line and the other by its own use, never "not there yet"', () => {
    const dir = tempDir();
    const metrics = path.join(dir, 'usage.csv');
    writeFileSync(metrics, 'date,metric,value,phase,location\r\n2027-04-06,active_use_pct,85,branches,Nieuw Nickerie\r\n2027-04-06,active_use_pct,0,branches,Albina\r\n');
    const out = path.join(dir, 'emails');
    const r = run(['render-emails', '--plan', branchesPlan(dir), '--metrics', metrics, '--out', out, '--at', '2027-04-09', '--lang', 'nl']);
    expect(r.status).toBe(0);
    const update = readFileSync(path.join(out, '2027-04-09_rollout_weekly-update.nl.md'), 'utf8');
    expect(update).toContain('- **Branches (Nieuw Nickerie):** 85% actief gebruik (doel 80%)\n');
    expect(update).toContain('- **Branches (Albina):** gepauzeerd sinds maandag 5 april (de lijn in Albina ligt eruit); we gaan verder op maandag 12 april\n');
    expect(update).not.toContain('Nog niet zover');
  });
});
