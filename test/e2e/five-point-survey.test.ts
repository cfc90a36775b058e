import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/*
 * A clinic's Microsoft Forms survey rates Teams from 1 to 5 (Forms' rating question) beside a
 * 0-10 recommend question. Ten people answer 4 or 5: a mean of 4.2, well satisfied.
 */
const NAMES = ['Anand Ramdin', 'Sita Kalloe', 'Ruben Vos', 'Mei-Ling Tjon', 'Priya Autar', 'Kevin Pinas', 'Naomi Dors', 'Ravi Jagesar', 'Lisa de Vries', 'Orlando Sno'];
const email = (i: number) => `${NAMES[i]!.toLowerCase().replace(/[^a-z]+/g, '.')}@clinic.example`;

/** The Forms export: BOM, US dates with times (days 9 and 10 of March, which read either way without dateFormat), names and e-mails, and free text with commas and a line break. */
function formsExport(): string {
  const header = 'ID,Start time,Completion time,Email,Name,How satisfied are you with Teams? (1-5),How likely are you to recommend Teams?,Anything else?';
  const rows = NAMES.map((name, i) => {
    const day = i < 5 ? 9 : 10;
    const comment = i === 3 ? '"Fine, but the app is slow\nat the branch"' : i === 6 ? '"Calls drop, sometimes"' : '';
    return `${i + 1},3/${day}/2027 10:0${i}:12,3/${day}/2027 10:0${i}:58,${email(i)},${name},${i < 2 ? 5 : 4},9,${comment}`;
  });
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

/** A folder with the plan (its `metrics:` and `gates:` lines as given), the roster and the survey export. */
function clinic(extra: string[] = []): string {
  const dir = tempDir();
  const plan = [
    'version: 1',
    'tool: { name: Microsoft Teams, replaces: WhatsApp groups }',
    'organization: { name: Clinic, headcount: 10, languages: [nl, en] }',
    'people: { file: people.csv, columns: { person: Email } }',
    'start: 2027-03-01',
    'phases:',
    '  - { id: all, name: Everyone, audience: all, weeks: 2 }',
    ...extra,
    'sources:',
    '  - file: survey.csv',
    '    kind: responses',
    '    date: Start time',
    '    dateFormat: m/d/yyyy',
    '    person: Email',
    '    metrics: { satisfaction: "How satisfied*", nps: "How likely*" }',
  ];
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan.join('\n')}\n`);
  writeFileSync(path.join(dir, 'people.csv'), `Email\n${NAMES.map((_, i) => email(i)).join('\n')}\n`);
  writeFileSync(path.join(dir, 'survey.csv'), formsExport());
  return dir;
}

const FIVE_POINT = ['metrics:', '  - { name: satisfaction, label: { en: Satisfaction (1-5), nl: Tevredenheid (1-5) }, unit: score, range: [1, 5] }'];

interface GateJson {
  id: string;
  threshold: number;
  observed: number;
  status: string;
}
const satisfactionGate = (stdout: string) => (JSON.parse(stdout) as { gates: GateJson[] }).gates.find((g) => g.id === 'satisfaction');

/** Every message render-emails writes, by file name. */
function emails(dir: string): Map<string, string> {
  const r = run(['render-emails', '--out', 'out'], { cwd: dir });
  expect(r.status).toBe(0);
  const out = path.join(dir, 'out');
  return new Map(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
}

describe('a 1-5 satisfaction question, through the built binary', () => {
  it('with range [1, 5]: the playbook gate asks 3.7 and passes 4.2, and the survey and weekly update say 1 to 5, in Dutch and English', () => {
    const dir = clinic(FIVE_POINT);
    const v = run(['validate'], { cwd: dir });
    expect(v.status).toBe(0);
    expect(v.stdout + v.stderr).not.toMatch(/threshold/);
    const json = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
    expect(satisfactionGate(json.stdout)).toMatchObject({ threshold: 3.7, observed: 4.2, status: 'pass' });
    expect(json.stderr).not.toContain('5 or lower');
    const text = run(['gate-check', '--at', '2027-03-29'], { cwd: dir });
    expect(text.stdout).toContain('het gemiddelde van 10 rijen tevredenheid (1-5) van 2027-03-01 tot en met 2027-03-29 is 4,2 van 10 personen, >= 3,7');
    expect(text.stdout).not.toMatch(/satisfaction (niet gehaald|failed)/);

    const mail = emails(dir);
    const one = (pattern: RegExp) => [...mail].filter(([name]) => pattern.test(name)).map(([, content]) => content);
    expect(one(/_survey\.en\.md$/).length).toBeGreaterThan(0);
    for (const m of one(/_survey\.en\.md$/)) expect(m).toContain('Give a number from 1 (not at all) to 5 (very satisfied).');
    for (const m of one(/_survey\.nl\.md$/)) expect(m).toContain('Geef een cijfer van 1 (helemaal niet) tot 5 (heel tevreden).');
    expect(mail.get('2027-03-12_rollout_weekly-update.en.md')).toContain('- **Satisfaction, the last 7 days:** 4.2 out of 5, from 10 answers (goal 3.7 or more)');
    expect(mail.get('2027-03-12_rollout_weekly-update.nl.md')).toContain('- **Tevredenheid, afgelopen 7 dagen:** 4,2 op 5, uit 10 antwoorden (doel 3,7 of hoger)');
    const everything = [v.stdout, v.stderr, json.stdout, json.stderr, text.stdout, text.stderr, ...mail.values()].join('\n');
    expect(everything).not.toMatch(/Ramdin|Kalloe|Tjon|clinic\.example|app is slow|Calls drop/);
  });

  it("refuses the plan's own threshold 7 on 1 to 5 at its line and column, saying the playbook's 7 is 3.7 there", () => {
    const dir = clinic([...FIVE_POINT, 'gates:', '  - { id: happy, phase: all, metric: satisfaction, aggregate: mean, threshold: 7, within: 4w }']);
    const v = run(['validate'], { cwd: dir });
    expect(v.status).toBe(1);
    expect(v.stdout + v.stderr).toContain(
      "rollout.yaml:11:80: error gates[0].threshold: threshold 7 lies outside satisfaction's range, 1 to 5 (give a threshold from 1 to 5 (the playbook's 7 of 10 is 3.7 on 1 to 5), or the metric the range of its answers under metrics)",
    );
  });

  it("with range [0, 10]: the playbook's 7 of 10 stays 7 in the gate and the weekly update, in Dutch and English", () => {
    const dir = clinic(['metrics:', '  - { name: satisfaction, unit: score, range: [0, 10] }']);
    const json = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
    expect(satisfactionGate(json.stdout)).toMatchObject({ threshold: 7 });
    const mail = emails(dir);
    expect(mail.get('2027-03-12_rollout_weekly-update.en.md')).toContain('4.2 out of 10, from 10 answers (goal 7 or more)');
    expect(mail.get('2027-03-12_rollout_weekly-update.nl.md')).toContain('4,2 op 10, uit 10 antwoorden (doel 7 of hoger)');
  });

  it("with the plan's own gate of 4.5 on 1 to 5: the weekly update's goal is that gate's, which 4.2 fails, in Dutch and English", () => {
    const dir = clinic([...FIVE_POINT, 'gates:', '  - { id: happy, phase: all, metric: satisfaction, aggregate: mean, threshold: 4.5, within: 4w }']);
    const text = run(['gate-check', '--at', '2027-03-29', '--lang', 'en'], { cwd: dir });
    expect(text.stdout).toContain('is 4.2 from 10 people, not >= 4.5');
    const mail = emails(dir);
    expect(mail.get('2027-03-12_rollout_weekly-update.en.md')).toContain('4.2 out of 5, from 10 answers (goal 4.5 or more)');
    expect(mail.get('2027-03-12_rollout_weekly-update.nl.md')).toContain('4,2 op 5, uit 10 antwoorden (doel 4,5 of hoger)');
  });

  it('without a range: the 1-10 gate, survey and update stay, and a warning names range', () => {
    const dir = clinic();
    const json = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
    expect(satisfactionGate(json.stdout)).toMatchObject({ threshold: 7, observed: 4.2, status: 'fail' });
    expect(json.stderr).toContain(
      "rollout: sources[0].metrics.satisfaction: all 10 satisfaction answers are 5 or lower, but the plan reads them from 1 to 10 (goal: a mean of 7 or more); if the question asks from 1 to 5, give that range under metrics: - { name: satisfaction, unit: score, range: [1, 5] } (the playbook's gate then asks 3.7 or more, and the survey and the weekly updates say 1 to 5)\n",
    );
    const mail = emails(dir);
    expect(mail.get('2027-03-08_rollout_survey.en.md')).toContain('Give a number from 1 (not at all) to 10 (very satisfied).');
    expect(mail.get('2027-03-12_rollout_weekly-update.en.md')).toContain('4.2 out of 10, from 10 answers (goal 7 or more)');
  });
});
