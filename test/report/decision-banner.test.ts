import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { decisionWhy } from '../../src/reporters/gates/labels.js';
import { parseDay } from '../../src/util/dates.js';
import { planIn } from '../../src/plan/resolve.js';
import { checkFirm, firmWithoutPause } from '../firm.js';

/** The banner's visible text. */
async function bannerOf(at: string, language: 'en' | 'nl', planFile?: string, dir?: string) {
  const { plan, result, series } = await checkFirm(at, planFile, dir);
  const local = planIn(plan, language);
  const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf: parseDay(at), language, check: { result, series }, measured: true });
  const banner = /<div class="banner decision-[^>]*>([\s\S]*?)<\/div>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  return { banner: banner.replace(/\s+/g, ' ').trim(), result };
}

describe('the report banner states gate-check’s decision and reasons', () => {
  it('names the launch that waits and its gate, not a report-only gate, in English and Dutch', async () => {
    const en = await bannerOf('2027-03-31', 'en');
    expect(en.result.decision).toBe('pause');
    expect(en.banner).toBe(
      'Pause The rollout pauses: launch of Advies on 30 Mar waits: department-1-go-no-go failed (major → pause). Report only, deciding nothing: pilot-success failed (major), satisfaction failed (major), nps failed (major).',
    );
    const nl = await bannerOf('2027-03-31', 'nl');
    expect(decisionWhy(nl.result, 'nl')).toContain('de start van Advies op 2027-03-30 wacht op');
    expect(nl.banner).toContain('de start van Advies op 30 mrt wacht op: department-1-go-no-go niet gehaald (ernstig → pauzeren)');
    expect(nl.banner).not.toMatch(/pauzeert:[^.]*pilot-success/);
  });

  it('puts an open pause first, as gate-check does', async () => {
    const { banner, result } = await bannerOf('2027-04-27', 'nl', 'rollout.open-pause.yaml');
    expect(result.openPause).not.toBeNull();
    expect(banner).toMatch(/^Pauzeren De invoering pauzeert: de invoering is sinds 26 apr gepauzeerd: de internetverbinding in Nieuw Nickerie ligt eruit; de start van Advies/);
  });

  it('on continue says nothing waits, and that failed report-only gates decide nothing', async () => {
    const { banner, result } = await bannerOf('2027-03-31', 'nl', 'rollout.yaml', firmWithoutPause());
    expect(result.decision).toBe('continue');
    expect(banner).toBe(
      'Doorgaan De invoering gaat door: geen start en geen uitzetten wacht. Alleen ter informatie, beslist niets: pilot-success niet gehaald (ernstig), satisfaction niet gehaald (ernstig), nps niet gehaald (ernstig).',
    );
  });
});
