import { describe, expect, it } from 'vitest';
import { checkSenderAddress, messageSender } from '../../src/plan/sender.js';
import { minimalPlan, validPlan } from '../helpers.js';

const sponsor = { name: 'Johan Pinas', email: 'j.pinas@pinasbouw.sr', role: 'directeur' };
const plan = (tool: Record<string, unknown>, sender?: Record<string, unknown>) =>
  validPlan(minimalPlan({ tool: { name: 'Teams', ...tool }, ...(sender ? { communications: { sender } } : {}) }));

describe('who signs a message', () => {
  it('is the sponsor for the first announcement and the sender for the rest, who takes the sponsor’s address under the same name', () => {
    const p = plan({ sponsor }, { name: 'Johan Pinas', role: 'directeur' });
    expect(messageSender(p, true)).toEqual(sponsor);
    expect(messageSender(p, false)).toEqual({ name: 'Johan Pinas', role: 'directeur', email: 'j.pinas@pinasbouw.sr' });
    expect(checkSenderAddress(p)).toEqual([]);
  });

  it('keeps a sender of another name without an address, and validate hints at it once', () => {
    const p = plan({ sponsor }, { name: 'Anita Pinas' });
    expect(messageSender(p, false)).toEqual({ name: 'Anita Pinas' });
    expect(checkSenderAddress(p)).toEqual([
      { severity: 'hint', code: 'sender-without-email', path: ['communications', 'sender'], message: 'Anita Pinas signs every other message but has no email here: those .eml drafts get no From address', hint: 'add email: to communications.sender' },
    ]);
  });

  it('is the contact when the plan names no sponsor or sender, with one hint for both kinds when it has no address', () => {
    const p = plan({ contact: { name: 'Ravi Pinas', phone: '+597 8123456' } });
    expect(messageSender(p, true)?.name).toBe('Ravi Pinas');
    const hints = checkSenderAddress(p);
    expect(hints.map((h) => [h.path, h.message])).toEqual([[['tool', 'contact'], 'Ravi Pinas signs every message but has no email here: those .eml drafts get no From address']]);
  });

  it('is no one in a plan without sponsor, sender or contact: one hint says the drafts have no From', () => {
    const p = plan({});
    expect(messageSender(p, false)).toBeUndefined();
    expect(checkSenderAddress(p).map((h) => h.path)).toEqual([['communications']]);
  });
});
