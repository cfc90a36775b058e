import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { adoptionCopy, type PlanData, type Point } from './support.js';

export const TRAINING = 'adoption/exports/training';

/** The example with its attendance source alone, changed by `change`. */
export function attendanceCopy(source: Record<string, unknown> = {}, change: (plan: PlanData) => void = () => {}): string {
  return adoptionCopy((plan) => {
    plan.sources = [{ file: `${TRAINING}/*.csv`, kind: 'attendance', metric: 'training_completion_pct', ...source }];
    change(plan);
  });
}

export const at = (all: Point[], scope: string, date: string) => all.find((p) => p.scope === scope && p.date === date);

/** Text as Teams writes an attendance report: UTF-16 LE with a byte order mark, CR LF, tabs. */
export function teamsBytes(lines: string[][]): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.map((cells) => cells.join('\t')).join('\r\n') + '\r\n', 'utf16le')]);
}

export const PARTICIPANTS_HEADER = ['Name', 'First Join', 'Last Leave', 'In-Meeting Duration', 'Email', 'Participant ID (UPN)', 'Role'];

/** A participant of a report of today's layout: name, join, leave, duration, e-mail. */
export type Participant = [name: string, join: string, leave: string, duration: string, email: string];

/** A report as downloaded since 2022: a summary, the participants, and every join and leave again. */
export function teamsReport(start: string, participants: Participant[], activities: Participant[] = participants): string[][] {
  return [
    ['1. Summary'],
    ['Meeting title', 'Groepstraining'],
    ['Attended participants', String(participants.length)],
    ['Start time', start],
    ['End time', start],
    ['Meeting duration', '1h 30m 0s'],
    [''],
    ['2. Participants'],
    PARTICIPANTS_HEADER,
    ...participants.map(([name, join, leave, duration, email]) => [name, join, leave, duration, email, email, 'Presenter']),
    [''],
    ['3. In-Meeting Activities'],
    ['Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role'],
    ...activities.map(([name, join, leave, duration, email]) => [name, join, leave, duration, email, 'Presenter']),
  ];
}

/** A report as downloaded in 2021: a summary without numbers, and a row per join. */
export function report2021(start: string, participants: Participant[]): string[][] {
  return [
    ['Meeting Summary'],
    ['Total Number of Participants', String(participants.length)],
    ['Meeting Title', 'Groepstraining'],
    ['Meeting Start Time', start],
    ['Meeting End Time', start],
    ['Meeting Id', '453adbad-3672-4bde-92d0-6be3049eb379'],
    [''],
    ['Full Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role', 'Participant ID (UPN)'],
    ...participants.map(([name, join, leave, duration, email]) => [name, join, leave, duration, email, 'Attendee', email]),
  ];
}

export function writeReport(dir: string, name: string, lines: string[][]): string {
  const file = path.join(dir, name);
  writeFileSync(file, teamsBytes(lines));
  return file;
}

/** A report downloaded from Teams set to Dutch, of 22 March: no e-mail column, its columns and roles named in Dutch. */
export const dutchReport: string[][] = [
  ['1. Samenvatting'],
  ['Vergadertitel', 'Groepstraining'],
  ['Begintijd', '22-3-2027, 10:00:00'],
  [''],
  ['2. Deelnemers'],
  ['Naam', 'Eerste keer deelgenomen', 'Laatste keer vertrokken', 'Duur in vergadering', 'Deelnemer-id (UPN)', 'Rol'],
  ['Mangal, Harold', '22-3-2027, 10:00:00', '22-3-2027, 11:20:00', '1 u 20 min', 'harold.mangal@kaiteur.example', 'Deelnemer'],
];

/** The training folder of a copy of the example with two Teams reports of only people the roster lacks (a consultant's own staff): 3 of them. */
export function outsidersOnly(dir: string): void {
  const folder = path.join(dir, TRAINING);
  rmSync(folder, { recursive: true });
  mkdirSync(folder);
  const outsider = (name: string, email: string, day: string): Participant => [name, `${day}-3-2027 09:00:00`, `${day}-3-2027 10:30:00`, '1h 30m 0s', email];
  writeReport(folder, 'Training - Attendance report 8-3-27.csv', teamsReport('8-3-2027 09:00:00', [outsider('Bhola, Priya', 'priya.bhola@bureau.example', '8'), outsider('Lie, Kenneth', 'kenneth.lie@bureau.example', '8')]));
  writeReport(folder, 'Training - Attendance report 9-3-27.csv', teamsReport('9-3-2027 09:00:00', [outsider('Bhola, Priya', 'priya.bhola@bureau.example', '9'), outsider('Nijman, Saskia', 'saskia.nijman@bureau.example', '9')]));
}
