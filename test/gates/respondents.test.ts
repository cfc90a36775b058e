import { describe, expect, it } from 'vitest';
import { measure } from '../../src/gates/evaluate.js';
import { ObservationLedger } from '../../src/gates/ledger.js';
import { reasonText, respondentsText, type Because } from '../../src/gates/reasons.js';
import { latestAnswers } from '../../src/gates/respondents.js';
import { through } from '../../src/gates/series.js';
import type { Gate } from '../../src/plan/schema.js';
import { gateLine } from '../../src/report/points.js';
import { parseDay } from '../../src/util/dates.js';
import { secondOfDay } from '../../src/util/moment.js';

const day = (d: number) => parseDay(`2027-03-${String(d).padStart(2, '0')}`);
const nps = { id: 'nps', phase: 'pilot', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0 } as Gate;

/**
 * A 7-person office's weekly survey, as the sources hand it to the ledger: roster person 1 answers
 * 10 on 8, 15 and 22 March; person 2 answers 9 on 8 and 15 March; person 3 answers 6 on 15 March,
 * twice that day (a 5 at 16:10, and in a later row a 6 at 09:30); one anonymous 3 on 16 March.
 */
function officeSurvey(): ObservationLedger {
  const ledger = new ObservationLedger();
  ledger.beginFile("the plan's sources");
  const everyone = ledger.scope();
  const add = (d: number, value: number, person?: number, second?: number) => ledger.add('nps', everyone, day(d), value, person, second);
  add(8, 10, 1, 9 * 3600);
  add(8, 9, 2, 11 * 3600);
  add(15, 10, 1, 9 * 3600);
  add(15, 9, 2, 11 * 3600);
  add(15, 5, 3, 16 * 3600 + 10 * 60);
  add(15, 6, 3, 9 * 3600 + 30 * 60);
  add(16, 3);
  add(22, 10, 1, 9 * 3600);
  ledger.endFile();
  return ledger;
}

describe('survey answers of roster people count once per person: the latest in the window', () => {
  it('keeps each person’s latest answer, by day and then by the time of day, and each answer of nobody known', () => {
    const read = officeSurvey().observations('nps', () => true, day(1), day(29));
    expect(Array.from(read.values)).toEqual([9, 10, 5, 6, 9, 10, 3, 10]);
    const { obs, respondents } = latestAnswers(read);
    // Person 1's 10 of the 22nd, person 2's 9 of the 15th, person 3's 5 of 16:10, the anonymous 3.
    expect(Array.from(obs.values)).toEqual([5, 9, 3, 10]);
    expect(Array.from(obs.days)).toEqual([day(15), day(15), day(16), day(22)]);
    expect(respondents).toEqual({ people: 3, unnamed: 1, setAside: 4 });
  });

  it('counts in a window’s days only: up to the 8th, each one’s answer of that day', () => {
    const read = officeSurvey().observations('nps', () => true, day(1), day(29));
    expect(latestAnswers(through(read, day(8))).respondents).toEqual({ people: 2, unnamed: 0, setAside: 0 });
    const later = officeSurvey().observations('nps', () => true, day(16), day(29));
    // From the 16th: the anonymous 3 and person 1's 10; nothing set aside.
    expect(latestAnswers(later)).toMatchObject({ obs: { values: Float64Array.from([3, 10]) }, respondents: { people: 1, unnamed: 1, setAside: 0 } });
  });

  it('measures an NPS from the answers that count, with how they split', () => {
    const m = measure(nps, officeSurvey().observations('nps', () => true, day(1), day(29)));
    // 10 and 9 promote, 5 and 3 detract, of 4 answers: 0. Every answer read stays for the chart.
    expect(m.value).toBe(0);
    expect(m.read.values.length).toBe(8);
    expect(m.respondents).toEqual({ people: 3, unnamed: 1, setAside: 4, nps: { promoters: 2, passives: 0, detractors: 2 } });
  });

  it('draws each day the value of the latest answers up to it', () => {
    const line = gateLine('nps', officeSurvey().observations('nps', () => true, day(1), day(29))).line;
    // 8th: 10 and 9 (100); 15th: 10, 9, 5 (33.3); 16th: and the anonymous 3 (0); 22nd: the same people (0).
    expect(line.map((p) => [p.day - day(1) + 1, Math.round(p.value * 10) / 10])).toEqual([
      [8, 100],
      [15, 33.3],
      [16, 0],
      [22, 0],
    ]);
  });

  it('leaves answers of no source with a person column as rows: each counts', () => {
    const ledger = new ObservationLedger();
    ledger.beginFile('metrics.csv');
    for (const v of [10, 10, 9]) ledger.add('nps', ledger.scope(), day(8), v);
    ledger.endFile();
    const read = ledger.observations('nps', () => true, day(1), day(29));
    expect(read.people).toBeUndefined();
    expect(latestAnswers(read)).toEqual({ obs: read });
    expect(measure(nps, read)).not.toHaveProperty('respondents');
  });
});

describe('the time of day a survey export writes', () => {
  it.each([
    ['8-3-2027 9:12:40', 9 * 3600 + 12 * 60 + 40],
    ['3/8/2027 14:40:26', 14 * 3600 + 40 * 60 + 26],
    ['3/8/2027 2:40:26 PM', 14 * 3600 + 40 * 60 + 26],
    ['2027/03/08 12:05:00 a.m. GMT-3', 5 * 60],
    ['2027-03-08 10:00:00', 10 * 3600],
    ['2027-03-08T13:00:00.1234567Z', 13 * 3600],
    ['2027-03-08', 0],
  ])('%s is second %i of its day', (text, second) => {
    expect(secondOfDay(text)).toBe(second);
  });
});

describe('a survey gate’s reason counts people, in English and Dutch', () => {
  const rows = { n: 1, metric: 'nps', from: '2027-03-01', to: '2027-03-29' };
  it('one person, one earlier answer, one of each kind of answer', () => {
    const respondents = { people: 1, unnamed: 1, setAside: 1, nps: { promoters: 1, passives: 0, detractors: 1 } };
    expect(respondentsText(respondents, 'en')).toBe("from 1 person and 1 answer without a name: 1 promoter, 0 passives, 1 detractor (1 earlier answer of the same person set aside: each person's latest counts)");
    expect(respondentsText(respondents, 'nl')).toBe('van 1 persoon en 1 antwoord zonder naam: 1 promotor, 0 passieven, 1 criticaster (1 eerder antwoord van dezelfde persoon telt niet mee: van ieder telt het laatste)');
  });

  it('too few people: the minimum counts people', () => {
    const because: Because = { kind: 'too-few', survey: true, min: 5, rows: { ...rows, n: 2, respondents: { people: 2, unnamed: 0, setAside: 3, nps: { promoters: 2, passives: 0, detractors: 0 } } } };
    expect(reasonText(because)).toBe(
      "too few people answered (2 of at least 5): 2 nps rows from 2027-03-01 to 2027-03-29, from 2 people: 2 promoters, 0 passives, 0 detractors (3 earlier answers of the same people set aside: each person's latest counts)",
    );
    expect(reasonText(because, 'nl')).toBe(
      'te weinig mensen hebben geantwoord (2 van minstens 5): 2 rijen nps van 2027-03-01 tot en met 2027-03-29, van 2 personen: 2 promotors, 0 passieven, 0 criticasters (3 eerdere antwoorden van dezelfde personen tellen niet mee: van ieder telt het laatste)',
    );
    // Without people the words stay those of answers.
    expect(reasonText({ ...because, rows })).toBe('too few answers (1 of at least 5): 1 nps row from 2027-03-01 to 2027-03-29');
  });
});
