import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { corentyne, PERSONAL } from '../rollback/corentyne.js';

/*
 * Corentyne Freight (see corentyne.ts): Georgetown, the middle phase (22 February-5 March 2027),
 * went back to Slack on 15 March while Paramaribo operations (8-19 March) ran. Read from the
 * Teams user activity exports and the Freshdesk ticket export, as the coordinator's CI job does.
 */
type Gate = { id: string; status: string; observed: number | null; window: { from: string; to: string }; withdrawn?: true; reason: string };

const noPersonalData = (out: string) => {
  for (const id of PERSONAL) expect(out).not.toContain(id);
};

describe('the second try of a middle part, end to end', () => {
  it('gate-check a week into it: the go/no-go of the launch that went ahead on 8 March stays as the first try judged it, and nothing waits (exit 0)', () => {
    const plan = corentyne(tempDir(), { resume: true, until: '2027-04-19' });
    const text = run(['gate-check', '--plan', plan, '--at', '2027-04-19', '--lang', 'en']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Decision: continue (exit 0)');
    // Georgetown's one row by its due day, Friday 5 March: 5 of 10 active on 27 February = 50, not >= 60.
    expect(text.stdout).toContain('georgetown-go-no-go (fail): last of 1 row of active use (location Georgetown) from 2027-02-22 to 2027-03-05 is 50 on 2027-02-27, not >= 60; then Georgetown rolled back on 2027-03-15');
    expect(text.stdout).not.toMatch(/from 2027-04-12 to 2027-03-05|pauses:|launch of Paramaribo operations on 2027-03-08 waits/);
    const json = JSON.parse(run(['gate-check', '--plan', plan, '--at', '2027-04-19', '--format', 'json']).stdout) as { decision: string; blockedLaunches: unknown[]; gates: Gate[] };
    expect([json.decision, json.blockedLaunches]).toEqual(['continue', []]);
    expect(json.gates.find((g) => g.id === 'georgetown-go-no-go')).toMatchObject({ status: 'fail', withdrawn: true, window: { from: '2027-02-22', to: '2027-03-05' } });
    for (const g of json.gates) expect(g.window.from <= g.window.to, g.id).toBe(true);
    const junit = run(['gate-check', '--plan', plan, '--at', '2027-04-19', '--format', 'junit']);
    expect(junit.status).toBe(0);
    expect(junit.stdout).toMatch(/name="georgetown-go-no-go">\n +<skipped message="last of 1 active_use_pct row \(location Georgetown\) from 2027-02-22 to 2027-03-05 is 50/);
    const nl = run(['gate-check', '--plan', plan, '--at', '2027-04-19', '--lang', 'nl']).stdout;
    expect(nl).toContain('daarna is Georgetown op 2027-03-15 teruggedraaid');
    for (const out of [text.stdout, nl, junit.stdout]) noPersonalData(out);
  });
});

describe("a rollback of a middle part and the gates that only wait for it, end to end", () => {
  it('gate-check, what-if, schedule and report all say on hold, waiting for Georgetown: none says withdrawn', () => {
    const dir = tempDir();
    const plan = corentyne(dir, { resume: false, until: '2027-03-29' });
    const en = run(['gate-check', '--plan', plan, '--at', '2027-03-29', '--lang', 'en']).stdout;
    // Operations, 14 of 16 active in the week up to 20 March: 87.5; Teams tickets since 22 February: 2 + 3 + 1 + 2 + 1 = 9.
    expect(en).toContain('paramaribo-active (pending): on hold: waits for Georgetown, rolled back on 2027-03-15; so far last of 2 rows of active use from 2027-03-08 to 2027-03-29 is 87.5 on 2027-03-27');
    expect(en).toMatch(/teams-tickets \(pending\): on hold: waits for Georgetown, rolled back on 2027-03-15; so far sum of \d+ rows of support tickets from 2027-02-22 to 2027-03-29 is 9\n/);
    expect(en).not.toMatch(/(paramaribo-active|teams-tickets) \(pending\): withdrawn/);
    const nl = run(['gate-check', '--plan', plan, '--at', '2027-03-29', '--lang', 'nl']).stdout;
    expect(nl).toContain('paramaribo-active (loopt nog): aangehouden: wacht op Georgetown, op 2027-03-15 teruggedraaid; tot nu toe de laatste waarde van 2 rijen actief gebruik van 2027-03-08 tot en met 2027-03-29 is 87,5 op 2027-03-27');
    const json = JSON.parse(run(['gate-check', '--plan', plan, '--at', '2027-03-29', '--format', 'json']).stdout) as { gates: Gate[] };
    for (const id of ['paramaribo-active', 'teams-tickets']) {
      const gate = json.gates.find((g) => g.id === id)!;
      expect([gate.status, gate.withdrawn, gate.reason.startsWith('on hold: waits for Georgetown, rolled back on 2027-03-15')], id).toEqual(['pending', undefined, true]);
    }
    // what-if before the rollback was written in says the same of both gates.
    const before = corentyne(tempDir(), { resume: false, until: '2027-03-12', withoutRollback: true });
    const whatIf = run(['what-if', '--rollback', '--at', '2027-03-15', '--only-location', 'Georgetown', '--plan', before, '--lang', 'en']).stdout;
    expect(whatIf).toMatch(/2027-03-19 → \(on hold\) +Gate paramaribo +Gate paramaribo-active .*\(waits for Georgetown, rolled back on 2027-03-15: what if\)/);
    expect(whatIf).toMatch(/2027-03-22 → \(on hold\) +Gate everyone +Gate teams-tickets .*\(waits for Georgetown, rolled back on 2027-03-15: what if\)/);
    // The schedule holds them with the switch-off, not under what the rollback withdrew.
    const schedule = JSON.parse(run(['schedule', '--plan', plan, '--format', 'json']).stdout) as { events: { type: string; key: string; date: string | null; plannedDate?: string }[]; rollbacks: { withdrawn: { events: { key: string }[] } }[] };
    expect(schedule.events.filter((e) => e.type === 'gate' && e.date === null).map((e) => [e.key, e.plannedDate])).toEqual([
      ['paramaribo-active', '2027-03-19'],
      ['teams-tickets', '2027-03-22'],
    ]);
    expect(schedule.rollbacks[0]!.withdrawn.events.map((e) => e.key)).not.toContain('teams-tickets');
    // The report's gate table: on hold, and beside it whom it waits for.
    const row = (lang: string) => run(['report', '--plan', plan, '--at', '2027-03-29', '--lang', lang, '-o', '-']).stdout.match(/<tr><td><strong>paramaribo-active<\/strong>.*?<\/tr>/)![0];
    expect(row('en')).toContain('<span class="pill st-held">on hold</span> <span class="muted">waits for Georgetown, rolled back 15 Mar</span>');
    expect(row('nl')).toContain('<span class="muted">wacht op Georgetown, teruggedraaid op 15 mrt</span>');
    for (const out of [en, nl, whatIf]) noPersonalData(out);
  });
});
