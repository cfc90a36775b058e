import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diagnosticLines, example } from '../helpers.js';

/*
 * Kaiteur Design (examples/adoption.yaml): the Branch group in Nieuw Nickerie is reached by a phone
 * call from its champion; the branch's line goes down on Monday 5 April 2027.
 */
const pause = { from: '2027-04-05', reason: { en: 'the line is down', nl: 'de lijn ligt eruit' }, only: { location: 'Nieuw Nickerie' } };

function kaiteur(targetedGroups?: unknown[], pauses: unknown[] = [pause]): Record<string, unknown> {
  const raw = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
  const communications = raw.communications as Record<string, unknown>;
  return { ...raw, communications: { ...communications, ...(targetedGroups ? { targetedGroups } : {}) }, pauses };
}

const hints = (plan: Record<string, unknown>) => diagnosticLines(plan, 'pause-without-offline-channel');

describe('validate: a pause of a location no group there is reached at otherwise than by email', () => {
  it('hints once, at the pause, at a group there with a channel and a text and a notice', () => {
    const lines = hints(kaiteur([], [pause, { ...pause, from: '2027-04-19', until: '2027-04-26' }]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rollout\.yaml:\d+:\d+: hint pauses\[0\]\.only\.location: the notices of the pause of Nieuw Nickerie go out by email alone/);
    expect(lines[0]).toContain('{ group: Branch, channel: { nl: WhatsApp-bericht en een mededeling aan de muur, en: WhatsApp message and a notice on the wall }, send: [email, text, notice] }');
    expect(lines[0]).not.toContain('\n');
  });

  it('is quiet where a group there has a channel, or a text or notice to send, and for a pause of a phase', () => {
    expect(hints(kaiteur())).toEqual([]);
    expect(hints(kaiteur([{ group: 'Branch', send: ['email', 'notice'] }]))).toEqual([]);
    expect(hints(kaiteur([], [{ ...pause, only: { phase: 'nickerie' } }]))).toEqual([]);
  });

  it('hints where only a group elsewhere has a channel of its own', () => {
    expect(hints(kaiteur([{ group: 'Design', channel: { en: 'a call', nl: 'een telefoontje' }, send: ['email'] }]))).toHaveLength(1);
  });
});
