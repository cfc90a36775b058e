/** SVG building blocks: linear scales, round tick steps, paths and escaped elements. */

export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/** Maps `domain` linearly onto `range` (pixels); an empty domain maps to the middle of the range. */
export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const map = (value: number): number => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
  return Object.assign(map, { domain, range });
}

/** A step of 1, 2 or 5 times a power of ten that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((m) => m * power >= raw)!;
  return step * power;
}

/** The smallest domain of whole steps around [min, max]; a single value gets some room around it. */
export function niceDomain(min: number, max: number, count = 5): { domain: [number, number]; step: number } {
  const [lo, hi] = min === max ? [min - Math.max(1, Math.abs(min) / 10), max + Math.max(1, Math.abs(max) / 10)] : [min, max];
  const step = niceStep(hi - lo, count);
  return { domain: [Math.floor(lo / step) * step, Math.ceil(hi / step) * step], step };
}

/** Every multiple of `step` inside the domain, without the float noise of repeated addition. */
export function ticks(domain: readonly [number, number], step: number): number[] {
  // 0.3 / 0.1 is 2.9999999999999996: a little slack keeps the ends that are meant to be there.
  const first = Math.ceil(domain[0] / step - 1e-9);
  const last = Math.floor(domain[1] / step + 1e-9);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toFixed(decimals)));
}

/** Escapes text for HTML and SVG, in content and in quoted attributes alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Pixel numbers with at most two decimals, so the markup stays short and stable. */
export const px = (n: number): string => String(Math.round(n * 100) / 100);

export type Attrs = Record<string, string | number | undefined>;

/** An element; attribute values are escaped, children are markup built by these helpers. */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
  // One string grown in place: a report has thousands of elements, and arrays per element add up.
  let list = '';
  for (const key in attrs) {
    const v = attrs[key];
    if (v !== undefined) list += ` ${key}="${typeof v === 'number' ? px(v) : escapeXml(v)}"`;
  }
  return children.length ? `<${tag}${list}>${children.join('')}</${tag}>` : `<${tag}${list}/>`;
}

/** A text element with escaped content. */
export const text = (attrs: Attrs, content: string): string => el('text', attrs, escapeXml(content));

/** A tooltip: browsers show an element's first <title> child on hover. */
export const tooltip = (content: string): string => el('title', {}, escapeXml(content));

/**
 * A circle with its tooltip, written out as `el` would write it: a chart draws one or two for
 * every day it shows, hundreds in a report, and this skips the attribute object of each.
 */
export const dot = (cx: number, cy: number, r: number, className: string, label: string): string =>
  `<circle cx="${px(cx)}" cy="${px(cy)}" r="${px(r)}" class="${escapeXml(className)}"><title>${escapeXml(label)}</title></circle>`;

export function linePath(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x)} ${px(y)}`).join(' ');
}

export function diamond(x: number, y: number, r: number, attrs: Attrs, ...children: string[]): string {
  return el('path', { d: `M${px(x)} ${px(y - r)} L${px(x + r)} ${px(y)} L${px(x)} ${px(y + r)} L${px(x - r)} ${px(y)} Z`, ...attrs }, ...children);
}

/** A triangle pointing down onto (x, y), like a flag planted on a day. */
export function pin(x: number, y: number, r: number, attrs: Attrs, ...children: string[]): string {
  return el('path', { d: `M${px(x - r)} ${px(y - r * 1.6)} L${px(x + r)} ${px(y - r * 1.6)} L${px(x)} ${px(y)} Z`, ...attrs }, ...children);
}

export function svg(width: number, height: number, attrs: Attrs, ...children: string[]): string {
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, ...attrs }, ...children);
}
