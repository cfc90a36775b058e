import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The firm's helpdesk export as downloaded at 9 on Tuesday 23 March 2027, after the Holi Phagwa
 * holiday on Monday 22: its last Teams ticket is of Friday 19 March, its last row a printer
 * ticket of 08:00 that morning (`morning: false` leaves that row out). The update of Thursday
 * 25 March (Good Friday is off) knows of 23 to 25 March only that first hour. It is saved under
 * that day, `tickets-export-2027-03-23.csv`, or with `dated: false` under a name without a date.
 */
export function firmTicketsTo19March({ morning = true, dated = true } = {}): string {
  const dir = tempDir();
  cpSync(FIRM, dir, { recursive: true });
  const file = path.join(dir, 'exports/tickets-export-2027-03.csv');
  const [header, ...records] = readFileSync(file, 'utf8').split(/\r?\n(?=\d+,)/);
  const created = (record: string) => /,(\d\d)\/(\d\d)\/2027 (\d\d):\d\d,/.exec(record)!;
  const downloaded = (r: string) => morning && Number(created(r)[2]) === 23 && Number(created(r)[3]) < 9;
  const kept = records.filter((r) => Number(created(r)[2]) <= 19 || downloaded(r));
  if (morning && !kept.some(downloaded)) throw new Error('fixture changed: no ticket on the morning of 23 March');
  rmSync(file);
  writeFileSync(path.join(dir, `exports/tickets-export-${dated ? '2027-03-23' : 'helpdesk'}.csv`), `${[header, ...kept].join('\r\n').trimEnd()}\r\n`);
  return dir;
}
