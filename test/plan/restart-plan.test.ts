import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { restartPlan } from '../../src/plan/restart-plan.js';
import { FIRM } from '../firm.js';
import { validPlan } from '../helpers.js';

const paused = readFileSync(path.join(FIRM, 'rollout.paused.yaml'), 'utf8');
/** The firm's plan with its pause, and its rollback written in the middle, a comment beside it. */
const rolledBack = paused.replace(
  '\nsources:\n',
  '\nrollback:   # after the pause, it did not get better\n  on: 2027-04-19\n  reason: { nl: "te weinig gebruik, ook na de pauze", en: "too little use, even after the pause" }\n\nsources:\n',
);

describe('rollout init --restart: the second try written from the plan that rolled back', () => {
  it('keeps every other line as written, starts on the new day, and names the rollback and its reason', () => {
    const text = restartPlan(rolledBack, validPlan(rolledBack), 'rollout.yaml', '2027-06-07');
    const kept = paused.slice(0, paused.indexOf('pauses:\n')).replace('start: 2027-03-01', 'start: 2027-06-07');
    expect(text.slice(0, kept.length)).toBe(kept);
    expect(text.slice(kept.length)).toBe(
      'restart:\n  rolledBackOn: 2027-04-19\n  reason:\n    nl: te weinig gebruik, ook na de pauze\n    en: too little use, even after the pause\n' +
        '  # what is different this time, for the announcement and the welcome (remove the #):\n  # changed:\n  #   nl: ...\n  #   en: ...\n',
    );
    const loaded = loadPlan(text, 'restart.yaml');
    expect(loaded.plan?.restart).toEqual({ rolledBackOn: '2027-04-19', reason: 'te weinig gebruik, ook na de pauze' });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error' || d.code?.startsWith('restart')).map((d) => d.code)).toEqual(['restart-unchanged']);
  });

  it('takes the reason of the rollback of the whole rollout from a list with rollbacks of one part', () => {
    const text = `${paused}rollback:\n  - { on: 2027-04-28, reason: branch offline, only: { location: Nieuw Nickerie } }\n  - { on: 2027-04-30, reason: too little use }\n`;
    const out = restartPlan(text, validPlan(text), 'rollout.yaml', '2027-06-07');
    expect(out).not.toMatch(/pauses:|only:|branch offline/);
    expect(out).toContain('restart:\n  rolledBackOn: 2027-04-30\n  reason: too little use\n');
  });

  it('refuses a plan that did not roll back as a whole', () => {
    expect(() => restartPlan(paused, validPlan(paused), 'rollout.yaml', '2027-06-07')).toThrow(
      'rollout.yaml: the plan records no rollback of the whole rollout; a second try follows one: write it in first (rollback: { on: YYYY-MM-DD, reason: ... })',
    );
  });
});
