import { compare } from '../gates/compare.js';
import { gateDueDay } from '../guards/guarded.js';
import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import { planCalendar, planPauses, type TimedPhase } from '../schedule/phases.js';
import { formatDay, type Day } from '../util/dates.js';

/*
 * A `daily` source gives one share a day for the whole organization, and a phase's gate reads it
 * as its own (rows without a phase count for every gate). What the share counts is the export's
 * own: Slack's `Total Enabled Membership` holds the accounts enabled so far. Enabled at each
 * launch, that is those started, and the first half's go/no-go can pass; all enabled on the
 * first day, five of nine people is 56% of everyone and 100% of a five-person first half, and a
 * go/no-go of the first half of a team never can. The plan cannot tell which: `validate` says
 * the risk as a hint, and judges it by the export's own count on the due day where it has one.
 */

/** A phase's gate that a share of the whole organization cannot satisfy if the export counts everyone from the start. */
export interface ShareAtRisk {
  /** Into `plan.sources`. */
  index: number;
  metric: string;
  gate: Gate;
  /** The phase's own people. */
  people: number;
  due: Day;
  /** People of the phases started by the due day. */
  started: number;
  /** The export's column that counts everyone, for a share written as numerator and denominator. */
  denominator?: string;
}

export function sharesAtRisk(plan: Plan, timed: TimedPhase[]): ShareAtRisk[] {
  // Most plans have no daily source: the calendar below is not worked out for them.
  if (!plan.sources.some((s) => s.kind === 'daily')) return [];
  const headcount = plan.organization.headcount;
  const perPerson = new Set(plan.sources.flatMap((s) => (s.kind === 'activity' || s.kind === 'sign-ins' || s.kind === 'attendance' ? [s.metric] : [])));
  const percent = new Set(plan.metrics.filter((m) => m.unit === 'percent').map((m) => m.name));
  const calendar = planCalendar(plan);
  const pauses = planPauses(plan, calendar);
  const out: ShareAtRisk[] = [];
  plan.sources.forEach((source, index) => {
    if (source.kind !== 'daily') return;
    for (const [metric, column] of Object.entries(source.metrics)) {
      if (perPerson.has(metric) || (typeof column === 'string' && !percent.has(metric))) continue;
      for (const gate of plan.gates) {
        if (gate.metric !== metric || gate.scope === 'organization' || gate.group || gate.location) continue;
        if ((gate.op !== '>=' && gate.op !== '>') || !['last', 'mean', 'min', 'max'].includes(gate.aggregate)) continue;
        const own = timed.find((p) => p.id === gate.phase);
        if (!own || own.kind !== 'launch' || own.people >= headcount) continue;
        const due = gateDueDay(gate, timed, calendar, pauses);
        if (!Number.isFinite(due)) continue;
        const started = timed.filter((p) => p.kind === 'launch' && p.start <= due).reduce((n, p) => n + p.people, 0);
        if (!staysShort(gate, started, headcount)) continue;
        out.push({ index, metric, gate, people: own.people, due, started, ...(typeof column === 'string' ? {} : { denominator: column.denominator }) });
      }
    }
  });
  return out;
}

/** The most the share reaches when those started are all active: of `counted` people, to one decimal. */
export function ceiling(started: number, counted: number): number {
  return Math.round(Math.min(100, (100 * started) / counted) * 10) / 10;
}

/** Whether the gate fails even with everyone started active, of `counted` people. */
export function staysShort(gate: Pick<Gate, 'op' | 'threshold'>, started: number, counted: number): boolean {
  return !compare(ceiling(started, counted), gate.op, gate.threshold);
}

const opening = (risk: ShareAtRisk, headcount: number) =>
  `gate ${risk.gate.id} judges phase ${risk.gate.phase} (${risk.people} of ${headcount} people) on this share of the whole organization`;

/** The hint's message, also how `validate` finds it again to judge it by the export. */
export function riskMessage(risk: ShareAtRisk, headcount: number): string {
  const { denominator } = risk;
  const counts = denominator === undefined ? `the share is of all ${headcount} people` : `${denominator} counts all ${headcount}`;
  const enabled = denominator === undefined ? 'as a share of the accounts enabled so far it can pass' : `with accounts enabled at each launch, ${denominator} counts only those started so far and the gate can pass`;
  return `${opening(risk, headcount)}: if ${counts} from the start, it reaches ${ceiling(risk.started, headcount)}% at most by its due day (${formatDay(risk.due)}), when ${risk.started} have started, and the gate needs ${risk.gate.op} ${risk.gate.threshold}; ${enabled}`;
}

/** The warning once the export's own count on or before the due day shows the gate cannot pass. */
export function shortMessage(risk: ShareAtRisk, headcount: number, counted: { day: Day; value: number }): string {
  return `${opening(risk, headcount)}: the export counts ${counted.value} in ${risk.denominator} on ${formatDay(counted.day)}, and by its due day (${formatDay(risk.due)}) ${risk.started} have started, so it reaches ${ceiling(risk.started, counted.value)}% at most, and the gate needs ${risk.gate.op} ${risk.gate.threshold}`;
}

export const SHARE_FIX = (metric: string) =>
  `read ${metric} per person (kind: activity, with the roster) so that each phase's gate counts its own people, or write the gate with scope: organization and a threshold the whole organization can reach by then`;

export function checkWholeOrganizationShares(plan: Plan, timed: TimedPhase[]): Check[] {
  return sharesAtRisk(plan, timed).map((risk) => ({
    severity: 'hint',
    code: 'whole-organization-share',
    path: ['sources', risk.index, 'metrics', risk.metric],
    atKey: true,
    message: riskMessage(risk, plan.organization.headcount),
    hint: `${risk.denominator === undefined ? '' : `validate judges it by the export's ${risk.denominator} on the due day once an export is there; `}${SHARE_FIX(risk.metric)}`,
  }));
}
