import { describe, expect, it, vi } from 'vitest';
import { checkGates, replayGates } from '../../src/gates/check.js';
import { renderReport } from '../../src/report/html.js';
import { planIn } from '../../src/plan/resolve.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { historyDays } from '../../src/replay/history.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { example, minimalPlan, tempDir, validPlan } from '../helpers.js';

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

describe('report numbers', () => {
  it('are written without Intl.NumberFormat, whose first use loads ICU number data (about 10 ms of each report)', async () => {
    const plan = validPlan(readFileSync(example('growing-team.yaml'), 'utf8'));
    const asOf = parseDay('2027-04-20');
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    try {
      const { results, last } = await replayGates({ plan, files: [example('metrics/growing-team.csv')], lenient: false, days: historyDays(parseDay(plan.start), asOf) });
      for (const language of ['en', 'nl'] as const) {
        const html = renderReport({ plan, schedule: buildSchedule(plan), asOf, language, check: last, measured: true, history: results });
        // Thresholds, chart labels and cards are there, in the language's own form.
        expect(html).toMatch(language === 'en' ? /\d\.\d%<\/text>/ : /\d,\d%<\/text>/);
      }
      expect(numberFormats).not.toHaveBeenCalled();
    } finally {
      numberFormats.mockRestore();
    }
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
    expect(html).not.toMatch(/\(0-10\) \(nps\)|nps \(nps\)/);
    expect(html).toContain('<td>Net Promoter Score answers (0-10)</td>');
    expect(html).toContain('<td>Satisfaction (1-10) (mean)</td>');
    expect(html).not.toContain('satisfaction (mean)');
    // A chart's accessible name, read out to people, names the metric as the table does.
    expect(html).toContain('aria-label="happy: Satisfaction (1-10) (mean)"');
    const nl = renderReport({ plan: planIn(plan, 'nl'), schedule: buildSchedule(plan), asOf, language: 'nl', check: { result, series }, measured: true });
    expect(nl).toContain('aria-label="happy: Tevredenheid (1-10) (gemiddelde)"');
  });

  it('shows the rollback procedure and whom to tell on rollback, and the pauses with their reasons, in the report language', async () => {
    const plan = validPlan(
      minimalPlan({
        organization: { name: 'Acme', headcount: 40, languages: ['en', 'nl'] },
        tool: { name: 'Teamchat', sponsor: { name: 'Ingrid Vos', role: { en: 'COO', nl: 'directeur' }, email: 'i.vos@acme.example' } },
        contingency: { rollbackProcedure: { en: 'Re-enable the shared mailboxes.', nl: 'Zet de gedeelde mailboxen weer aan.' } },
        gates: [{ id: 'go', phase: 'early-adopters', metric: 'active_use_pct', threshold: 60, due: 'day-before', guards: 'next', severity: 'critical' }],
        pauses: [{ from: '2027-01-25', until: '2027-02-01', reason: { en: 'too few use it', nl: 'te weinig gebruik' }, phase: 'everyone-else' }],
      }),
    );
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, 'date,metric,value,phase\n2027-01-14,active_use_pct,10,early-adopters\n');
    const asOf = parseDay('2027-01-18');
    const { result, series } = await checkGates({ plan, files: [file], asOf, lenient: false });
    expect(result.decision).toBe('rollback');
    const html = (language: 'en' | 'nl', measured = true) => renderReport({ plan, schedule: buildSchedule(plan), asOf, language, check: { result, series }, measured });
    expect(html('nl')).toContain('<div class="rollback"><p><strong>Terugdraaiprocedure:</strong> Zet de gedeelde mailboxen weer aan.</p><p><strong>Eerst inlichten:</strong> Ingrid Vos (directeur) &#60;i.vos@acme.example&#62;</p></div>');
    expect(html('en')).toContain('<strong>Rollback procedure:</strong> Re-enable the shared mailboxes.');
    expect(html('en', false)).not.toContain('class="rollback"');
    expect(html('nl')).toMatch(/<h3>Pauzes<\/h3><ul><li><strong>25 jan – 1 feb, 5 werkdagen<\/strong> [^<]+: te weinig gebruik<\/li><\/ul>/);
    expect(html('en')).toMatch(/<strong>25 Jan – 1 Feb, 5 working days<\/strong> [^<]+: too few use it/);
  });

  it('shows measured active use where there is data, and planned head count labelled as planned without', async () => {
    const plan = validPlan(minimalPlan({ organization: { name: 'Acme', headcount: 40, languages: ['nl', 'en'] } }));
    const file = path.join(tempDir(), 'usage.csv');
    writeFileSync(file, 'date,metric,value,location\n2027-02-12,active_use_pct,65,\n2027-02-12,active_use_pct,28.6,Nickerie\n');
    const asOf = parseDay('2027-02-15');
    const cards = async (files: string[], language: 'en' | 'nl') => {
      const { result, series } = await checkGates({ plan, files, asOf, lenient: false });
      return renderReport({ plan, schedule: buildSchedule(plan), asOf, language, check: { result, series }, measured: files.length > 0 }).match(/<div class="cards">.*?<\/div><\/div>(?=<\/)/s)?.[0] ?? '';
    };
    const planned = await cards([], 'nl');
    expect(planned).toContain('<span class="card-label">Gestart volgens planning</span><span class="card-value">40 van 40</span>');
    // Without data the switch-off card says so once, and names the metric instead of its id.
    expect(planned).toContain('<span class="card-label">Het oude systeem uitzetten</span><span class="card-value">niet gemeten</span><span class="card-note">Actief gebruik ≥ 80</span>');
    const measured = await cards([file], 'en');
    // The whole organization's value, said so; the lowest location, which decides the switch-off, beside the condition.
    // The day of the value, from the export of Friday 12 February, not the report's Monday 15 February.
    expect(measured).toContain('<span class="card-label">Active use, measured</span><span class="card-value">65%</span><span class="card-note">whole organization, measured on Friday 12 February 2027<');
    expect(await cards([file], 'nl')).toContain('<span class="card-note">hele organisatie, gemeten op vrijdag 12 februari 2027<');
    expect(measured).toContain('Active use ≥ 80; latest 28.6 in the lowest of the parts started (location Nickerie) and 65 in the whole organization');
    expect(measured).not.toContain('40 of 40');
  });
});
