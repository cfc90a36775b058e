import Handlebars from 'handlebars';
import type { Language } from '../plan/schema.js';
import { EXIT, RolloutError, type Diagnostic } from '../util/errors.js';
import { formatList } from '../util/lists.js';
import { formatNumber } from '../util/numbers.js';
import { withFullStop } from '../util/full-stop.js';
import { didYouMean } from '../util/suggest.js';
import { formatDate, isDateStyle, DATE_STYLES } from './dates.js';
import { allStaffPhase } from './no-phase.js';
import { valueAt } from './data-path.js';
import { sentenceStart } from '../util/sentence-start.js';
import type { TemplateFile, TemplateSet } from './templates.js';

type HelperOptions = Handlebars.HelperOptions & { loc?: Loc; hash: Record<string, unknown> };
interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}
interface Node {
  type: string;
  loc?: Loc;
  original?: unknown;
  parts?: string[];
  params?: Node[];
  name?: Node;
  path?: Node;
  hash?: unknown;
  depth?: number;
  value?: unknown;
  [key: string]: unknown;
}

/** A template problem with its file and position; the CLI prints it as `file:line:column: error ...`. */
export class TemplateError extends RolloutError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly problem: string,
  ) {
    const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
    const diagnostic: Diagnostic = { severity: 'error', code: 'template', file, message: problem, ...(line === undefined ? {} : { line, column: column ?? 1 }) };
    super(`${where}: ${problem}`, EXIT.input, [diagnostic]);
    this.name = 'TemplateError';
  }
}

/** Thrown by a helper that was given a value the data does not have; the engine names the variable. */
class MissingValue extends Error {
  constructor(
    readonly index: number,
    readonly loc: Loc | undefined,
    readonly helper: string,
  ) {
    super(`${helper}: missing value`);
  }
}

/** A helper given something it cannot use, e.g. `date` given a name. */
class HelperProblem extends Error {
  constructor(
    message: string,
    readonly loc: Loc | undefined,
  ) {
    super(message);
  }
}

/**
 * Names templates may not use: everything objects inherit, so that a template reaches only the
 * data rollout gives it, never a prototype. (Handlebars' own prototype protection stays on too.)
 */
const FORBIDDEN = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip' && typeof value === 'object') walk(value, visit);
}

function at(ast: unknown, line: number, column: number, types: string[]): Node | undefined {
  let found: Node | undefined;
  walk(ast, (n) => {
    if (!found && types.includes(n.type) && n.loc?.start.line === line && n.loc.start.column === column) found = n;
  });
  return found;
}

interface Compiled {
  file: TemplateFile;
  ast: unknown;
  run: Handlebars.TemplateDelegate;
  /** Helper calls by `line:column`, to name the variable a helper was given. */
  calls: Map<string, Node>;
}

const CALLS = ['MustacheStatement', 'BlockStatement', 'SubExpression'];

/**
 * Follows a helper argument's path from the context it was evaluated in. `missing` when the last
 * key does not exist (a misspelt variable); `empty` when a value on the way is null, which is how
 * the data says "not set" (phase.name of a rollout-wide message).
 */
function resolveArg(param: Node | undefined, context: unknown, root: unknown): 'missing' | 'empty' | 'unknown' {
  if (param?.type !== 'PathExpression' || (param.depth as number) > 0) return 'unknown';
  const parts = [...(param.parts ?? [])];
  let value: unknown = context;
  if (param.data) {
    if (parts[0] !== 'root') return 'unknown';
    parts.shift();
    value = root;
  }
  for (const [i, part] of parts.entries()) {
    if (value === null || value === undefined) return 'empty';
    if (typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) return i === parts.length - 1 || typeof value === 'object' ? 'missing' : 'unknown';
    value = (value as Record<string, unknown>)[part];
  }
  return 'unknown';
}

/** Every key of the data, at any depth, as suggestions for a mistyped variable. */
function keysOf(data: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 6 || data === null || typeof data !== 'object') return into;
  if (Array.isArray(data)) {
    for (const item of data.slice(0, 3)) keysOf(item, into, depth + 1);
    return into;
  }
  for (const [k, v] of Object.entries(data)) {
    into.add(k);
    keysOf(v, into, depth + 1);
  }
  return into;
}

export interface EngineOptions {
  /** HTML: every value is escaped by Handlebars. Text and Markdown: values go in as they are. */
  escape: boolean;
}

/**
 * One isolated, strict Handlebars instance per language and escaping mode, with the helpers and
 * partials of a template set. A variable the data does not provide is an error naming the
 * template file, line and column.
 */
export class Engine {
  private readonly hb = Handlebars.create();
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    private readonly templates: TemplateSet,
    readonly lang: Language,
    private readonly options: EngineOptions,
  ) {
    this.hb.unregisterHelper('log');
    this.registerHelpers();
    this.registerPartials();
  }

  /** Renders the template named e.g. `emails/announcement.nl.hbs` with `data`. */
  render(name: string, data: object): string {
    return this.run(this.compile(name), data);
  }

  /** The templates running now, innermost last, so that helpers know whose line they are on. */
  private readonly running: Compiled[] = [];

  private run(template: Compiled, context: unknown, options?: Handlebars.RuntimeOptions): string {
    this.running.push(template);
    try {
      return template.run(context, options);
    } catch (error) {
      throw this.explain(error, template, context);
    } finally {
      this.running.pop();
    }
  }

  private compile(name: string): Compiled {
    const cached = this.compiled.get(name);
    if (cached) return cached;
    const file = this.templates.files.get(name);
    if (!file) throw new RolloutError(`no template ${name}: neither the templates folder nor the built-in templates have it`);
    let ast: hbs.AST.Program;
    try {
      ast = this.hb.parse(name.startsWith('partials/') ? file.source.replace(/\n$/, '') : file.source);
    } catch (error) {
      throw syntaxError(file, error);
    }
    this.check(file, ast);
    keepStandaloneLineBreaks(ast, file.source);
    const run = this.hb.compile(ast, { strict: true, noEscape: !this.options.escape });
    const calls = new Map<string, Node>();
    walk(ast, (n) => {
      if (CALLS.includes(n.type) && n.loc) calls.set(`${n.loc.start.line}:${n.loc.start.column}`, n);
    });
    const compiled = { file, ast, run, calls };
    this.compiled.set(name, compiled);
    return compiled;
  }

  /**
   * What a template may not do: reach inherited properties, call a helper that does not exist,
   * use a partial that does not exist or whose name is computed, or climb (`../`) above its data.
   */
  private check(file: TemplateFile, ast: unknown): void {
    checkDepth(file, ast, 0);
    walk(ast, (n) => {
      const pos = n.loc ? { line: n.loc.start.line, column: n.loc.start.column + 1 } : { line: undefined, column: undefined };
      if (CALLS.includes(n.type) && n.path?.type === 'PathExpression' && ((n.params?.length ?? 0) > 0 || n.hash !== undefined)) {
        const helper = String(n.path.original);
        if (!HELPERS.includes(helper)) {
          const at = n.path.loc?.start;
          throw new TemplateError(file.file, at?.line ?? pos.line, at === undefined ? pos.column : at.column + 1, `no helper "${helper}"; the helpers are ${HELPERS.join(', ')}`);
        }
      }
      if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'SubExpression') {
        throw new TemplateError(file.file, pos.line, pos.column, 'a partial is named in the template, as {{> name}}; a computed partial name is not supported');
      }
      if (n.type === 'PathExpression') {
        const bad = (n.parts ?? []).find((p) => FORBIDDEN.has(p));
        if (bad !== undefined) throw new TemplateError(file.file, pos.line, pos.column, `"${String(n.original)}" is not a variable the plan provides; templates cannot reach "${bad}"`);
      }
      if (n.type === 'StringLiteral' && FORBIDDEN.has(String(n.value))) {
        throw new TemplateError(file.file, pos.line, pos.column, `templates cannot reach "${String(n.value)}"`);
      }
      if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'PathExpression') {
        const partial = String(n.name.original);
        if (!this.partialNames().has(partial)) {
          const hint = didYouMean(partial, this.partialNames());
          throw new TemplateError(file.file, pos.line, pos.column, `no partial "${partial}" in partials/ (${[...this.partialNames()].sort().join(', ')})${hint ? `; ${hint}` : ''}`);
        }
      }
    });
  }

  private partialCache: Set<string> | undefined;
  private partialNames(): Set<string> {
    this.partialCache ??= new Set(this.partials().keys());
    return this.partialCache;
  }

  /** Partials of this language: `partials/NAME.LANG.hbs` wins over `partials/NAME.hbs`. */
  private partials(): Map<string, string> {
    const byName = new Map<string, string>();
    for (const name of [...this.templates.files.keys()].sort()) {
      const m = /^partials\/([^/.]+)(?:\.([a-z]{2}))?\.hbs$/.exec(name);
      if (!m || (m[2] !== undefined && m[2] !== this.lang)) continue;
      if (m[2] !== undefined || !byName.has(m[1]!)) byName.set(m[1]!, name);
    }
    return byName;
  }

  private registerPartials(): void {
    for (const [partial, name] of this.partials()) {
      let template: Compiled | undefined;
      this.hb.registerPartial(partial, ((context: unknown, options: Handlebars.RuntimeOptions) => {
        template ??= this.compile(name);
        if (this.running.includes(template)) {
          const caller = this.running[this.running.length - 1]!;
          let use: Node | undefined;
          walk(caller.ast, (n) => {
            if (!use && n.type === 'PartialStatement' && n.name?.original === partial) use = n;
          });
          throw new TemplateError(caller.file.file, use?.loc?.start.line, use?.loc === undefined ? undefined : use.loc.start.column + 1, `partial "${partial}" includes itself; a partial may not be used inside itself`);
        }
        return this.run(template, context, options);
      }) as unknown as Handlebars.Template);
    }
  }

  /** Turns whatever went wrong while rendering into a TemplateError at the right file and line. */
  private explain(error: unknown, template: Compiled, data: unknown): Error {
    if (error instanceof TemplateError) return error;
    const file = template.file.file;
    if (error instanceof MissingValue) {
      const start = error.loc?.start;
      const node = start && at(template.ast, start.line, start.column, ['MustacheStatement', 'BlockStatement', 'SubExpression']);
      const param = node?.params?.[error.index];
      const name = param?.original !== undefined ? String(param.original) : `argument ${error.index + 1}`;
      const paramPos = param?.loc?.start ?? start;
      return unknownVariable(file, paramPos?.line, paramPos === undefined ? undefined : paramPos.column + 1, name, data, `given to ${error.helper}`);
    }
    if (error instanceof HelperProblem) {
      return new TemplateError(file, error.loc?.start.line, error.loc === undefined ? undefined : error.loc.start.column + 1, error.message);
    }
    const e = error as { message?: string; lineNumber?: number; column?: number };
    const message = String(e.message ?? error).replace(/ - \d+:\d+$/, '');
    const strict = /^"([^"]+)" not defined in /.exec(message);
    if (strict && e.lineNumber !== undefined) {
      const node = at(template.ast, e.lineNumber, e.column ?? 0, ['PathExpression']);
      const name = node ? String(node.original) : strict[1]!;
      // `"name" not defined in null`: the path is right, a value on the way is not set for this message.
      const parent = / in (null|undefined)$/.test(message) ? parentOf(node, strict[1]!) : undefined;
      if (parent) return notSet(file, e.lineNumber, (e.column ?? 0) + 1, name, parent, data);
      return unknownVariable(file, e.lineNumber, (e.column ?? 0) + 1, name, data);
    }
    const nullRead = /^Cannot read properties of (null|undefined) \(reading '([^']+)'\)/.exec(message);
    if (nullRead) {
      // Strict Handlebars reads helper arguments such as `#if phase.name` without a null check.
      // The path read: one whose parent is null in the data, else the first that reads that key.
      const key = nullRead[2]!;
      const reading: Node[] = [];
      walk(template.ast, (n) => {
        if (parentOf(n, key)) reading.push(n);
      });
      const node = reading.find((n) => unsetIn(data, n, key)) ?? reading[0];
      const name = node ? String(node.original) : key;
      const parent = parentOf(node, key) ?? 'its parent';
      const line = node?.loc?.start.line;
      const column = node?.loc === undefined ? undefined : node.loc.start.column + 1;
      if (nullRead[1] === 'undefined') return unknownVariable(file, line, column, name, data);
      return notSet(file, line, column, name, parent, data);
    }
    const notObject = /^Cannot use 'in' operator to search for '([^']+)' in /.exec(message);
    if (notObject) {
      let node: Node | undefined;
      walk(template.ast, (n) => {
        if (!node && n.type === 'PathExpression' && (n.parts ?? []).indexOf(notObject[1]!) > 0) node = n;
      });
      const parts = node?.parts ?? [];
      const parent = parts.slice(0, parts.indexOf(notObject[1]!)).join('.');
      return new TemplateError(file, node?.loc?.start.line, node?.loc === undefined ? undefined : node.loc.start.column + 1, `"${String(node?.original ?? notObject[1])}": "${parent}" is a single value, which has no "${notObject[1]}"`);
    }
    const missingHelper = /^Missing helper: "([^"]+)"/.exec(message);
    if (missingHelper) return new TemplateError(file, e.lineNumber, e.column === undefined ? undefined : e.column + 1, `no helper "${missingHelper[1]}"; the helpers are ${HELPERS.join(', ')}`);
    return new TemplateError(file, e.lineNumber, e.column === undefined ? undefined : e.column + 1, message);
  }

  private registerHelpers(): void {
    const lang = this.lang;
    const hb = this.hb;
    // Numbers and lists as Intl writes them, without loading its data; dates remembered.
    const number = (n: number) => formatNumber(n, lang, { decimals: 1, grouping: true, sign: 'auto' });
    const dates = new Map<string, string | undefined>();
    /**
     * Strict mode checks plain {{variables}}; helper arguments are checked here. Undefined is a
     * misspelt variable, unless a value on its path is null (not set), which block helpers
     * such as #if treat as false and value helpers such as date refuse.
     */
    const need = (helper: string, args: unknown[], options: HelperOptions, context: unknown, block: boolean) => {
      args.forEach((a, i) => {
        if (a !== undefined) return;
        const loc = options.loc;
        const node = loc && this.running[this.running.length - 1]?.calls.get(`${loc.start.line}:${loc.start.column}`);
        const param = node?.params?.[i];
        const found = resolveArg(param, context, (options.data as { root?: unknown } | undefined)?.root);
        if (found === 'missing') throw new MissingValue(i, loc, helper);
        if (found === 'empty' && !block) {
          const name = String(param?.original);
          throw new HelperProblem(allStaffPhase(name, (options.data as { root?: unknown } | undefined)?.root) ?? `${helper} was given "${name}", which is not set for this message; put it inside {{#if ...}}`, loc);
        }
      });
    };
    for (const name of ['if', 'unless', 'each', 'with'] as const) {
      const builtIn = hb.helpers[name]!;
      hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
        const options = args[args.length - 1] as HelperOptions;
        need(`#${name}`, args.slice(0, -1), options, this, true);
        return (builtIn as (...a: unknown[]) => unknown).apply(this, args);
      });
    }
    const helper = (name: string, fn: (args: unknown[], options: HelperOptions) => unknown) => {
      hb.registerHelper(name, function (this: unknown, ...all: unknown[]) {
        const options = all.pop() as HelperOptions;
        need(name, all, options, this, false);
        return fn(all, options);
      });
    };
    helper('date', ([value, style], options) => {
      if (typeof value !== 'string') throw new HelperProblem(`date needs a date written YYYY-MM-DD, not ${JSON.stringify(value)}`, options.loc);
      const s = style ?? 'long';
      if (typeof s !== 'string' || !isDateStyle(s)) throw new HelperProblem(`date style must be one of ${DATE_STYLES.join(', ')}, not ${JSON.stringify(s)}`, options.loc);
      const key = `${value} ${s}`;
      if (!dates.has(key)) dates.set(key, formatDate(value, s, lang));
      const text = dates.get(key);
      if (text === undefined) throw new HelperProblem(`date needs a date written YYYY-MM-DD, not ${JSON.stringify(value)}`, options.loc);
      return text;
    });
    helper('plural', ([count, one, other], options) => {
      if (typeof count !== 'number' || typeof one !== 'string' || typeof other !== 'string') {
        throw new HelperProblem('plural takes a number and two words: (plural count "person" "people")', options.loc);
      }
      return options.hash.bare ? (count === 1 ? one : other) : `${number(count)} ${count === 1 ? one : other}`;
    });
    helper('list', ([items, style], options) => {
      if (!Array.isArray(items)) throw new HelperProblem(`list takes a list, not ${JSON.stringify(items)}`, options.loc);
      const key = options.hash.key;
      const texts = items.map((item) => String(typeof key === 'string' && item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : item));
      return formatList(texts, lang, style === 'or' ? 'or' : 'and');
    });
    helper('number', ([value], options) => {
      if (typeof value !== 'number') throw new HelperProblem(`number takes a number, not ${JSON.stringify(value)}`, options.loc);
      return number(value);
    });
    const capitalize = (text: string) => sentenceStart(text, lang);
    helper('capitalize', ([value]) => capitalize(String(value)));
    helper('sentence', ([value]) => withFullStop(capitalize(String(value))));
    helper('period', ([value]) => withFullStop(String(value)));
    helper('eq', ([a, b]) => a === b);
    helper('ne', ([a, b]) => a !== b);
    helper('gt', ([a, b]) => (a as number) > (b as number));
  }
}

const HELPERS = ['date', 'plural', 'list', 'number', 'capitalize', 'sentence', 'period', 'eq', 'ne', 'gt', 'if', 'unless', 'each', 'with', 'lookup'];

/** Blocks that give their contents a new context, which `../` climbs back out of. */
const CONTEXT_BLOCKS = new Set(['each', 'with']);

function checkDepth(file: TemplateFile, node: unknown, blocks: number): void {
  if (Array.isArray(node)) {
    for (const n of node) checkDepth(file, n, blocks);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Node;
  if (n.type === 'PathExpression' && typeof n.depth === 'number' && n.depth > blocks) {
    const pos = n.loc?.start;
    throw new TemplateError(file.file, pos?.line, pos === undefined ? undefined : pos.column + 1, `"${String(n.original)}" climbs above the template's data; "../" only leaves an {{#each}} or {{#with}} block`);
  }
  const inner = n.type === 'BlockStatement' && n.path?.type === 'PathExpression' && CONTEXT_BLOCKS.has(String(n.path.original)) ? blocks + 1 : blocks;
  for (const [key, value] of Object.entries(n)) {
    if (key === 'loc' || key === 'strip' || typeof value !== 'object') continue;
    checkDepth(file, value, key === 'program' || key === 'inverse' ? inner : blocks);
  }
}

/** The path up to `key` in a path expression that reads it past its first part (`phase` of `phase.name`). */
function parentOf(node: Node | undefined, key: string): string | undefined {
  const parts = node?.type === 'PathExpression' ? (node.parts ?? []) : [];
  const at = parts.indexOf(key);
  return at > 0 ? parts.slice(0, at).join('.') : undefined;
}

/** Whether the data has null (not set) on the way to `key` of a path read from the top. */
function unsetIn(data: unknown, node: Node, key: string): boolean {
  if (node.data || (node.depth ?? 0) > 0) return false;
  const parts = node.parts ?? [];
  return valueAt(data, parts.slice(0, parts.indexOf(key))) === null;
}

/** A path whose parent is null for this message: a message to all staff has no phase at all. */
function notSet(file: string, line: number | undefined, column: number | undefined, name: string, parent: string, data: unknown): TemplateError {
  return new TemplateError(file, line, column, allStaffPhase(name, data) ?? `"${name}" is used where ${parent} is not set for this message; put it inside {{#if ${parent}}}`);
}

function unknownVariable(file: string, line: number | undefined, column: number | undefined, name: string, data: unknown, context?: string): TemplateError {
  const last = name.split(/[./]/).pop() ?? name;
  const hint = didYouMean(last, keysOf(data));
  return new TemplateError(file, line, column, `"${name}"${context ? ` (${context})` : ''} is not a variable the plan provides${hint ? `; ${hint}` : ''}`);
}

/**
 * Partials are read without their final line break, so that `**Support:** {{> support}}` stays
 * one line. A partial on a line of its own gets that line break back, after it.
 */
function keepStandaloneLineBreaks(ast: unknown, source: string): void {
  const lines = source.split('\n');
  walk(ast, (n) => {
    const body = n.body as Node[] | undefined;
    if (n.type !== 'Program' || !Array.isArray(body)) return;
    for (let i = body.length - 1; i >= 0; i--) {
      const partial = body[i]!;
      if (partial.type !== 'PartialStatement' || !partial.loc) continue;
      if (!/^\s*\{\{~?>[^}]*\}\}\s*$/.test(lines[partial.loc.start.line - 1] ?? '')) continue;
      body.splice(i + 1, 0, { type: 'ContentStatement', value: '\n', original: '\n', rightStripped: true, loc: partial.loc });
    }
  });
}

function syntaxError(file: TemplateFile, error: unknown): TemplateError {
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const message = String(e.message ?? error);
  const parse = /^Parse error on line (\d+):\n[^\n]*\n-*\^\n(.*)$/s.exec(message);
  if (parse) {
    const got = /got '([^']+)'/.exec(parse[2]!)?.[1];
    const what = got === 'EOF' ? 'the template ends inside an unclosed {{...}} or block' : `unexpected ${got ?? 'text'} inside {{...}}`;
    return new TemplateError(file.file, Number(parse[1]), undefined, `template syntax error: ${what}`);
  }
  return new TemplateError(file.file, e.lineNumber, e.column === undefined ? undefined : e.column + 1, `template syntax error: ${message.replace(/ - \d+:\d+$/, '')}`);
}
