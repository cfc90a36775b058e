import { describe, expect, it } from 'vitest';
import { diagnosticLines } from '../helpers.js';
import { ninePeopleOnSlack, slackOverview } from './support.js';

const helpdesk = { file: 'exports/tickets-export-*.csv', kind: 'events', date: 'Created', dateFormat: 'mm/dd/yyyy', metric: 'support_tickets' };
const survey = { file: 'exports/survey.csv', kind: 'responses', date: 'Timestamp', metrics: { satisfaction: 'How satisfied*', nps: 'How likely*' } };

const ungiven = (plan: Record<string, unknown>) => diagnosticLines(plan, 'ungiven-metric');

describe('rollout validate: a gate reads a metric no source gives', () => {
  it('names each default gate left without data at the preset, with the source to add and the way to drop it', () => {
    const lines = ungiven(ninePeopleOnSlack());
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      'rollout.yaml:23:1: warning preset: gate support-tickets-trend reads the metric "support_tickets", which no source gives, so it stays undecided at every check (add a source with kind: events and metric: support_tickets (an export with a row per event, such as a helpdesk\'s tickets), or list the gates you want under gates: without support-tickets-trend (it is one of the playbook\'s defaults); a --metrics file with support_tickets rows feeds it too)',
    );
    expect(lines[1]).toContain('gate nps reads the metric "nps", which no source gives, so it stays undecided at every check (add a source with kind: responses and metrics: { nps: "The question*" } (a survey export, with its question)');
    expect(ungiven(ninePeopleOnSlack({ sources: [slackOverview, helpdesk, survey] }))).toEqual([]);
  });

  it('points at a gate of the plan’s own at its metric', () => {
    const gates = [
      { id: 'first-half-active', phase: 'first-half', metric: 'active_use_pct', threshold: 60 },
      { id: 'tickets-not-rising', phase: 'first-half', metric: 'tickets', aggregate: 'slope', op: '<=', threshold: 0 },
    ];
    const metrics = [{ name: 'tickets', label: 'Tickets', unit: 'count' }];
    expect(ungiven(ninePeopleOnSlack({ gates, metrics }))).toEqual([
      expect.stringMatching(/^rollout\.yaml:\d+:\d+: warning gates\[1\]\.metric: gate tickets-not-rising reads the metric "tickets", which no source gives, .*add a source with kind: events and metric: tickets .*, or remove the gate; /),
    ]);
  });

  it("names attendance reports as the source of a training gate's metric", () => {
    const gates = [{ id: 'trained', phase: 'first-half', metric: 'training_completion_pct', threshold: 50, within: '1w' }];
    expect(ungiven(ninePeopleOnSlack({ gates }))).toEqual([
      expect.stringMatching(
        /^rollout\.yaml:\d+:\d+: warning gates\[0\]\.metric: gate trained reads the metric "training_completion_pct", which no source gives, so it stays undecided at every check \(add a source with kind: attendance \(the training's Teams meeting attendance reports or sign-in sheets, which give training_completion_pct\), or remove the gate;/,
      ),
    ]);
  });

  it('says the switch-off condition waits for a metric nothing gives', () => {
    const phases = [
      { id: 'all', name: 'Everyone', audience: 'all', weeks: 2 },
      { id: 'off', name: 'Old system off', kind: 'decommission', when: { metric: 'accounts_pct', op: '>=', threshold: 80 } },
    ];
    expect(ungiven(ninePeopleOnSlack({ preset: undefined, phases, gates: [] }))).toEqual([
      expect.stringMatching(/^rollout\.yaml:\d+:\d+: warning phases\[1\]\.when\.metric: the switch-off \(phase off\) waits for the metric "accounts_pct", which no source gives, so the old system stays on \(/),
    ]);
  });

  it('is quiet without sources, with metricsImport (a --metrics file is expected), and where a source’s unread metric is already named for the gate', () => {
    expect(ungiven(ninePeopleOnSlack({ sources: undefined }))).toEqual([]);
    expect(ungiven(ninePeopleOnSlack({ metricsImport: { columns: { date: 'Datum' } } }))).toEqual([]);
    const tickets = { ...helpdesk, metric: 'tickets' };
    const plan = ninePeopleOnSlack({ sources: [slackOverview, survey, tickets] });
    expect(ungiven(plan)).toEqual([]);
    expect(diagnosticLines(plan, 'unread-metric')).toEqual([expect.stringContaining('if it is meant for what gate support-tickets-trend reads')]);
  });

  it('keeps the satisfaction warning when the only unread metric is a share, which cannot be a 1-10 score', () => {
    const posting = { numerator: 'Weekly members posting messages', denominator: 'Total Enabled Membership' };
    const lines = ungiven(ninePeopleOnSlack({ sources: [{ ...slackOverview, metrics: { ...slackOverview.metrics, posting_pct: posting } }] }));
    expect(lines).toContainEqual(expect.stringContaining('gate satisfaction reads the metric "satisfaction", which no source gives, so it stays undecided at every check'));
  });
});
