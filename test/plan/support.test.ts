import { describe, expect, it } from 'vitest';
import { word } from '../../src/plan/builtin-text.js';
import { planIn } from '../../src/plan/resolve.js';
import { escalationPath, objections } from '../../src/plan/resistance.js';
import { minimalPlan, validPlan } from '../helpers.js';

const team = (headcount: number, overrides: Record<string, unknown> = {}) =>
  validPlan(minimalPlan({ organization: { name: 'Kantoor Wanica', headcount, languages: ['nl', 'en'] }, ...overrides }));
const names = (plan: ReturnType<typeof team>) => plan.support.tiers.map((t) => word(t.name, 'en'));

describe('support without support: in the plan', () => {
  it('is three tiers for 10 people or fewer, with no IT/admin tier and no help desk to brief', () => {
    for (const headcount of [1, 3, 9, 10]) {
      const plan = team(headcount);
      expect(names(plan), `${headcount} people`).toEqual(['Self-service', 'Internal support', 'Vendor support']);
      expect(plan.support.escalation).toEqual([1, 2, 4]);
      expect(plan.support.helpDesk).toBe(false);
    }
    expect(team(9).support.tiers.find((t) => t.tier === 2)!.handles).toContain('Configuration changes');
  });

  it('is the playbook\'s four tiers above 10 people, with a help desk', () => {
    const plan = team(11);
    expect(names(plan)).toEqual(['Self-service', 'Internal support', 'IT/Admin', 'Vendor support']);
    expect(plan.support.escalation).toEqual([1, 2, 3, 4]);
    expect(plan.support.helpDesk).toBe(true);
  });

  it('is three tiers for a plan on the solo or small preset above 10 people: that preset is for teams without an IT department', () => {
    for (const preset of ['solo', 'small']) {
      const plan = team(14, { preset, phases: undefined });
      expect(names(plan), preset).toEqual(['Self-service', 'Internal support', 'Vendor support']);
      expect(plan.support.helpDesk).toBe(false);
    }
    expect(names(team(14, { preset: 'growing', phases: undefined }))).toEqual(['Self-service', 'Internal support', 'IT/Admin', 'Vendor support']);
  });

  it('escalates in the plan\'s language, and the answer to "this seems complicated" says so', () => {
    const nl = planIn(team(9), 'nl');
    expect(escalationPath(nl, 'nl')).toEqual(['Zelfhulp', 'Interne ondersteuning', 'Ondersteuning door de leverancier']);
    expect(objections(nl).map((q) => q.answer).join(' ')).toContain('eerst zelfhulp, daarna interne ondersteuning, daarna ondersteuning door de leverancier');
    expect(escalationPath(planIn(team(9), 'en'), 'en')).toEqual(['Self-service', 'Internal support', 'Vendor support']);
  });
});

describe('support: in the plan', () => {
  it('is kept exactly as written by a small team', () => {
    const tiers = [
      { tier: 1, name: 'Intranet', channels: ['intranet'], handles: ['FAQ'] },
      { tier: 3, name: { en: 'Our IT partner', nl: 'Onze IT-partner' }, owner: 'Bits & Bytes', channels: ['phone'], handles: ['Everything else'] },
    ];
    const plan = team(9, { support: { tiers, escalation: [1, 3] } });
    expect(plan.support).toEqual({ tiers: [tiers[0], { ...tiers[1], name: 'Onze IT-partner' }], escalation: [1, 3], helpDesk: true });
  });

  it('fills the parts it leaves out with the four tiers, whatever the headcount', () => {
    const plan = team(9, { support: { languages: ['nl'] } });
    expect(names(plan)).toEqual(['Self-service', 'Internal support', 'IT/Admin', 'Vendor support']);
    expect(plan.support.escalation).toEqual([1, 2, 3, 4]);
    expect(plan.support.helpDesk).toBe(true);
  });
});
