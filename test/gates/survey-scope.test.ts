import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import { Progress } from '../../src/progress/measured.js';
import { reasonText } from '../../src/gates/reasons.js';
import { parseDay } from '../../src/util/dates.js';
import { checkFirm, FIRM } from '../firm.js';

/**
 * The firm's surveys name who answered: 5 answers from the 3 people of the ICT pilot (Ravi and
 * Maya filled in both the Dutch and the English form), 7 from Administratie (three detractors).
 * The playbook's goals (7+/10 satisfaction, NPS above 0) are the company's. Each person's
 * latest answer counts: Ravi's English one of 14:40 (8, 9) after his Dutch one of 9:12 (9, 10)
 * on 8 March, Maya's Dutch one of 10:01 (8, 9) after her English one of 9:02 (7, 8) on 9 March.
 */
describe('survey gates read the answers of those they speak for, and say so', () => {
  it('the default satisfaction and NPS gates read everyone’s answers, as the weekly update does', async () => {
    const { result } = await checkFirm('2027-03-31');
    const gate = (id: string) => result.gates.find((g) => g.id === id)!;
    // 8 + 8 + 6 (Jerrel) from the pilot, 7 + 5 + 8 + 7 + 4 + 6 + 9 from Administratie: 68 / 10.
    expect(gate('satisfaction')).toMatchObject({ phase: 'pilot', samples: 10, observed: 6.8, status: 'fail', window: { from: '2027-03-01', to: '2027-03-30' } });
    // Promoters 9, 9, 9, 10; passives 8, 7; detractors 6, 3, 2, 5: (4 - 4) / 10.
    expect(gate('nps')).toMatchObject({ samples: 10, observed: 0, because: { kind: 'judged', reading: { rows: { n: 10, respondents: { people: 10, unnamed: 0, setAside: 2, nps: { promoters: 4, passives: 2, detractors: 4 } } } } } });
    // The same answers the update of 25 March reads (the four weeks up to it): the same NPS.
    const { plan } = await checkFirm('2027-03-31');
    const read = await checkAndMeasure({ plan, files: [], asOf: parseDay('2027-03-31'), lenient: false, sources: { baseDir: FIRM } }, Progress.metricsOf(plan), parseDay('2027-03-31'));
    const update = new Progress(plan, read.ledger).at('2027-03-25', [])!.nps!;
    expect(update).toMatchObject({ answers: 10 });
    expect(Math.round(gate('nps').observed!)).toBe(update.score);
    expect(gate('nps').reason).toBe(
      "nps of 10 nps rows from 2027-03-01 to 2027-03-30 is 0 from 10 people: 4 promoters, 2 passives, 4 detractors (2 earlier answers of the same people set aside: each person's latest counts), not > 0",
    );
  });

  it('a survey gate of one phase says so in its reason, in English and Dutch', async () => {
    const text = readFileSync(path.join(FIRM, 'rollout.yaml'), 'utf8').replace(
      /^preset: growing$/m,
      'preset: growing\n\ngates:\n  - { id: pilot-nps, phase: pilot, metric: nps, aggregate: nps, op: ">", threshold: 0, within: 4w }\n  - { id: pilot-go-no-go, phase: pilot, metric: active_use_pct, threshold: 60, within: 2w, guards: next }',
    );
    const { result } = await checkFirm('2027-03-31', 'pilot-only.yaml', undefined, text);
    const g = result.gates.find((x) => x.id === 'pilot-nps')!;
    // Ravi 9 and Maya 9 promote, Jerrel's 6 detracts: (2 - 1) / 3 people.
    expect(g).toMatchObject({ samples: 3, minSamples: 3, observed: 33.3333, status: 'pass' });
    expect(g.reason).toBe(
      "nps of 3 nps rows (phase pilot) from 2027-03-01 to 2027-03-30 is 33.3333 from 3 people: 2 promoters, 0 passives, 1 detractor (2 earlier answers of the same people set aside: each person's latest counts), > 0",
    );
    expect(reasonText(g.because, 'nl')).toBe(
      'de NPS van 3 rijen nps (fase pilot) van 2027-03-01 tot en met 2027-03-30 is 33,3333 van 3 personen: 2 promotors, 0 passieven, 1 criticaster (2 eerdere antwoorden van dezelfde personen tellen niet mee: van ieder telt het laatste), > 0',
    );
    // An activity gate's phase is in its name already: its reason stays as it was.
    expect(result.gates.find((x) => x.id === 'pilot-go-no-go')!.reason).not.toContain('phase pilot');
  });
});
