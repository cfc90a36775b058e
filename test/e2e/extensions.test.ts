import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

const EXTENSION = `
extensions:
  - phase: pilot
    by: 1w
    decided: 2027-03-08
    reason: { nl: de trainer is ziek, en: the trainer is ill }
`;

/** The growing preset from Monday 1 March 2027 in Dutch and English, its two-week pilot extended by a week on 8 March. */
function extendedPlan(extension = EXTENSION): string {
  const dir = tempDir();
  expect(run(['init', '--preset', 'growing', '--start', '2027-03-01', '--name', 'Ramdin & Partners', '--headcount', '25', '--lang', 'nl,en'], { cwd: dir }).status).toBe(0);
  const plan = path.join(dir, 'rollout.yaml');
  writeFileSync(plan, `${readFileSync(plan, 'utf8')}${extension}`);
  return plan;
}

const csvRows = (text: string) => text.trim().split('\r\n').slice(1).map((l) => l.split(','));

describe('rollout schedule of a pilot that runs a week longer', () => {
  let plan: string;
  beforeAll(() => {
    plan = extendedPlan();
  });

  it('the table and markdown give its new end, and the phases after it a week later', () => {
    const table = run(['schedule', '--plan', plan, '--lang', 'en']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/Pilot group\s+│ launch\s+│ weeks 1-3 │ 2027-03-01 to 2027-03-19/);
    expect(table.stdout).toMatch(/Department 1\s+│ launch\s+│ weeks 4-5 │ 2027-03-22 to 2027-04-02/);
    expect(table.stdout).toContain('moved by an extension from 2027-03-15');
    expect(table.stdout).toContain('Pilot group runs longer (decided 2027-03-08): until 2027-03-19 instead of 2027-03-12 (5 working days; the phases after it wait for it: Department 1 now starts on 2027-03-22');
    const markdown = run(['schedule', '--plan', plan, '--lang', 'nl', '--format', 'markdown']).stdout;
    expect(markdown).toContain('| Pilotgroep | start | weken 1-3 | 2027-03-01 t/m 2027-03-19 |');
    expect(markdown).toContain('## Pauzes en verlengingen');
    expect(markdown).toContain('- Pilotgroep duurt langer (besloten op 2027-03-08): tot en met 2027-03-19 in plaats van 2027-03-12');
  });

  it('csv and json hold its office hours in the extra week and the extension itself', () => {
    const rows = csvRows(run(['schedule', '--plan', plan, '--lang', 'en', '--format', 'csv']).stdout);
    expect(rows.filter((r) => r[2] === 'office-hours' && r[4] === 'pilot' && r[0]! >= '2027-03-15').map((r) => [r[0], r[3]])).toEqual([
      ['2027-03-15', 'extended'],
      ['2027-03-17', 'extended'],
      ['2027-03-19', 'extended'],
    ]);
    expect(rows.find((r) => r[2] === 'gate' && r[3] === 'pilot-go-no-go')?.[0]).toBe('2027-03-19');
    const json = JSON.parse(run(['schedule', '--plan', plan, '--lang', 'en', '--format', 'json']).stdout);
    expect(json.extensions[0]).toMatchObject({ phase: 'pilot', decided: '2027-03-08', was: '2027-03-12', until: '2027-03-19', workingDays: 5 });
    expect(json.events.find((e: { type: string }) => e.type === 'extension')).toMatchObject({ date: '2027-03-08', phase: 'pilot' });
    expect(json.pauses).toEqual([]);
  });

  it('the calendar moves the next launch under its own UID and adds the extra office hours; the chart draws the longer pilot', () => {
    const events = new ICAL.Component(ICAL.parse(run(['schedule', '--plan', plan, '--format', 'ics']).stdout)).getAllSubcomponents('vevent');
    const launch = events.find((v) => String(v.getFirstPropertyValue('uid')).startsWith('launch-department-1-'))!;
    expect([String(launch.getFirstPropertyValue('dtstart')), launch.getFirstPropertyValue('sequence')]).toEqual(['2027-03-22', 2]);
    const extra = events.filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('office-hours-pilot-extended'));
    expect(extra).toHaveLength(3);
    expect(run(['schedule', '--plan', plan, '--lang', 'en', '--format', 'mermaid']).stdout).toContain('Pilot group (4 people) :pilot, 2027-03-01, 19d');
  });

  it('gate-check dates the go/no-go on the new last day, and does not pause', () => {
    const metrics = path.join(tempDir(), 'metrics.csv');
    writeFileSync(metrics, 'date,metric,value\n');
    const r = run(['gate-check', '--plan', plan, '--metrics', metrics, '--at', '2027-03-16', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.gates.find((g: { id: string }) => g.id === 'pilot-go-no-go').due).toBe('2027-03-19');
    expect(out.openPause ?? null).toBeNull();
    const report = path.join(tempDir(), 'report.html');
    expect(run(['report', '--plan', plan, '--metrics', metrics, '--at', '2027-03-16', '--output', report, '--lang', 'en']).status).toBe(0);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('Pilot group: 1 Mar – 19 Mar');
    // Under the timeline, as the pauses are: the extension that moved it, and why.
    expect(html).toContain('<h3>Pauses and extensions</h3><ul><li><strong>decided 8 Mar: until 19 Mar instead of 12 Mar, 5 working days longer</strong> Pilot group runs longer: the trainer is ill</li>');
    const nl = path.join(tempDir(), 'rapport.html');
    expect(run(['report', '--plan', plan, '--metrics', metrics, '--at', '2027-03-16', '--output', nl, '--lang', 'nl']).status).toBe(0);
    expect(readFileSync(nl, 'utf8')).toContain('<h3>Pauzes en verlengingen</h3><ul><li><strong>besloten 8 mrt: tot en met 19 mrt in plaats van 12 mrt, 5 werkdagen langer</strong> Pilotgroep duurt langer: de trainer is ziek</li>');
  });

  it('a view of one phase the extension moves shows the extension with its reason, in English and Dutch', () => {
    const table = run(['schedule', '--plan', plan, '--lang', 'en', '--phase', 'department-2']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/2027-03-08 │\s+│ extension\s+│ pilot\s+│.*Pilot group runs longer, until 2027-03-19: the trainer is ill/);
    expect(table.stdout).toContain('Pilot group runs longer (decided 2027-03-08): until 2027-03-19 instead of 2027-03-12');
    const markdown = run(['schedule', '--plan', plan, '--lang', 'nl', '--phase', 'department-2', '--format', 'markdown']).stdout;
    expect(markdown).toMatch(/\| 2027-03-08 \|.*\| verlenging \| pilot \|.*Pilotgroep duurt langer, tot en met 2027-03-19: de trainer is ziek/);
    const json = JSON.parse(run(['schedule', '--plan', plan, '--lang', 'en', '--phase', 'department-2', '--format', 'json']).stdout);
    expect(json.events.filter((e: { type: string }) => e.type === 'extension')).toHaveLength(1);
    expect(json.extensions.map((x: { phase: string }) => x.phase)).toEqual(['pilot']);
  });

  it('a view of a phase that ended before the extended one shows no extension, in text, markdown or JSON', () => {
    const later = extendedPlan(`
extensions:
  - { phase: department-2, by: 1w, decided: 2027-04-01, reason: { nl: de trainer is ziek, en: the trainer is ill } }
`);
    for (const phase of ['pilot', 'department-1']) {
      const table = run(['schedule', '--plan', later, '--lang', 'en', '--phase', phase]);
      expect(table.status).toBe(0);
      expect(table.stdout).not.toMatch(/runs longer|extension/);
      expect(run(['schedule', '--plan', later, '--lang', 'nl', '--phase', phase, '--format', 'markdown']).stdout).not.toMatch(/duurt langer|verlenging/);
      const json = JSON.parse(run(['schedule', '--plan', later, '--lang', 'en', '--phase', phase, '--format', 'json']).stdout);
      expect(json.events.filter((e: { type: string }) => e.type === 'extension')).toEqual([]);
      expect(json).not.toHaveProperty('extensions');
    }
    // The phase after it waits for it: its view keeps the extension.
    expect(run(['schedule', '--plan', later, '--lang', 'en', '--phase', 'everyone-else']).stdout).toContain('Department 2 runs longer (decided 2027-04-01)');
  });

  it('validate names an extension decided after the pilot ended, at its line, exit 1', () => {
    const bad = extendedPlan(EXTENSION.replace('decided: 2027-03-08', 'decided: 2027-03-15'));
    const line = readFileSync(bad, 'utf8').split('\n').findIndex((l) => l.includes('decided: 2027-03-15')) + 1;
    const r = run(['validate', '--plan', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`rollout.yaml:${line}:14: error extensions[0].decided: the phase pilot is not running on 2027-03-15: it runs from 2027-03-01 to 2027-03-12`);
  });
});

describe('rollout render-emails of a pilot that runs a week longer', () => {
  it('writes the notice to the pilot group and the notice of the moved starts, in Dutch and English, on the day it was decided', () => {
    const plan = extendedPlan();
    const out = path.join(path.dirname(plan), 'out');
    const r = run(['render-emails', '--plan', plan, '--out', out]);
    expect(r.status).toBe(0);
    const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
    expect(read('2027-03-08_pilot_extension.nl.md')).toContain('De fase Pilotgroep van de invoering van Teamchat duurt langer dan gepland: tot en met vrijdag 19 maart in plaats van vrijdag 12 maart.');
    expect(read('2027-03-08_pilot_extension.en.md')).toContain('- **To:** Pilot group (4 people)');
    expect(read('2027-03-08_rollout_extension-moves.en.md')).toContain('Department 1 now starts on Monday, March 22 instead of Monday, March 15');
    // Everyone reads it: the old and the new turn-off day, and what to do for those who still start and those who switched.
    const en = read('2027-03-08_rollout_extension-moves.en.md');
    expect(en).toContain('; we now turn off email threads on Friday, May 7 instead of Friday, April 30.');
    expect(en).toContain('**What to do now:** if you start in Department 1, Department 2 or Everyone else, keep the new day free for your switch instead of the old one');
    expect(en).toContain('If you already work in Teamchat, or your start is not named above, nothing changes for you but the day we turn off email threads.');
    const nl = read('2027-03-08_rollout_extension-moves.nl.md');
    expect(nl).toContain('; we zetten e-maildiscussies nu uit op vrijdag 7 mei in plaats van vrijdag 30 april.');
    expect(nl).toContain('Werk je al in Teamchat, of staat je start hierboven niet, dan verandert er voor jou niets behalve de dag waarop we e-maildiscussies uitzetten.');
  });

  it('keeps the notices that went out when the extension is taken out again, as it keeps any sent message', () => {
    const plan = extendedPlan();
    const out = path.join(path.dirname(plan), 'out');
    expect(run(['render-emails', '--plan', plan, '--out', out, '--at', '2027-03-10']).status).toBe(0);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(EXTENSION, ''));
    const again = run(['render-emails', '--plan', plan, '--out', out, '--at', '2027-03-10', '--force']);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('kept 4 messages dated before 2027-03-10 that the plan no longer writes (2027-03-08_pilot_extension.en.md');
    expect(readFileSync(path.join(out, '2027-03-08_pilot_extension.en.md'), 'utf8')).toContain('runs longer than planned');
  });
});

describe('rollout what-if --extend and diff', () => {
  it('what-if --extend shows the launches a week later with the extension as reason, and refuses a phase not running that day', () => {
    const plan = extendedPlan('');
    const r = run(['what-if', '--plan', plan, '--extend', 'pilot', '--by', '1w', '--at', '2027-03-08', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('What if Pilot group runs longer, decided on 2027-03-08: until 2027-03-19 instead of 2027-03-12 (5 working days)');
    expect(r.stdout).toMatch(/2027-03-15 → 2027-03-22 \+7 days +Launch department-1 .*\(Pilot group runs longer, until 2027-03-19: what if\)/);
    // The rollout's end moves from Friday 30 April to Friday 7 May: 3 months later is Saturday 7 August, held over to Monday 9 August.
    expect(r.stdout).toMatch(/2027-07-30 → 2027-08-09 \+10 days +Review +Review: month 3 /);
    const refused = run(['what-if', '--plan', plan, '--extend', 'department-1', '--by', '1w', '--at', '2027-03-08']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('rollout: --extend department-1 --by 1w --at 2027-03-08: the phase department-1 is not running on 2027-03-08');
  });

  it('what-if --extend names --extend for a phase the plan does not have, and one working day as one', () => {
    const plan = extendedPlan('');
    const unknown = run(['what-if', '--plan', plan, '--extend', 'pilots', '--by', '1w', '--at', '2027-03-08']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('rollout: --extend pilots: the plan has no such phase; did you mean "pilot"?');
    const en = run(['what-if', '--plan', plan, '--extend', 'pilot', '--by', '3d', '--at', '2027-03-08', '--lang', 'en']);
    expect(en.stdout).toContain('until 2027-03-15 instead of 2027-03-12 (1 working day)');
    expect(run(['what-if', '--plan', plan, '--extend', 'pilot', '--by', '3d', '--at', '2027-03-08', '--lang', 'nl']).stdout).toContain('tot en met 2027-03-15 in plaats van 2027-03-12 (1 werkdag)');
  });

  it('a pilot three weeks longer brings its success gate into the extra days: what-if --extend and validate warn at the gate, which keeps its day', () => {
    const plan = extendedPlan('');
    const r = run(['what-if', '--plan', plan, '--extend', 'pilot', '--by', '3w', '--at', '2027-03-08', '--lang', 'en']);
    expect(r.status).toBe(0);
    const warning = 'gate pilot-success falls due on 2027-03-29, in the extra days of phase pilot (extensions[0]: until 2027-04-02 instead of 2027-03-12): an extension does not move a gate due within its phase, so it judges the phase before its new last day (to judge the phase at its new end, list the gates you want under gates: and give pilot-success within: 5w in place of within: 4w (due 2027-04-05))';
    expect(r.stderr).toContain(`rollout: warning: --extend pilot --by 3w --at 2027-03-08: ${warning}`);
    expect(run(['what-if', '--plan', plan, '--extend', 'pilot', '--by', '1w', '--at', '2027-03-08', '--lang', 'en']).stderr).not.toContain('warning');
    const written = extendedPlan(EXTENSION.replace('by: 1w', 'by: 3w'));
    const line = readFileSync(written, 'utf8').split('\n').findIndex((l) => l.startsWith('preset:')) + 1;
    const validated = run(['validate', '--plan', written]);
    expect(validated.status).toBe(0);
    expect(validated.stderr).toContain(`rollout.yaml:${line}:9: warning preset: ${warning}`);
    const json = JSON.parse(run(['schedule', '--plan', written, '--format', 'json']).stdout);
    expect(json.events.find((e: { type: string; key: string }) => e.type === 'gate' && e.key === 'pilot-success').date).toBe('2027-03-29');
  });

  it('diff of the plan before and after the extension gives its reason', () => {
    const before = extendedPlan('');
    const after = extendedPlan();
    const r = run(['diff', before, after, '--lang', 'nl']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/2027-03-15 → 2027-03-22 \+7 dagen .*Afdeling 1.*\(Pilotgroep duurt langer, tot en met 2027-03-19: de trainer is ziek\)/);
  });
});

/** Paramaribo works Monday-Friday, Nickerie Monday-Saturday; the pilot, at both, runs until Thursday 25 March instead of Friday 12 March (9 working days); Nickerie pauses a week after. */
const NICKERIE = `version: 1
tool: { name: Teamchat, replaces: { en: email threads, nl: e-maildiscussies }, contact: { name: Helpdesk, email: it@ramdin.sr } }
organization:
  name: Ramdin
  headcount: 25
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 18 }
    - { name: Nickerie, timezone: America/Paramaribo, headcount: 7, workingDays: [mon, tue, wed, thu, fri, sat] }
start: 2027-03-01
phases:
  - { id: pilot, name: Pilot, kind: launch, audience: 20%, weeks: 2 }
  - { id: rest, name: { en: Everyone else, nl: Alle anderen }, kind: launch, audience: rest, weeks: 2 }
  - { id: off, name: Switch-off, kind: decommission, weeks: 1 }
extensions:
  - { phase: pilot, until: 2027-03-25, decided: 2027-03-08, reason: { en: the trainer is ill, nl: de trainer is ziek } }
pauses:
  - { from: 2027-03-29, until: 2027-04-05, reason: { en: network down, nl: netwerk plat }, only: { location: Nickerie } }
`;

describe('rollout schedule and render-emails of a pilot extended by part of a week beside a branch that pauses', () => {
  it('start the rest at the branch the day after the new end, as everywhere, and welcome its people that day', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'rollout.yaml');
    writeFileSync(plan, NICKERIE);
    const json = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json', '--lang', 'en']).stdout);
    const rest = (type: string) => json.events.filter((e: { phase?: string; type: string }) => e.phase === 'rest' && e.type === type).map((e: { date: string; location?: string }) => `${e.date} ${e.location ?? ''}`.trim());
    expect(rest('launch')).toEqual(['2027-03-26']);
    expect(rest('training').sort()).toEqual(['2027-03-26 Nickerie', '2027-03-26 Paramaribo']);
    const out = path.join(dir, 'out');
    expect(run(['render-emails', '--plan', plan, '--out', out]).status).toBe(0);
    expect(readFileSync(path.join(out, '2027-03-26_rest_nickerie_welcome.nl.md'), 'utf8')).toContain('vrijdag 26 maart');
    expect(readFileSync(path.join(out, '2027-03-08_rollout_extension-moves.en.md'), 'utf8')).toContain('Everyone else now starts on Friday, March 26 instead of Monday, March 15; we now turn off email threads on Thursday, April 15 instead of Friday, April 2.');
  });
});
