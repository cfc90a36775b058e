import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { loadPlan } from '../src/plan/load.js';
import type { Plan } from '../src/plan/resolve.js';
import { STARTER_TEXTS } from '../src/plan/starter-texts.js';
import { stamped } from '../src/render/stamp.js';
import { formatDiagnostic } from '../src/util/errors.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'rollout.cjs');
export const example = (name: string) => path.join(ROOT, 'examples', name);
/** The first line `rollout init` gives its copy of the built-in template `name`: a copy edited below it is current. */
export const stampOf = (name: string) => stamped(name, readFileSync(path.join(ROOT, 'templates', name), 'utf8'), '0.1.0').split('\n')[0]!;

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs the built CLI the way a user would, without colour. */
export function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const tempDirs: string[] = [];

/** Fills in the contact `rollout init` leaves as a placeholder, as its user does before sending anything. */
export function fillInContact(planFile: string): void {
  writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^ {2}contact: \{[^}\n]*\}/m, '  contact: { name: Sandra Kromodimedjo, email: sandra@wanica.example }'));
}

/** A firm's own why and benefit, in place of the examples init writes. */
const OWN = {
  why: { en: 'orders get lost between the office and the bakery', nl: 'bestellingen raken zoek tussen kantoor en bakkerij' },
  benefit: { en: 'how quickly orders reach the bakery', nl: 'hoe snel bestellingen de bakkerij bereiken' },
};

/**
 * The plan init writes, filled in as validate asks: the example answers it leaves commented out
 * (discovery, offline plan) written in, and its example why and benefit replaced by a firm's own.
 */
export function withExamples(text: string): string {
  const own = (['why', 'benefit'] as const).reduce((t, key) => t.replaceAll(STARTER_TEXTS[key].en, OWN[key].en).replaceAll(STARTER_TEXTS[key].nl, OWN[key].nl), text);
  return own.replace(/^# (discovery|regional):.*$/gm, '$1:').replace(/^# {3}(\w+): /gm, '  $1: ');
}

export function writeInExamples(planFile: string): void {
  writeFileSync(planFile, withExamples(readFileSync(planFile, 'utf8')));
}

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rollout-test-'));
  tempDirs.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this test file; run after each file. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The smallest valid plan, with overrides merged on top. */
export function minimalPlan(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    tool: { name: 'Teamchat' },
    organization: { name: 'Acme', headcount: 40 },
    start: '2027-01-04',
    ...overrides,
  };
}

/** A pilot, then two launches on one day (an office and a branch), then `site` with the given fields. */
export function sameDayLaunches(site: Record<string, unknown> = { startWeek: 5 }): Record<string, unknown> {
  return minimalPlan({
    start: '2027-03-01',
    organization: { name: 'Acme', headcount: 45 },
    phases: [
      { id: 'pilot', name: 'Pilot', audience: '10%', weeks: 2 },
      { id: 'office', name: 'Office', audience: '30%', weeks: 2, startWeek: 3 },
      { id: 'branch', name: 'Branch', audience: '20%', weeks: 2, startWeek: 3, overlap: true },
      { id: 'site', name: 'Site', audience: 'rest', weeks: 2, ...site },
    ],
  });
}

export function load(plan: Record<string, unknown> | string, file = 'plan.yaml') {
  return loadPlan(typeof plan === 'string' ? plan : stringify(plan), file);
}

/** The diagnostics of one code a plan gets, as `rollout validate` prints them. */
export function diagnosticLines(plan: Record<string, unknown> | string, code: string): string[] {
  return load(plan, 'rollout.yaml')
    .diagnostics.filter((d) => d.code === code)
    .map(formatDiagnostic);
}

/** Loads a plan that must be valid. */
export function validPlan(plan: Record<string, unknown> | string): Plan {
  const loaded = load(plan);
  if (!loaded.plan) throw new Error(`plan is invalid: ${JSON.stringify(loaded.diagnostics, null, 2)}`);
  return loaded.plan;
}

export function errorsOf(plan: Record<string, unknown> | string) {
  return load(plan).diagnostics.filter((d) => d.severity === 'error');
}

export function warningsOf(plan: Record<string, unknown> | string) {
  return load(plan).diagnostics.filter((d) => d.severity === 'warning');
}

/** A firm of 25: Paramaribo's 18 (a pilot group of 5 and an office of 13), Nieuw Nickerie's 5 and Miami's 2. */
export const pilotInParamaribo = {
  name: 'Sewnarain & Co',
  headcount: 25,
  locations: [
    { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 18, champion: 'Priya' },
    { name: 'Nieuw Nickerie', timezone: 'America/Paramaribo', headcount: 5, champion: 'Sunita' },
    { name: 'Miami', timezone: 'America/New_York', headcount: 2, champion: 'Daniel' },
  ],
  groups: [
    { name: 'Pilot', headcount: 5, kind: 'pilot', location: 'Paramaribo' },
    { name: 'Kantoor Paramaribo', headcount: 13, kind: 'department', location: 'Paramaribo' },
  ],
};
/** An office in Paramaribo with Suriname's public holidays given, and one in Rotterdam, which has none of them. */
export const paramaribo = (headcount: number, holidays: unknown[]) => ({ name: 'Paramaribo', timezone: 'America/Paramaribo', headcount, holidays });
export const rotterdam = (headcount: number) => ({ name: 'Rotterdam', timezone: 'Europe/Amsterdam', headcount });

/** Easter Monday 2027, a public holiday in Suriname, the Netherlands and Curaçao alike. */
export const EASTER_MONDAY = { date: '2027-03-29', name: 'Tweede Paasdag' };
/**
 * Three offices, each with its own holidays (Easter Monday unless `holidays` says otherwise) and
 * none in `calendar.holidays`: Paramaribo's 22 from Monday 1 March 2027, Rotterdam's 12 from 22
 * March, Willemstad's 4 from 12 April.
 */
export function threeOffices(overrides: Record<string, unknown> = {}, holidays: { paramaribo?: unknown[]; rotterdam?: unknown[]; willemstad?: unknown[] } = {}): Plan {
  const office = (name: string, timezone: string, headcount: number, own = [EASTER_MONDAY] as unknown[]) => ({ name, timezone, headcount, holidays: own });
  return validPlan(
    minimalPlan({
      organization: {
        name: 'Marowijne Handel',
        headcount: 38,
        languages: ['en', 'nl'],
        locations: [office('Paramaribo', 'America/Paramaribo', 22, holidays.paramaribo), office('Rotterdam', 'Europe/Amsterdam', 12, holidays.rotterdam), office('Willemstad', 'America/Curacao', 4, holidays.willemstad)],
      },
      start: '2027-03-01',
      calendar: { timezone: 'America/Paramaribo' },
      phases: [
        { id: 'paramaribo', name: 'Paramaribo', audience: { locations: ['Paramaribo'] }, weeks: 3 },
        { id: 'rotterdam', name: 'Rotterdam', audience: { locations: ['Rotterdam'] }, weeks: 3 },
        { id: 'willemstad', name: 'Willemstad', audience: { locations: ['Willemstad'] }, weeks: 2 },
      ],
      ...overrides,
    }),
  );
}
