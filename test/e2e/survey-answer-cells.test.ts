import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { bitwardenEventLog, type BitwardenEvent } from '../bitwarden-events.js';
import { expectNoOneOfKroon, kroonAnswers, KROON_PEOPLE, KROON_SURVEY_SOURCE, kroonOffice, kroonSurvey } from '../kroon-office.js';

type Gate = { id: string; status: string; observed: number | null; samples?: number; respondents?: { people: number; setAside: number } };

/** Everyone logs in on every working day of March up to the 29th (the second half from the 8th), and once on 19 February. */
function logIns(): BitwardenEvent[] {
  const events: BitwardenEvent[] = [{ email: KROON_PEOPLE[0]![0]!, name: KROON_PEOPLE[0]![1]!, at: '2027-02-19T17:00:00Z', type: 'User_LoggedIn' }];
  for (let day = 1; day <= 29; day++) {
    const at = new Date(Date.UTC(2027, 2, day, 12));
    if (at.getUTCDay() === 0 || at.getUTCDay() === 6) continue;
    KROON_PEOPLE.forEach(([email, name, , phase]) => {
      if (phase === 'first-half' || day >= 8) events.push({ email: email!, name: name!, at: at.toISOString().replace('.000', ''), type: 'User_LoggedIn' });
    });
  }
  return events;
}

const SIGN_INS = `  - file: "exports/bitwarden_org-events_export_*.csv"
    kind: sign-ins
    date: date
    person: userEmail
    exclude: { type: [User_FailedLogIn, User_FailedLogIn2fa] }
`;

/** The office with its survey (see kroonAnswers), the second response's satisfaction typed as `typed`. */
function office(typed: string): string {
  const survey = kroonSurvey(kroonAnswers(typed));
  return kroonOffice(SIGN_INS + KROON_SURVEY_SOURCE, { 'bitwarden_org-events_export_20270329170000.csv': bitwardenEventLog(logIns()), 'Tevredenheid-Bitwarden.xlsx': survey });
}

const gates = (stdout: string) => Object.fromEntries((JSON.parse(stdout) as { gates: Gate[] }).gates.map((g) => [g.id, g]));

describe('a Microsoft Forms answer typed as "8/10", through the built binary', () => {
  it('reads it as 8, and the gates count each of the 5 people’s latest answer: satisfaction 7.6 and NPS 20, as by hand', () => {
    const dir = office('8/10');
    const r = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    // The typed answer is the second person's first; her answer of the 15th replaces it, as two more replace earlier ones (see kroonAnswers):
    // satisfaction (9 + 7 + 7 + 8 + 7) / 5 = 7.6; NPS of 10, 8, 6, 9, 7: (2 - 1) / 5 = 20.
    expect(gates(r.stdout)).toMatchObject({
      satisfaction: { status: 'pass', observed: 7.6, respondents: { people: 5, setAside: 3 } },
      nps: { status: 'pass', observed: 20, respondents: { people: 5, setAside: 3 } },
    });
    // The day it was given: 8 and the typed 8/10 make 8.
    expect(run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: dir }).stdout).toMatch(/^2027-03-08,satisfaction,8,,,,2\r?$/m);
    expectNoOneOfKroon(`${r.stdout}\n${r.stderr}`);
  });

  it('does not stop the checks of 15 March, when no survey gate is due, for an answer it cannot read: one note', () => {
    const dir = office('goed');
    for (const args of [['gate-check'], ['report', '--output', 'report.html'], ['metrics', '--format', 'csv'], ['render-emails', '--dry-run']]) {
      const r = run([...args, '--at', '2027-03-15'], { cwd: dir });
      expect(r.status, `${args[0]}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toContain('sources[1]: 1 satisfaction answer is no number the metric can read and is left out; no gate due yet reads satisfaction');
      expectNoOneOfKroon(`${r.stdout}\n${r.stderr}`);
    }
  });

  it('stops with exit 2 once the satisfaction gate is due; with --lenient leaves out that cell alone, the NPS keeps that response’s answer', () => {
    const dir = office('goed');
    const strict = run(['gate-check', '--at', '2027-03-29'], { cwd: dir });
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('sheet "Form1", cell G3: the satisfaction answer is not a number');
    const lenient = run(['gate-check', '--at', '2027-03-29', '--lenient', '--format', 'json'], { cwd: dir });
    expect(lenient.status).toBe(0);
    // Satisfaction read from the 7 other answers, of which 2 are set aside; the NPS from all 8, of which 3 are: the same 5 latest answers.
    expect(gates(lenient.stdout)).toMatchObject({
      satisfaction: { status: 'pass', observed: 7.6, respondents: { people: 5, setAside: 2 } },
      nps: { status: 'pass', observed: 20, respondents: { people: 5, setAside: 3 } },
    });
    expectNoOneOfKroon(`${lenient.stdout}\n${lenient.stderr}`);
  });
});
