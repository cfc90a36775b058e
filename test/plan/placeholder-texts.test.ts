import { describe, expect, it } from 'vitest';
import { checkStarter } from '../../src/plan/starter-check.js';
import { starterPlan } from '../../src/plan/starter.js';
import { diagnosticLines, minimalPlan } from '../helpers.js';

const starter = (languages: ('en' | 'nl')[]) => starterPlan({ preset: 'small', start: '2027-03-01', name: 'Kantoor Wanica', languages, schemaPath: './rollout.schema.json' });
const lineOf = (text: string, key: string) => text.split('\n').findIndex((l) => l.startsWith(`  ${key}:`)) + 1;

describe('validate warns about the example why and benefit init wrote', () => {
  it('names the line of each, in one language or several, and init itself does not', () => {
    for (const languages of [['nl'], ['nl', 'en']] as const) {
      const text = starter([...languages]);
      const lines = diagnosticLines(text, 'placeholder-text');
      expect(lines.map((l) => l.replace(/^rollout\.yaml:\d+:\d+: /, ''))).toEqual([
        'warning tool.why: tool.why is still the example init wrote: every announcement says it (write the problem the tool solves for your organization)',
        'warning tool.benefit: tool.benefit is still the example init wrote: every announcement says it (write what it improves for your organization)',
      ]);
      // At the text itself: the key's line, or the line below where a text per language follows it.
      expect(lines.map((l) => Number(/^rollout\.yaml:(\d+):/.exec(l)![1]) - lineOf(text, l.includes('tool.why') ? 'why' : 'benefit'))).toEqual(languages.length > 1 ? [1, 1] : [0, 0]);
      expect(checkStarter(text, 'rollout.yaml').warnings).toEqual([]);
    }
  });

  it('is quiet about a plan’s own texts, and about one that gives none', () => {
    expect(diagnosticLines(minimalPlan({ tool: { name: 'Teams', why: { nl: 'afspraken raken zoek', en: 'agreements get lost' }, benefit: 'speed' } }), 'placeholder-text')).toEqual([]);
    expect(diagnosticLines(minimalPlan(), 'placeholder-text')).toEqual([]);
  });

  it('catches the example in one language among own texts in the other', () => {
    const plan = minimalPlan({ tool: { name: 'Teams', why: { nl: 'beslissingen raken zoek in lange e-maildiscussies', en: 'agreements get lost' } } });
    expect(diagnosticLines(plan, 'placeholder-text')).toHaveLength(1);
  });
});
