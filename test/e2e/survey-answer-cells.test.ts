import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { bitwardenEventLog, type BitwardenEvent } from '../bitwarden-events.js';
import { expectNoOneOfKroon, kroonAnswers, KROON_PEOPLE, KROON_SURVEY_SOURCE, kroonOffice, kroonSurvey } from '../kroon-office.js';

type Gate = { id: string; status: string; observed: number | null; samples?: number };

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
  it('reads it as 8: satisfaction 7.5 and NPS 12.5 of 8 answers, as by hand', () => {
    const r = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: office('8/10') });
    expect(r.status).toBe(0);
    expect(gates(r.stdout)).toMatchObject({ satisfaction: { status: 'pass', observed: 7.5 }, nps: { status: 'pass', observed: 12.5 } });
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

  it('stops with exit 2 once the satisfaction gate is due; with --lenient leaves out that cell alone, the NPS keeps all 8 answers', () => {
    const dir = office('goed');
    const strict = run(['gate-check', '--at', '2027-03-29'], { cwd: dir });
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('sheet "Form1", cell G3: the satisfaction answer is not a number');
    const lenient = run(['gate-check', '--at', '2027-03-29', '--lenient', '--format', 'json'], { cwd: dir });
    expect(lenient.status).toBe(0);
    // Satisfaction from the 7 other answers: (8 + 6 + 9 + 7 + 8 + 7 + 7) / 7 = 7.43.
    expect(gates(lenient.stdout)).toMatchObject({ satisfaction: { status: 'pass', observed: 7.4286 }, nps: { status: 'pass', observed: 12.5 } });
    expectNoOneOfKroon(`${lenient.stdout}\n${lenient.stderr}`);
  });
});
