import { planIn, type Plan } from '../plan/resolve.js';
import { checklistOwner } from '../plan/checklist-owner.js';
import type { Language } from '../plan/schema.js';
import type { Schedule } from '../schedule/types.js';
import { chatText } from '../escape/chat.js';
import { markdownText, markdownValue } from '../escape/markdown.js';
import { RolloutError } from '../util/errors.js';
import type { OutputFile } from '../util/write.js';
import type { Progress } from '../progress/measured.js';
import { ContextBuilder, type RollbackNotice } from './context.js';
import { sha256 } from './earlier-run.js';
import { messageEras, type Era } from './eras.js';
import { formatDate } from './dates.js';
import { Engine } from './engine.js';
import { toEml, toHtml, toMarkdown, toNotice, toText, splitSubject, type Format, type MessageHead, type Rendered } from './formats.js';
import { channelGroups, emailless, emailUnread, formFile, ownMessage, type ChannelForm, type GroupForms } from './channels.js';
import { planMessages, type Message } from './messages.js';
import { MessageLanguages } from './languages.js';
import { templateName, type TemplateSet } from './templates.js';
import { DayCounts, readersOf, RosterReaders, type Placed, type RosterPeople, type Tally } from './roster-readers.js';
import { parseDay } from '../util/dates.js';
import { LABELS, LANGUAGE_READERS } from './words.js';

export interface RenderOptions {
  format: Format;
  /** Languages to write; default: the plan's organization.languages. Each message is written in those of them its readers read. */
  languages?: Language[];
  /** Only the messages of this phase. */
  phase?: string;
  templates: TemplateSet;
  /** Measured data the weekly updates report; without it they say what was planned. */
  progress?: Progress;
  /** The rollout rolls back: its notice that day, and no message after it. */
  rollback?: RollbackNotice;
  /** A roster that gives each person's language: each email is written in the languages its readers read, addressed to each language's readers. */
  roster?: RosterPeople;
  /** A roster that dates who joined and left: each message and checklist counts the people there on its day. */
  dates?: RosterPeople;
}

/** One written message, as listed in index.json. */
export interface IndexEntry {
  file: string;
  /** text: a chat message for WhatsApp or SMS; notice: a printable page; both for a group reached without email. */
  kind: 'email' | 'checklist' | ChannelForm;
  template: string;
  /** Send date of an email, due date of a checklist. */
  date: string;
  week: number;
  phase: string | null;
  location: string | null;
  language: Language;
  subject: string;
  to: string;
}

export interface RenderResult {
  /** The messages, then index.md and index.json; nothing is written yet. */
  files: OutputFile[];
  entries: IndexEntry[];
  unwritten: UnwrittenEmail[];
}

/**
 * An email not written, as nobody would read it: everyone it goes to is in groups reached without
 * email (`send` without `email`), whose text and notice carry the message instead.
 */
export interface UnwrittenEmail {
  date: string;
  template: string;
  /** Whom it would go to, in the plan's first language of its drafts, without the groups. */
  audience: string;
  groups: string[];
}

/**
 * Deep copy with every string escaped for the output (Markdown: a web address as a link; a chat text: one line).
 * The parts all messages share are the same objects each time, so their copies are kept.
 */
function escapeStrings(value: unknown, escape: (text: string) => string, done: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return escape(value);
  if (value === null || typeof value !== 'object') return value;
  const cached = done.get(value);
  if (cached !== undefined) return cached;
  let copy: unknown;
  if (Array.isArray(value)) copy = value.map((v) => escapeStrings(v, escape, done));
  else {
    const object: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) object[k] = escapeStrings(v, escape, done);
    copy = object;
  }
  done.set(value, copy);
  return copy;
}

/** The subject as plain text, from the Markdown or HTML rendering of a template. */
function plainSubject(subject: string, mode: 'md' | 'text' | 'html'): string {
  if (mode === 'md') return subject.replace(/\\(.)/g, '$1');
  if (mode === 'text') return subject;
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x60;': '`', '&#x3D;': '=' };
  return subject.replace(/&(?:amp|lt|gt|quot|#x27|#x60|#x3D);/g, (e) => entities[e]!);
}

/** Compiled engines per template set, so that rendering again does not compile again. */
const ENGINES = new WeakMap<TemplateSet, Map<string, Engine>>();

type Mode = 'md' | 'text' | 'html' | 'chat' | 'notice';
/**
 * The escaping of each output whose values are escaped before rendering; HTML's is Handlebars' own.
 * A notice is HTML whose values are also one line each, as on a phone, so that none breaks its list.
 */
const ESCAPES: Partial<Record<Mode, (text: string) => string>> = { md: markdownValue, chat: chatText, notice: chatText };

class Renderer {
  private readonly engines: Map<string, Engine>;
  private readonly escaped = { md: new WeakMap<object, unknown>(), chat: new WeakMap<object, unknown>(), notice: new WeakMap<object, unknown>() };
  constructor(private readonly templates: TemplateSet) {
    let engines = ENGINES.get(templates);
    if (!engines) ENGINES.set(templates, (engines = new Map()));
    this.engines = engines;
  }

  render(message: Message, lang: Language, data: Record<string, unknown>, mode: Exclude<Mode, 'chat'>): Rendered {
    const name = templateName(message.kind, message.template, lang);
    const output = this.output(name, lang, data, mode);
    const split = splitSubject(output, message.kind);
    if (!split) {
      const file = this.templates.files.get(name)?.file ?? name;
      throw new RolloutError(`${file}:1:1: an email template starts with a line "Subject: ...", the subject of the email`);
    }
    return split;
  }

  /** A group's own form of a message: a chat text as written, a notice with its `# title`. */
  renderForm(message: Message, form: ChannelForm, lang: Language, data: Record<string, unknown>): Rendered {
    const output = this.output(templateName(form, message.template, lang), lang, data, form === 'text' ? 'chat' : 'notice');
    if (form === 'notice') return splitSubject(output, 'checklist')!;
    const text = `${output.trim()}\n`;
    return { subject: chatText(text.split('\n')[0]!.replace(/[*_~]/g, '')), body: text };
  }

  private output(name: string, lang: Language, data: Record<string, unknown>, mode: Mode): string {
    const html = mode === 'html' || mode === 'notice';
    const key = `${lang}:${html}`;
    let engine = this.engines.get(key);
    if (!engine) this.engines.set(key, (engine = new Engine(this.templates, lang, { escape: html })));
    const escape = ESCAPES[mode];
    return engine.render(name, escape ? (escapeStrings(data, escape, this.escaped[mode as keyof Renderer['escaped']]) as object) : data);
  }
}

/** One rendered message: its file and its line in the index. */
export interface RenderedFile {
  file: OutputFile;
  entry: IndexEntry;
  /**
   * For a message that reports measured values: its content as written without them. When a
   * later run rewrites the message and this stays the same, the exports changed it, not the
   * plan or a template.
   */
  unmeasured?: OutputFile['content'];
}

/**
 * Renders every message of the rollout in memory, in each language its readers read: the files to write and
 * the index. Any template problem throws before a single file exists.
 */
export async function renderEmails(plan: Plan, schedule: Schedule, options: RenderOptions): Promise<RenderResult> {
  const files: OutputFile[] = [];
  const entries: IndexEntry[] = [];
  const unwritten: UnwrittenEmail[] = [];
  for await (const rendered of renderMessages(plan, schedule, options)) {
    if ('unwritten' in rendered) {
      unwritten.push(rendered.unwritten);
      continue;
    }
    files.push(rendered.file);
    entries.push(rendered.entry);
  }
  return { files: [...files, ...indexFiles(plan, entries, options, undefined, unwritten)], entries, unwritten };
}

/** The messages one at a time, so that each can be written while the next is rendered. */
export async function* renderMessages(plan: Plan, schedule: Schedule, options: RenderOptions): AsyncGenerator<RenderedFile | { unwritten: UnwrittenEmail }> {
  const languages = options.languages ?? plan.organization.languages;
  const renderer = new Renderer(options.templates);
  for (const era of messageEras(plan, schedule)) yield* renderEra(era, languages, renderer, options);
}

async function* renderEra({ plan, schedule, from, until }: Era, languages: Language[], renderer: Renderer, options: RenderOptions): AsyncGenerator<RenderedFile | { unwritten: UnwrittenEmail }> {
  const messages = planMessages(schedule, plan, { ...(options.phase === undefined ? {} : { phase: options.phase }), ...(options.rollback ? { rollback: options.rollback.date } : {}) }).filter(
    (m) => (from === undefined || m.date >= from) && (until === undefined || m.date < until),
  );
  // Each language reads the plan's texts in that language.
  const plans = new Map(languages.map((lang) => [lang, planIn(plan, lang)]));
  const rollback = options.rollback ? { rollback: options.rollback } : {};
  const counts = options.dates && new DayCounts(plan, options.dates);
  const listed = options.roster && new RosterReaders(plan, schedule, options.roster);
  const contexts = new Map(languages.map((lang) => [lang, new ContextBuilder(plans.get(lang)!, schedule, lang, { ...(options.progress ? { progress: options.progress } : {}), ...rollback }, counts, listed)]));
  const unmeasured = options.progress && new Map(languages.map((lang) => [lang, new ContextBuilder(plans.get(lang)!, schedule, lang, rollback, counts, listed)]));
  const readers = new MessageLanguages(plan, schedule);
  // A language the plan is not written in, asked for by name, says nothing of who reads it: every message is written in it.
  const asked = languages.filter((l) => !plan.organization.languages.includes(l));
  for (const message of messages) {
    const read = readers.of(message);
    const noEmail = emailUnread(plan, schedule, message);
    // The roster may give someone a language their place does not read: the email is written in it for them.
    const tally = noEmail ? undefined : listed?.tally(plan, message);
    // So may it give someone of a group reached without email: the group's forms are written in it for them.
    let told = false;
    const drafts = [...(tally?.reading.keys() ?? []), ...(listed ? channelGroups(plan, schedule, message).flatMap((g) => [...listed.groupTally(message.date, g.group.group, g.split).reading.keys()]) : [])];
    for (const lang of languages.filter((l) => read.includes(l) || asked.includes(l) || drafts.includes(l))) {
      const data = contexts.get(lang)!.build(message);
      // The plan in this language: a group's why and channel are read as written in it.
      for (const planned of channelGroups(plans.get(lang)!, schedule, message)) {
        const group = { ...planned, headcount: groupHeadcount(planned, message.date, schedule, counts) };
        const people = asked.includes(lang) ? group.headcount : groupReaders(group, message.date, lang, read, listed);
        if (people === undefined) continue;
        // A message to more than the group, in the group's forms, speaks of its own phase and place: its champion, its start, its offline plan.
        // The switch-off it announces stays the message's own.
        const forms = groupData(contexts.get(lang)!, message, group, data);
        // As for an email: the forms as written without measured values tell the exports' change from the plan's.
        const bare = unmeasured && readsMeasurement(forms) ? groupData(unmeasured.get(lang)!, message, group) : undefined;
        yield* groupForms(message, group, lang, forms, renderer, people, bare);
      }
      if (noEmail) continue;
      // Everyone it goes to reads no email (a location whose people are all in such groups): their forms carry it.
      const info = data.message as { audience: string; people: number };
      const unread = emailless(plan, schedule, message);
      if (unread.people > 0 && info.people === 0) {
        if (!told) yield { unwritten: { date: message.date, template: message.template, audience: info.audience.split(`, ${LABELS[lang].except} `)[0]!, groups: unread.groups } };
        told = true;
        continue;
      }
      const addressed = tally && !asked.includes(lang) ? (values: Record<string, unknown>) => addressTo(values, tally, lang, read) : (values: Record<string, unknown>) => values;
      const email = addressed(data);
      // Nobody the email reaches reads it in this language.
      if (email === undefined) continue;
      const written = (values: Record<string, unknown>) => writeMessage(message, lang, values, plans.get(lang)!, renderer, options.format);
      const { content, subject, head } = await written(email);
      const file = `${message.base}.${lang}.${options.format}`;
      yield {
        ...(unmeasured && readsMeasurement(data) ? { unmeasured: (await written(addressed(unmeasured.get(lang)!.build(message))!)).content } : {}),
        file: { name: file, content },
        entry: indexEntry(message, file, message.kind, lang, subject, head.to),
      };
    }
  }
}

/**
 * An email's data as its draft in `lang` is addressed: to the people who read it in that language,
 * named as such when they are fewer than all it reaches (`Rotterdam, English readers (2 people)`);
 * undefined when none of them reads it.
 */
function addressTo(data: Record<string, unknown>, tally: Tally, lang: Language, read: readonly Language[]): Record<string, unknown> | undefined {
  const message = data.message as { audience: string; people: number };
  const people = readersOf(tally, lang, read, message.people);
  if (people === 0 && message.people > 0) return undefined;
  if (people === message.people) return data;
  return { ...data, message: { ...message, audience: `${message.audience}, ${LANGUAGE_READERS[lang]}`, people } };
}

/**
 * A group's people there on a message's day: its headcount (of the plan's start day; a part the
 * roster splits, of its phase's launch day), less those gone since, with those joined since.
 */
function groupHeadcount(g: GroupForms, date: string, schedule: Schedule, counts: DayCounts | undefined): number {
  if (!counts) return g.headcount;
  const split = g.split;
  const launch = split && schedule.phases.find((p) => p.id === split.phase)?.start;
  const ofGroup = (p: Placed) => p.group === g.group.group && (!split || (p.phase === split.phase && p.location === split.location));
  return Math.max(0, g.headcount + counts.change(date, ofGroup, launch === undefined ? undefined : parseDay(launch)));
}

/**
 * How many of a group's people read its forms in `lang`, as an email's drafts count them (see
 * addressTo): those the roster says read it, and the rest when the group's place (else the
 * message's places) reads it; undefined when none of them does.
 */
function groupReaders(g: GroupForms, date: string, lang: Language, read: readonly Language[], listed: RosterReaders | undefined): number | undefined {
  const places = g.languages ?? read;
  const people = listed ? readersOf(listed.groupTally(date, g.group.group, g.split), lang, places, g.headcount) : places.includes(lang) ? g.headcount : 0;
  return people > 0 || (places.includes(lang) && g.headcount === 0) ? people : undefined;
}

/**
 * A group's own forms of a message, for a group reached otherwise than by email: they carry no
 * header, only what its people read; addressed to the `people` of them who read `lang`, named as
 * such when they are fewer than the group (`Buitendienst, English readers (1 person)`).
 */
function* groupForms(message: Message, g: GroupForms, lang: Language, data: Record<string, unknown>, renderer: Renderer, people: number, bare?: Record<string, unknown>): Generator<RenderedFile> {
  const labels = LABELS[lang];
  // The group's own phase (none while an open pause holds it): its champion, else its place's, and its start, still ahead on the message's day or made.
  const phase = data.phase as { launch: string; champion: string | null } | null;
  const champion = phase?.champion ?? (data.location as { champion: string | null } | null)?.champion ?? null;
  const launch = phase?.launch;
  // The people of a part rolled back had started, whatever day their second try starts.
  const started = launch !== undefined && (launch <= message.date || (message.template === 'rollback' && message.event !== undefined));
  const start = { starts: launch !== undefined && launch > message.date ? launch : null, started };
  // A pause of the group's own place (its internet down, say) stops the tool there: it is not told to keep working in it.
  const paused = (data.pause as { location: string | null } | null)?.location ?? null;
  const held = started && paused !== null && paused === (data.location as { name: string } | null)?.name;
  const group = { name: g.group.group, people, channel: g.group.channel ?? null, why: g.group.why ?? null, champion, ...start, held };
  const content = (form: ChannelForm, values: Record<string, unknown>) => {
    const rendered = renderer.renderForm(message, form, lang, { ...values, group });
    return { rendered, content: form === 'text' ? rendered.body : toNotice(lang, rendered) };
  };
  for (const form of g.forms) {
    const { rendered, content: written } = content(form, data);
    const file = formFile(message, g.part, form, lang);
    yield {
      ...(bare ? { unmeasured: content(form, bare).content } : {}),
      file: { name: file, content: written },
      entry: indexEntry(message, file, form, lang, rendered.subject, `${group.name}${people < g.headcount ? `, ${LANGUAGE_READERS[lang]}` : ''} (${people} ${people === 1 ? labels.person : labels.people})`),
    };
  }
}

/**
 * The data a group's forms of a message are written with: a message to more than the group speaks
 * of the group's own phase and place (its champion, its start, its offline plan); the switch-off it
 * announces stays the message's own.
 */
function groupData(builder: ContextBuilder, message: Message, group: GroupForms, data = builder.build(message)): Record<string, unknown> {
  return group.own ? { ...builder.build(ownMessage(message, group.own)), decommission: data.decommission } : data;
}

function indexEntry(message: Message, file: string, kind: IndexEntry['kind'], language: Language, subject: string, to: string): IndexEntry {
  return { file, kind, template: message.template, date: message.date, week: message.week, phase: message.phase?.id ?? null, location: message.location ?? null, language, subject, to };
}

/** Whether a message's data holds measured values: a weekly update's progress, a review's outcome. */
function readsMeasurement(data: Record<string, unknown>): boolean {
  const weekly = data.weekly as { measured?: unknown } | null;
  const outcome = data.outcome as { measured?: unknown } | null;
  return (weekly?.measured ?? outcome?.measured ?? null) !== null;
}

/** A message's content in the format asked for, its subject as plain text and its head. */
async function writeMessage(message: Message, lang: Language, data: Record<string, unknown>, plan: Plan, renderer: Renderer, format: Format) {
  const head = messageHead(message, lang, data, plan);
  if (format === 'eml') {
    const text = renderer.render(message, lang, data, 'text');
    return { head, content: await toEml(head, text, renderer.render(message, lang, data, 'html')), subject: text.subject };
  }
  const mode = format === 'html' ? 'html' : format === 'md' ? 'md' : 'text';
  const rendered = renderer.render(message, lang, data, mode);
  const content = mode === 'html' ? toHtml(head, rendered) : mode === 'md' ? toMarkdown(head, rendered) : toText(head, rendered);
  return { head, content, subject: plainSubject(rendered.subject, mode) };
}

/** A file the tool wrote into the output folder, as the index keeps it (see src/render/output.ts). */
export interface WrittenRecord {
  file: string;
  sha256: string;
  phase: string | null;
  language: Language;
  /** The sha256 of the message as written without measured values (the same as `sha256` for one without); absent in an index of an earlier version. */
  unmeasured?: string;
}

/**
 * index.md and index.json for these messages. `written` is the index's record of every file the
 * tool has written into the folder and that is still there, from this run and earlier ones.
 */
export function indexFiles(plan: Plan, entries: IndexEntry[], options: RenderOptions, written?: WrittenRecord[], unwritten: UnwrittenEmail[] = []): OutputFile[] {
  const languages = options.languages ?? plan.organization.languages;
  const markdown = indexMarkdown(plan, entries, options, unwritten);
  // With the record, the hash of index.md: a later run writes it anew only while nobody changed it.
  const record = written && { written, indexMd: sha256(markdown) };
  return [
    { name: 'index.md', content: markdown },
    { name: 'index.json', content: indexJson(plan, entries, options, languages, record) },
  ];
}

function messageHead(message: Message, lang: Language, data: Record<string, unknown>, plan: Plan): MessageHead {
  const labels = LABELS[lang];
  const sender = data.sender as { name: string; email: string | null } | null;
  const info = data.message as { audience: string; people: number };
  const location = plan.organization.locations.find((l) => l.name === message.location);
  const to =
    message.kind === 'checklist'
      ? checklistOwner(plan)
      : `${info.audience} (${info.people} ${info.people === 1 ? labels.person : labels.people})`;
  return {
    kind: message.kind,
    lang,
    when: formatDate(message.date, 'long', lang)!,
    date: message.date,
    timezone: message.event?.timezone ?? location?.timezone ?? plan.calendar.timezone,
    ...(sender ? { from: { name: sender.name, ...(sender.email ? { email: sender.email } : {}) } } : {}),
    to,
    audience: message.kind === 'checklist' ? to : info.audience,
    id: `${message.base}.${lang}`,
  };
}

function indexMarkdown(plan: Plan, entries: IndexEntry[], options: RenderOptions, unwritten: UnwrittenEmail[]): string {
  const rows = entries.map(
    (e) => `| ${e.date} | ${e.kind === 'checklist' ? 'due' : e.kind === 'notice' ? 'post' : 'send'} | ${e.language} | ${markdownText(e.subject)} | ${markdownText(e.to)} | [${e.file}](${e.file}) |`,
  );
  return [
    `# ${markdownText(plan.tool.name)} rollout: messages and checklists`,
    '',
    `${markdownText(plan.organization.name)}, ${entries.length} file${entries.length === 1 ? '' : 's'} (${options.format})${options.phase ? `, phase ${options.phase}` : ''}, in date order.`,
    '',
    '| Date | | Language | Subject | To / for | File |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...unwrittenLines(unwritten),
  ].join('\n');
}

/** The emails not written, each with whom it would go to: its groups' text and notice carry it. */
function unwrittenLines(unwritten: UnwrittenEmail[]): string[] {
  if (unwritten.length === 0) return [];
  return [
    'No email is written where everyone it would go to reads no email: their text and notice, listed above, carry the message.',
    '',
    ...unwritten.map((u) => `- ${u.date} ${u.template}: ${markdownText(u.audience)}, all of them in ${markdownText(u.groups.join(', '))}`),
    '',
  ];
}

function indexJson(plan: Plan, entries: IndexEntry[], options: RenderOptions, languages: Language[], record?: { written: WrittenRecord[]; indexMd: string }): string {
  const index = { tool: plan.tool.name, organization: plan.organization.name, format: options.format, phase: options.phase ?? null, languages, messages: entries };
  return `${JSON.stringify({ ...index, ...record }, null, 2)}\n`;
}
