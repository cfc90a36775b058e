import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { example, minimalPlan, ROOT, run, tempDir } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';

const CHROMIUM = '/usr/bin/chromium';
const metrics = path.join(ROOT, 'examples/metrics/enterprise.csv');
const enterprise = ['report', '--plan', example('enterprise.yaml'), '--metrics', metrics, '--at', '2027-03-15'];

describe('rollout report', () => {
  it('draws each aggregate over the rows up to each day', () => {
    const dir = tempDir();
    const kinds = ['count', 'sum', 'mean', 'min', 'max', 'p50', 'p90', 'nps'];
    const gates = kinds.map((aggregate) => ({ id: `g-${aggregate}`, phase: 'pilot', metric: 'nps', aggregate, op: '>=', threshold: 0, within: '1w', minSamples: 1 }));
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(minimalPlan({ phases: [{ id: 'pilot', name: 'Pilot', audience: 'all', weeks: 2 }], gates })));
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value\n2027-01-04,nps,10\n2027-01-04,nps,9\n2027-01-05,nps,3\n2027-01-06,nps,8\n');
    const r = run(['report', '--metrics', 'm.csv', '--at', '2027-01-20', '--lang', 'en', '-o', '-'], { cwd: dir });
    expect(r.stderr).toBe('');
    const figure = (id: string) => new RegExp(`<figure class="gate-chart" data-gate="${id}">([\\s\\S]*?)</figure>`).exec(r.stdout)![1]!;
    const points = (id: string) => [...figure(id).matchAll(/class="ch-point"><title>[^<]*: ([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(Object.fromEntries(kinds.map((k) => [k, points(`g-${k}`)]))).toEqual({
      count: ['2', '3', '4'],
      sum: ['19', '22', '30'],
      mean: ['9.5', '7.3', '7.5'],
      min: ['9', '3', '3'],
      max: ['10', '10', '10'],
      p50: ['9.5', '9', '8.5'],
      p90: ['9.9', '9.8', '9.7'],
      nps: ['100', '33.3', '25'],
    });
  });

  it('writes one HTML file, in the plan\'s first language by default, and says so', () => {
    const dir = tempDir();
    const r = run([...enterprise, '-o', 'report.html'], { cwd: dir });
    expect(r).toEqual({ stdout: 'wrote report.html (decision: pause)\n', stderr: '', status: 0 });
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<span class="banner-word">Pauzeren</span>');
    expect(html.match(/<figure class="gate-chart"/g)).toHaveLength(10);
  });

  it('shows the gates without judging them when no metrics are given', () => {
    const dir = tempDir();
    const r = run(['report', '--plan', example('enterprise.yaml'), '--at', '2027-03-15', '--lang', 'en', '-o', 'plan.html'], { cwd: dir });
    expect(r).toEqual({ stdout: 'wrote plan.html (no metrics given)\n', stderr: '', status: 0 });
    const html = readFileSync(path.join(dir, 'plan.html'), 'utf8');
    expect(html).toContain('<div class="banner neutral" role="status"><strong>No metrics given:');
    expect(html).not.toContain('banner decision-');
  });

  it('names the metric an awaited export is due for as the rest of the report does, in Dutch and English', () => {
    // The helpdesk export is written into the plan before the first one is there.
    const dir = adoptionCopy((plan) => (plan.sources[4]!.file = 'adoption/exports/tickets-2027-*.csv'));
    const note = (lang: string) => /<div class="awaited"[^>]*>([\s\S]*?)<\/div>/.exec(run(['report', '--at', '2027-03-15', '--lang', lang, '-o', '-'], { cwd: dir }).stdout)?.[1] ?? '';
    expect(note('nl')).toContain('als toetsmoment studio-tickets, dat Teams-meldingen per werkdag leest, beoordeeld wordt');
    expect(note('en')).toContain('when gate studio-tickets, which reads Teams tickets per working day, is due');
    expect(note('nl')).not.toContain('dat tickets leest');
  });

  it('writes numbers as the reader of its language does: 37,5% in Dutch, 37.5% in English', () => {
    const visible = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
    const nl = visible(run([...enterprise, '--lang', 'nl', '-o', '-']).stdout);
    expect(nl).toContain('37,5%');
    expect(nl).toContain('-0,633/d');
    // Thousands are grouped as each language does: the budget in the plan in brief.
    expect(nl).toContain('USD 14.400');
    expect(nl.replace('14.400', '')).not.toMatch(/\d\.\d/);
    const en = visible(run([...enterprise, '--lang', 'en', '-o', '-']).stdout);
    expect(en).toContain('37.5%');
    expect(en).toContain('USD 14,400');
    expect(en.replace('14,400', '')).not.toMatch(/\d,\d/);
  });

  it('refuses to replace a file without --force, and replaces it with', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'report.html'), 'old');
    const refused = run([...enterprise, '-o', 'report.html'], { cwd: dir });
    expect(refused).toEqual({ stdout: '', stderr: 'rollout: report.html already exists; nothing was written. Use --force to overwrite\n', status: 2 });
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toBe('old');
    expect(run([...enterprise, '-o', 'report.html', '--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it.each([
    ['a date that is not real', ['--at', '2027-02-30', '-o', 'r.html'], 'rollout: --at must be a real date written YYYY-MM-DD, not "2027-02-30"\n'],
    ['an unknown language', ['--lang', 'fr', '-o', 'r.html'], /^rollout: option '--lang <language>' argument 'fr' is invalid/],
    ['no -o', [], /^rollout: required option '-o, --output <file>' not specified \(see rollout report --help\)\n$/],
    ['a missing metrics file', ['--metrics', 'nope.csv', '-o', 'r.html'], 'rollout: nope.csv: no such file; pass your metrics export with --metrics FILE\n'],
  ])('exits 2 on %s, writing nothing', (_, args, stderr) => {
    const dir = tempDir();
    const r = run(['report', '--plan', example('enterprise.yaml'), ...args], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(stderr);
    expect(existsSync(path.join(dir, 'r.html'))).toBe(false);
  });
});

const browserTitle = existsSync(CHROMIUM) ? 'rollout report in headless Chromium' : `rollout report in headless Chromium: SKIPPED, ${CHROMIUM} is missing (apt-get install -y chromium)`;

describe(browserTitle, () => {
  if (!existsSync(CHROMIUM)) process.stderr.write(`${browserTitle}\n`);

  it.skipIf(!existsSync(CHROMIUM))('shows the banner, every phase bar and every gate chart, offline and without errors', async () => {
    const { chromium } = await import('playwright-core');
    const dir = tempDir();
    expect(run([...enterprise, '--lang', 'en', '-o', 'report.html'], { cwd: dir }).status).toBe(0);
    const url = pathToFileURL(path.join(dir, 'report.html')).href;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(url);

      await expect(page.locator('.banner.decision-pause').isVisible()).resolves.toBe(true);
      expect(await page.locator('.banner').innerText()).toContain('launch of Port of Spain on 15 Mar waits: georgetown-go-no-go failed (major → pause)');
      const bars = page.locator('svg.timeline rect.tl-bar');
      expect(await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')))).toEqual(['pilot', 'paramaribo', 'georgetown', 'port-of-spain', 'decommission']);
      for (const bar of await bars.all()) await expect(bar.isVisible()).resolves.toBe(true);
      const charts = page.locator('figure.gate-chart svg.chart');
      expect(await charts.count()).toBe(10);
      for (const chart of await charts.all()) {
        await chart.scrollIntoViewIfNeeded();
        await expect(chart.isVisible()).resolves.toBe(true);
        expect((await chart.boundingBox())!.width).toBeGreaterThan(300);
      }
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);

      const shots = path.join(ROOT, 'test-results');
      mkdirSync(shots, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      // UPDATE_SCREENSHOT=1 refreshes the README's picture from this very run.
      const file = process.env.UPDATE_SCREENSHOT ? path.join(ROOT, 'docs/report.png') : path.join(shots, 'report.png');
      await page.screenshot({ path: file });
      expect(existsSync(file)).toBe(true);

      // On a phone the timeline keeps a readable size (its 11 px labels at 0.9) and scrolls sideways.
      await page.setViewportSize({ width: 390, height: 800 });
      expect((await page.locator('svg.timeline').boundingBox())!.width).toBeGreaterThanOrEqual(900);
      expect(await page.locator('.timeline-scroll').evaluate((e) => e.scrollWidth > e.clientWidth && e.clientWidth < 400)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
