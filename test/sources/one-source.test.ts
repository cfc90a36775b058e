import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diagnosticLines, example } from '../helpers.js';

/** The adoption example with its sources changed by `change`, the plan's folder kept for its files. */
function adoption(change: (sources: Record<string, unknown>[]) => void): Record<string, unknown> {
  const plan = parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
  change(plan.sources as Record<string, unknown>[]);
  return plan;
}

const errors = (plan: Record<string, unknown>) => diagnosticLines(plan, 'metric-of-two-sources');

describe('rollout validate: one metric from two sources', () => {
  it('refuses a second source of a training share, at its metric, naming the first and saying to use one glob', () => {
    const plan = adoption((sources) => {
      const training = sources.find((s) => s.kind === 'attendance')!;
      sources.push({ ...training, file: 'adoption/exports/training/extra-*.csv' });
    });
    const lines = errors(plan);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rollout\.yaml:\d+:\d+: error sources\[6\]\.metric: sources\[6\] gives the metric "training_completion_pct", as sources\[5\] does: .*average two values .*\(read the files of training_completion_pct with one source: a file: glob that matches them all/);
  });

  it('refuses an activity share and a daily share of one metric', () => {
    const plan = adoption((sources) => {
      (sources[1]!.metrics as Record<string, unknown>).active_use_pct = { numerator: 'Weekly active members', denominator: 'Total Enabled Membership' };
    });
    expect(errors(plan)).toEqual([expect.stringMatching(/error sources\[1\]\.metrics\.active_use_pct: sources\[1\] gives the metric "active_use_pct", as sources\[0\] does/)]);
  });

  it('refuses two ticket exports of one metric, whose day counts would be averaged', () => {
    const plan = adoption((sources) => {
      const tickets = sources.find((s) => s.kind === 'events')!;
      sources.push({ ...tickets, file: 'adoption/exports/branch-tickets-*.csv' });
    });
    expect(errors(plan)).toHaveLength(1);
  });

  it('takes survey answers of one metric from two forms, as the example does: a mean of all answers', () => {
    const plan = adoption(() => undefined);
    const sources = plan.sources as { kind: string; metrics?: Record<string, string> }[];
    expect(sources.filter((s) => s.kind === 'responses' && s.metrics?.satisfaction)).toHaveLength(2);
    expect(errors(plan)).toEqual([]);
  });
});
