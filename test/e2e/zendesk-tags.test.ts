import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';
import { zendeskClinic } from '../zendesk-tickets.js';

type Gate = { id: string; status: string; observed: number };

/** The README's `sources:` entry for Zendesk, in place of the clinic plan's own. */
function withReadmeSource(dir: string): void {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const entry = /#### Zendesk\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
  const file = path.join(dir, 'rollout.yaml');
  const plan = readFileSync(file, 'utf8');
  writeFileSync(file, `${plan.slice(0, plan.indexOf('sources:\n'))}sources:\n${entry}`);
}

function tickets(dir: string): { gate: Gate; stderr: string; all: string } {
  const r = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
  expect(r.status, r.stderr).not.toBe(2);
  return { gate: (JSON.parse(r.stdout) as { gates: Gate[] }).gates.find((g) => g.id === 'tickets')!, stderr: r.stderr, all: r.stdout + r.stderr };
}

describe("Zendesk's ticket export, all of a ticket's tags in one Tags cell, through the built binary", () => {
  it("the README's source counts every ticket with the tag teams: the falling Teams tickets pass the trend gate", () => {
    const dir = zendeskClinic('{ Tags: teams }');
    withReadmeSource(dir);
    const { gate, stderr, all } = tickets(dir);
    // 3, 2 and 1 tickets a working day over March: the slope the trial worked out, -0.095 a day.
    expect(gate.status).toBe('pass');
    expect(gate.observed).toBeCloseTo(-0.095, 3);
    expect(stderr).not.toMatch(/one word among others/);
    expect(all).not.toMatch(/Ravi|Sewdien|Anand|Ramdin|kliniek\.example/);
  });

  it('a whole-cell { Tags: teams } reads only the lone tags, which rise: said on stderr, with the form that counts them all', () => {
    const { gate, stderr, all } = tickets(zendeskClinic('{ Tags: teams }'));
    // None a day up to the 18th, then one a day: 0.046 a day.
    expect(gate.status).toBe('fail');
    expect(gate.observed).toBeCloseTo(0.046, 3);
    expect(stderr).toContain(
      'rollout: sources[0].where: 35 rows hold "teams" in Tags as one word among others, as a list of tags does, and sources[0].where counts only a cell that is "teams" as a whole; ' +
        'for every row with the tag write Tags: { tag: teams }, or Tags: { is: teams } to keep the whole cell without this note\n',
    );
    expect(all).not.toMatch(/Ravi|Sewdien|Anand|Ramdin|kliniek\.example/);
  });

  it('{ Tags: { is: teams } } keeps the whole cell without the note', () => {
    const { gate, stderr } = tickets(zendeskClinic('{ Tags: { is: teams } }'));
    expect(gate.status).toBe('fail');
    expect(stderr).not.toMatch(/one word among others/);
  });
});
