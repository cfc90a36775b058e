import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy, adoptionPlan } from '../sources/support.js';

// Kaiteur Design rolled Teams back on Wednesday 24 March; its Mondays go on after it.
const ROLLBACK = { on: '2027-03-24', reason: { en: 'calls kept dropping', nl: 'gesprekken vielen steeds weg' } };
/** An organization-wide gate of the branch's phase, which the rollback withdraws. */
const EVERYONE_GATE = { id: 'slack-everyone', phase: 'nickerie', metric: 'slack_active_pct', op: '<=', threshold: 50, within: '2w', severity: 'minor', scope: 'organization' };
const exports = (dir: string, name: string) => path.join(dir, 'adoption/exports', name);

/** The example with the rollback written in, `before.yaml` the same plan without it. */
function rolledBack(): string {
  const dir = adoptionCopy((plan) => plan.gates.push(EVERYONE_GATE));
  const plan = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8');
  writeFileSync(path.join(dir, 'before.yaml'), plan);
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan}${stringify({ rollback: ROLLBACK })}`);
  return dir;
}

/** The report's text, without markup. */
const reportText = (dir: string, at: string, lang: string): string => {
  const page = run(['report', '--at', at, '--lang', lang, '-o', '-'], { cwd: dir });
  expect(page.status, page.stderr).toBe(0);
  return page.stdout
    .replace(/<style.*?<\/style>|<script.*?<\/script>/gs, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
};

describe('after a rollback of the whole rollout', () => {
  it('gate-check says the rollback (exit 3) although a later report came with concealed names, and names no id', () => {
    const dir = rolledBack();
    const week = exports(dir, 'TeamsUserActivityUserDetail20270329.csv');
    const text = readFileSync(week, 'utf8');
    const ids = [...text.matchAll(/[\w.-]+@[\w.-]+/g)].map(([id]) => id);
    writeFileSync(week, text.replace(/[\w.-]+@[\w.-]+/g, (id) => createHash('md5').update(id).digest('hex')));
    const r = run(['gate-check', '--at', '2027-03-31', '--lang', 'en'], { cwd: dir });
    expect(r.status, r.stderr).toBe(3);
    expect(r.stdout).toContain('Decision: rollback (exit 3): the rollout rolled back on 2027-03-24, as the plan records: calls kept dropping');
    expect(r.stderr).not.toMatch(/20270329|hexadecimal/);
    for (const id of ids) expect(r.stderr).not.toContain(id);
  });

  it('gate-check says the rollback every Monday after although the branch sent an empty file, and still stops on a broken file a kept verdict reads', () => {
    const dir = rolledBack();
    writeFileSync(exports(dir, 'TeamsUserActivityUserDetail20270405.csv'), '\uFEFF');
    writeFileSync(exports(dir, 'TeamsUserActivityUserDetail (1).csv'), '\uFEFF');
    const r = run(['gate-check', '--at', '2027-04-05', '--format', 'json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: 'rollback', decommission: null, decommissionReady: null, rolledBack: { on: '2027-03-24' } });
    for (const name of ['TeamsUserActivityUserDetail (1).csv', 'TeamsUserActivityUserDetail20270405.csv']) {
      expect(r.stderr).toContain(`${name}: the file is empty; export it again with its header row; left out: after the rollback on 2027-03-24 only rows up to that day are read, and it has none, nor a day up to then in its name\n`);
    }
    // The report of 15 March holds the rows the pilot's and the studio's verdicts read.
    writeFileSync(exports(dir, 'TeamsUserActivityUserDetail20270315.csv'), '\uFEFF');
    const broken = run(['gate-check', '--at', '2027-04-05'], { cwd: dir });
    expect([broken.status, broken.stderr]).toEqual([2, expect.stringMatching(/TeamsUserActivityUserDetail20270315\.csv: the file is empty; export it again with its header row\n$/)]);
  });

  it('the report shows the switch-off withdrawn, as gate-check has none, and the use measured before the rollback', () => {
    const dir = rolledBack();
    const en = reportText(dir, '2027-03-31', 'en');
    expect(en).toContain('Active use, measured 62.5% whole organization, measured on Monday 22 March 2027');
    expect(en).toContain('Switching off Slack and WhatsApp groups withdrawn back on Slack and WhatsApp groups since 24 Mar, when the rollout rolled back');
    expect(en).not.toContain('29 March 2027');
    expect(en).not.toMatch(/Switching off Slack and WhatsApp groups not ready/);
    const nl = reportText(dir, '2027-03-31', 'nl');
    expect(nl).toContain('Slack en de WhatsApp-groepen uitzetten vervallen sinds 24 mrt terug naar Slack en de WhatsApp-groepen: de invoering is teruggedraaid');
  });

  it('the report names a phase the rollback withdrew by its name in its checklist table', () => {
    const dir = rolledBack();
    expect(reportText(dir, '2027-03-31', 'en')).toContain('15 Mar 2 weeks before Nieuw Nickerie branch');
    expect(reportText(dir, '2027-03-31', 'nl')).toContain('15 mrt 2 weken vooraf Vestiging Nieuw Nickerie');
  });

  it('diff names an organization-wide gate as everyone’s, not its phase’s', () => {
    const dir = rolledBack();
    const en = run(['diff', 'before.yaml', 'rollout.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toMatch(/→ \(gone\) +Gate everyone +Gate slack-everyone/);
    expect(run(['diff', 'before.yaml', 'rollout.yaml', '--lang', 'nl'], { cwd: dir }).stdout).toMatch(/→ \(vervallen\) +Toetsmoment iedereen +Toetsmoment slack-everyone/);
    const json = JSON.parse(run(['diff', 'before.yaml', 'rollout.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.changes.find((c: { key: string }) => c.key === 'slack-everyone')).toMatchObject({ change: 'disappeared', type: 'gate', phase: 'nickerie', scope: 'organization' });
  });
});

describe('a plan that starts after the exports of an earlier attempt', () => {
  it('reads no switch-off value, and no day measured, from before its own start', () => {
    const dir = adoptionCopy();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify({ ...adoptionPlan(), start: '2027-04-05' }));
    const r = run(['gate-check', '--at', '2027-04-02', '--lang', 'en'], { cwd: dir });
    const line = r.stdout.split('\n').find((l) => l.startsWith('Decommission'));
    expect(line).toMatch(/: not ready; no active in Teams in the last 7 days rows yet, needs >= 80;/);
    expect(r.stdout).not.toContain('the day measured');
  });
});
