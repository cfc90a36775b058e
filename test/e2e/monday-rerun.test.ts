import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { minimalPlan, run, tempDir } from '../helpers.js';

// A firm of 25 in Paramaribo and Albina that renders its emails every Monday into one folder.
const plan = (start: string) =>
  stringify(
    minimalPlan({
      tool: { name: 'Microsoft Teams' },
      organization: { name: 'Sewdien', headcount: 25, languages: ['nl', 'en'], locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 19 }, { name: 'Albina', timezone: 'America/Paramaribo', headcount: 6 }] },
      start,
      phases: [
        { id: 'kantoor', name: 'Kantoor', audience: { locations: ['Paramaribo'] }, weeks: 2 },
        { id: 'albina', name: 'Albina', audience: { locations: ['Albina'] }, startWeek: 3, weeks: 2 },
      ],
    }),
  );

describe('render-emails every Monday into the same folder, the start slipping a week in between', () => {
  const dir = tempDir();
  const emails = (name = '') => path.join(dir, 'emails', name);
  const monday = (at: string, ...extra: string[]) => run(['render-emails', '--at', at, ...extra], { cwd: dir });
  const edited = '2027-02-12_rollout_weekly-update.nl.md';
  const editedStale = '2027-02-01_kantoor_welcome.nl.md';

  it('on the first Monday writes everything and says what is due', () => {
    writeFileSync(path.join(dir, 'rollout.yaml'), plan('2027-02-01'));
    const r = monday('2027-01-18');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      [
        '66 berichten en de index geschreven naar emails: 66 nieuw, 0 gewijzigd, 0 ongewijzigd',
        'aan de beurt op 2027-01-18: 4 bestanden',
        '  2027-01-18_kantoor_announcement.en.md',
        '  2027-01-18_kantoor_announcement.nl.md',
        '  2027-01-18_kantoor_checklist-two-weeks-before.en.md',
        '  2027-01-18_kantoor_checklist-two-weeks-before.nl.md',
        'aan de beurt in de week daarna, tot en met 2027-01-24: geen',
        '',
      ].join('\n'),
    );
    // The same run again changes nothing and writes nothing.
    const again = monday('2027-01-18');
    expect([again.status, again.stdout, again.stderr.split('\n')[0]]).toEqual([0, '', '0 berichten geschreven naar emails: 0 nieuw, 0 gewijzigd, 66 ongewijzigd']);
  });

  it('on the second Monday refuses to overwrite a file edited by hand, naming it, and writes nothing', () => {
    writeFileSync(emails(edited), `${readFileSync(emails(edited), 'utf8')}\nOok: de printer op de eerste verdieping is weg.\n`);
    writeFileSync(emails(editedStale), `${readFileSync(emails(editedStale), 'utf8')}\nKoffie staat klaar.\n`);
    writeFileSync(path.join(dir, 'rollout.yaml'), plan('2027-02-08'));
    const before = readdirSync(emails()).sort();
    const r = monday('2027-01-25');
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `rollout: 1 bestand in emails is veranderd sinds rollout het schreef, of niet door rollout geschreven, en dit plan schrijft het anders: ${edited}; er is niets geschreven. Zet je wijzigingen ergens anders neer (verplaats of hernoem het bestand) en draai opnieuw, of overschrijf met --force\n`,
    );
    expect(readFileSync(emails(edited), 'utf8')).toContain('de printer op de eerste verdieping is weg');
    expect(readdirSync(emails()).sort()).toEqual(before);
    // A dry run says the same, as a warning, and exits 0.
    const dry = monday('2027-01-25', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stderr.split('\n')[0]).toBe(
      `rollout: waarschuwing: 1 bestand in emails is veranderd sinds rollout het schreef, of niet door rollout geschreven, en dit plan schrijft het anders: ${edited}; zonder --force weigert de echte run te schrijven`,
    );
  });

  it('once the edited file is moved away, writes what is new and changed, removes its own old drafts, and says what to send', () => {
    renameSync(emails(edited), path.join(dir, 'update-with-my-note.md'));
    const r = monday('2027-01-25');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.split('\n');
    // The update moved away is written new; the 21 other drafts still to come that the plan now writes otherwise are rewritten.
    expect(lines[0]).toBe('66 berichten en de index geschreven naar emails: 45 nieuw, 21 gewijzigd, 0 ongewijzigd');
    // 44 drafts the plan no longer writes: less the 2 emails that went out, the 4 checklists of past days, the 1 edited.
    expect(lines[1]).toMatch(/^weggehaald: 37 bestanden die een eerdere run schreef en deze niet meer \(/);
    // What the coordinator changed is kept, what went out on 18 January too.
    expect(lines).toContain(`rollout: warning: kept 1 file an earlier run wrote, changed since: ${editedStale}`);
    expect(readFileSync(emails(editedStale), 'utf8')).toContain('Koffie staat klaar.');
    expect(lines.some((l) => l.startsWith('rollout: warning: kept 2 messages dated before 2027-01-25 that the plan no longer writes (2027-01-18_kantoor_announcement.'))).toBe(true);
    expect(existsSync(emails('2027-01-18_kantoor_announcement.nl.md'))).toBe(true);
    expect(lines.slice(lines.indexOf('nieuw en van vóór 2027-01-25, niet eerder in de map: 2 bestanden'))).toEqual([
      'nieuw en van vóór 2027-01-25, niet eerder in de map: 2 bestanden',
      '  2027-01-22_rollout_get-started.en.md',
      '  2027-01-22_rollout_get-started.nl.md',
      'aan de beurt op 2027-01-25: 4 bestanden',
      '  2027-01-25_kantoor_announcement.en.md',
      '  2027-01-25_kantoor_announcement.nl.md',
      '  2027-01-25_kantoor_checklist-two-weeks-before.en.md',
      '  2027-01-25_kantoor_checklist-two-weeks-before.nl.md',
      'aan de beurt in de week daarna, tot en met 2027-01-31: geen',
      '',
    ]);
    expect(readFileSync(emails(edited), 'utf8')).not.toContain('printer');
    // No file names a person, and the summary names none either.
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(66 + 2);
  });
});
