import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planIn } from '../../src/plan/resolve.js';
import { objections, STRATEGIES, strategies } from '../../src/plan/resistance.js';
import { example, minimalPlan, validPlan } from '../helpers.js';

const bare = validPlan(minimalPlan());
const full = validPlan(
  minimalPlan({
    tool: { name: 'Teamchat', why: 'client questions get lost in email', pilotResults: 'the pilot answered twice as fast' },
    organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] },
    training: { sessionMinutes: 60 },
    communications: { channels: ['intranet'], announceLead: '10d' },
    support: {
      tiers: [
        { tier: 1, name: 'Wiki', channels: ['wiki'] },
        { tier: 2, name: 'Desk', channels: ['#help', 'phone'] },
        { tier: 3, name: 'IT' },
      ],
      escalation: [2, 1, 3],
    },
    champions: [{ name: 'Ravi' }],
  }),
);

describe('objections answered from the plan', () => {
  it('give the plan’s session length, its support channels and its escalation order', () => {
    const answers = objections(full).map((q) => q.answer);
    expect(answers[0]).toContain('60 minutes');
    expect(answers[2]).toContain('ask for help: first desk (#help and phone), then wiki, then IT.');
    expect(answers.join(' ')).not.toContain('intranet');
    expect(answers.join(' ')).not.toContain('1 hour');
    expect(answers[3]).toBe('Because client questions get lost in email; that is what the new tool is for.');
  });

  it('say what a survey gate falling short does, as the plan sets it', () => {
    const adoption = validPlan(readFileSync(example('adoption.yaml'), 'utf8'));
    const listen = (plan: typeof adoption, lang: 'en' | 'nl') => strategies(planIn(plan, lang), lang).find((s) => s.id === 'listen-to-feedback')!.does;
    // Satisfaction is minor and guards nothing, NPS is critical and guards the switch-off.
    expect(listen(adoption, 'en')).toBe('A satisfaction survey goes out every week. When Satisfaction (1-10) falls short, it is reported and decides nothing. When NPS falls short, the rollout rolls back.');
    expect(listen(adoption, 'nl')).toContain('Blijft NPS achter, dan wordt de invoering teruggedraaid.');
    expect(listen(adoption, 'nl')).not.toContain('pauzeert');
    // The default gates only report.
    expect(listen(validPlan(minimalPlan()), 'en')).not.toMatch(/pauses|rolls back/);
  });

  it('claim nothing no data shows: no pilot verdict, no problem already solved, in either language', () => {
    for (const lang of ['en', 'nl'] as const) {
      const text = objections(planIn(full, lang)).map((q) => q.answer).join(' ');
      expect(text).not.toMatch(/pilot|intuitive|vanzelfsprekend|solves|lost (dat|het) op/i);
    }
  });

  it('are Dutch in a Dutch plan, default tiers included', () => {
    const answers = objections(planIn(bare, 'nl')).map((q) => q.answer);
    expect(answers[0]).toContain('De training duurt 90 minuten');
    expect(answers[2]).toContain('vraag dan om hulp: eerst zelfhulp, daarna interne ondersteuning, daarna IT/beheer, daarna ondersteuning door de leverancier.');
  });

  it('are the plan’s own when it writes them', () => {
    const own = validPlan(minimalPlan({ resistance: [{ objection: 'Too many apps', response: 'This one replaces two.' }] }));
    expect(objections(own)).toEqual([{ question: 'Too many apps', answer: 'This one replaces two.' }]);
  });
});

describe('the six resistance strategies', () => {
  it('are the playbook’s six, in its order, each saying what the plan does', () => {
    const six = strategies(full);
    expect(six.map((s) => s.id)).toEqual([...STRATEGIES]);
    expect(six.every((s) => s.missing === undefined)).toBe(true);
    expect(six[0]!.does).toContain('10 days ahead');
    expect(six[1]!.does).toContain('client questions get lost in email');
    expect(six[2]!.does).toContain('the pilot answered twice as fast');
    expect(six[3]!.does).toContain('Desk → Wiki → IT, through wiki, #help and phone');
    expect(six[4]!.does).toContain('Champion Ravi is thanked by name');
    expect(six[5]!.does).toContain('satisfaction survey goes out every week');
  });

  it('say what a plan lacks for each one it cannot do fully', () => {
    const lacking = validPlan(minimalPlan({ gates: [{ id: 'use', phase: 'pilot', metric: 'active_use_pct', threshold: 80 }], preset: 'growing', organization: { name: 'Acme', headcount: 20 } }));
    const missing = Object.fromEntries(strategies(lacking).map((s) => [s.id, s.missing]));
    expect(missing).toEqual({
      'early-communication': undefined,
      'explain-why': expect.stringContaining('tool.why'),
      'quick-wins': expect.stringContaining('tool.pilotResults'),
      'excellent-support': undefined,
      'celebrate-adopters': expect.stringContaining('champions'),
      'listen-to-feedback': expect.stringContaining('satisfaction or NPS'),
    });
  });

  it('speak Dutch in a Dutch plan', () => {
    expect(strategies(planIn(full, 'nl'))[3]!.does).toMatch(/^Hulp loopt via Desk → Wiki → IT, bereikbaar via wiki, #help en phone/);
    const dutch = strategies(planIn(bare, 'nl'));
    expect(dutch[0]!.title).toBe('Vroeg communiceren: geen verrassingen');
    const all = dutch.flatMap((s) => [s.title, s.does, s.missing ?? '']).join(' ');
    expect(all).toContain('Zelfhulp → Interne ondersteuning');
    expect(all).not.toMatch(/\b(the|every|goes|and|with|Self-service|support)\b/);
  });
});
