import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT, run, tempDir } from '../helpers.js';

/*
 * Sranan Teams BV's living plan: Administratie paused a week from Friday 12 March 2027 (the pilot
 * runs longer), Easter week paused from 29 March (decided 15 March), Albina paused from 19 April.
 */
const extended = { from: '2027-03-12', until: '2027-03-19', reason: { nl: 'de pilot duurt een week langer', en: 'the pilot is extended by a week' }, only: { phase: 'department-1' } };

/** The plan file with these pauses, in a folder of its own. */
function planWith(pauses: unknown[]): string {
  const data = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', 'sranan.yaml'), 'utf8')) as Record<string, unknown>;
  const file = path.join(tempDir(), 'rollout.yaml');
  writeFileSync(file, stringify({ ...data, pauses }));
  return file;
}

/** render-emails into a fresh folder: each file's text by name. */
function emails(plan: string): (name: string) => string {
  const out = path.join(tempDir(), 'emails');
  const r = run(['render-emails', '--plan', plan, '--out', out, '--format', 'md']);
  expect(r.status, r.stderr).toBe(0);
  return (name) => readFileSync(path.join(out, name), 'utf8');
}

describe('the notice of a pause of one phase', () => {
  it('names the phases that move with it and their new launch days, in English and Dutch', () => {
    const text = emails(planWith([extended]));
    expect(text('2027-03-12_rollout_pause.en.md')).toContain('Projecten now starts on Monday, April 5 and Everyone else now starts on Monday, April 19.');
    expect(text('2027-03-12_rollout_pause.nl.md')).toContain('Projecten begint nu op maandag 5 april en Alle overige collega’s begint nu op maandag 19 april.');
    expect(text('2027-03-12_rollout_pause.en.md')).not.toContain('goes on as planned');
    expect(text('2027-03-12_rollout_pause.nl.md')).not.toContain('gaat door zoals gepland');
  });
});

describe('the resume notice of a phase that starts later, decided ahead', () => {
  const late = { from: '2027-03-30', until: '2027-04-13', decided: '2027-03-23', reason: { nl: 'de nieuwe laptops zijn laat', en: 'the new laptops are late' }, only: { phase: 'department-2' } };

  it('recalls the day the pause notice went out, not the day the phase was to start, in English and Dutch', () => {
    const text = emails(planWith([late]));
    expect(text('2027-03-23_rollout_pause.en.md')).toContain('- **Send on:** Tuesday, March 23, 2027');
    expect(text('2027-04-12_rollout_resume.en.md')).toContain('As we wrote on Tuesday, March 23, the Projecten phase of the Microsoft Teams rollout starts later than planned: on Tuesday, April 13 instead of Tuesday, March 30.');
    expect(text('2027-04-12_rollout_resume.nl.md')).toContain('Zoals we op dinsdag 23 maart schreven, begint de fase Projecten');
  });
});

const easter = { from: '2027-03-29', until: '2027-04-05', reason: { nl: 'Paasweek met nationale feestdagen', en: 'Easter week with national holidays' }, decided: '2027-03-15' };

describe('the schedule of a living plan', () => {
  it('puts a pause written in ahead on its first day, and its notice on the day it was decided', () => {
    const plan = planWith([extended, easter]);
    const events = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json', '--lang', 'en']).stdout).events as { date: string; type: string; key: string; title: string; noticeOn?: string }[];
    const pause = events.find((e) => e.type === 'pause' && e.key === 'pause-2')!;
    expect([pause.date, pause.noticeOn, pause.title]).toEqual(['2027-03-30', '2027-03-15', 'Pause: Easter week with national holidays']);
    expect(events.find((e) => e.type === 'resume' && e.key === 'pause-1')!.title).toBe('Resume on 2027-03-23');
    expect(run(['schedule', '--plan', plan, '--lang', 'nl']).stdout).toContain('het bericht erover gaat uit op 2027-03-15');
    const text = emails(plan);
    expect(text('2027-03-15_rollout_pause.en.md')).toContain('Easter week with national holidays');
    expect(text('2027-03-15_rollout_pause.nl.md')).toContain('Paasweek met nationale feestdagen');
  });
});

describe('the schedule of one location', () => {
  it('names the phase a pause holds by its name, in English and Dutch', () => {
    const plan = planWith([extended]);
    const en = run(['schedule', '--plan', plan, '--location', 'Albina', '--lang', 'en']).stdout;
    const nl = run(['schedule', '--plan', plan, '--location', 'Albina', '--lang', 'nl']).stdout;
    expect(en).toContain('only Administratie (the phases after it wait for it: Projecten now starts on 2027-04-05');
    expect(nl).toContain('alleen Administratie (de fasen daarna wachten erop: Projecten begint nu op 2027-04-05');
    expect(`${en}${nl}`).not.toMatch(/only department-1|alleen department-1/);
    expect(run(['schedule', '--plan', plan, '--location', 'Albina', '--format', 'markdown', '--lang', 'en']).stdout).toContain('only Administratie');
  });
});

describe('an open pause given its end later (untilDecided)', () => {
  const albina = { from: '2027-04-19', reason: { nl: 'de internetverbinding in Albina ligt eruit', en: 'the internet line in Albina is down' }, only: { location: 'Albina' } };

  it('leaves the notice that went out open, and sends a resume notice the day the end was written in', () => {
    const text = emails(planWith([{ ...albina, until: '2027-04-26', untilDecided: '2027-04-26' }]));
    expect(text('2027-04-19_rollout_pause.en.md')).toContain('we will tell you the new dates as soon as we know them');
    expect(text('2027-04-19_rollout_pause.en.md')).not.toContain('We resume on');
    expect(text('2027-04-19_rollout_pause.nl.md')).toContain('we laten je de nieuwe data weten zodra we ze kennen');
    expect(text('2027-04-26_rollout_resume.en.md')).toContain('- **Send on:** Monday, April 26, 2027');
    expect(text('2027-04-26_rollout_resume.nl.md')).toContain('op maandag 26 april');
  });

  it('sends the resume notice the day the end was written in, not on the eve of the day Albina starts again', () => {
    const plan = planWith([{ ...albina, until: '2027-04-26', untilDecided: '2027-04-20' }]);
    const text = emails(plan);
    expect(text('2027-04-20_rollout_resume.en.md')).toContain('- **Send on:** Tuesday, April 20, 2027');
    expect(text('2027-04-20_rollout_resume.nl.md')).toContain('op maandag 26 april');
    const events = (JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { events: { type: string; date: string }[] }).events;
    expect(events.filter((e) => e.type === 'resume').map((e) => e.date)).toEqual(['2027-04-20']);
  });

  it('names a day that is no such day in one line with its position', () => {
    const plan = planWith([{ ...albina, until: '2027-04-26', untilDecided: '2027-04-30' }]);
    const r = run(['validate', '--plan', plan]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/rollout\.yaml:\d+:\d+: error pauses\[0\]\.untilDecided: the end is decided on 2027-04-30/);
  });
});

describe('the weekly updates of a living plan', () => {
  it('say Administratie started later than planned, and tell the Easter pause before it comes, with why', () => {
    const text = emails(planWith([extended, easter]));
    const en = text('2027-03-25_rollout_weekly-update.en.md');
    expect(en).toContain('**Later than planned:** Administratie started on Tuesday, March 23 instead of Monday, March 15.');
    expect(en).toContain('**A pause is coming:** from Monday, March 29 until Monday, April 5 we pause the Microsoft Teams rollout. Why: Easter week with national holidays.\n');
    expect(en).not.toContain('As planned');
    expect(text('2027-03-25_rollout_weekly-update.nl.md')).toContain('**Er komt een pauze:** van maandag 29 maart tot maandag 5 april pauzeren we de invoering van Microsoft Teams. Waarom: Paasweek met nationale feestdagen.\n');
  });
});

describe('the schedule of a pause of one phase', () => {
  it('names the phases that wait for it with their new start, in English and Dutch, as the notice does', () => {
    const plan = planWith([extended]);
    for (const format of ['table', 'markdown']) {
      const en = run(['schedule', '--plan', plan, '--format', format, '--lang', 'en']);
      const nl = run(['schedule', '--plan', plan, '--format', format, '--lang', 'nl']);
      expect(en.status, en.stderr).toBe(0);
      expect(en.stdout).toContain('only Administratie (the phases after it wait for it: Projecten now starts on 2027-04-05 and Everyone else now starts on 2027-04-19; the switch-off waits for it: Decommission old system now starts on 2027-05-03)');
      expect(nl.stdout).toContain('alleen Administratie (de fasen daarna wachten erop: Projecten begint nu op 2027-04-05 en Alle overige collega’s begint nu op 2027-04-19; de uitfasering wacht erop: Oude systeem uitzetten begint nu op 2027-05-03)');
      expect(en.stdout).not.toContain('(the rest goes on)');
      expect(nl.stdout).not.toContain('(de rest gaat door)');
    }
  });
});

describe('the notices of a pause of a phase an extension moved already', () => {
  /*
   * test/fixtures/pauses/after-extension.yaml: Operations, planned for Monday 8 March, moved to
   * Monday 15 March by the pilot's extension of 17 February (the extension notice and the
   * announcement of 1 March say so); the pause of Friday 5 March to Friday 12 March moves it 5
   * working days: Monday 22 March, Phagwah, so Tuesday 23 March.
   */
  const plan = path.join(ROOT, 'test', 'fixtures', 'pauses', 'after-extension.yaml');

  it('say "Tuesday, March 23 instead of Monday, March 15", the day people were last told, in English and Dutch', () => {
    const text = emails(plan);
    expect(text('2027-03-01_ops_announcement.en.md')).toContain('- **When:** Monday, March 15, 2027');
    expect(text('2027-03-05_ops_pause.en.md')).toContain('starts later than planned: on Tuesday, March 23 instead of Monday, March 15.');
    expect(text('2027-03-05_ops_pause.nl.md')).toContain('begint later dan gepland: op dinsdag 23 maart in plaats van maandag 15 maart.');
    expect(text('2027-03-11_ops_resume.en.md')).toContain('As we wrote on Friday, March 5, the Operations phase of the Microsoft Teams rollout starts later than planned: on Tuesday, March 23 instead of Monday, March 15.');
    expect(text('2027-03-11_ops_resume.nl.md')).toContain('Zoals we op vrijdag 5 maart schreven, begint de fase Operations van de invoering van Microsoft Teams later dan gepland: op dinsdag 23 maart in plaats van maandag 15 maart.');
  });

  it('and the schedule launches Operations on Tuesday 23 March', () => {
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { phases: { id: string; start: string }[] };
    expect(json.phases.map((p) => [p.id, p.start])).toEqual([
      ['pilot', '2027-02-08'],
      ['sales', '2027-03-01'],
      ['ops', '2027-03-23'],
    ]);
  });
});
