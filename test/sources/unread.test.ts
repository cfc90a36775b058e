import { describe, expect, it } from 'vitest';
import { diagnosticLines } from '../helpers.js';
import { adoptionPlan, ninePeopleOnSlack, slackOverview } from './support.js';

const unread = (plan: Record<string, unknown>) => diagnosticLines(plan, 'unread-metric');

describe('rollout validate: a metric a source computes that nothing reads', () => {
  it('is named at its line, with the default gate it was probably meant for and the line that feeds it', () => {
    const plan = { ...adoptionPlan(), gates: undefined };
    expect(unread(plan)).toEqual([
      'rollout.yaml:152:7: warning sources[1].metrics.slack_active_pct: no gate reads the metric "slack_active_pct", so what this source computes decides nothing (add a gate with metric: slack_active_pct, or leave it out)',
      'rollout.yaml:162:7: warning sources[2].metrics.recommend: no gate reads the metric "recommend", so what this source computes decides nothing (if it is meant for what gate nps reads (no source gives nps now), write nps: "How likely are you to recommend*"; else add a gate with metric: recommend)',
      'rollout.yaml:169:7: warning sources[3].metrics.recommend: no gate reads the metric "recommend", so what this source computes decides nothing (if it is meant for what gate nps reads (no source gives nps now), write nps: "Hoe waarschijnlijk*"; else add a gate with metric: recommend)',
      'rollout.yaml:176:13: warning sources[4].metric: no gate reads the metric "tickets", so what this source computes decides nothing (if it is meant for what gate support-tickets-trend reads (no source gives support_tickets now), write metric: support_tickets; else add a gate with metric: tickets)',
      'rollout.yaml:180:13: warning sources[5].metric: no gate reads the metric "training_completion_pct", so what this source computes decides nothing (add a gate with metric: training_completion_pct, or leave it out)',
    ]);
  });

  it('is quiet once the names are the gates’ own, and for a plan whose gates read every source', () => {
    const plan = adoptionPlan() as { sources: Record<string, unknown>[] };
    expect(unread(plan)).toEqual([]);
    // No default gate reads training completion: the plan's own gate does.
    plan.sources = plan.sources.filter((s) => s.kind !== 'daily' && s.kind !== 'attendance');
    for (const s of plan.sources) {
      if (s.kind === 'responses') s.metrics = { satisfaction: 'Hoe tevreden*', nps: 'Hoe waarschijnlijk*' };
      if (s.kind === 'events') s.metric = 'support_tickets';
    }
    expect(unread({ ...plan, gates: undefined })).toEqual([]);
  });

  it('counts the switch-off condition as a reader, and says of a helpdesk export only the weekly updates read that it decides nothing', () => {
    const plan = adoptionPlan() as { sources: Record<string, unknown>[]; metrics?: unknown[] };
    const daily = plan.sources.find((s) => s.kind === 'daily')!;
    daily.metrics = { active_use_pct: { numerator: 'Weekly active members', denominator: 'Total Enabled Membership' } };
    plan.sources = [daily];
    expect(unread({ ...plan, gates: [] })).toEqual([]);
    const tickets = { ...(adoptionPlan() as { sources: Record<string, unknown>[] }).sources.find((s) => s.kind === 'events'), metric: 'support_tickets' };
    expect(unread({ ...plan, sources: [daily, tickets], gates: [] })).toEqual([
      expect.stringMatching(
        /^rollout\.yaml:\d+:13: warning sources\[1\]\.metric: no gate reads the metric "support_tickets": only the weekly updates give it, so what this source computes decides nothing, and its missing file is a note, not a stop \(add a gate with metric: support_tickets for it to decide, or leave it for the updates\)$/,
      ),
    ]);
  });

  it('offers a share (0-100) only to a gate on a metric in percent, never to satisfaction (1-10)', () => {
    const posting = { numerator: 'Weekly members posting messages', denominator: 'Total Enabled Membership' };
    const written = 'posting_pct: { numerator: "Weekly members posting messages", denominator: "Total Enabled Membership" }';
    // Active use is given: the only gate left without data is satisfaction, which a share cannot feed.
    const given = unread(ninePeopleOnSlack({ sources: [{ ...slackOverview, metrics: { ...slackOverview.metrics, posting_pct: posting } }] }));
    expect(given).toEqual([expect.stringContaining('(add a gate with metric: posting_pct, or leave it out)')]);
    // Without active use the share is offered for it, and for it alone.
    const [line] = unread(ninePeopleOnSlack({ sources: [{ ...slackOverview, metrics: { posting_pct: posting } }] }));
    expect(line).toContain(`write ${written.replace('posting_pct', 'active_use_pct')}; else`);
    expect(line).not.toContain('satisfaction');
    // A plan's own percent metric takes a share; one in points does not.
    const gates = [{ id: 'posting', phase: 'first-half', metric: 'posters', threshold: 50 }];
    const withUnit = (unit: string) => unread(ninePeopleOnSlack({ sources: [{ ...slackOverview, metrics: { ...slackOverview.metrics, posting_pct: posting } }], gates, metrics: [{ name: 'posters', unit }] }));
    expect(withUnit('percent')).toEqual([expect.stringContaining(`write ${written.replace('posting_pct', 'posters')}; else`)]);
    expect(withUnit('score')).toEqual([expect.stringContaining('(add a gate with metric: posting_pct, or leave it out)')]);
  });
});
