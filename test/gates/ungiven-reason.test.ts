import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { reasonText } from '../../src/gates/reasons.js';
import { displayNames } from '../../src/plan/display-names.js';
import { planIn } from '../../src/plan/resolve.js';
import { parseDay } from '../../src/util/dates.js';
import { checkFirm, FIRM } from '../firm.js';
import { tempDir } from '../helpers.js';

/** The firm's plan with surveys that ask only the recommend question: no source gives satisfaction. */
const npsOnly = readFileSync(path.join(FIRM, 'rollout.yaml'), 'utf8').replace(/^ {6}satisfaction: .*\n/gm, '');

describe('a gate whose metric no source gives', () => {
  it('says so from its due day, with the source to add or the way to drop it, not "too few answers" while 10 people answered', async () => {
    expect(npsOnly).not.toContain('satisfaction:');
    const { plan, result } = await checkFirm('2027-03-31', 'rollout.yaml', FIRM, npsOnly);
    const gate = (id: string) => result.gates.find((g) => g.id === id)!;
    // 12 answers, two of them a second form of the same person: 10 people count.
    expect(gate('nps').samples).toBe(10);
    const satisfaction = gate('satisfaction');
    expect(satisfaction).toMatchObject({ status: 'inconclusive', samples: 0, because: { kind: 'ungiven', source: 'responses', preset: true } });
    expect(satisfaction.reason).toBe(
      'no source gives satisfaction, so there is nothing to judge: add a source with kind: responses and metrics: { satisfaction: "The question*" } (a survey export, with its question), or list the gates you want under gates: without this one',
    );
    expect(reasonText(satisfaction.because, 'nl', displayNames(planIn(plan, 'nl')))).toBe(
      'geen bron geeft tevredenheid (1-10), dus er is niets te beoordelen: voeg een bron toe met kind: responses en metrics: { satisfaction: "De vraag*" } (een export van de peiling, met de vraag), of zet onder gates: de toetsmomenten die je wilt, zonder dit',
    );
  });

  it('before its due day reads as any other (no rows so far), and with a --metrics file says too few answers, as such a file may hold them', async () => {
    const before = await checkFirm('2027-03-29', 'rollout.yaml', FIRM, npsOnly);
    expect(before.result.gates.find((g) => g.id === 'satisfaction')!.because.kind).toBe('so-far');
    const dir = tempDir();
    const file = path.join(dir, 'metrics.csv');
    writeFileSync(file, 'date,metric,value\n2027-03-10,nps,9\n');
    const { plan } = before;
    const fed = await checkGates({ plan, files: [file], asOf: parseDay('2027-03-31'), lenient: false, sources: { baseDir: FIRM } });
    expect(fed.result.gates.find((g) => g.id === 'satisfaction')!.reason).toMatch(/^too few answers \(0 of at least 5\): no satisfaction rows from 2027-03-01 to 2027-03-30$/);
  });
});
