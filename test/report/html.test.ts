import { describe, expect, it } from 'vitest';
import { checkGates } from '../../src/gates/check.js';
import { renderReport } from '../../src/report/html.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { minimalPlan, validPlan } from '../helpers.js';

const hostile = '<img src=x onerror=alert(1)> & "Co"';

async function report(language: 'en' | 'nl', measured: boolean) {
  const plan = validPlan(
    minimalPlan({
      tool: { name: hostile },
      organization: { name: 'Acme', headcount: 40, languages: ['nl', 'en'] },
      phases: [{ id: 'pilot', name: `Pilot ${hostile}`, audience: 'all', weeks: 2 }],
      champions: [{ name: hostile, email: 'a@example.com' }],
    }),
  );
  const asOf = parseDay('2027-01-11');
  const { result, series } = await checkGates({ plan, files: [], asOf, lenient: false });
  return renderReport({ plan, schedule: buildSchedule(plan), asOf, language, check: { result, series }, measured });
}

describe('HTML report', () => {
  it('escapes every plan value', async () => {
    const html = await report('en', true);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;Co&#34;');
  });

  it('fetches nothing: no external reference, and a policy that forbids loading', async () => {
    const html = await report('en', true);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('shows a decision banner with metrics, and a neutral note without', async () => {
    expect(await report('en', true)).toMatch(/<div class="banner decision-continue"[^>]*><span class="banner-word">Continue<\/span>/);
    const without = await report('en', false);
    expect(without).not.toContain('banner decision-');
    expect(without).toContain('No metrics given');
  });

  it('speaks Dutch, formats included', async () => {
    const html = await report('nl', false);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Stand van zaken op maandag 11 januari 2027');
    expect(html).toContain('<h2>Tijdlijn</h2>');
  });

  it('prints on A4 without splitting charts or tables', async () => {
    const html = await report('en', true);
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/figure, svg, table, tr[^{]*\{ break-inside: avoid;/);
  });
});

describe('gate labels in the report', () => {
  it('name the aggregate once, and not when it is the metric itself', async () => {
    const plan = validPlan(
      minimalPlan({
        gates: [
          { id: 'recommend', phase: 'early-adopters', metric: 'nps', aggregate: 'nps', op: '>', threshold: 0 },
          { id: 'happy', phase: 'early-adopters', metric: 'satisfaction', aggregate: 'mean', threshold: 7 },
        ],
      }),
    );
    const asOf = parseDay('2027-01-11');
    const { result, series } = await checkGates({ plan, files: [], asOf, lenient: false });
    const html = renderReport({ plan, schedule: buildSchedule(plan), asOf, language: 'en', check: { result, series }, measured: true });
    expect(html).not.toContain('nps (nps)');
    expect(html).toContain('satisfaction (mean)');
  });
});
