import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

const plan = path.join(ROOT, 'test', 'fixtures', 'plans', 'easter-offices.yaml');

describe('Easter Monday at both Surinamese offices, through the built binary', () => {
  it('moves the Paramaribo gate and the switch-off’s export to Tuesday, and says why in English and Dutch', () => {
    const r = run(['schedule', '--plan', plan, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const events = (JSON.parse(r.stdout) as { events: { date: string; type: string; key: string; movedFrom?: string }[] }).events;
    const day = (key: string) => events.find((e) => e.key === key);
    expect([day('paramaribo-success'), day('export-data'), day('archive')].map((e) => [e?.date, e?.movedFrom])).toEqual([
      ['2027-03-30', '2027-03-29'],
      ['2027-03-30', '2027-03-29'],
      ['2027-03-31', undefined],
    ]);
    expect(events.filter((e) => e.date === '2027-03-29' && (e.type === 'gate' || e.type === 'decommission'))).toEqual([]);
    expect(run(['schedule', '--plan', plan, '--lang', 'en']).stdout).toContain('moved from 2027-03-29: holiday (Easter Monday, Paramaribo; Easter Monday, Nieuw Nickerie)');
    expect(run(['schedule', '--plan', plan, '--lang', 'nl']).stdout).toContain('verplaatst van 2027-03-29: feestdag (Tweede Paasdag, Paramaribo; Tweede Paasdag, Nieuw Nickerie)');
  });
});
