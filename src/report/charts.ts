import type { Observations } from '../gates/series.js';
import type { GateResult } from '../gates/types.js';
import type { Metric } from '../plan/schema.js';
import { parseDay, type Day } from '../util/dates.js';
import { condition, type Formats, type Words } from './i18n.js';
import { gateLine, type GateLine, type Point } from './points.js';
import { dot, el, linePath, linearScale, niceDomain, svg, text, ticks, tooltip, type Scale } from './svg.js';

/** One gate's line chart: its measure over time, the threshold, the window read and the due day. */

export const CHART = { width: 480, height: 220, left: 44, right: 62, top: 22, bottom: 30 } as const;

export interface GateChartInput {
  gate: GateResult;
  /** The gate's metric as people read it, for the chart's accessible name. */
  label: string;
  obs: Observations;
  unit: Metric['unit'];
  asOf: Day;
  /** False without --metrics: no data, and no status to mark. */
  measured: boolean;
  words: Words;
  formats: Formats;
}

export interface ChartFrame {
  x: Scale;
  y: Scale;
  yStep: number;
  data: GateLine;
}

/** The scales of a gate chart: days from the phase start to the due day, values with the threshold in view. */
export function gateChartFrame(input: Pick<GateChartInput, 'gate' | 'obs' | 'unit'>): ChartFrame {
  const { gate } = input;
  const data = gateLine(gate.aggregate, input.obs);
  const from = parseDay(gate.window.from);
  // A gate an open pause holds reads on past its planned day: the chart runs to the last day read.
  const x = linearScale([from, Math.max(parseDay(gate.due), parseDay(gate.window.to), from + 7)], [CHART.left, CHART.width - CHART.right]);
  const { domain, step } = valueDomain(input, data);
  const y = linearScale(domain, [CHART.height - CHART.bottom, CHART.top]);
  return { x, y, yStep: step, data };
}

function valueDomain({ gate, unit }: Pick<GateChartInput, 'gate' | 'unit'>, data: GateLine): { domain: [number, number]; step: number } {
  if (gate.aggregate === 'nps') return { domain: [-100, 100], step: 50 };
  const values = [...data.line, ...data.dots].map((p) => p.value);
  if (data.trend) values.push(data.trend.from.value, data.trend.to.value);
  if (gate.aggregate !== 'slope') values.push(gate.threshold);
  if (unit === 'percent' && gate.aggregate !== 'slope' && values.every((v) => v >= 0 && v <= 100)) return { domain: [0, 100], step: 20 };
  const countLike = unit === 'count' || gate.aggregate === 'count' || gate.aggregate === 'sum';
  const low = Math.min(...values, ...(countLike ? [0] : []));
  const high = Math.max(...values);
  const pad = (high - low) * 0.1;
  return niceDomain(countLike && low >= 0 ? low : low - pad, high + pad, 5);
}

export function gateChartSvg(input: GateChartInput): string {
  const frame = gateChartFrame(input);
  const { x, y } = frame;
  const { gate, words, formats } = input;
  const [left, right] = x.range;
  const [bottom, top] = y.range;
  const suffix = input.unit === 'percent' && gate.aggregate !== 'slope' && gate.aggregate !== 'nps' ? '%' : '';
  const parts: string[] = [];

  for (const v of ticks(y.domain, frame.yStep)) {
    parts.push(el('line', { x1: left, x2: right, y1: y(v), y2: y(v), class: 'ch-grid' }), text({ x: left - 6, y: y(v) + 3.5, class: 'ch-ylabel' }, `${formats.exact(v)}${suffix}`));
  }
  for (let day = x.domain[0]; day <= x.domain[1]; day += 7) {
    parts.push(el('line', { x1: x(day), x2: x(day), y1: bottom, y2: bottom + 4, class: 'ch-axis' }), text({ x: x(day), y: bottom + 16, class: 'ch-xlabel' }, formats.short(day)));
  }
  parts.push(el('line', { x1: left, x2: right, y1: bottom, y2: bottom, class: 'ch-axis' }));
  if (input.asOf >= x.domain[0]) {
    const to = Math.min(parseDay(gate.window.to), x.domain[1]);
    parts.push(el('rect', { x: left, y: top, width: x(to) - left, height: bottom - top, class: 'ch-window' }, tooltip(`${formats.short(x.domain[0])} – ${formats.short(to)}`)));
  }
  const due = x(parseDay(gate.due));
  parts.push(el('line', { x1: due, x2: due, y1: top, y2: bottom, class: 'ch-due' }), text({ x: due, y: top - 8, class: 'ch-due-label' }, `${gate.onHold ? words.planned : words.due} ${formats.short(parseDay(gate.due))}`));
  parts.push(thresholdLine(frame, gate, formats));
  parts.push(todayMark(x, input));
  parts.push(...dataMarks(frame, input, suffix));
  return svg(CHART.width, CHART.height, { class: 'chart', role: 'img', 'aria-label': `${gate.id}: ${input.label}`, 'data-gate': gate.id }, ...parts);
}

/** A flat line at the threshold; for a slope gate, a line of the threshold's slope through the trend's centre. */
function thresholdLine({ x, y, data }: ChartFrame, gate: GateResult, formats: Formats): string {
  const label = `${condition(gate.op, gate.threshold, formats)}${gate.aggregate === 'slope' ? '/d' : ''}`;
  if (gate.aggregate !== 'slope') {
    const at = y(gate.threshold);
    return el('g', { class: 'ch-threshold' }, el('line', { x1: x.range[0], x2: x.range[1], y1: at, y2: at }), text({ x: x.range[1] + 5, y: at + 4 }, label));
  }
  if (!data.trend) return '';
  const { from, to, centre } = data.trend;
  const at = (day: Day): [number, number] => [x(day), y(centre.value + gate.threshold * (day - centre.day))];
  const [x1, y1] = at(from.day);
  const [x2, y2] = at(to.day);
  return el('g', { class: 'ch-threshold' }, el('line', { x1, x2, y1, y2 }), text({ x: x2 + 4, y: y2 + 4 }, label));
}

function todayMark(x: Scale, { asOf, words, formats }: GateChartInput): string {
  if (asOf < x.domain[0] || asOf > x.domain[1]) return '';
  const at = x(asOf);
  return el('g', { class: 'ch-today' }, el('line', { x1: at, x2: at, y1: CHART.top, y2: CHART.height - CHART.bottom, class: 'today-line' }), tooltip(`${words.today} ${formats.short(asOf)}`));
}

function dataMarks({ x, y, data }: ChartFrame, input: GateChartInput, suffix: string): string[] {
  const { gate, words, formats } = input;
  const plot = (p: Point): [number, number] => [x(p.day), y(p.value)];
  if (data.line.length === 0) {
    const message = input.measured ? words.noData : words.noMeasure;
    return [text({ x: (x.range[0] + x.range[1]) / 2, y: (y.range[0] + y.range[1]) / 2, class: 'ch-empty' }, message)];
  }
  const label = (p: Point) => `${formats.short(p.day)}: ${formats.rounded(p.value)}${suffix}`;
  const marks = data.dots.map((p) => dot(x(p.day), y(p.value), 2.5, 'ch-dot', label(p)));
  if (data.trend) marks.push(el('line', { x1: x(data.trend.from.day), y1: y(data.trend.from.value), x2: x(data.trend.to.day), y2: y(data.trend.to.value), class: 'ch-trend' }, tooltip(words.trend)));
  marks.push(el('path', { d: linePath(data.line.map(plot)), class: 'ch-line' }));
  marks.push(...data.line.map((p) => dot(x(p.day), y(p.value), 2.5, 'ch-point', label(p))));
  // The judged number sits where the gate reads it: the end of the line, or of the trend for a slope.
  const end = data.trend?.to ?? data.line[data.line.length - 1]!;
  const shown = gate.observed === null ? `${formats.rounded(end.value)}${suffix}` : `${formats.gateValue(gate.observed, gate.aggregate, gate.threshold)}${gate.aggregate === 'slope' ? '' : suffix}`;
  marks.push(el('circle', { cx: x(end.day), cy: y(end.value), r: 5.5, class: `ch-final st-${gate.status}` }), text({ x: x(end.day) - 9, y: y(end.value) - 9, class: 'ch-final-label' }, shown));
  return marks;
}
