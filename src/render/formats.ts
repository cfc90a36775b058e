import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { format as formatDateFns } from 'date-fns';
import { enUS } from 'date-fns/locale';
import Handlebars from 'handlebars';
import type { Language } from '../plan/schema.js';
import { parseDay, toLocalDate } from '../util/dates.js';
import { markdownText } from '../escape/markdown.js';
import { displayName, headerText } from '../escape/mail.js';
import { markdownToHtml, markdownToText } from './markdown.js';
import type { TemplateKind } from './templates.js';
import { LABELS } from './words.js';

export const FORMATS = ['md', 'txt', 'html', 'eml'] as const;
export type Format = (typeof FORMATS)[number];

/** A rendered template, split into its subject (emails) or title (checklists) and its body. */
export interface Rendered {
  subject: string;
  body: string;
}

/** Header facts of one message; plain text, escaped here for each format. */
export interface MessageHead {
  kind: TemplateKind;
  lang: Language;
  /** Send or due date, already written out in the language. */
  when: string;
  /** YYYY-MM-DD, for the eml Date header. */
  date: string;
  timezone: string;
  from?: { name: string; email?: string };
  to: string;
  /** The audience alone, without the head count, for the eml To group. */
  audience: string;
  /** File name without extension, for a stable Message-ID. */
  id: string;
}

/**
 * Splits rendered template output: an email's first line `Subject: ...` is its subject;
 * a checklist's first `# heading` is its title and stays in the body.
 */
export function splitSubject(output: string, kind: TemplateKind): Rendered | undefined {
  const text = output.replace(/^\s*\n/, '');
  if (kind === 'email') {
    const m = /^Subject:[ \t]*(.*)\n?/.exec(text);
    if (!m) return undefined;
    return { subject: m[1]!.trim(), body: text.slice(m[0].length).replace(/^\s*\n/, '') };
  }
  const heading = /^#{1,3}[ \t]+(.*)$/m.exec(text);
  return { subject: heading ? heading[1]!.replace(/\*\*/g, '').trim() : '', body: text };
}

const from = (head: MessageHead) => (head.from ? (head.from.email ? `${head.from.name} <${head.from.email}>` : head.from.name) : undefined);

function headLines(head: MessageHead, subject: string | undefined): [string, string][] {
  const l = LABELS[head.lang];
  const lines: [string, string][] = [];
  if (subject !== undefined) lines.push([l.subject, subject]);
  lines.push([head.kind === 'email' ? l.send : l.due, head.when]);
  const sender = from(head);
  if (head.kind === 'email' && sender) lines.push([l.from, sender]);
  lines.push([head.kind === 'email' ? l.to : l.for, head.to]);
  return lines.map(([k, v]) => [k, headerText(v)]);
}

/** Markdown: values were escaped for Markdown while rendering; the header is escaped here. */
export function toMarkdown(head: MessageHead, r: Rendered): string {
  const email = head.kind === 'email';
  const meta = headLines(head, email ? r.subject : undefined)
    .map(([k, v], i) => `- **${k}:** ${email && i === 0 ? v : markdownText(v)}`)
    .join('\n');
  if (email) return `${meta}\n\n---\n\n${r.body.trimEnd()}\n`;
  const { title, rest } = titleOf(r.body);
  return `${title ? `${title}\n\n` : ''}${meta}\n\n${rest.trim()}\n`;
}

/** A checklist's heading line, which goes above its header, and the rest. */
function titleOf(body: string): { title?: string; rest: string } {
  const m = /^(#{1,3}[ \t].*)\n?/.exec(body);
  return m ? { title: m[1]!, rest: body.slice(m[0].length) } : { rest: body };
}

export function toText(head: MessageHead, r: Rendered): string {
  const lines = headLines(head, head.kind === 'email' ? r.subject : undefined);
  const width = Math.max(...lines.map(([k]) => k.length)) + 2;
  const meta = lines.map(([k, v]) => `${`${k}:`.padEnd(width)}${v}`).join('\n');
  if (head.kind === 'email') return `${meta}\n${'-'.repeat(60)}\n\n${markdownToText(r.body)}`;
  const { title, rest } = titleOf(r.body);
  return `${title ? `${markdownToText(title)}\n` : ''}${meta}\n\n${markdownToText(rest)}`;
}

const STYLE =
  'body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}' +
  'table.meta{border-collapse:collapse;margin-bottom:1.5rem;color:#555}table.meta th{text-align:left;padding-right:1rem;font-weight:600}' +
  'ul.checklist{list-style:none;padding-left:0}';

/** HTML: the subject and body come escaped from Handlebars; the header values are escaped here. */
export function toHtml(head: MessageHead, r: Rendered, withMeta = true): string {
  const esc = Handlebars.escapeExpression;
  const meta = headLines(head, head.kind === 'email' ? r.subject : undefined)
    .map(([k, v], i) => `<tr><th>${esc(k)}</th><td>${head.kind === 'email' && i === 0 ? v : esc(v)}</td></tr>`)
    .join('\n');
  return page(head.lang, r, STYLE, withMeta ? [`<table class="meta">\n${meta}\n</table>`] : [], true);
}

/** A whole HTML page: the subject as its title, the body (Markdown rendered with escaped values) after `before`. */
function page(lang: Language, r: Rendered, style: string, before: string[], viewport: boolean): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    ...(viewport ? ['<meta name="viewport" content="width=device-width, initial-scale=1">'] : []),
    `<title>${r.subject}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    ...before,
    markdownToHtml(r.body),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One A4 page, in type large enough to read from a step away on a wall. */
const NOTICE_STYLE =
  '@page{size:A4;margin:18mm}body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:17pt;line-height:1.4;color:#000;max-width:180mm;margin:0 auto}' +
  'h1{font-size:34pt;line-height:1.15;margin:0 0 .6em;border-bottom:3pt solid #000;padding-bottom:.2em}ul{padding-left:1.1em}li{margin:.35em 0}strong{font-weight:700}';

/** A printable notice: a page with its title and the essentials, no email header. Values come escaped from Handlebars. */
export function toNotice(lang: Language, r: Rendered): string {
  return page(lang, r, NOTICE_STYLE, [], false);
}

/** RFC 5322 date of 09:00 on the send date in the message's time zone. */
const mailDates = new Map<string, string>();
export function mailDate(date: string, timezone: string): string {
  const key = `${date} ${timezone}`;
  let text = mailDates.get(key);
  if (text === undefined) mailDates.set(key, (text = computeMailDate(date, timezone)));
  return text;
}

function computeMailDate(date: string, timezone: string): string {
  const local = toLocalDate(parseDay(date));
  const at = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 9, 0, 0, timezone);
  return formatDateFns(at, 'EEE, dd MMM yyyy HH:mm:ss xx', { locale: enUS });
}

/**
 * A complete RFC 5322 message with a text and an HTML part. It opens in a mail client as a draft
 * (X-Unsent), addressed to the audience as an empty group, ready to receive real addresses.
 */
export async function toEml(head: MessageHead, text: Rendered, html: Rendered): Promise<Uint8Array> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const textBody = markdownToText(text.body);
  const htmlBody = toHtml(head, html, false);
  const domain = head.from?.email?.split('@')[1] ?? 'rollout.invalid';
  const boundary = createHash('sha256').update(textBody).update(htmlBody).digest('hex').slice(0, 16);
  const composer = new MailComposer({
    ...(head.from?.email ? { from: { name: displayName(head.from.name), address: head.from.email } } : {}),
    to: `${displayName(head.audience) || 'Team'}:;`,
    subject: headerText(text.subject),
    date: mailDate(head.date, head.timezone),
    messageId: `<${head.id.replace(/[^A-Za-z0-9._-]/g, '-')}@${domain}>`,
    headers: { 'X-Unsent': '1' },
    text: textBody,
    html: htmlBody,
    baseBoundary: boundary,
  });
  return composer.compile().build();
}
