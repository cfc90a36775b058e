import { cpSync, readFileSync, writeFileSync } from 'node:fs';
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

export interface Point {
  date: string;
  metric: string;
  value: number;
  scope: string;
  rows: number;
}

/** Every point the sources give in every scope, rounded as gates report them. */
export async function points(plan: Plan, baseDir: string, lenient = false): Promise<{ points: Point[]; warnings: string[] }> {
  const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
  const answers = new Set(plan.gates.filter((g) => g.aggregate === 'nps').map((g) => g.metric));
  const out: Point[] = [];
  const { warnings } = await readSources({ plan, baseDir, lenient, metrics, answers, scopes: (metric) => allScopes(plan, metric) }, (p: SourcePoint) =>
    out.push({ date: formatDay(p.day), metric: p.metric, value: Math.round(p.value * 10_000) / 10_000, scope: [p.phase, p.group, p.location].filter(Boolean).join('/'), rows: p.rows }),
  );
  return { points: out, warnings };
}

/** The plan in a folder made by adoptionCopy, or with no folder the example itself. */
export function planIn(dir?: string): Plan {
  return validPlan(readFileSync(dir ? path.join(dir, 'rollout.yaml') : example('adoption.yaml'), 'utf8'));
}
