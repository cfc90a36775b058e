import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndMeasure } from '../../src/gates/check.js';
import { Progress } from '../../src/progress/measured.js';
import { reasonText } from '../../src/gates/reasons.js';
import { parseDay } from '../../src/util/dates.js';
import { checkFirm, FIRM } from '../firm.js';

/**
 * The firm's surveys name who answered: 5 answers from the ICT pilot, 7 from Administratie
 * (two detractors). The playbook's goals (7+/10 satisfaction, NPS above 0) are the company's.
 */
describe('survey gates read the answers of those they speak for, and say so', () => {
  it('the default satisfaction and NPS gates read everyone’s answers, as the weekly update does', async () => {
    const { result } = await checkFirm('2027-03-31');
    const gate = (id: string) => result.gates.find((g) => g.id === id)!;
    expect(gate('satisfaction')).toMatchObject({ phase: 'pilot', samples: 12, window: { from: '2027-03-01', to: '2027-03-30' } });
    expect(gate('nps')).toMatchObject({ samples: 12 });
    // The same answers the update of 25 March reads (the four weeks up to it): the same NPS.
    const { plan } = await checkFirm('2027-03-31');
    const read = await checkAndMeasure({ plan, files: [], asOf: parseDay('2027-03-31'), lenient: false, sources: { baseDir: FIRM } }, Progress.metricsOf(plan), parseDay('2027-03-31'));
    const update = new Progress(plan, read.ledger).at('2027-03-25', [])!.nps!;
    expect(update).toMatchObject({ answers: 12 });
    expect(Math.round(gate('nps').observed!)).toBe(update.score);
    expect(gate('nps').reason).toMatch(/^nps of 12 nps rows from 2027-03-01 to 2027-03-30 is /);
  });

  it('a survey gate of one phase says so in its reason, in English and Dutch', async () => {
    const text = readFileSync(path.join(FIRM, 'rollout.yaml'), 'utf8').replace(
      /^preset: growing$/m,
      'preset: growing\n\ngates:\n  - { id: pilot-nps, phase: pilot, metric: nps, aggregate: nps, op: ">", threshold: 0, within: 4w }\n  - { id: pilot-go-no-go, phase: pilot, metric: active_use_pct, threshold: 60, within: 2w, guards: next }',
    );
    const { result } = await checkFirm('2027-03-31', 'pilot-only.yaml', undefined, text);
    const g = result.gates.find((x) => x.id === 'pilot-nps')!;
    expect(g.samples).toBe(5);
    expect(g.reason).toBe('nps of 5 nps rows (phase pilot) from 2027-03-01 to 2027-03-30 is 40, > 0');
    expect(reasonText(g.because, 'nl')).toBe('de NPS van 5 rijen nps (fase pilot) van 2027-03-01 tot en met 2027-03-30 is 40, > 0');
    // An activity gate's phase is in its name already: its reason stays as it was.
    expect(result.gates.find((x) => x.id === 'pilot-go-no-go')!.reason).not.toContain('phase pilot');
  });
});
