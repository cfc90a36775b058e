import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { tempDir } from './helpers.js';
import { workbook } from './workbook.js';

/*
 * A 7-person architecture office in Paramaribo rolling out Bitwarden Teams with the small preset:
 * four in the first half (one in Lelydorp), three in the second. The roster keys people by e-mail
 * address and has their full names.
 */

export const KROON_PEOPLE = `lisa@kroonarch.example,Lisa Kroon,Paramaribo,first-half
priya.ramdin@kroonarch.example,Priya Ramdin,Paramaribo,first-half
dewi.soerdjo@kroonarch.example,Dewi Soerdjo,Paramaribo,first-half
ricardo.vanloon@kroonarch.example,Ricardo van Loon,Lelydorp,first-half
naomi.pool@kroonarch.example,Naomi Pool,Paramaribo,second-half
kevin.tjin@kroonarch.example,Kevin Tjin,Paramaribo,second-half
wendy.wong@kroonarch.example,Wendy Wong,Paramaribo,second-half`
  .split('\n')
  .map((line) => line.split(','));

const PLAN = `version: 1
tool:
  name: Bitwarden Teams
  replaces: { nl: de gedeelde Excel-lijst met wachtwoorden, en: the shared Excel sheet of passwords }
  why: { nl: iedereen kan de Excel-lijst met al onze wachtwoorden openen, en: anyone can open the Excel sheet with all our passwords }
  benefit: { nl: hoe veilig we wachtwoorden delen, en: how safely we share passwords }
  contact: { name: ICT, email: ict@kroonarch.example }
organization:
  name: Kroon Architecten
  headcount: 7
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 6, champion: Ambassadeur }
    - { name: Lelydorp, timezone: America/Paramaribo, headcount: 1, connectivity: poor }
people: { file: people.csv, columns: { person: Email, name: Name, location: Location, phase: Phase } }
start: 2027-03-01
preset: small
communications:
  surveyLink: "https://forms.office.com/r/Kr00nBw7x"
regional:
  offlinePlan: { nl: "Bel de ICT.", en: "Call ICT." }
sources:
`;

/** The office's folder with its plan reading `sources` (YAML list items) and these files under exports/. */
export function kroonOffice(sources: string, exports: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'rollout.yaml'), PLAN + sources);
  writeFileSync(path.join(dir, 'people.csv'), ['Email,Name,Location,Phase', ...KROON_PEOPLE.map((p) => p.join(','))].join('\r\n'));
  for (const [file, content] of Object.entries(exports)) writeFileSync(path.join(dir, 'exports', file), content);
  return dir;
}

/** No e-mail address, user name, full or first name of the office in a text. */
export function expectNoOneOfKroon(text: string): void {
  for (const [email, name] of KROON_PEOPLE) {
    for (const shown of [email!, email!.split('@')[0]!, name!, name!.split(' ')[0]!]) expect(text).not.toContain(shown);
  }
}

/** The office's own ticket sheet (a Google Sheet in the Dutch locale, File > Download > CSV): who by first name, dates day-first. */
export const KROON_TICKETS_SOURCE = `  - file: "exports/Meldingen Bitwarden - Blad1.csv"
    kind: events
    date: Datum
    person: Wie
    dateFormat: d-m-yyyy
    metric: support_tickets
`;

/** The sheet with these tickets, [day of March 2027, who]. */
export function kroonTickets(tickets: [number, string][]): string {
  const rows = tickets.map(([day, who]) => `${day}-3-2027,${who},Hoofdwachtwoord vergeten,ja`);
  return `${['Datum,Wie,Probleem,Opgelost', ...rows].join('\r\n')}\r\n`;
}

/** The office's survey, a Dutch Microsoft Forms form opened in Excel (Responses > Open in Excel). */
export const KROON_SURVEY_SOURCE = `  - file: exports/Tevredenheid-Bitwarden.xlsx
    kind: responses
    date: Begintijd
    person: E-mail
    metrics: { satisfaction: "Hoe tevreden*", nps: "Hoe waarschijnlijk*" }
`;

const FORMS_HEADER = ['ID', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam', 'Tijdstip van laatste wijziging', 'Hoe tevreden ben je tot nu toe over Bitwarden Teams? (1-10)', 'Hoe waarschijnlijk is het dat je Bitwarden Teams aanraadt aan een collega?'];

/** The workbook with these responses: [roster row, local start `2027-03-08T11:02`, satisfaction as typed, recommendation 0-10]. */
export function kroonSurvey(responses: [number, string, string | number, number][]): Buffer {
  const serial = (local: string) => (Date.parse(`${local}:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const rows = responses.map(([who, at, satisfaction, nps], i) => [i + 1, { dated: serial(at) }, { dated: serial(at) + 1 / 1440 }, KROON_PEOPLE[who]![0]!, '', '', satisfaction, nps]);
  return workbook([FORMS_HEADER, ...rows], { sheet: 'Form1' });
}

/**
 * Eight responses of five colleagues over two weeks, the second one's satisfaction typed as
 * `typed`. By hand: satisfaction 8, typed, 6, 9, 7, 8, 7, 7; recommendations 9, 8, 5, 10, 8, 9, 7, 6
 * (3 promoters, 2 detractors of 8: NPS 12.5).
 */
export const kroonAnswers = (typed: string | number): Parameters<typeof kroonSurvey>[0] => [
  [1, '2027-03-08T11:02', 8, 9],
  [2, '2027-03-08T14:40', typed, 8],
  [3, '2027-03-09T20:15', 6, 5],
  [1, '2027-03-15T09:30', 9, 10],
  [2, '2027-03-15T10:05', 7, 8],
  [4, '2027-03-15T12:00', 8, 9],
  [5, '2027-03-16T08:45', 7, 7],
  [3, '2027-03-17T21:05', 7, 6],
];
