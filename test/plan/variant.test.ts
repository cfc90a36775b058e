import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { loadPausesVariant } from '../../src/plan/variant.js';
import { example } from '../helpers.js';

const text = readFileSync(example('enterprise.yaml'), 'utf8');
const base = { text, plan: loadPlan(text, 'old.yaml').plan! };
const pause = '  - { from: 2027-03-15, until: 2027-03-29, reason: { en: Georgetown is below 60%, nl: Georgetown zit onder 60% }, phase: port-of-spain }\n';

describe('a plan that only gained a pause is read from the plan before it', () => {
  it.each([
    ['a pauses block at the end', `${text}\npauses:\n${pause}`],
    ['a pauses block at the end, as a YAML library writes it', `${text}pauses:\n  - from: 2027-03-15\n    until: 2027-03-29\n    reason: bench\n`],
    ['a pauses block in the middle, with a comment', text.replace('\ngates:', `\npauses:\n  # Georgetown was not ready.\n${pause}\ngates:`)],
  ])('as a full read gives it: %s', (_, changed) => {
    const fast = loadPausesVariant(changed, 'new.yaml', base);
    expect(fast).toBeDefined();
    expect(JSON.stringify(fast)).toBe(JSON.stringify(loadPlan(changed, 'new.yaml').plan));
  });

  it('leaves everything else to the full read: other changes, a bad pause, tags', () => {
    expect(loadPausesVariant(text.replace('start: 2027-02-01', 'start: 2027-02-08'), 'new.yaml', base)).toBeUndefined();
    for (const bad of [
      '  - { from: 2027-03-15, until: 2027-03-01, reason: backwards }\n',
      '  - { from: 2027-03-15, until: 2027-03-29, reason: x, phase: nowhere }\n',
      '  - { from: 2027-03-15, until: 2027-03-29, reason: !!binary aGk= }\n',
      '  - { from: 2027-03-15, until: 2027-03-29 }\n',
    ]) {
      const changed = `${text}\npauses:\n${bad}`;
      expect(loadPausesVariant(changed, 'new.yaml', base), bad).toBeUndefined();
      expect(loadPlan(changed, 'new.yaml').plan, bad).toBeUndefined();
    }
  });
});
