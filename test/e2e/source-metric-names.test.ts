import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy, type PlanData } from '../sources/support.js';

/** The example with the playbook's default gates and the README's survey and helpdesk lines. */
const readmeSources = (names: { answers: string; tickets: string }) => (plan: PlanData) => {
  delete (plan as Partial<PlanData>).gates;
  // No default gate reads the daily Slack counts or training completion.
  plan.sources = plan.sources.filter((s) => s.kind !== 'daily' && s.kind !== 'attendance');
  for (const s of plan.sources) {
    if (s.kind === 'responses') s.metrics = { satisfaction: String(s.file).endsWith('.xlsx') ? 'Hoe tevreden*' : 'How satisfied*', [names.answers]: String(s.file).endsWith('.xlsx') ? 'Hoe waarschijnlijk*' : 'How likely are you to recommend*' };
    if (s.kind === 'events') s.metric = names.tickets;
  }
};

const gate = (stdout: string, id: string) => (JSON.parse(stdout) as { gates: { id: string; samples: number }[] }).gates.find((g) => g.id === id)!;

describe('a source metric no gate reads, through the built binary', () => {
  it('validate names it and the line to write; written so, the default gates read the data', () => {
    const wrong = adoptionCopy(readmeSources({ answers: 'recommend', tickets: 'tickets' }));
    const warned = run(['validate'], { cwd: wrong });
    expect(warned.status).toBe(0);
    expect(warned.stderr).toContain('warning sources[2].metrics.recommend: no gate reads the metric "recommend", so what this source computes decides nothing (if it is meant for what gate nps reads (no source gives nps now), write nps: "Hoe waarschijnlijk*"; else add a gate with metric: recommend)');
    expect(warned.stderr).toMatch(/rollout\.yaml:\d+:13: warning sources\[3\]\.metric: no gate reads the metric "tickets", .*write metric: support_tickets; /);
    expect(run(['validate', '--strict'], { cwd: wrong }).status).toBe(1);
    const starved = run(['gate-check', '--at', '2027-04-05', '--format', 'json'], { cwd: wrong });
    expect(gate(starved.stdout, 'nps').samples).toBe(0);

    const right = adoptionCopy(readmeSources({ answers: 'nps', tickets: 'support_tickets' }));
    const quiet = run(['validate', '--strict'], { cwd: right });
    expect(quiet.stderr).not.toContain('no gate reads');
    const fed = run(['gate-check', '--at', '2027-04-05', '--format', 'json'], { cwd: right });
    expect(gate(fed.stdout, 'nps').samples).toBeGreaterThan(0);
    expect(gate(fed.stdout, 'support-tickets-trend').samples).toBeGreaterThan(0);
  });
});
