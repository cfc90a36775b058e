import { z } from 'zod';
import './zod-jitless.js';
import { FIRST_DATE, inDateRange, isIsoDate, LAST_DATE, WEEKDAYS } from '../util/dates.js';
import { isTimeZone, likelyTimeZone, ruleZonePlaces } from '../util/time-zones.js';
import { PLAN_FORMAT_VERSION } from './format.js';
import { SHIFT_SPELLING } from '../schedule/working-hours.js';
import { dateFormat, people, source } from './sources-schema.js';

/** The single source of truth for `rollout.yaml`; types and the JSON Schema derive from it. */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD', abort: true })
  .refine(isIsoDate, { error: 'is not a real calendar date', abort: true })
  .refine(inDateRange, `must be between ${FIRST_DATE} and ${LAST_DATE}`)
  .describe('A calendar date, YYYY-MM-DD.');

const duration = z
  .string()
  .regex(/^\d+\s*[dw]$/, 'expected a duration such as 2w or 10d')
  .describe('A duration in days (10d) or weeks (2w).');

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(clockPattern, 'expected a time of day written HH:MM (24-hour)').describe('A time of day, HH:MM.');

/** A bound of working hours: its error says how to write a night shift and round-the-clock work. */
const shiftClock = (pattern: RegExp) =>
  z.string().regex(pattern, `expected a time of day written HH:MM (24-hour, e.g. "07:00"); ${SHIFT_SPELLING}`).describe('A time of day, HH:MM.');

const timeZone = z
  .string()
  .superRefine((name, ctx) => {
    const places = ruleZonePlaces(name);
    if (places) return ctx.addIssue({ code: 'custom', message: `is an old zone name for a clock rule, not a place (write the zone of the location's city, such as ${places})` });
    if (isTimeZone(name)) return;
    const meant = likelyTimeZone(name);
    ctx.addIssue({ code: 'custom', message: `is not an IANA time zone (${meant ? `did you mean "${meant}"?` : 'for example America/Paramaribo'})` });
  })
  .describe('An IANA time zone such as America/Paramaribo.');

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes, e.g. early-adopters')
  .max(64);

const share = z
  .string()
  .regex(/^\d{1,3}(\.\d+)?%(\s*-\s*\d{1,3}(\.\d+)?%)?$|^\d{1,3}(\.\d+)?\s*-\s*\d{1,3}(\.\d+)?%$/, 'expected a share of headcount such as 15% or 10-20%')
  .describe('A share of headcount: 15% or a range 10-20%.');

export const LANGUAGES = ['en', 'nl'] as const;
const language = z.enum(LANGUAGES);

/**
 * Free text the tool shows people: one string for every language, or one per language
 * (`why: { en: ..., nl: ... }`), so that no message mixes languages.
 */
const plainText = z.string();
const text = z
  .union([
    plainText,
    z.partialRecord(language, z.string()).refine((m) => Object.keys(m).length > 0, 'give the text in at least one language, e.g. { en: ..., nl: ... }'),
  ])
  .meta({ id: 'text', description: 'Text: one string for every language, or one per language, e.g. { en: Sales, nl: Verkoop }.' });
const texts = z.array(text);

/** A web address, or one per language (`{ en: https://forms.gle/..., nl: https://forms.office.com/r/... }`): a form written in each language. */
const webAddress = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://, such as "https://forms.office.com/r/..."' });
const webAddresses = z
  .union([webAddress, z.partialRecord(language, webAddress).refine((m) => Object.keys(m).length > 0, 'give the address in at least one language, e.g. { en: ..., nl: ... }')]);

/** Whether a (possibly described) schema is the plan's free-text type. */
export function isTextSchema(schema: z.ZodType): boolean {
  const def = schema._zod.def;
  return def.type === 'union' && (def as z.core.$ZodUnionDef).options[0] === plainText;
}

const person = z.strictObject({
  name: z.string().min(1),
  email: z.email().optional(),
  phone: z.string().optional(),
  role: text.optional(),
});

const weekday = z.enum(WEEKDAYS);
const operator = z.enum(['>=', '>', '<=', '<', '==', '!=']);

const holiday = z.union([isoDate, z.strictObject({ date: isoDate, name: text.optional() })]);

const location = z.strictObject({
  name: z.string().min(1),
  timezone: timeZone,
  headcount: z.int().nonnegative().optional(),
  champion: z.string().optional(),
  workingHours: z
    .strictObject({ start: shiftClock(clockPattern), end: shiftClock(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/) })
    .default({ start: '08:00', end: '17:00' })
    .describe('Local hours in which people of this location can attend a session: an end before the start crosses midnight (23:00-07:00), 00:00-24:00 is round the clock.'),
  workingDays: z
    .array(weekday)
    .min(1)
    .optional()
    .describe("The days this location works, e.g. [mon, tue, wed, thu, fri, sat]: its sessions, office hours and messages fall on them; default: calendar.workingDays."),
  sessionTime: clock
    .optional()
    .describe("This location's own time for its training sessions, on its clock, e.g. \"23:30\" for a night shift; default: training.sessionTime. With training.mode: shared it does nothing."),
  officeHoursTime: clock
    .optional()
    .describe("This location's own time for its office hours, on its clock; default: training.officeHours.time. With training.mode: shared it does nothing."),
  holidays: z.array(holiday).default([]).describe('Public holidays of this location only.'),
  connectivity: z.enum(['good', 'limited', 'poor']).optional(),
  languages: z.array(language).min(1).optional().describe("The languages this location's people read, of organization.languages; default: all of them."),
});

const group = z.strictObject({
  name: z.string().min(1),
  headcount: z.int().nonnegative(),
  kind: z.enum(['group', 'department', 'pilot']).default('group'),
  location: z.string().optional(),
  workload: text.optional().meta({ deprecated: true, description: 'Deprecated: does nothing; format version 1 still accepts it.' }),
});

const audience = z
  .union([
    share,
    z.enum(['rest', 'all', 'none']),
    z.strictObject({ groups: z.array(z.string()).min(1) }),
    z.strictObject({ locations: z.array(z.string()).min(1) }),
  ])
  .describe('Who a phase brings in: a share (15%, 10-20%), rest, all, none, {groups: [...]} or {locations: [...]}.');

export const PHASE_KINDS = ['launch', 'stabilize', 'decommission'] as const;

const condition = z.strictObject({
  metric: z.string().min(1),
  op: operator.default('>='),
  threshold: z.number(),
});

const phase = z.strictObject({
  id,
  name: text,
  kind: z.enum(PHASE_KINDS).default('launch'),
  audience: audience.optional(),
  weeks: z.int().positive().max(104).optional(),
  days: z.int().positive().max(730).optional(),
  startWeek: z.int().positive().max(520).optional().describe('Rollout week in which the phase starts (week 1 = the week of start).'),
  overlap: z.boolean().default(false).describe('Allow this phase to start before the previous one ends.'),
  workload: text.optional().meta({ deprecated: true, description: 'Deprecated: does nothing; format version 1 still accepts it.' }),
  when: condition.optional().describe('Decommission condition, e.g. {metric: active_use_pct, op: ">=", threshold: 80}.'),
  activities: texts.optional(),
  champion: z.string().optional(),
});

/** The forms a targeted group's messages take: an email, a short text for WhatsApp or SMS, a printable notice. */
export const SEND_FORMS = ['email', 'text', 'notice'] as const;

const targetedGroup = z.strictObject({
  group: z.string().min(1),
  why: text.optional(),
  channel: text.optional(),
  send: z
    .array(z.enum(SEND_FORMS))
    .min(1)
    .default(['email'])
    .describe('What render-emails writes this group: email, text (a short message to paste into WhatsApp or SMS), notice (a printable A4 page), for its launch messages, the weekly updates and surveys once it has started, the pause, resume and extension notices that move its dates, the switch-off\'s announcement and its postponement, a rollback that reaches it and the retrospective. Without email, the emails\' To: leaves the group out, and a message read by such groups alone gets no email.'),
});

const communications = z.strictObject({
  announceLead: duration.default('2w').describe('How long before a phase starts its announcement goes out.'),
  reminderLead: duration.default('1w'),
  weeklyUpdates: z.boolean().default(true),
  weeklyUpdateDay: weekday.default('fri'),
  retrospectiveAfter: duration.default('2w').describe('How long after the rollout ends the retrospective is held.'),
  channels: texts.default(['email']),
  sender: person.optional(),
  owner: text.optional().describe('Ongoing owner of communications and resources.'),
  targetedGroups: z.array(targetedGroup).default([]),
  surveyLink: webAddresses
    .optional()
    .describe('The address of the survey form (Microsoft Forms, Google Forms), or one per language ({ en: ..., nl: ... }) when each language answers its own form: the weekly survey email links to it instead of asking for a reply.'),
});

const officeHours = z.strictObject({
  time: clock.default('14:00'),
  minutes: z.int().positive().max(480).default(60),
  firstWeek: z.literal('daily').default('daily').meta({ deprecated: true, description: 'Deprecated: office hours are always daily in the first week.' }),
  secondWeekPerWeek: z.int().min(0).max(7).default(3),
  after: z.enum(['as-needed', 'weekly']).default('as-needed'),
});

const training = z.strictObject({
  sessionsPerPhase: z.int().min(0).max(10).default(1),
  sessionMinutes: z.int().positive().max(480).default(90),
  sessionTime: clock.default('10:00'),
  sessionDay: z.int().min(1).max(10).default(1).describe('Working day of the phase on which the session is held.'),
  mode: z
    .enum(['per-location', 'shared'])
    .default('per-location')
    .describe('per-location: each location at its own local time; shared: one session for all, in calendar.timezone.'),
  format: text.default('hands-on'),
  officeHours: officeHours.default(officeHours.parse({})),
  selfService: texts
    .default(['Quick start guide (2 pages)', 'Video tutorials (5-10 minutes each)', 'FAQ document', 'Cheat sheet (1 page)']),
  buddySystem: z.boolean().default(true),
});

const supportTier = z.strictObject({
  tier: z.int().min(1).max(4),
  name: text,
  owner: text.optional(),
  channels: texts.default([]),
  handles: texts.default([]),
});

export const DEFAULT_TIERS = [
  { tier: 1, name: 'Self-service', channels: [], handles: ['Documentation', 'Video tutorials', 'FAQ', 'Internal knowledge base'] },
  { tier: 2, name: 'Internal support', channels: [], handles: ['Champion from each phase', 'Office hours', 'Quick questions in the chat channel'] },
  { tier: 3, name: 'IT/Admin', channels: [], handles: ['Complex technical issues', 'Configuration changes', 'Integration problems'] },
  { tier: 4, name: 'Vendor support', channels: [], handles: ['Software bugs', 'Platform issues', 'Feature questions'] },
];

const support = z.strictObject({
  tiers: z.array(supportTier).default(DEFAULT_TIERS),
  escalation: z.array(z.int().min(1).max(4)).default([1, 2, 3, 4]),
  languages: z.array(language).optional(),
});

/** The playbook's support structure, for a plan of more than 10 people that leaves out `support:`. */
export const DEFAULT_SUPPORT = support.parse({});

const champion = z.strictObject({
  name: z.string().min(1),
  email: z.email().optional(),
  location: z.string().optional(),
  group: z.string().optional(),
  phase: z.string().optional(),
});

export const METRIC_UNITS = ['percent', 'count', 'score', 'number', 'hours'] as const;

const metric = z.strictObject({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'expected a metric name such as active_use_pct'),
  label: text.optional(),
  unit: z.enum(METRIC_UNITS).default('number'),
  scale: z
    .enum(['0-100', '0-1'])
    .optional()
    .describe('For percent metrics: whether a bare CSV value 0.8 means 0.8% (0-100) or 80% (0-1).'),
  range: z
    .array(z.number())
    .length(2, 'expected two numbers, the lowest and the highest value: [1, 10]')
    .optional()
    .describe('The lowest and highest value the metric takes, such as [1, 10] for the answers to a 1-10 question: a value outside is a bad row.'),
  goal: text.optional(),
});

export const AGGREGATES = ['last', 'mean', 'min', 'max', 'sum', 'count', 'p50', 'p90', 'nps', 'slope'] as const;
export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export const DECISIONS = ['continue', 'pause', 'rollback'] as const;
export const GUARDS = ['next', 'decommission', 'none'] as const;
const decision = z.enum(DECISIONS);

const gate = z.strictObject({
  id,
  phase: z.string().min(1),
  metric: z.string().min(1),
  aggregate: z.enum(AGGREGATES).default('last'),
  op: operator.default('>='),
  threshold: z.number(),
  within: duration.default('4w').describe('The gate is due this long after the phase starts.'),
  due: z
    .enum(['day-before'])
    .optional()
    .describe('day-before: due the last working day before the launch or switch-off it guards, instead of `within`.'),
  guards: z
    .enum(GUARDS)
    .default('none')
    .describe('What waits for this gate: next (the next launch), decommission (the switch-off) or none (report only).'),
  severity: z.enum(SEVERITIES).default('major'),
  minSamples: z
    .int()
    .positive()
    .optional()
    .describe('Fewer answers than this: inconclusive. Default: 5 for a survey metric (or everyone in scope when fewer, never fewer than 2), else 1.'),
  minDays: z.int().min(2).optional().describe('Days with data a slope needs; default 3.'),
  group: z.string().optional(),
  location: z.string().optional(),
  scope: z
    .enum(['phase', 'organization'])
    .optional()
    .describe("Whose rows the gate reads in its window: its phase's people (phase, the default) or everyone's (organization), as the default survey gates do."),
  onInconclusive: decision.default('pause'),
  description: text.optional().meta({ deprecated: true, description: 'Deprecated: does nothing; format version 1 still accepts it.' }),
});

/** One part of the rollout, for a pause or a rollback of that part alone. */
const part = z.strictObject({
  phase: z.string().optional().describe('A phase id: this phase and the phases that wait for it.'),
  location: z.string().optional().describe('A location name: its sessions and gates, and the phases that bring in nobody else.'),
});

export const pauseSchema = z
  .strictObject({
    from: isoDate.describe('First day of the pause: everything dated on or after it moves (with `only`, everything of that part).'),
    until: isoDate.optional().describe('The day the rollout resumes; leave out while the pause is open (later items are on hold).'),
    reason: text.describe('Why the rollout pauses, for the pause notice: text, or a map of language to text.'),
    phase: z.string().optional().describe('The phase the pause concerns, for the notices only: a pause without `only` moves everything.'),
    only: part.optional().describe('Pause one part of the rollout only, one phase or one location (give one of the two): only its dated items move, and those of the phases that wait for it; everything else stays put.'),
    decided: isoDate
      .optional()
      .describe('The day the pause was written into the plan, for a break planned ahead: messages dated from then on speak of it. By default its first day: the messages dated before it went out without it, and are written as they went out.'),
    untilDecided: isoDate
      .optional()
      .describe('The day `until` was written in, for a pause that began open: the messages dated before it (its pause notice among them) went out without an end and are written so; the resume notice goes out that day. After `from`, on or before `until`; by default the end was known from the start.'),
  })
  .describe('A pause that happened: every later item (with `only`, every later item of that part) moves by its working days.');

export const extensionSchema = z
  .strictObject({
    phase: z.string().describe('The id of the phase that runs longer: it is running on `decided`.'),
    by: duration.optional().describe('How much longer it runs, in weeks (1w) or days counted on the calendar (give this or `until`).'),
    until: isoDate.optional().describe('Its new last day (give this or `by`).'),
    decided: isoDate.describe('The day the extension was decided and written in, while the phase runs: its notice goes out that day, and the messages dated before it went out without it.'),
    reason: text.describe('Why the phase runs longer, for the notice to its people: text, or a map of language to text.'),
  })
  .describe('A running phase that runs longer: its end, and every later item of the phases that wait for it, move by the extra working days; its office hours go on in the extra days.');

export const rollbackSchema = z
  .strictObject({
    on: isoDate.describe('The day the rollout rolled back: its notice goes out that day, and nothing planned from that day on happens.'),
    reason: text.describe('Why the rollout rolled back, for the notice and the report: text, or a map of language to text.'),
    only: part.optional().describe('Roll back one part of the rollout only, one phase or one location (give one of the two): its items from `on` are withdrawn, the switch-off waits, everything else goes on.'),
    resume: z
      .strictObject({
        on: isoDate.describe("The day the part starts again: its phases run again from that day, and what waits for it (the switch-off) follows; its gates read that part's rows from that day on."),
        changed: text.optional().describe('What is different this time, for the record: text, or a map of language to text.'),
        decided: isoDate
          .optional()
          .describe("The day the second try was decided and written in: the messages dated before it (the rollback's among them) went out without it, and the second try is announced from it. On or after the rollback's `on`, before `resume.on`; by default the rollback's `on`."),
      })
      .optional()
      .describe('For a rollback of one part (`only`): the second try of that part, in this plan. The rollback stays as the record of the first.'),
  })
  .describe('A rollback that happened: items before it stay, the rollback notice takes that day, later items are withdrawn.');

export const restartSchema = z
  .strictObject({
    rolledBackOn: isoDate.describe('The day the earlier attempt rolled back, as its plan wrote it (its rollback.on).'),
    reason: text.describe('Why the earlier attempt rolled back, for the announcement: text, or a map of language to text.'),
    changed: text.optional().describe('What is different this time, for the announcement and the welcome: text, or a map of language to text.'),
    readFrom: isoDate
      .optional()
      .describe("The first day whose exports this plan reads: a file that covers only earlier days (the earlier attempt's) is not read or checked, and rows dated before it are left out. By default start."),
  })
  .describe('This plan is a second try after an earlier attempt rolled back as a whole: its messages say so, and it reads no export of the earlier attempt.');

const columnRoles = z.strictObject({
  date: z.string().optional(),
  metric: z.string().optional(),
  value: z.string().optional(),
  phase: z.string().optional(),
  group: z.string().optional(),
  location: z.string().optional(),
});

const metricsImport = z.strictObject({
  columns: columnRoles.default({}).describe('Map your CSV column names to the roles rollout reads.'),
  dateFormat: dateFormat.default('auto'),
  thousands: z
    .enum(['.', ',', ' ', 'none'])
    .optional()
    .describe('What groups thousands in the values ("." in 1.234 = 1234), or "none". Needed for values such as 1.234 in a file with decimal commas.'),
});

const contingency = z.strictObject({
  minor: decision.default('continue'),
  major: decision.default('pause'),
  critical: decision.default('rollback'),
  keepOldSystemUntilProven: z.boolean().default(true),
  exportEvery: duration.optional().describe('How often data is exported while both systems run.'),
  rollbackProcedure: text.optional(),
});

export const DISCOVERY_QUESTIONS = {
  approach: 'How will you roll out to your end users (phased by location, by workload, ...)?',
  communications: 'How does your organization handle broad communications?',
  monitoring: 'How will you monitor and report on the success of the delivery channels?',
  champions: 'Who will be your champions?',
  targetedMessaging: 'What groups may need targeted messaging, and how will you reach them?',
  training: 'How do you typically train your end users? Which training approaches will you use?',
  selfHelp: 'Do users know where to go for answers, so the support organization is not weighed down?',
} as const;

const discovery = z.strictObject(
  Object.fromEntries(Object.entries(DISCOVERY_QUESTIONS).map(([key, q]) => [key, text.optional().describe(q)])) as {
    [K in keyof typeof DISCOVERY_QUESTIONS]: z.ZodOptional<typeof text>;
  },
);

const focusAreas = z.strictObject({
  planning: text.optional(),
  helpDesk: text.optional(),
  awareness: text.optional(),
  training: text.optional(),
  operations: text.optional(),
});

const regional = z.strictObject({
  offlinePlan: text.optional().describe('What people do during an internet outage.'),
  mobileData: text.optional(),
  supportLanguages: z.array(language).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as USD or SRD').optional(),
  budget: z.number().nonnegative().optional(),
});

const objection = z.strictObject({ objection: text, response: text });
const challenge = z.strictObject({ challenge: text, mitigation: text });

/** What becomes of the old tool's data at the switch-off, after its export. */
export const OLD_DATA = ['archive', 'delete', 'keep'] as const;
export type OldData = (typeof OLD_DATA)[number];

export const planSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(PLAN_FORMAT_VERSION),
    tool: z.strictObject({
      name: z.string().min(1),
      replaces: text.optional(),
      oldData: z
        .enum(OLD_DATA)
        .default('archive')
        .describe("What becomes of the old tool's data at the switch-off, after its export: archive (kept for reference), delete (a sheet of passwords, once imported) or keep (left where it is)."),
      why: text.optional().describe('The problem the tool solves.'),
      benefit: text.optional().describe('What it improves, for the announcement.'),
      contact: person.optional().describe('Who answers questions.'),
      sponsor: person.optional().describe('Executive sponsor who sends the first announcement.'),
      vendor: z.string().optional(),
      pilotResults: text.optional(),
    }),
    organization: z.strictObject({
      name: z.string().min(1),
      headcount: z.int().positive().max(10_000_000),
      languages: z.array(language).min(1).default(['en']),
      locations: z.array(location).default([]),
      groups: z.array(group).default([]),
    }),
    start: isoDate.describe('Date of the first launch.'),
    calendar: z
      .strictObject({
        workingDays: z.array(weekday).min(1).default(['mon', 'tue', 'wed', 'thu', 'fri']),
        holidays: z.array(holiday).default([]),
        timezone: timeZone.optional().describe('Zone of shared sessions, and whose date is today for a command run without --at; defaults to the first location, else UTC (for today: the machine\'s date).'),
      })
      .default({ workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], holidays: [] }),
    strategy: z
      .strictObject({
        approach: z.enum(['phased', 'big-bang']).default('phased'),
        by: z.enum(['group', 'location', 'department', 'workload']).default('group'),
      })
      .default({ approach: 'phased', by: 'group' }),
    preset: z.enum(['solo', 'small', 'growing', 'custom']).default('custom'),
    phases: z.array(phase).optional().describe('Leave out to use the preset phases.'),
    communications: communications.default(communications.parse({})),
    training: training.default(training.parse({})),
    support: support.optional().describe('Leave out for the defaults: the playbook\'s four tiers; for 10 people or fewer, or the solo or small preset, three (no IT/admin tier).'),
    champions: z.array(champion).default([]),
    metrics: z.array(metric).default([]),
    metricsImport: metricsImport.default(metricsImport.parse({})),
    people: people.optional(),
    sources: z.array(source).default([]).describe('Raw exports the metrics are computed from; read by gate-check, report and metrics.'),
    gates: z.array(gate).optional().describe('Leave out for the defaults: 80% active use 4 weeks after each launch; satisfaction, NPS and support tickets 4 weeks after the first.'),
    contingency: contingency.default(contingency.parse({})),
    pauses: z.array(pauseSchema).default([]).describe('Pauses that happened, in any order; they must not overlap, but pauses of different parts (`only`) may.'),
    extensions: z.array(extensionSchema).default([]).describe('Running phases that run longer than planned, in any order.'),
    rollback: z
      .union([rollbackSchema, z.array(rollbackSchema).min(1)])
      .optional()
      .describe('A rollback that happened, or a list: rollbacks of one part each (`only`), and at most one of the whole rollout, after them.'),
    restart: restartSchema.optional(),
    discovery: discovery.default({}),
    focusAreas: focusAreas.default({}),
    regional: regional.default({}),
    resistance: z.array(objection).optional(),
    challenges: z.array(challenge).optional(),
  })
  .describe('A rollout plan for the rollout command-line tool.');

export type PlanInput = z.input<typeof planSchema>;
/** The plan as written: its texts may still be one per language. */
export type ParsedPlan = z.output<typeof planSchema>;
export type Text = z.output<typeof text>;
export type TextMap = Exclude<Text, string>;

/** A value with every text of the plan resolved to one language. */
export type Localized<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? [keyof T] extends [never]
        ? T
        : [Exclude<keyof T, Language>] extends [never]
          ? string
          : { [K in keyof T]: Localized<T[K]> }
      : T;

export type Phase = Localized<z.output<typeof phase>>;
export type Gate = Localized<z.output<typeof gate>>;
export type Pause = Localized<z.output<typeof pauseSchema>>;
export type Extension = Localized<z.output<typeof extensionSchema>>;
export type Rollback = Localized<z.output<typeof rollbackSchema>>;
export type Restart = Localized<z.output<typeof restartSchema>>;
export type Audience = z.output<typeof audience>;
export type Holiday = Localized<z.output<typeof holiday>>;
export type Metric = Localized<z.output<typeof metric>>;
export type Decision = (typeof DECISIONS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Guards = (typeof GUARDS)[number];
export type Aggregate = (typeof AGGREGATES)[number];
export type Operator = z.output<typeof operator>;
export type Language = (typeof LANGUAGES)[number];
