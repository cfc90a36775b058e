import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { DEFAULT_METRICS, type Plan } from '../../src/plan/resolve.js';
import { readSources, type SourcePoint } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { formatDay } from '../../src/util/dates.js';
import { example, tempDir, validPlan } from '../helpers.js';

/** The example plan with roster and exports, as YAML data to change in a test. */
export function adoptionPlan(): Record<string, unknown> {
  return parse(readFileSync(example('adoption.yaml'), 'utf8')) as Record<string, unknown>;
}

/** Slack's analytics overview, one row a day for the whole workspace, as the README's Slack section reads it. */
export const slackOverview = {
  file: 'exports/* Overview Analytics *.csv',
  kind: 'daily',
  date: 'Date',
  metrics: { active_use_pct: { numerator: 'Weekly active members', denominator: 'Total Enabled Membership' } },
};

/** Slack's overview export of the first two weeks, with `enabled` in Total Enabled Membership (and `claimed` in Claimed Full Members) and every enabled member active. */
export function slackOverviewExport(dir: string, enabled: number, bom = true, claimed = enabled): void {
  mkdirSync(path.join(dir, 'exports'), { recursive: true });
  const days = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-11'];
  const rows = days.map((d) => `${d},${enabled},${claimed},${enabled - 1},2,${Math.min(enabled, 5)},3,"20","5, of which 1 shared",9`);
  const header = 'Date,Total Enabled Membership,Claimed Full Members,Daily active members,Daily members posting messages,Weekly active members,Weekly members posting messages,Messages in public channels,Messages in private channels,Messages in DMs';
  writeFileSync(path.join(dir, 'exports', 'Acme Overview Analytics All time - Jan 11, 2027.csv'), `${bom ? '\uFEFF' : ''}${[header, ...rows].join('\r\n')}\r\n`);
}

/** The overview read for two shares over different columns: active use of the enabled accounts, posting of the claimed ones. */
export function twoSlackShares(): Record<string, unknown> {
  const posting = { numerator: 'Weekly members posting messages', denominator: 'Claimed Full Members' };
  return {
    metrics: [{ name: 'posting_pct', label: { en: 'Posting weekly', nl: 'Post wekelijks' }, unit: 'percent' }],
    sources: [{ ...slackOverview, metrics: { ...slackOverview.metrics, posting_pct: posting } }],
    gates: [
      { id: 'first-half-go-no-go', phase: 'first-half', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next' },
      { id: 'first-half-posting', phase: 'first-half', metric: 'posting_pct', threshold: 60, due: 'day-before', severity: 'minor', guards: 'next' },
    ],
  };
}

/** The small preset (half the team, then the other half) for 9 people, reading Slack's overview. */
export function ninePeopleOnSlack(change: Record<string, unknown> = {}): Record<string, unknown> {
  const plan = parse(readFileSync(example('small-team.yaml'), 'utf8')) as Record<string, unknown>;
  return { ...plan, organization: { ...(plan.organization as object), headcount: 9 }, sources: [slackOverview], ...change };
}

/** The ids of the 7 people of the example's Nieuw Nickerie branch, as its exports write them. */
export const BRANCH_IDS = /rachel\.soekhai|sunil\.baldew|gina\.tjoe|mohan\.ramcharan|esther\.vos|amit\.dwarka|wendy\.kromosoeto/;

/** The parts of the example plan a test changes. */
export interface PlanData {
  people: Record<string, unknown>;
  sources: Record<string, unknown>[];
  gates: Record<string, unknown>[];
  phases: Record<string, unknown>[];
}

/** A copy of the example's folder with a changed plan: a place to break files in. */
export function adoptionCopy(change: (plan: PlanData) => void = () => {}): string {
  const dir = tempDir();
  cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
  const plan = adoptionPlan() as unknown as PlanData;
  change(plan);
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
  return dir;
}

/** A copy of the example reading `source` alone, from these `files` in adoption/exports/`folder`. */
export function oneSourceCopy(source: Record<string, unknown>, folder: string, files: Record<string, string>): string {
  const dir = adoptionCopy((plan) => {
    plan.sources = [source];
  });
  const at = path.join(dir, 'adoption/exports', folder);
  mkdirSync(at);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(at, name), text);
  return dir;
}

/** What the sources of the plan in `dir` give, point by point (all scopes), with their warnings and imports. */
export async function readAll(dir: string) {
  const plan = planIn(dir);
  const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
  const points: { metric: string; day: string; value: number }[] = [];
  const out = await readSources({ plan, baseDir: dir, lenient: false, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m) }, (p) => points.push({ metric: p.metric, day: formatDay(p.day), value: p.value }));
  return { points, ...out };
}

export interface Point {
  date: string;
  metric: string;
  value: number;
  scope: string;
  rows: number;
}

/** Every point the sources give in every scope, rounded as gates report them. */
export async function points(plan: Plan, baseDir: string, lenient = false): Promise<{ points: Point[]; warnings: string[]; covered: Map<string, string> }> {
  const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
  const answers = new Set(plan.gates.filter((g) => g.aggregate === 'nps').map((g) => g.metric));
  const out: Point[] = [];
  const { warnings, covered } = await readSources({ plan, baseDir, lenient, metrics, answers, scopes: (metric) => allScopes(plan, metric) }, (p: SourcePoint) =>
    out.push({ date: formatDay(p.day), metric: p.metric, value: Math.round(p.value * 10_000) / 10_000, scope: [p.phase, p.group, p.location].filter(Boolean).join('/'), rows: p.rows }),
  );
  return { points: out, warnings, covered: new Map([...covered].map(([metric, day]) => [metric, formatDay(day)])) };
}

/** The plan in a folder made by adoptionCopy, or with no folder the example itself. */
export function planIn(dir?: string): Plan {
  return validPlan(readFileSync(dir ? path.join(dir, 'rollout.yaml') : example('adoption.yaml'), 'utf8'));
}

const FORM = 'adoption/exports/Teams-enquete (Excel NL).csv';

/** The Dutch Microsoft Forms export with two more responses whose respondent is not recorded. */
export function formWithAnonymous(change: (plan: PlanData) => void = () => {}): string {
  const dir = adoptionCopy((plan) => {
    plan.sources = [{ file: FORM, kind: 'responses', date: 'Begintijd', dateFormat: 'd-m-yyyy', person: 'E-mail', metrics: { satisfaction: 'Hoe tevreden*' } }];
    change(plan);
  });
  const file = path.join(dir, FORM);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\r\n4;11-3-2027 09:00:00;11-3-2027 09:04:00;anonymous;;5;6;"Te veel meldingen;\ngraag uitleg"\r\n5;12-3-2027 16:20:00;12-3-2027 16:22:00;;;6;7;\r\n6;12-3-2027 17:00:00;12-3-2027 17:01:00;gast@extern.example;Gast;2;0;\r\n`);
  return dir;
}

/**
 * An export as Excel saves it again once opened, beside the others as the admin center wrote them:
 * Dutch Excel writes `;`, Windows-1252 and day-first dates without leading zeros (`2027-03-08`
 * becomes `8-3-2027`), US Excel `,` and month-first ones (`3/8/2027`).
 */
export function resaveInExcel(file: string, region: 'nl' | 'us' = 'nl'): void {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  const redate = (cell: string) =>
    cell.replace(/^(\d{4})-(\d\d)-(\d\d)$/, (_, y: string, m: string, d: string) => (region === 'nl' ? `${Number(d)}-${Number(m)}-${y}` : `${Number(m)}/${Number(d)}/${y}`));
  const resaved = lines.map((line, i) => line.split(',').map((cell) => (i === 0 ? cell : redate(cell))).join(region === 'nl' ? ';' : ','));
  writeFileSync(file, Buffer.from(resaved.join('\r\n'), 'latin1'));
}
