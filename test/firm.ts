import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkGates } from '../src/gates/check.js';
import { loadPlan } from '../src/plan/load.js';
import { parseDay } from '../src/util/dates.js';
import { ROOT, tempDir } from './helpers.js';

/**
 * A 25-person firm in Paramaribo and Nieuw Nickerie on 2027-03-31, with the exports of its
 * tools as they come: Teams activity (BOM, CRLF, a deleted, an unlicensed and an external
 * user), MS Forms from Dutch Excel, Google Forms with US dates, a helpdesk export.
 */
export const FIRM = path.join(ROOT, 'test/fixtures/firm');

/** A copy of the firm's folder in which one Administratie user was active a day later: department-1 reaches 71%, nothing waits. */
export function firmWithoutPause(): string {
  const dir = tempDir();
  cpSync(FIRM, dir, { recursive: true });
  const file = path.join(dir, 'exports/TeamsUserActivityUserDetail20270322.csv');
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(/(g\.vanleeuwaarde@sranan-advies\.sr,)2027-03-15,/, '$12027-03-16,');
  if (changed === text) throw new Error('fixture changed: no row to move');
  writeFileSync(file, changed);
  return dir;
}

/** gate-check's core on one of the firm's plans (or on `text`, as if it were that file), as the command reads it. */
export async function checkFirm(at: string, planFile = 'rollout.yaml', dir = FIRM, text?: string) {
  const file = path.join(dir, planFile);
  const loaded = loadPlan(text ?? readFileSync(file, 'utf8'), file);
  if (!loaded.plan) throw new Error(JSON.stringify(loaded.diagnostics));
  const plan = loaded.plan;
  const output = await checkGates({ plan, files: [], asOf: parseDay(at), lenient: false, sources: { baseDir: dir } });
  return { plan, ...output };
}
