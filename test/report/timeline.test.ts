import { describe, expect, it } from 'vitest';
import { formatsFor, wordsFor } from '../../src/report/i18n.js';
import { linearScale } from '../../src/report/svg.js';
import { TIMELINE, timelineDomain, timelineRows, timelineSvg, todayX } from '../../src/report/timeline.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { parseDay } from '../../src/util/dates.js';
import { example } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { loadPlan } from '../../src/plan/load.js';

const plan = loadPlan(readFileSync(example('enterprise.yaml'), 'utf8'), 'enterprise.yaml').plan!;
const schedule = buildSchedule(plan);
const words = wordsFor('en');
const locations = plan.organization.locations.map((l) => l.name);

describe('timeline', () => {
  it('covers whole rollout weeks from the get-started checklist to the last review', () => {
    // The get-started checklist is due the working day before the first announcement (Monday
    // 2027-01-18), so in week -2 (from 2027-01-11); the month-3 review in week 23.
    expect(timelineDomain(schedule)).toEqual([parseDay('2027-01-11'), parseDay('2027-07-12')]);
  });

  it('groups the phases per location when the plan has several', () => {
    const rows = timelineRows(schedule.phases, locations, words).map((r) => (r.kind === 'group' ? `# ${r.label}` : r.kind === 'phase' ? r.phase.id : r.kind));
    expect(rows).toEqual(['# Paramaribo', 'pilot', 'paramaribo', '# Georgetown', 'georgetown', '# Port of Spain', 'port-of-spain', '# All locations', 'decommission', 'reviews']);
    expect(timelineRows(schedule.phases, ['Paramaribo'], words).filter((r) => r.kind === 'group')).toEqual([]);
  });

  it('draws each phase bar from its first day to the end of its last', () => {
    const svg = timelineSvg({ schedule, asOf: parseDay('2027-03-15'), gateStatus: new Map([['paramaribo-active', 'fail']]), firstTryGates: [], tries: new Map(), locations, words, formats: formatsFor('en') });
    const x = linearScale(timelineDomain(schedule), [TIMELINE.labelWidth, TIMELINE.width - TIMELINE.right]);
    const bar = svg.match(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-phase="georgetown"/)!;
    expect(Number(bar[1])).toBeCloseTo(x(parseDay('2027-03-01')), 2);
    expect(Number(bar[2])).toBeCloseTo(x(parseDay('2027-03-13')) - x(parseDay('2027-03-01')), 2);
    expect(svg).toContain('class="tl-bar tl-launch tl-current" data-phase="port-of-spain"');
    expect(svg).toMatch(/class="tl-gate st-fail"><title>Gate paramaribo-active: 15 Mar, fail<\/title>/);
  });

  it("puts today's line through the middle of today, and leaves it out beyond the timeline", () => {
    const x = linearScale([parseDay('2027-01-04'), parseDay('2027-01-18')], [200, 480]);
    expect(todayX(x, parseDay('2027-01-04'))).toBe(210);
    expect(todayX(x, parseDay('2027-01-11'))).toBe(350);
    expect(todayX(x, parseDay('2027-02-01'))).toBeUndefined();
    const svg = timelineSvg({ schedule, asOf: parseDay('2027-03-15'), gateStatus: new Map(), firstTryGates: [], tries: new Map(), locations, words, formats: formatsFor('en') });
    const full = linearScale(timelineDomain(schedule), [TIMELINE.labelWidth, TIMELINE.width - TIMELINE.right]);
    expect(svg).toContain(`<line x1="${Math.round(full(parseDay('2027-03-15') + 0.5) * 100) / 100}"`);
  });

  it('draws the grid before the axis labels, so no week line crosses a date', () => {
    const svg = timelineSvg({ schedule, asOf: parseDay('2027-03-15'), gateStatus: new Map(), firstTryGates: [], tries: new Map(), locations, words, formats: formatsFor('en') });
    const axis = /<g class="tl-axis">(.*?)<\/g>/s.exec(svg)![1]!;
    expect(axis.lastIndexOf('class="tl-grid"')).toBeLessThan(axis.indexOf('class="tl-week"'));
    expect(axis.lastIndexOf('class="tl-grid"')).toBeLessThan(axis.indexOf('class="tl-date"'));
  });

  it('widens the names column for a long name beside its head count, and cuts a name too long for it, whole in its tooltip', () => {
    const named = (name: string) => ({ ...schedule, phases: schedule.phases.map((p, i) => (i === 1 ? { ...p, name } : p)) });
    const draw = (s: typeof schedule) => timelineSvg({ schedule: s, asOf: parseDay('2027-03-15'), gateStatus: new Map(), firstTryGates: [], tries: new Map(), locations, words, formats: formatsFor('en') });
    const countX = (svg: string) => Number(/<text x="([\d.]+)" y="[\d.]+" class="tl-people"/.exec(svg)![1]);
    // The enterprise example's names fit the narrowest column: its head counts end at 180.
    expect(countX(draw(schedule))).toBe(TIMELINE.labelWidth - 10);
    // "Kantoor Paramaribo" and "18 people" side by side need more: the column grows, and the bars start after it.
    const wider = draw(named('Kantoor Paramaribo en Commewijne'));
    expect(countX(wider)).toBeGreaterThan(TIMELINE.labelWidth);
    expect(wider).toContain('>Kantoor Paramaribo en Commewijne</text>');
    // A name longer than the widest column is cut with an ellipsis and kept whole in its tooltip.
    const long = 'Afdeling Financiële Administratie, Salarisadministratie en Belastingaangiften voor alle cliënten';
    const cut = draw(named(long));
    expect(cut).toMatch(new RegExp(`<text x="8" y="[\\d.]+" class="tl-label"><title>${long}</title>Afdeling Financiële[^<]*…</text>`));
  });
});
