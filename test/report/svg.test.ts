import { describe, expect, it } from 'vitest';
import { el, escapeXml, linePath, linearScale, niceDomain, niceStep, text, ticks } from '../../src/report/svg.js';

describe('linear scales', () => {
  it('maps the ends of the domain to the ends of the range, and values in between proportionally', () => {
    const x = linearScale([0, 100], [40, 440]);
    expect([x(0), x(25), x(50), x(100)]).toEqual([40, 140, 240, 440]);
  });

  it('turns upwards for a y axis: larger values sit higher, at smaller pixel rows', () => {
    const y = linearScale([0, 100], [190, 22]);
    expect(y(0)).toBe(190);
    expect(y(100)).toBe(22);
    expect(y(80)).toBeCloseTo(55.6, 10);
  });

  it('puts every value in the middle when the domain is a single value', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });
});

describe('ticks', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect([niceStep(100, 5), niceStep(2, 5), niceStep(0.9, 4), niceStep(7, 5), niceStep(0, 5)]).toEqual([20, 0.5, 0.5, 2, 1]);
  });

  it('widens a domain to whole steps, and gives a single value room', () => {
    expect(niceDomain(6.6, 8.1)).toEqual({ domain: [6.5, 8.5], step: 0.5 });
    expect(niceDomain(0, 14.3)).toEqual({ domain: [0, 15], step: 5 });
    expect(niceDomain(50, 50).domain).toEqual([44, 56]);
  });

  it('lists the multiples of the step without float noise', () => {
    expect(ticks([6.5, 8], 0.5)).toEqual([6.5, 7, 7.5, 8]);
    expect(ticks([0, 0.3], 0.1)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('markup', () => {
  it('escapes plan values in text and attributes', () => {
    expect(escapeXml(`<b class="x">Tom & Jerry's</b>`)).toBe('&#60;b class=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/b&#62;');
    expect(text({ x: 1.234, 'data-name': '"><script>' }, '</text><script>alert(1)</script>')).toBe(
      '<text x="1.23" data-name="&#34;&#62;&#60;script&#62;">&#60;/text&#62;&#60;script&#62;alert(1)&#60;/script&#62;</text>',
    );
  });

  it('leaves out undefined attributes and closes empty elements', () => {
    expect(el('rect', { x: 1, y: undefined, class: 'bar' })).toBe('<rect x="1" class="bar"/>');
  });

  it('draws a path through the points', () => {
    expect(linePath([[0, 10], [5.555, 20], [10, 0]])).toBe('M0 10 L5.56 20 L10 0');
  });
});
