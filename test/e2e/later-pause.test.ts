import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

describe('a pause of one part and a later pause, through the built binary', () => {
  it('gives each pause line the start that pause moved the waiting phases to', () => {
    const clinic = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'clinic-willemstad.yaml'), 'utf8')) as Record<string, unknown> & { pauses: unknown[] };
    const later = { from: '2027-03-24', until: '2027-03-31', reason: { nl: 'de server verhuist', en: 'the server moves' }, only: { location: 'Willemstad' } };
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify({ ...clinic, rollback: undefined, pauses: [...clinic.pauses, later] }));
    const en = run(['schedule', '--lang', 'en'], { cwd: dir });
    const lines = en.stdout.split('\n').filter((l) => l.startsWith('Pause '));
    expect(lines[0]).toContain('Willemstad was moved to 2027-04-05, since a later pause to 2027-04-12');
    expect(lines[0]).toContain('Switch off WhatsApp groups was moved to 2027-04-19, since a later pause to 2027-04-26');
    expect(lines[1]).toContain('Switch off WhatsApp groups now starts on 2027-04-26');
    expect(run(['schedule', '--lang', 'nl'], { cwd: dir }).stdout).toContain('Willemstad werd verschoven naar 2027-04-05, sinds een latere pauze naar 2027-04-12');
    expect(run(['schedule', '--lang', 'en', '--format', 'markdown'], { cwd: dir }).stdout).toContain('Willemstad was moved to 2027-04-05, since a later pause to 2027-04-12');
    const json = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout) as { pauses: unknown[] };
    expect(json.pauses[0]).toMatchObject({ waiting: [{ id: 'willemstad', start: '2027-04-12', movedTo: '2027-04-05', laterPauses: 1 }] });
  });
});
