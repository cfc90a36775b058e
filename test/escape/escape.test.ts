import { stripVTControlCharacters } from 'node:util';
import fc from 'fast-check';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { chatText } from '../../src/escape/chat.js';
import { contentLine, foldLine, icsText } from '../../src/escape/ics.js';
import { displayName, headerText } from '../../src/escape/mail.js';
import { markdownText, markdownValue } from '../../src/escape/markdown.js';
import { mermaidLabel } from '../../src/escape/mermaid.js';
import { terminalLine, terminalText } from '../../src/escape/terminal.js';
import { toEml } from '../../src/render/formats.js';
import { RUNS, TIMEOUT } from '../fuzz/runs.js';
import { parseGantt } from './parsers.js';

/** Strings that reach the escapes: any Unicode, control characters, and each language's keywords. */
const KEYWORDS = ['click ', 'call ', 'href "', 'Gantt', 'section ', 'title ', 'excludes ', 'includes ', 'dateFormat ', 'todayMarker ', 'weekday monday', '2027-01-04 ', '%%{init: {}}%%', '%%', ':', ';', '#', '<svg onload=alert(1)>', '[x](javascript:alert(1))', '![](https://t/p.png)', '&amp;', '&#x3C;', '*', '_', '`', '|', '\\', '# ', '- ', '1. ', '> ', '\r', '\n', '\r\n', '\u2028', '\u0085', '\u001b]0;title\u0007', '\u001b[2J', '\u009b2J', '\u202e', 'BEGIN:VEVENT', 'URL:https://evil', ',', '"', 'https://x.example', 'www.x.example', 'Bcc: a@b.example', '東京', '😀', '\u0000', '\t', '   '];
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join('')),
);

describe('iCalendar text', () => {
  const calendar = (lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:1', 'DTSTAMP:20270101T000000Z', ...lines, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  /** What a TEXT value must read back as: line breaks kept, other controls as spaces. */
  const expected = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');

  it('reads back with ical.js as the value it was given, in one event, whatever the value', () => {
    fc.assert(
      fc.property(hostile, hostile.map((p) => p.replaceAll('\\', '/')), (summary, param) => {
        const text = calendar([contentLine('SUMMARY', icsText(summary)), contentLine('X-NOTE', icsText('x'), { 'X-P': param })]);
        const component = new ICAL.Component(ICAL.parse(text));
        const events = component.getAllSubcomponents('vevent');
        expect(events).toHaveLength(1);
        expect(events[0]!.getFirstPropertyValue('summary') ?? '').toBe(expected(summary));
        expect(events[0]!.getFirstProperty('x-note')!.getParameter('x-p') ?? '').toBe(expected(param));
        expect(events[0]!.getFirstPropertyValue('url')).toBeNull();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('folds lines at 75 octets without splitting a character, in linear time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (value) => {
        const folded = foldLine(`SUMMARY:${value}`);
        for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${value}`);
        expect(Buffer.from(folded).toString()).toBe(folded);
      }),
      { numRuns: RUNS },
    );
    // ASCII lines take the short way: every line but the last is full, as the octet count gives.
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 400 }), (value) => {
        const lines = foldLine(`UID:${value}`).split('\r\n');
        expect(lines.join('\r\n').replace(/\r\n /g, '')).toBe(`UID:${value}`);
        lines.slice(0, -1).forEach((line) => expect(line.length).toBe(75));
        expect(lines.at(-1)!.length).toBeLessThanOrEqual(75);
      }),
      { numRuns: RUNS },
    );
    const long = 'é'.repeat(4_000_000);
    const started = performance.now();
    expect(foldLine(long).length).toBeGreaterThan(long.length);
    expect(performance.now() - started).toBeLessThan(5_000);
  }, TIMEOUT);
});

describe('Mermaid labels', () => {
  it("parse with Mermaid's own gantt parser to exactly the tasks written", async () => {
    await fc.assert(
      // The title is checked by the tasks that follow it: Mermaid sanitizes its text as HTML for display.
      fc.asyncProperty(hostile, fc.array(hostile, { minLength: 1, maxLength: 5 }), async (title, names) => {
        const lines = ['gantt', `  title ${mermaidLabel(title)}`, '  dateFormat YYYY-MM-DD', '  section Phases'];
        names.forEach((name, i) => lines.push(`  ${mermaidLabel(name)} :t${i}, 2027-01-04, ${i + 1}d`));
        const chart = await parseGantt(`${lines.join('\n')}\n`);
        expect(chart.tasks.map((t) => [t.task.trim(), t.id])).toEqual(names.map((name, i) => [mermaidLabel(name), `t${i}`]));
        for (const name of names) expect(mermaidLabel(name)).not.toMatch(/[\n:;#]|%%/);
      }),
      { numRuns: Math.min(RUNS, 200) },
    );
  }, TIMEOUT);
});

describe('Markdown inline text', () => {
  const md = new MarkdownIt();
  /** The text a reader must see: controls gone, line breaks as spaces, no outer white space. */
  const expected = (s: string) =>
    s
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
      .replace(/[\r\n\u0085\u2028\u2029\u000b\u000c]+/g, ' ')
      .trim();
  const texts = (tokens: { type: string; content: string; children: unknown[] | null }[]) =>
    tokens.filter((t) => t.type === 'inline').map((t) => (t.children as { type: string; content: string }[]));

  it('renders with markdown-it as the text it was given, in a paragraph or a table cell, with no element from the input', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const paragraph = md.parse(markdownText(a), {});
        const inline = texts(paragraph).flat();
        expect(inline.every((t) => t.type === 'text' || t.type === 'text_special')).toBe(true);
        expect(inline.map((t) => t.content).join('').trim()).toBe(expected(a).replace(/\s+$/, ''));
        const table = `| a | b |\n| --- | --- |\n| ${markdownText(a)} | ${markdownText(b)} |\n`;
        const cells = md.parse(table, {}).filter((t) => t.type === 'td_open');
        expect(cells).toHaveLength(2);
        const html = md.render(table);
        expect([...html.matchAll(/<(\w+)/g)].map((m) => m[1]).filter((tag) => !['table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(tag!))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('Markdown values: a web address', () => {
  const md = new MarkdownIt();
  type Token = { type: string; content: string; attrGet(name: string): string | null; children: Token[] | null };
  const inline = (text: string) => (md.parseInline(text, {})[0] as unknown as Token).children!;
  /** The link in a sentence: its address and the text a reader sees and copies; undefined when there is none. */
  const link = (text: string) => {
    const tokens = inline(text);
    const open = tokens.findIndex((t) => t.type === 'link_open');
    if (open < 0) return undefined;
    const close = tokens.findIndex((t) => t.type === 'link_close');
    return { href: tokens[open]!.attrGet('href'), text: tokens.slice(open + 1, close).map((t) => t.content).join(''), links: tokens.filter((t) => t.type === 'link_open').length };
  };

  it('is one link whose address and text are the address as given, in a sentence, for any web address', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }), (url) => {
        const value = markdownValue(url);
        expect(value).toBe(`<${url}>`);
        expect(link(`fill in the form before Friday: ${value}`)).toEqual({ href: md.normalizeLink(url), text: md.normalizeLinkText(url), links: 1 });
      }),
      { numRuns: RUNS },
    );
    expect(markdownValue('https://forms.office.com/r/Kz7Tevredenheid')).toBe('<https://forms.office.com/r/Kz7Tevredenheid>');
  }, TIMEOUT);

  it('is text, as markdownText writes it, when an autolink cannot hold it; never a link elsewhere than to the value', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('https://x.example/', 'http://x.example/?a=', ''), (tail, head) => {
        const value = markdownValue(head + tail);
        const found = link(`see ${value}`);
        if (value.startsWith('<')) expect(found).toEqual({ href: md.normalizeLink((head + tail).trim()), text: md.normalizeLinkText((head + tail).trim()), links: 1 });
        else {
          expect(value).toBe(markdownText(head + tail));
          expect(found).toBeUndefined();
        }
      }),
      { numRuns: RUNS },
    );
    expect(markdownValue('https://x.example/a b')).toBe('https\\://x.example/a b');
    expect(markdownValue('https://x.example/a|b')).toBe('https\\://x.example/a\\|b');
  }, TIMEOUT);
});

describe('terminal text', () => {
  it('leaves nothing a terminal acts on', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        for (const out of [terminalLine(s), terminalText(s)]) {
          expect(stripVTControlCharacters(out)).toBe(out);
          expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        }
        expect(terminalLine(s)).not.toContain('\n');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('chat text (WhatsApp, SMS)', () => {
  it('is one line without controls or direction overrides, whatever the value', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = chatText(s);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        expect(out).toBe(out.trim());
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the words: a line break becomes a space', () => {
    expect(chatText('Bel de uitvoerder\r\nen zet het later in Teams.\u202e')).toBe('Bel de uitvoerder en zet het later in Teams.');
  });
});

describe('e-mail headers', () => {
  it('keep every value in its own header, as postal-mime reads it', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (subject, audience) => {
        const head = { kind: 'email' as const, lang: 'en' as const, when: 'today', date: '2027-01-04', timezone: 'UTC', to: audience, audience, id: 'x', from: { name: audience, email: 'a@b.example' } };
        const eml = await toEml(head, { subject, body: 'Hello' }, { subject, body: 'Hello' });
        const mail = await PostalMime.parse(eml);
        expect(mail.subject ?? '').toBe(headerText(subject));
        expect(mail.headers.map((h) => h.key).sort()).toEqual(['content-type', 'date', 'from', 'message-id', 'mime-version', ...(headerText(subject) ? ['subject'] : []), 'to', 'x-unsent']);
        expect(mail.from?.name ?? '').toBe(displayName(audience));
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  }, TIMEOUT);
});
