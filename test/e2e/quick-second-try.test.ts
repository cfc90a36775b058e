import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Stichting Bosland: Brownsweg rolled back on Wednesday 28 April 2027; on Friday 30 April the
 * coordinator writes in its second try from Monday 10 May (`decided: 2027-04-30`), runs diff
 * against the plan of the rollback, then schedule and render-emails.
 */
const PLAN = path.join(ROOT, 'test', 'fixtures', 'rollback', 'brownsweg.yaml');

function folder(): string {
  const dir = tempDir();
  const plan = parse(readFileSync(PLAN, 'utf8')) as { rollback: Record<string, unknown> };
  writeFileSync(path.join(dir, 'before.yaml'), stringify({ ...plan, rollback: { ...plan.rollback, resume: undefined } }));
  writeFileSync(path.join(dir, 'rollout.yaml'), readFileSync(PLAN, 'utf8'));
  return dir;
}

describe("Brownsweg's second try, decided two days after its rollback, end to end", () => {
  it('schedule and diff date its announcement on the day it was decided, the first try\'s on its own day', () => {
    const dir = folder();
    const rows = parseCsv(run(['schedule', '--format', 'csv', '--lang', 'en'], { cwd: dir }).stdout, { columns: true }) as Record<string, string>[];
    const announced = rows.filter((r) => r.type === 'announcement' && r.phase === 'brownsweg').map((r) => r.date);
    expect(announced).toEqual(['2027-04-05', '2027-04-30']);
    expect(run(['schedule', '--lang', 'en'], { cwd: dir }).stdout).toContain('Brownsweg starts again on 2027-05-10 (decided on 2027-04-30, announced from then)');
    const diff = run(['diff', 'before.yaml', 'rollout.yaml', '--lang', 'en'], { cwd: dir }).stdout;
    expect(diff).toMatch(/\(new\) → 2027-04-30 +Announcement brownsweg +Announce Slack to Brownsweg/);
    expect(diff).toMatch(/\(new\) → 2027-04-30 +Checklist brownsweg +Checklist: 2 weeks before/);
    expect(diff).not.toContain('2027-04-26');
  });

  it('render-emails writes the announcement of the second try that day, in Dutch and English, before its reminder', () => {
    const dir = folder();
    expect(run(['render-emails', '--at', '2027-04-30'], { cwd: dir }).status).toBe(0);
    const out = path.join(dir, 'emails');
    const files = readdirSync(out).filter((f) => /_brownsweg_(announcement|reminder|welcome)\./.test(f) && f >= '2027-04-28');
    const inBoth = (names: string[]) => names.flatMap((f) => [`${f}.en.md`, `${f}.nl.md`]);
    expect(files).toEqual(inBoth(['2027-04-30_brownsweg_announcement', '2027-05-03_brownsweg_reminder', '2027-05-10_brownsweg_welcome']));
    const nl = readFileSync(path.join(out, '2027-04-30_brownsweg_announcement.nl.md'), 'utf8');
    expect(nl).toContain('**Versturen op:** vrijdag 30 april 2027');
    expect(nl).toContain('Dit is onze tweede poging: op woensdag 28 april 2027 zijn we teruggegaan naar WhatsApp-groepen.');
    expect(readFileSync(path.join(out, '2027-04-30_brownsweg_announcement.en.md'), 'utf8')).toContain('**Send on:** Friday, April 30, 2027');
    // The first try's announcement stays as it went out, not a second try's.
    expect(readFileSync(path.join(out, '2027-04-05_brownsweg_announcement.nl.md'), 'utf8')).not.toContain('tweede poging');
  });
});
