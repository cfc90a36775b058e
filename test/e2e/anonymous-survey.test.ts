import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { formWithAnonymous } from '../sources/support.js';

describe('anonymous survey responses, through the built binary', () => {
  it('count in a gate that reads everyone’s answers, not in one that reads a phase’s, and no output names who answered', () => {
    const dir = formWithAnonymous((plan) => {
      plan.gates = [
        { id: 'everyone', phase: 'pilot', scope: 'organization', metric: 'satisfaction', aggregate: 'mean', threshold: 7, within: '2w', minSamples: 2 },
        { id: 'pilot-only', phase: 'pilot', metric: 'satisfaction', aggregate: 'mean', threshold: 7, within: '2w', minSamples: 2 },
      ];
    });
    const r = run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: dir });
    const gates = (JSON.parse(r.stdout) as { gates: { id: string; samples: number; observed: number }[] }).gates;
    // The pilot's 9, 8 and 7, and the anonymous 5 and 6; the guest the roster lacks stays out.
    expect(gates.find((g) => g.id === 'everyone')).toMatchObject({ samples: 5, observed: 7 });
    expect(gates.find((g) => g.id === 'pilot-only')).toMatchObject({ samples: 3, observed: 8 });
    expect(r.stderr).toContain('rollout: sources[0]: 2 anonymous responses in the export count for the whole organization only, not for a phase, group or location\n');
    expect(r.stdout + r.stderr).not.toMatch(/gast|extern|anonymous@/i);
  });
});

