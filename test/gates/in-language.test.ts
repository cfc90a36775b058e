import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { resultIn } from '../../src/gates/in-language.js';
import { planIn } from '../../src/plan/resolve.js';
import { parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';
import { source } from '../languages/mixing.js';

/*
 * One check reads the exports once; an output in another language takes the plan's texts from
 * the plan in that language. What it gives is what a check of the plan in that language gives.
 */

const example = parse(source) as Record<string, unknown>;
const both = (en: string, nl: string) => ({ en, nl });
const plans = {
  'an open pause of one phase and a location rolled back': {
    ...example,
    pauses: [{ from: '2027-03-08', reason: both('waiting for the vendor', 'wachten op de leverancier'), only: { phase: 'port-of-spain' } }],
    rollback: [{ on: '2027-03-10', reason: both('Georgetown is back on email', 'Georgetown mailt weer'), only: { location: 'Georgetown' } }],
  },
  'an open pause of the whole rollout': { ...example, pauses: [{ from: '2027-03-08', reason: both('the network is down', 'het netwerk ligt eruit') }] },
  'the rollout rolled back': { ...example, rollback: { on: '2027-03-12', reason: both('satisfaction collapsed', 'de tevredenheid is ingestort') } },
};
const check = async (plan: ReturnType<typeof validPlan>) =>
  (await checkGates({ plan, files: [path.join(ROOT, 'examples/metrics/enterprise.csv')], asOf: parseDay('2027-03-15'), lenient: false })).result;

describe('resultIn', () => {
  it.each(Object.entries(plans))('gives, for %s, what a check of the plan in English gives', async (_, written) => {
    const dutch = validPlan(stringify(written));
    const english = planIn(dutch, 'en');
    const [fromDutch, fromEnglish] = [await check(dutch), await check(english)];
    expect(fromDutch).not.toEqual(fromEnglish);
    expect(resultIn(fromDutch, english)).toEqual(fromEnglish);
    expect(resultIn(fromEnglish, dutch)).toEqual(fromDutch);
  });
});
