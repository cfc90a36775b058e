import { describe, expect, it } from 'vitest';
import { planIn } from '../../src/plan/resolve.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { checkFirm } from '../firm.js';

/*
 * 27 April 2027: the pause of Nieuw Nickerie (everyone-else) from 26 April is still open. gate-check
 * holds its gates and the switch-off; the report says so in every place that shows them.
 */
async function reportOn(at: string, language: 'en' | 'nl') {
  const { plan, result, series } = await checkFirm(at, 'rollout.open-pause.yaml');
  const local = planIn(plan, language);
  const html = renderReport({ plan: local, schedule: buildSchedule(local), asOf: parseDay(at), language, check: { result, series }, measured: true });
  return { html, result };
}

describe('the report while an open pause holds part of the rollout', () => {
  it('keeps the held phases on the timeline, dashed from the day they were to start, and the switch-off with them', async () => {
    const { html } = await reportOn('2027-04-27', 'en');
    const timeline = /<svg[^>]*class="timeline"[\s\S]*?<\/svg>/.exec(html)![0];
    const held = [...timeline.matchAll(/class="tl-held" data-phase="([^"]+)"><title>([^<]*)<\/title>/g)].map((m) => [m[1], m[2]]);
    expect(held).toEqual([
      ['everyone-else', expect.stringMatching(/^Everyone else: on hold since \d+ [A-Z][a-z]{2}, while a pause is open$/)],
      ['decommission', expect.stringMatching(/on hold since/)],
    ]);
    expect(timeline).toContain('class="tl-held-label">on hold</text>');
  });

  it('shows each held gate as on hold with its planned day, in the table, the chart and the count, in English and Dutch', async () => {
    const { html, result } = await reportOn('2027-04-27', 'en');
    const held = result.gates.filter((g) => g.onHold);
    expect(held.length).toBeGreaterThan(0);
    for (const g of held) {
      const row = new RegExp(`<td><strong>${g.id}</strong></td>.*?</tr>`, 's').exec(html)![0];
      expect(row).toContain('<span class="pill st-held">on hold</span>');
      expect(row).not.toContain('pending');
      expect(row).toMatch(/<td>planned \d+ [A-Z][a-z]{2}<\/td>/);
    }
    expect(html).toContain(`<span class="count st-held">${held.length} on hold</span>`);
    const nl = (await reportOn('2027-04-27', 'nl')).html;
    expect(nl).toContain(`<span class="count st-held">${held.length} wacht</span>`);
    expect(nl).toMatch(/<td>gepland \d+ [a-z]{3}<\/td>/);
  });

  it('draws a held gate past its planned day up to the last day read, as the table gives its window', async () => {
    const { html, result } = await reportOn('2027-04-27', 'en');
    const overdue = result.gates.filter((g) => g.onHold && g.due < '2027-04-27');
    expect(overdue.length).toBeGreaterThan(0);
    for (const g of overdue) {
      const chart = new RegExp(`<svg[^>]*data-gate="${g.id}"[\\s\\S]*?</svg>`).exec(html)![0];
      expect(chart).toMatch(/class="ch-window"><title>\d+ [A-Z][a-z]{2} – 27 Apr<\/title>/);
      expect(chart).toMatch(/class="ch-due-label">planned \d+ [A-Z][a-z]{2}<\/text>/);
    }
  });
});
