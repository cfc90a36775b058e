import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { expectNoOneOfKroon, KROON_SURVEY_SOURCE, kroonAnswers, kroonOffice, kroonSurvey } from '../kroon-office.js';

/*
 * The 7-person office's weekly survey (a Dutch Microsoft Forms form opened in Excel), through the
 * built binary on 29 March, when the small preset's satisfaction and NPS gates are due: they read
 * everyone's answers from 1 March and need 5 answers of the 7 people.
 */

interface GateJson {
  id: string;
  status: string;
  samples: number;
  minSamples: number;
  observed: number;
  reason: string;
  respondents?: unknown;
}

/** Two keen colleagues answer every week: Priya 9 and 10 on 8, 15 and 22 March, Dewi 8 and 9 on 8 and 15 March. The other five never do. */
const TWO_KEEN = kroonSurvey([
  [1, '2027-03-08T10:00', 9, 10],
  [2, '2027-03-08T11:00', 8, 9],
  [1, '2027-03-15T10:00', 9, 10],
  [2, '2027-03-15T11:00', 8, 9],
  [1, '2027-03-22T10:00', 9, 10],
]);

const office = (survey: Buffer, source = KROON_SURVEY_SOURCE) => kroonOffice(source, { 'Tevredenheid-Bitwarden.xlsx': survey });

function surveyGates(dir: string): Record<'satisfaction' | 'nps', GateJson> {
  const r = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
  const gates = (JSON.parse(r.stdout) as { gates: GateJson[] }).gates;
  return { satisfaction: gates.find((g) => g.id === 'satisfaction')!, nps: gates.find((g) => g.id === 'nps')! };
}

describe('survey gates count the people who answered, not their answers', () => {
  it('two colleagues answering 5 times between them are 2 people of at least 5: inconclusive, said in English and Dutch, in gate-check and the report', () => {
    const dir = office(TWO_KEEN);
    const { satisfaction, nps } = surveyGates(dir);
    // Each one's latest: Priya's 9 of the 22nd, Dewi's 8 of the 15th: (9 + 8) / 2 = 8.5; both promote (10 and 9): NPS 100.
    expect(satisfaction).toMatchObject({ status: 'inconclusive', samples: 2, minSamples: 5, observed: 8.5 });
    expect(nps).toMatchObject({ status: 'inconclusive', samples: 2, minSamples: 5, observed: 100 });
    expect(nps.respondents).toEqual({ people: 2, unnamed: 0, setAside: 3, nps: { promoters: 2, passives: 0, detractors: 0 } });
    const en = run(['gate-check', '--at', '2027-03-29', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain(
      "  nps (inconclusive): too few people answered (2 of at least 5): 2 rows of Net Promoter Score answers (0-10) from 2027-03-01 to 2027-03-29, from 2 people: 2 promoters, 0 passives, 0 detractors (3 earlier answers of the same people set aside: each person's latest counts)\n",
    );
    const nl = run(['gate-check', '--at', '2027-03-29', '--lang', 'nl'], { cwd: dir });
    expect(nl.stdout).toContain(
      '  satisfaction (onbeslist): te weinig mensen hebben geantwoord (2 van minstens 5): 2 rijen tevredenheid (1-10) van 2027-03-01 tot en met 2027-03-29, van 2 personen (3 eerdere antwoorden van dezelfde personen tellen niet mee: van ieder telt het laatste)\n',
    );
    const report = run(['report', '--at', '2027-03-29', '--lang', 'nl', '-o', '-'], { cwd: dir });
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('van 2 personen: 2 promotors, 0 passieven, 0 criticasters (3 eerdere antwoorden van dezelfde personen tellen niet mee: van ieder telt het laatste)');
    const english = run(['report', '--at', '2027-03-29', '--lang', 'en', '-o', '-'], { cwd: dir });
    expect(english.stdout).toContain('from 2 people: 2 promoters, 0 passives, 0 detractors (3 earlier answers of the same people set aside: ');
    for (const text of [en.stdout, en.stderr, nl.stdout, report.stdout, english.stdout]) expectNoOneOfKroon(text);
  });

  it('five colleagues over two weeks: each one’s latest answer, judged, with how fragile the figure is', () => {
    const { satisfaction, nps } = surveyGates(office(kroonSurvey(kroonAnswers(7))));
    // Latest answers: 9 and 10 (the 15th), 7 and 8 (the 15th), 7 and 6 (the 17th), 8 and 9, 7 and 7.
    // Satisfaction (9 + 7 + 7 + 8 + 7) / 5 = 7.6; NPS: 10 and 9 promote, 8 and 7 are passive, 6 detracts: (2 - 1) / 5 = 20.
    expect(satisfaction).toMatchObject({ status: 'pass', samples: 5, observed: 7.6 });
    expect(satisfaction.reason).toBe("mean of 5 satisfaction rows from 2027-03-01 to 2027-03-29 is 7.6 from 5 people (3 earlier answers of the same people set aside: each person's latest counts), >= 7");
    expect(nps).toMatchObject({ status: 'pass', samples: 5, observed: 20 });
    expect(nps.reason).toBe(
      "nps of 5 nps rows from 2027-03-01 to 2027-03-29 is 20 from 5 people: 2 promoters, 2 passives, 1 detractor (3 earlier answers of the same people set aside: each person's latest counts), > 0",
    );
  });

  it('without a person column each response counts, as before', () => {
    const { satisfaction, nps } = surveyGates(office(TWO_KEEN, KROON_SURVEY_SOURCE.replace('    person: E-mail\n', '')));
    // (9 + 8 + 9 + 8 + 9) / 5 = 8.6; five promoters: 100.
    expect(satisfaction).toMatchObject({ status: 'pass', samples: 5, observed: 8.6, reason: 'mean of 5 satisfaction rows from 2027-03-01 to 2027-03-29 is 8.6, >= 7' });
    expect(nps).toMatchObject({ status: 'pass', samples: 5, observed: 100 });
    expect(nps).not.toHaveProperty('respondents');
  });
});
