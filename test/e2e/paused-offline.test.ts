import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { example, run, tempDir } from '../helpers.js';

/*
 * Kaiteur Design (examples/adoption.yaml, without its exports): the Branch group in Nieuw Nickerie
 * is reached by a phone call from Rachel Soekhai besides email. Its line goes down on Monday 5
 * April 2027, and is back on Monday 17 May, known on Monday 10 May.
 */
function branchPlan(dir: string, targetedGroups?: unknown[]): string {
  const data = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
  delete data.sources;
  delete data.people;
  if (targetedGroups) (data.communications as Record<string, unknown>).targetedGroups = targetedGroups;
  data.pauses = [{ from: '2027-04-05', until: '2027-05-17', untilDecided: '2027-05-10', reason: { en: 'the line in Nickerie is down', nl: 'de lijn in Nickerie ligt eruit' }, only: { location: 'Nieuw Nickerie' } }];
  const file = path.join(dir, 'rollout.yaml');
  writeFileSync(file, stringify(data));
  return file;
}

describe("a branch's pause told through its own channel", () => {
  it('render-emails writes the pause and resume notices as a text and a notice for the branch, besides the emails', () => {
    const dir = tempDir();
    const out = path.join(dir, 'emails');
    const r = run(['render-emails', '--plan', branchPlan(dir), '--out', out, '--at', '2027-05-17']);
    expect(r.status).toBe(0);
    const text = readFileSync(path.join(out, '2027-04-05_rollout_branch_pause-text.nl.txt'), 'utf8');
    expect(text).toContain('Vanaf maandag 5 april pauzeren we de invoering van Microsoft Teams voor Nieuw Nickerie');
    expect(text).toContain('Vragen: bel of app Rachel Soekhai');
    expect(readFileSync(path.join(out, '2027-05-10_rollout_branch_resume-text.en.txt'), 'utf8')).toContain('Monday, May 17');
    expect(existsSync(path.join(out, '2027-05-10_rollout_branch_resume-notice.nl.html'))).toBe(true);
    expect(existsSync(path.join(out, '2027-04-05_rollout_pause.nl.md'))).toBe(true);
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { messages: { file: string; kind: string; to: string }[] };
    expect(index.messages.find((m) => m.file === '2027-04-05_rollout_branch_pause-text.en.txt')).toMatchObject({ kind: 'text', to: 'Branch (7 people)' });
  });

  it('validate hints at a channel for the branch when no group there has one, in one line with file:line:column', () => {
    const dir = tempDir();
    const plan = branchPlan(dir, []);
    const r = run(['validate', '--plan', plan]);
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('pauses[0].only.location'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${plan.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: hint pauses\\[0\\]\\.only\\.location: the notices of the pause of Nieuw Nickerie go out by email alone`));
    expect(lines[0]).toContain('send: [email, text, notice]');
    expect(run(['validate', '--plan', branchPlan(tempDir())]).stderr).not.toContain('pauses[0].only.location');
  });
});
