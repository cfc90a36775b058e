import { metricRange, rangeText } from './metric-range.js';
import { playbookGoalOn } from './satisfaction-scale.js';
import { checkGuards } from '../guards/checks.js';
import { checkPlaybookGates } from '../guards/playbook-gates.js';
import { checkPauses } from '../pauses/checks.js';
import { checkPausedOffline } from '../pauses/offline-channel.js';
import { checkExtensions } from '../pauses/extension-checks.js';
import { checkExtensionGates } from '../pauses/extension-gates.js';
import { checkRollback } from '../rollback/checks.js';
import { checkRestart } from '../rollback/restart-checks.js';
import { timePhases, weekOf, type TimedPhase } from '../schedule/phases.js';
import { formatDay, parseDay, parseDuration, weekday, addMonths, type Weekday } from '../util/dates.js';
import { workingDaysOf } from '../schedule/calendar.js';
import { SHIFT_SPELLING } from '../schedule/working-hours.js';
import type { Severity } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import type { PlanPath } from './positions.js';
import type { Plan } from './resolve.js';
import { DISCOVERY_QUESTIONS, type Holiday } from './schema.js';
import { checkSources } from '../sources/checks.js';
import { checkWholeOrganizationShares } from '../sources/whole-organization.js';
import { checkFit } from './fit.js';
import { checkStrategyBy } from './strategy-by.js';
import { checkPlaceholderContact } from './placeholder-contact.js';
import { checkPlaceholderTexts } from './placeholder-texts.js';
import { checkOfflinePlanLeadIn } from './offline-plan-lead-in.js';
import { checkReminderLead } from './reminder-lead.js';
import { checkSenderAddress } from './sender.js';
import { checkSessionReach } from './session-reach.js';
import { checkOnePersonSessions } from './one-person-sessions.js';
import { checkUnplacedTargetedGroups } from './targeted.js';
import { checkEveryoneNeeded } from './everyone-needed.js';

/** A finding of a semantic check, located by its path in the plan. */
export interface Check {
  severity: Severity;
  code: string;
  path: PlanPath;
  message: string;
  hint?: string;
  atKey?: boolean;
}

type Report = (check: Check) => void;

/** Checks what types alone cannot: references, shares, overlaps, dates, and the playbook's advice. */
export function checkPlan(plan: Plan): Check[] {
  const out: Check[] = [];
  const report: Report = (c) => out.push(c);
  // Phase dates feed the share and overlap checks, the holiday range and the rollback's: computed once.
  const timed = timePhases(plan);
  checkOrganization(plan, report);
  checkPhases(plan, timed, report);
  checkGates(plan, report);
  checkMetricRanges(plan, report);
  checkReferences(plan, report);
  checkCalendar(plan, timed, report);
  checkAdvice(plan, report);
  out.push(...checkGuards(plan, timed), ...checkPlaybookGates(plan, timed), ...checkPauses(plan), ...checkPausedOffline(plan), ...checkExtensions(plan), ...checkExtensionGates(plan), ...checkRollback(plan, timed), ...checkRestart(plan), ...checkSources(plan), ...checkWholeOrganizationShares(plan, timed), ...checkPlaceholderContact(plan), ...checkPlaceholderTexts(plan), ...checkOfflinePlanLeadIn(plan), ...checkSenderAddress(plan), ...checkReminderLead(plan), ...checkSessionReach(plan, timed), ...checkOnePersonSessions(plan, timed), ...checkUnplacedTargetedGroups(plan), ...checkEveryoneNeeded(plan, timed));
  return out;
}

const err = (code: string, path: PlanPath, message: string, hint?: string): Check => ({ severity: 'error', code, path, message, ...(hint ? { hint } : {}) });
const warn = (code: string, path: PlanPath, message: string, hint?: string): Check => ({ severity: 'warning', code, path, message, ...(hint ? { hint } : {}) });

function duplicates(names: string[]): number[] {
  const seen = new Set<string>();
  return names.flatMap((n, i) => (seen.has(n) ? [i] : (seen.add(n), [])));
}

function checkOrganization(plan: Plan, report: Report): void {
  const { headcount, groups, locations } = plan.organization;
  const locNames = locations.map((l) => l.name);
  for (const i of duplicates(locNames)) report(err('duplicate-name', ['organization', 'locations', i, 'name'], `location "${locNames[i]}" is listed twice`));
  for (const i of duplicates(groups.map((g) => g.name))) report(err('duplicate-name', ['organization', 'groups', i, 'name'], `group "${groups[i]!.name}" is listed twice`));
  const inGroups = groups.reduce((a, g) => a + g.headcount, 0);
  if (inGroups > headcount) {
    report(err('headcount', ['organization', 'groups'], `groups hold ${inGroups} people but the organization has ${headcount}`, 'raise organization.headcount or lower a group'));
  }
  const inLocations = locations.reduce((a, l) => a + (l.headcount ?? 0), 0);
  if (inLocations > headcount) {
    report(err('headcount', ['organization', 'locations'], `locations hold ${inLocations} people but the organization has ${headcount}`, 'raise organization.headcount or lower a location'));
  }
  groups.forEach((g, i) => {
    if (g.location !== undefined && !locNames.includes(g.location)) {
      report(err('unknown-location', ['organization', 'groups', i, 'location'], `no location named "${g.location}"`, didYouMean(g.location, locNames)));
    }
  });
  const { languages } = plan.organization;
  locations.forEach((l, i) => {
    // Messages are written in the plan's languages only: a location picks among them.
    l.languages?.forEach((lang, j) => {
      if (!languages.includes(lang)) {
        report(err('location-language', ['organization', 'locations', i, 'languages', j], `location "${l.name}" reads ${lang}, which is not one of organization.languages (${languages.join(', ')})`, `add ${lang} to organization.languages, or take it out of this location's languages`));
      }
    });
    // An end before the start is a night shift; the same time twice says nothing of how long they work.
    if (l.workingHours.start === l.workingHours.end) {
      report(err('working-hours', ['organization', 'locations', i, 'workingHours'], `working hours start and end at ${l.workingHours.start}`, SHIFT_SPELLING));
    }
  });
}

function checkPhases(plan: Plan, timed: TimedPhase[], report: Report): void {
  const base: PlanPath = ['phases'];
  const at = (i: number, key?: string): PlanPath => (plan.presetPhases ? ['preset'] : key ? [...base, i, key] : [...base, i]);
  const phases = plan.phases;
  for (const i of duplicates(phases.map((p) => p.id))) report(err('duplicate-id', at(i, 'id'), `phase id "${phases[i]!.id}" is used twice`));
  if (!phases.some((p) => p.kind === 'launch')) report(err('no-launch', plan.presetPhases ? ['preset'] : base, 'no phase launches the tool', 'add a phase with kind: launch'));

  const groupNames = plan.organization.groups.map((g) => g.name);
  const locNames = plan.organization.locations.map((l) => l.name);
  const claimed = new Map<string, string>();
  let minShare = 0;
  let maxShare = 0;
  let rest = 0;
  let all = 0;
  /** Whether some people are named by two phases: the total they make is said there. */
  let counted = false;
  phases.forEach((p, i) => {
    if (p.days !== undefined && p.weeks !== undefined) report(err('phase-length', at(i, 'days'), 'give either weeks or days, not both'));
    const a = p.audience;
    if (p.kind === 'launch' && (a === undefined || a === 'none')) {
      report(err('no-audience', at(i), `launch phase "${p.id}" brings in nobody`, 'set audience to a share (15%), rest, all, {groups: [...]} or {locations: [...]}'));
    }
    if (p.kind !== 'decommission' && p.when !== undefined) report(warn('condition', at(i, 'when'), 'only a decommission phase waits for a condition; this one is ignored'));
    if (p.kind === 'decommission' && p.when === undefined) {
      report(warn('condition', at(i), `decommission phase "${p.id}" has no condition`, 'the playbook waits for 80%+ active use: when: {metric: active_use_pct, op: ">=", threshold: 80}'));
    }
    if (typeof a === 'string' && /%/.test(a)) {
      const nums = a.match(/\d+(\.\d+)?/g)!.map(Number);
      const [lo, hi] = [nums[0]!, nums[1] ?? nums[0]!];
      if (hi > 100 || lo > hi) report(err('share', at(i, 'audience'), `share ${a} is not between 0% and 100%`));
      minShare += lo;
      maxShare += hi;
    } else if (a === 'rest') rest++;
    else if (a === 'all') all++;
    else if (typeof a === 'object') {
      const [key, names, known] = 'groups' in a ? (['groups', a.groups, groupNames] as const) : (['locations', a.locations, locNames] as const);
      names.forEach((name, j) => {
        if (!known.includes(name)) report(err(`unknown-${key === 'groups' ? 'group' : 'location'}`, [...at(i, 'audience'), key, j], `no ${key === 'groups' ? 'group' : 'location'} named "${name}"`, didYouMean(name, known)));
        const owner = claimed.get(`${key}:${name}`);
        const twice = (message: string, hint?: string) => {
          counted = true;
          report(err('audience-twice', [...at(i, 'audience'), key, j], message, hint));
        };
        if (owner !== undefined) twice(`"${name}" is already brought in by phase "${owner}"`, secondTryHint(plan, owner, key === 'locations' ? name : undefined) ?? `take it out of phase "${p.id}": a phase brings in the people no earlier phase has`);
        claimed.set(`${key}:${name}`, p.id);
        if (key === 'groups') checkGroupAfterLocation(plan, p.id, names, name, claimed, twice);
      });
    }
  });
  if (rest > 1) report(err('share', base, 'only one phase can take the rest of the organization'));
  if (all > 0 && phases.filter((p) => p.kind === 'launch').length > 1) {
    report(err('share', base, 'a phase with audience "all" brings in everyone, so no other launch phase is left with anyone', 'use shares or groups instead'));
  }
  if (minShare > 100) report(err('share', base, `phase shares add up to at least ${minShare}% of headcount`, 'lower the shares so they add up to 100% at most'));
  const total = timed.reduce((a, t) => a + t.people, 0);
  const headcount = plan.organization.headcount;
  if (rest === 0 && all === 0 && total > headcount && !counted) {
    const hint = maxShare > 0 ? 'lower a share or a group' : (unlocatedBeforeLocation(plan) ?? 'lower a group or a location headcount');
    report(err('share', base, `phases bring in ${total} people but the organization has ${headcount}`, hint));
  }
  if (rest === 0 && all === 0 && maxShare < 100 && total < headcount && minShare + maxShare > 0) {
    report(err('share', base, `phases reach only ${total} of ${headcount} people`, 'add a phase with audience: rest for everyone else'));
  }

  checkReach(plan, timed, (i) => at(i, 'audience'), report);

  const decommission = phases.map((p, i) => [p, i] as const).filter(([p]) => p.kind === 'decommission');
  if (decommission.length > 1) report(err('decommission', at(decommission[1]![1]), 'only one phase can decommission the old system'));
  for (const [p, i] of decommission) {
    if (i !== phases.length - 1) report(err('decommission', at(i, 'kind'), `decommission phase "${p.id}" must be the last phase`, 'move it to the end of the list'));
  }

  timed.forEach((t, i) => {
    const prev = timed[i - 1];
    if (prev && t.nominalStart <= prev.nominalEnd && !t.phase.overlap) {
      report(err('phase-overlap', at(i, 'startWeek'), `phase "${t.id}" starts in week ${weekOf(parseDay(plan.start), t.nominalStart)}, before phase "${prev.id}" ends in week ${prev.endWeek}`, 'move startWeek later or set overlap: true'));
    }
  });
}

/**
 * Groups without a location named before a phase that names locations: that phase cannot tell
 * their people from its own, and may count them again. The fix, or undefined.
 */
/** For people brought in again after their part rolled back: the part starts again under its rollback, not in a phase of its own. */
function secondTryHint(plan: Plan, owner: string, location: string | undefined): string | undefined {
  const r = plan.partRollbacks.find((x) => x.only.phase === owner || (location !== undefined && x.only.location === location));
  if (!r) return undefined;
  const part = r.only.location !== undefined ? `location: ${r.only.location}` : `phase: ${r.only.phase}`;
  return `${r.only.location ?? `phase ${owner}`} rolled back on ${r.on}: to start it again, remove this phase and write resume: { on: DAY } in that rollback (only: { ${part} })`;
}

function unlocatedBeforeLocation(plan: Plan): string | undefined {
  const { groups } = plan.organization;
  const byLocation = plan.phases.findIndex((p) => typeof p.audience === 'object' && 'locations' in p.audience);
  const unlocated = plan.phases.slice(0, Math.max(0, byLocation)).flatMap((p) => (typeof p.audience === 'object' && 'groups' in p.audience ? p.audience.groups : []));
  const names = unlocated.filter((name) => groups.some((g) => g.name === name && g.location === undefined));
  if (names.length === 0) return undefined;
  const [which, has, their] = names.length === 1 ? ['group', 'has', 'its'] : ['groups', 'have', 'their'];
  return `${which} ${names.map((n) => `"${n}"`).join(', ')} ${has} no location, so phase "${plan.phases[byLocation]!.id}" counts ${their} people again if they work at a location it names: give each group its location (organization.groups[].location)`;
}

/**
 * A group named after a phase that brought in its whole location: the roster puts its people in
 * that earlier phase, so the group's phase would count them a second time and get none of them.
 */
function checkGroupAfterLocation(plan: Plan, phase: string, named: readonly string[], name: string, claimed: Map<string, string>, report: (message: string, hint: string) => void): void {
  const where = plan.organization.groups.find((g) => g.name === name)?.location;
  const owner = where === undefined ? undefined : claimed.get(`locations:${where}`);
  if (owner === undefined) return;
  const others = plan.organization.groups.filter((g) => g.location === where && !named.includes(g.name)).map((g) => g.name);
  const instead = others.length ? `, or let phase "${owner}" name the other groups of ${where} instead of the location (audience: { groups: [${others.join(', ')}] })` : '';
  report(`group "${name}" works in ${where}, which phase "${owner}" brings in whole (audience: { locations: [${where}] }): its people would be counted in both phases`, `a phase brings in the people no earlier phase has: put phase "${phase}" before phase "${owner}"${instead}`);
}

/**
 * A launch phase that brings in nobody, overall or at a location its audience does not rule out
 * by naming groups or locations: it gets no messages or sessions there, which may not be what the plan meant.
 */
function checkReach(plan: Plan, timed: TimedPhase[], at: (i: number) => PlanPath, report: Report): void {
  const locations = plan.organization.locations;
  timed.forEach((t, i) => {
    if (t.kind !== 'launch' || t.audience.kind === 'none') return;
    const named = t.audience.kind === 'locations' ? namedStartedEarlier(plan, timed, i) : [];
    // The roster's phase column placed its people: what it says is meant, and it is where to change it.
    const byRoster = plan.rosterPlaces?.some((r) => r.phase === t.id) === true;
    if (t.people === 0) {
      if (byRoster) report({ severity: 'hint', code: 'empty-phase', path: at(i), message: `phase "${t.id}" brings in nobody: the roster's phase column puts nobody in it`, hint: rosterPhaseHint(plan, t.id) });
      else if (named.length > 0) report(warn('empty-phase', at(i), `phase "${t.id}" brings in nobody: ${named.map((n) => n.why).join('; ')}`, 'remove the phase, or give it other groups or locations; it gets no messages or sessions'));
      else report(warn('empty-phase', at(i), `phase "${t.id}" brings in nobody: the other phases take all ${plan.organization.headcount} people`, 'remove the phase, or lower the shares or groups of the others; it gets no messages or sessions'));
      return;
    }
    // A location it names that earlier groups took whole: its name there brings in nobody.
    for (const n of named) {
      const rest = t.audience.locations!.filter((name) => !named.some((m) => m.location === name));
      report(warn('empty-at-location', [...at(i), 'locations', n.index], `phase "${t.id}" brings in nobody in ${n.location}: ${n.why}; it gets no messages or sessions there`, `take ${n.location} out of its audience: audience: {locations: [${rest.join(', ')}]}`));
    }
    if (locations.length < 2 || t.audience.kind === 'groups' || t.audience.kind === 'locations') return;
    const reached = locations.filter((_, l) => t.atLocations[l]! > 0).map((l) => l.name);
    for (const [l, location] of locations.entries()) {
      if (t.atLocations[l]! > 0) continue;
      const why = byRoster ? "the roster's phase column puts everyone there in another phase" : t.audience.kind === 'share' ? `${t.audience.description} of the people comes to nobody there` : 'everyone there starts in another phase';
      const message = `phase "${t.id}" brings in nobody in ${location.name} (${why}): it gets no messages or sessions there`;
      if (byRoster) report({ severity: 'hint', code: 'empty-at-location', path: at(i), message, hint: rosterPhaseHint(plan, t.id) });
      // A preset's phase has no audience to write: what it does is said, as advice that --strict lets pass.
      else if (plan.presetPhases) report({ severity: 'hint', code: 'empty-at-location', path: at(i), message, hint: `the preset plans it in ${reached.join(', ')} only; to plan it otherwise, list the phases under phases:` });
      else report(warn('empty-at-location', at(i), message, `if that is meant, say so: audience: {locations: [${reached.join(', ')}]}`));
    }
  });
}

/** Where to say who starts in a phase whose people the roster places: its phase column, which its messages and their counts follow. */
const rosterPhaseHint = (plan: Plan, id: string): string => `to start someone in it, write ${id} in their ${plan.people?.columns.phase ?? 'phase'} cell of the roster; its messages and their counts follow the roster`;

/** The reach of each launch phase (see checkReach): `validate` says it again once the roster has placed the people. */
export function reachChecks(plan: Plan): Check[] {
  const out: Check[] = [];
  checkReach(plan, timePhases(plan), (i) => (plan.presetPhases ? ['preset'] : ['phases', i, 'audience']), (c) => out.push(c));
  return out;
}

/**
 * The locations a phase names whose people all started earlier, in groups of theirs that earlier
 * phases named (the roster puts each person in the first phase that names them): each with its
 * index in the phase's list and why it brings in nobody there.
 */
function namedStartedEarlier(plan: Plan, timed: TimedPhase[], i: number): { location: string; index: number; why: string }[] {
  const { groups, locations } = plan.organization;
  return timed[i]!.audience.locations!.flatMap((location, index) => {
    const l = locations.findIndex((x) => x.name === location);
    if (l < 0 || timed[i]!.atLocations[l]! > 0) return [];
    const earlier = timed.slice(0, i).flatMap((p) => {
      const there = (p.audience.kind === 'groups' ? p.audience.groups! : []).filter((name) => groups.find((g) => g.name === name)?.location === location);
      return there.length ? [`phase "${p.id}" (${there.length === 1 ? 'group' : 'groups'} ${there.join(', ')})`] : [];
    });
    return earlier.length ? [{ location, index, why: `everyone in ${location} already started in ${earlier.join(' and ')}` }] : [];
  });
}

function checkGates(plan: Plan, report: Report): void {
  if (plan.defaultGates) return;
  const phaseIds = plan.phases.map((p) => p.id);
  const metricNames = plan.metrics.map((m) => m.name);
  const groupNames = plan.organization.groups.map((g) => g.name);
  const locNames = plan.organization.locations.map((l) => l.name);
  for (const i of duplicates(plan.gates.map((g) => g.id))) report(err('duplicate-id', ['gates', i, 'id'], `gate id "${plan.gates[i]!.id}" is used twice`));
  plan.gates.forEach((g, i) => {
    if (!phaseIds.includes(g.phase)) {
      report(err('unknown-phase', ['gates', i, 'phase'], `no phase with id "${g.phase}"`, didYouMean(g.phase, phaseIds) ?? `phases are: ${phaseIds.join(', ')}`));
    }
    if (!metricNames.includes(g.metric)) {
      report(warn('unknown-metric', ['gates', i, 'metric'], `metric "${g.metric}" is not described under metrics`, didYouMean(g.metric, metricNames) ?? 'add it to metrics with its unit'));
    }
    if (g.group !== undefined && !groupNames.includes(g.group)) report(err('unknown-group', ['gates', i, 'group'], `no group named "${g.group}"`, didYouMean(g.group, groupNames)));
    if (g.location !== undefined && !locNames.includes(g.location)) {
      report(err('unknown-location', ['gates', i, 'location'], `no location named "${g.location}"`, didYouMean(g.location, locNames)));
    }
    if (g.aggregate === 'nps' && (g.threshold < -100 || g.threshold > 100)) report(err('threshold', ['gates', i, 'threshold'], 'an NPS lies between -100 and 100'));
    const described = plan.metrics.find((m) => m.name === g.metric);
    const unit = described?.unit;
    const range = metricRange(described);
    if (range && ['last', 'mean', 'min', 'max', 'p50', 'p90'].includes(g.aggregate) && (g.threshold < range[0] || g.threshold > range[1])) {
      // A threshold copied from the playbook's 1-10 goal onto a shorter scale: say what it is on this one.
      const onScale = g.metric === 'satisfaction' ? playbookGoalOn(plan.metrics) : undefined;
      report(err('threshold', ['gates', i, 'threshold'], `threshold ${g.threshold} lies outside ${g.metric}'s range, ${rangeText(range)}`, `give a threshold from ${rangeText(range)}${onScale ? ` (${onScale})` : ''}, or the metric the range of its answers under metrics`));
    }
    if (unit === 'percent' && ['last', 'mean', 'min', 'max', 'p50', 'p90'].includes(g.aggregate) && (g.threshold < 0 || g.threshold > 100)) {
      report(err('threshold', ['gates', i, 'threshold'], `threshold ${g.threshold} is not a percentage between 0 and 100`));
    }
  });
}

function checkReferences(plan: Plan, report: Report): void {
  const groupNames = plan.organization.groups.map((g) => g.name);
  const locNames = plan.organization.locations.map((l) => l.name);
  const phaseIds = plan.phases.map((p) => p.id);
  plan.champions.forEach((c, i) => {
    if (c.location !== undefined && !locNames.includes(c.location)) report(err('unknown-location', ['champions', i, 'location'], `no location named "${c.location}"`, didYouMean(c.location, locNames)));
    if (c.group !== undefined && !groupNames.includes(c.group)) report(err('unknown-group', ['champions', i, 'group'], `no group named "${c.group}"`, didYouMean(c.group, groupNames)));
    if (c.phase !== undefined && !phaseIds.includes(c.phase)) report(err('unknown-phase', ['champions', i, 'phase'], `no phase with id "${c.phase}"`, didYouMean(c.phase, phaseIds)));
  });
  plan.communications.targetedGroups.forEach((t, i) => {
    if (!groupNames.includes(t.group)) report(err('unknown-group', ['communications', 'targetedGroups', i, 'group'], `no group named "${t.group}"`, didYouMean(t.group, groupNames)));
  });
  const tiers = plan.support.tiers.map((t) => t.tier);
  for (const i of duplicates(tiers.map(String))) report(err('duplicate-id', ['support', 'tiers', i, 'tier'], `support tier ${tiers[i]} is listed twice`));
  plan.support.escalation.forEach((t, i) => {
    if (!tiers.includes(t)) report(err('unknown-tier', ['support', 'escalation', i], `escalation names tier ${t}, which support.tiers does not describe`));
  });
}

function checkCalendar(plan: Plan, timed: TimedPhase[], report: Report): void {
  const first = parseDay(plan.start) - parseDuration(plan.communications.announceLead);
  const last = addMonths(timed[timed.length - 1]?.plannedEnd ?? parseDay(plan.start), 3);
  const [from, to] = [first, last].map((d) => Number(formatDay(d).slice(0, 4)));
  const years = new Set(Array.from({ length: to! - from! + 1 }, (_, i) => String(from! + i)));
  const checkList = (list: Holiday[], path: PlanPath, working: ReadonlySet<Weekday>) =>
    list.forEach((h, i) => {
      const date = typeof h === 'string' ? h : h.date;
      const day = parseDay(date);
      const where = typeof h === 'string' ? [...path, i] : [...path, i, 'date'];
      // A country's list of the year names days outside the rollout and on weekends: no mistake,
      // so a hint (--strict passes). A year the rollout never reaches is likely a typo.
      if (day < first || day > last) {
        const message = `holiday ${date} falls outside the rollout (${plan.start} until three months after the end)`;
        if (years.has(date.slice(0, 4))) report({ severity: 'hint', code: 'holiday-outside', path: where, message, hint: 'it changes nothing; keeping the whole list of the year is fine' });
        else report(warn('holiday-outside', where, message, 'it changes nothing; remove it or check the year'));
      } else if (!working.has(weekday(day))) report({ severity: 'hint', code: 'holiday-weekend', path: where, message: `holiday ${date} falls on a day that is not worked anyway`, hint: 'it changes nothing' });
    });
  // A plan-wide holiday is worked anyway where any location works that day.
  const locations = plan.organization.locations;
  checkList(plan.calendar.holidays, ['calendar', 'holidays'], new Set([plan.calendar.workingDays, ...locations.map((l) => workingDaysOf(plan, l))].flat()));
  locations.forEach((l, i) => checkList(l.holidays, ['organization', 'locations', i, 'holidays'], new Set(workingDaysOf(plan, l))));
}

function checkAdvice(plan: Plan, report: Report): void {
  checkFit(plan).forEach(report);
  checkStrategyBy(plan).forEach(report);
  const minutes = plan.training.sessionMinutes;
  if (minutes < 60 || minutes > 90) report(warn('training-length', ['training', 'sessionMinutes'], `group sessions of ${minutes} minutes; the playbook plans 60-90 minutes, hands-on`));
  if (plan.organization.locations.length > 1) {
    plan.organization.locations.forEach((l, i) => {
      // A home worker or a two-person outpost has no one to champion on the spot: the organiser's call is their support.
      if (l.headcount !== undefined && l.headcount <= 2) return;
      const hasChampion = l.champion !== undefined || plan.champions.some((c) => c.location === l.name);
      if (!hasChampion) report(warn('no-champion', ['organization', 'locations', i], `location "${l.name}" has no local champion`, 'name one per location for in-person support'));
    });
  }
  plan.organization.locations.forEach((l, i) => {
    if ((l.connectivity === 'limited' || l.connectivity === 'poor') && !plan.regional.offlinePlan) {
      report(warn('offline-plan', ['organization', 'locations', i, 'connectivity'], `location "${l.name}" has ${l.connectivity} connectivity but the plan has no offline plan`, 'say under regional.offlinePlan what people do during an internet outage; its messages will carry it'));
    }
  });
  const missing = plan.organization.languages.filter((l) => !plan.supportLanguages.includes(l));
  if (missing.length > 0) report(warn('support-language', ['regional', 'supportLanguages'], `no support in ${missing.join(', ')}, which the organization speaks`));
  if (plan.regional.supportLanguages && plan.support.languages) {
    report(warn('support-languages-twice', ['support', 'languages'], 'support.languages does nothing: regional.supportLanguages is set too, and wins', 'keep one of them'));
  }
  // Champions named in the plan answer "Who will be your champions?" as well as a written answer does.
  const championsNamed = plan.champions.length > 0 || plan.organization.locations.some((l) => l.champion !== undefined);
  for (const [key, question] of Object.entries(DISCOVERY_QUESTIONS)) {
    const answer = plan.discovery[key as keyof typeof DISCOVERY_QUESTIONS];
    if (key === 'champions' && championsNamed) continue;
    if (answer === undefined || answer.trim() === '') report(warn('discovery', ['discovery', key], `unanswered discovery question: ${question}`));
  }
}

/** A metric's range runs from its lowest value up to a higher one. */
function checkMetricRanges(plan: Plan, report: Report): void {
  plan.metrics.forEach((m, i) => {
    const range = metricRange(m);
    if (range && !(range[0] < range[1])) report(err('metric-range', ['metrics', i, 'range'], `the range of ${m.name} runs from ${range[0]} down to ${range[1]}`, 'write the lowest value first, such as [1, 10]'));
  });
}
