import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseGantt } from '../escape/parsers.js';
import { ROOT, run, tempDir } from '../helpers.js';

// Kaiteur Design rolled Teams back on Monday 2027-03-29, the day department 2 was to start.
const FIXTURE = path.join(ROOT, 'test/fixtures/plans/rolled-back.yaml');
const ON = '2027-03-29';

/** The fixture in a folder, and the same plan before the rollback was written into it. */
function folder(): string {
  const dir = tempDir();
  copyFileSync(FIXTURE, path.join(dir, 'rollout.yaml'));
  const text = readFileSync(FIXTURE, 'utf8');
  writeFileSync(path.join(dir, 'before.yaml'), text.slice(0, text.indexOf('rollback:\n')));
  return dir;
}

const vevents = (ics: string) => new Map(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]));

describe('a rollback recorded in the plan', () => {
  const dir = folder();

  it('validates, and the schedule ends with the rollback in every format', async () => {
    const valid = run(['validate'], { cwd: dir });
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stderr).not.toMatch(/rollback/);

    const json = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.events.at(-1)).toEqual({ date: ON, type: 'rollback', key: 'rollback', title: 'Terugdraaien: gesprekken vielen steeds weg in het filiaal Nickerie', week: 5 });
    expect(json.events.filter((e: { date: string }) => e.date >= ON)).toHaveLength(1);
    expect(json.end).toBe(ON);
    expect(json.rollback.withdrawn.phases.map((p: { id: string }) => p.id)).toEqual(['department-2', 'everyone-else', 'decommission']);
    expect(json.rollback.withdrawn.events.every((e: { date: string }) => e.date >= ON)).toBe(true);

    const csv = run(['schedule', '--format', 'csv', '--lang', 'en'], { cwd: dir }).stdout.trim().split('\n');
    expect(csv.at(-1)).toBe(`${ON},5,rollback,rollback,,,,,,Rollback: calls kept dropping at the Nickerie branch,,,,,,`);
    const markdown = run(['schedule', '--format', 'markdown', '--lang', 'en'], { cwd: dir }).stdout;
    expect(markdown).toContain('**Rolled back on 2027-03-29: calls kept dropping at the Nickerie branch**');
    expect(markdown).toContain('- phase Department 2 (planned 2027-03-29)');
    const text = run(['schedule', '--lang', 'nl'], { cwd: dir }).stdout;
    expect(text).toContain('Teruggedraaid op 2027-03-29: gesprekken vielen steeds weg in het filiaal Nickerie');
    const gantt = await parseGantt(run(['schedule', '--format', 'mermaid', '--lang', 'en'], { cwd: dir }).stdout);
    expect(gantt.tasks.map((t) => t.task.trim())).toContain('Rollback calls kept dropping at the Nickerie branch');
    expect(gantt.tasks.map((t) => t.task.trim()).some((t) => t.startsWith('Department 2'))).toBe(false);
  });

  it('cancels the withdrawn calendar entries under their UIDs, so that a subscribed calendar drops them', () => {
    const was = vevents(run(['schedule', '--plan', 'before.yaml', '--format', 'ics'], { cwd: dir }).stdout);
    const now = vevents(run(['schedule', '--format', 'ics'], { cwd: dir }).stdout);
    const later = [...was].filter(([, v]) => String(v.getFirstPropertyValue('dtstart')).slice(0, 10) >= ON);
    expect(later.length).toBeGreaterThan(10);
    for (const [uid, v] of later) {
      const entry = now.get(uid)!;
      expect([entry.getFirstPropertyValue('status'), entry.getFirstPropertyValue('sequence')], uid).toEqual(['CANCELLED', Number(v.getFirstPropertyValue('sequence')) + 1]);
      expect(entry.getFirstPropertyValue('description')).toMatch(/^Afgezegd: de invoering is op 2027-03-29 teruggedraaid: gesprekken vielen steeds weg/);
    }
    const kept = [...was].filter(([, v]) => String(v.getFirstPropertyValue('dtstart')).slice(0, 10) < ON);
    for (const [uid, v] of kept) expect([now.get(uid)?.getFirstPropertyValue('status'), now.get(uid)?.getFirstPropertyValue('sequence')], uid).toEqual([null, v.getFirstPropertyValue('sequence')]);
    expect(now.size).toBe(was.size + 1);
  });

  it('writes the rollback notice and checklist on its day in both languages, and nothing after it', () => {
    const r = run(['render-emails', '--out', 'emails'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(path.join(dir, 'emails')).filter((f) => /^\d/.test(f));
    expect(files.filter((f) => f >= ON).sort()).toEqual([
      `${ON}_rollout_checklist-rollback.en.md`,
      `${ON}_rollout_checklist-rollback.nl.md`,
      `${ON}_rollout_rollback.en.md`,
      `${ON}_rollout_rollback.nl.md`,
    ]);
    // What went out before the rollback stays as it went out, for a phase it withdrew too.
    expect(files).toEqual(expect.arrayContaining(['2027-03-15_department-2_nickerie_announcement.nl.md', '2027-03-22_department-2_paramaribo_reminder.en.md']));
    const read = (f: string) => readFileSync(path.join(dir, 'emails', f), 'utf8');
    expect(read(`${ON}_rollout_rollback.nl.md`)).toContain('Gesprekken vielen steeds weg in het filiaal Nickerie.');
    expect(read(`${ON}_rollout_rollback.en.md`)).toContain('Calls kept dropping at the Nickerie branch.');
    expect(read(`${ON}_rollout_rollback.en.md`)).toContain('Re-enable the shared mailboxes');

    const asked = run(['render-emails', '--out', 'again', '--rollback', 'other'], { cwd: dir });
    expect(asked.stderr).toContain(`rollout: the plan records the rollback of ${ON}`);
  });

  it('render-emails --rollback on the day itself tells how to record it, and the line it gives validates', () => {
    const r = run(['render-emails', '--plan', 'before.yaml', '--out', 'today', '--at', ON, '--rollback', 'calls kept dropping at the Nickerie branch'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'today')).filter((f) => f >= ON && /^\d/.test(f))).toHaveLength(4);
    const hint = r.stderr.split('\n').find((l) => l.startsWith('rollout: hint: record it in the plan'))!;
    // A two-language plan: the reason the command was given went into both emails as written.
    expect(r.stderr).toContain("rollout: warning: the reason is written as given in every language's email; record it in the plan with a text per language");
    expect(hint).toContain(`rollback: { on: ${ON}, reason: { nl: "calls kept dropping at the Nickerie branch", en: "calls kept dropping at the Nickerie branch" } }`);
    writeFileSync(path.join(dir, 'recorded.yaml'), `${readFileSync(path.join(dir, 'before.yaml'), 'utf8')}${hint.slice(hint.indexOf('rollback: {'))}\n`);
    const json = JSON.parse(run(['schedule', '--plan', 'recorded.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.rollback).toMatchObject({ on: ON, reason: 'calls kept dropping at the Nickerie branch' });
  });

  it('gate-check reports the rollout as rolled back from that day on, without data, and decides as before until then', () => {
    const after = run(['gate-check', '--at', '2027-04-05', '--format', 'json'], { cwd: dir });
    expect(after.status).toBe(3);
    const result = JSON.parse(after.stdout);
    expect([result.decision, result.currentPhase, result.rolledBack]).toEqual(['rollback', null, { on: ON, reason: 'gesprekken vielen steeds weg in het filiaal Nickerie' }]);
    const text = run(['gate-check', '--at', ON, '--lang', 'en'], { cwd: dir });
    expect(text.stdout).toContain(`Decision: rollback (exit 3): the rollout rolled back on ${ON}, as the plan records: calls kept dropping at the Nickerie branch`);
    expect(text.stdout).toContain('Re-enable the shared mailboxes');
    writeFileSync(path.join(dir, 'usage.csv'), 'date,metric,value\n2027-03-10,active_use_pct,70\n');
    const before = run(['gate-check', '--at', '2027-03-12', '--metrics', 'usage.csv', '--format', 'json'], { cwd: dir });
    expect([before.status, JSON.parse(before.stdout).rolledBack]).toEqual([0, null]);
  });

  it('gate-check and the report mark the gates not due by the rollback as withdrawn, reading up to its day', () => {
    const json = JSON.parse(run(['gate-check', '--at', '2027-04-05', '--format', 'json'], { cwd: dir }).stdout);
    const byId = new Map(json.gates.map((g: { id: string }) => [g.id, g]));
    expect(byId.get('department-1-success')).toMatchObject({ status: 'withdrawn', withdrawn: true, window: { from: '2027-03-15', to: ON }, reason: `the rollout rolled back on ${ON}` });
    expect(byId.get('everyone-else-success')).toMatchObject({ withdrawn: true, window: { from: '2027-04-12', to: '2027-05-10' }, reason: `the rollout rolled back on ${ON}, before its phase started` });
    const text = run(['gate-check', '--at', '2027-04-05', '--lang', 'nl'], { cwd: dir }).stdout;
    expect(text).toContain(`department-1-success (vervallen): de invoering is op ${ON} teruggedraaid\n`);
    expect(text).not.toMatch(/so far|tot nu toe/);
    const junit = run(['gate-check', '--at', '2027-04-05', '--format', 'junit'], { cwd: dir }).stdout;
    expect(junit).toMatch(/name="department-2-success">\n +<skipped message="withdrawn: the rollout rolled back on 2027-03-29, before its phase started">withdrawn: the rollout rolled back on 2027-03-29, before its phase started<\/skipped>/);
    const html = run(['report', '--at', '2027-04-05', '--lang', 'en', '-o', '-'], { cwd: dir }).stdout;
    expect(html).toMatch(/<strong>department-1-success<\/strong>.*?<td>15 Mar – 29 Mar<\/td><td>12 Apr<\/td><td>[^]*?<span class="muted">the rollout rolled back 29 Mar<\/span>/);
    expect(run(['report', '--at', '2027-04-05', '--lang', 'nl', '-o', '-'], { cwd: dir }).stdout).toContain('de invoering teruggedraaid op 29 mrt, voordat de fase begon');
  });

  it('the report shows the rollback banner with its reason, in English and in Dutch', () => {
    const banner = (lang: string) => run(['report', '--at', '2027-04-05', '--lang', lang, '-o', '-'], { cwd: dir }).stdout.match(/<div class="banner[^]*?<\/div>/)![0];
    expect(banner('en')).toBe('<div class="banner decision-rollback" role="status" data-decision="rollback"><span class="banner-word">Rolled back</span><span>The rollout rolled back on 29 Mar: calls kept dropping at the Nickerie branch.</span></div>');
    expect(banner('nl')).toContain('De invoering is op 29 mrt teruggedraaid: gesprekken vielen steeds weg in het filiaal Nickerie.');
  });

  it('diff says what the rollback withdrew and why; what-if refuses a pause after it', () => {
    const diff = run(['diff', 'before.yaml', 'rollout.yaml', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(diff.status).toBe(1);
    const changes = JSON.parse(diff.stdout).changes as { change: string; type: string; from: string | null; reason?: string }[];
    const gone = changes.filter((c) => c.change === 'disappeared');
    expect(gone.length).toBeGreaterThan(10);
    expect(gone.every((c) => c.from! >= ON && c.reason === `rolled back on ${ON}: calls kept dropping at the Nickerie branch`)).toBe(true);
    expect(changes.filter((c) => c.change === 'appeared').map((c) => c.type)).toEqual(['rollback']);

    const whatIf = run(['what-if', '--pause', '1w', '--at', '2027-04-05'], { cwd: dir });
    expect([whatIf.status, whatIf.stdout]).toEqual([2, '']);
    expect(whatIf.stderr).toContain('after the rollout rolled back on 2027-03-29');
  });

  it('is in the JSON Schema editors check the plan with', () => {
    const schema = JSON.parse(run(['schema']).stdout);
    const [one, list] = schema.properties.rollback.anyOf;
    expect(one).toMatchObject({ type: 'object', required: ['on', 'reason'], additionalProperties: false });
    expect(one.properties.only).toMatchObject({ type: 'object', additionalProperties: false, properties: { location: { type: 'string' }, phase: { type: 'string' } } });
    expect(list).toMatchObject({ type: 'array', minItems: 1, items: one });
  });

  it('refuses a rollback before the start, at its line', () => {
    writeFileSync(path.join(dir, 'early.yaml'), readFileSync(FIXTURE, 'utf8').replace(`on: ${ON}`, 'on: 2027-02-26'));
    expect(run(['validate', '--plan', 'early.yaml'], { cwd: dir }).status).toBe(1);
    const r = run(['schedule', '--plan', 'early.yaml'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^early\.yaml:23:7: error rollback\.on: the rollback on 2027-02-26 is before the rollout starts on 2027-03-01 \(write the day the rollout rolled back, on or after start\)$/m);
  });
});
