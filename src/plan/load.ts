import { isNode, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { checkPlan } from './checks.js';
import { checkChannelWithoutSend } from './channel-send.js';
import { checkOverridden } from './overridden.js';
import { checkDeprecated, checkTexts } from './text-checks.js';
import { withSlashedPaths } from './paths.js';
import { formatPath, SourceMap, type PlanPath } from './positions.js';
import { resolvePlan, type Plan } from './resolve.js';
import { LANGUAGES, planSchema } from './schema.js';
import { SOURCE_KINDS } from './sources-schema.js';
import { checkStrings } from './strings.js';
import { yamlString } from './yaml-string.js';

export interface LoadedPlan {
  /** Present when the plan has no errors (it may have warnings). */
  plan?: Plan;
  diagnostics: Diagnostic[];
  source?: SourceMap;
}

/** Aliases a plan may expand before it counts as an alias bomb. */
const MAX_ALIASES = 100;
/** Past the first few, YAML syntax errors are mostly echoes of the first. */
const MAX_YAML_ERRORS = 10;

/** Parses, validates and checks a plan's text; never throws for bad input. */
export function loadPlan(text: string, file: string): LoadedPlan {
  if (text.trim() === '') {
    return fail(file, 'empty-file', 'the plan is empty', 'run `rollout init` to write a starting plan');
  }
  const deep = tooDeep(text);
  if (deep) return { diagnostics: [{ severity: 'error', code: 'too-deep', file, ...deep, message: 'the YAML is nested too deeply to read', hint: 'close the brackets: a plan needs a few levels of [ ] and { }' }] };
  const lines = new LineCounter();
  let doc;
  try {
    // logLevel 'error': the library would otherwise print warnings (e.g. for collection keys) itself.
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    if (error instanceof RangeError) return fail(file, 'too-deep', 'the YAML is nested too deeply to read');
    throw error;
  }
  if (doc.errors.some((e) => /call stack/i.test(e.message))) return fail(file, 'too-deep', 'the YAML is nested too deeply to read');
  if (doc.errors.length > 0) return { diagnostics: doc.errors.slice(0, MAX_YAML_ERRORS).map((e) => yamlDiagnostic(e, file, lines, text)) };
  const unsupported = unsupportedYaml(doc, file, lines);
  if (unsupported) return { diagnostics: [unsupported] };
  const source = new SourceMap(doc, lines, text);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return fail(file, 'alias-bomb', `the plan expands too many YAML aliases (more than ${MAX_ALIASES})`, 'write the values out instead of nesting aliases');
    }
    if (error instanceof RangeError) return fail(file, 'too-deep', 'the YAML is nested too deeply to read');
    return fail(file, 'yaml-syntax', message);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'not-a-mapping',
          file,
          line: 1,
          column: 1,
          message: 'the plan must be a mapping with keys such as version, tool, organization and start',
          hint: 'run `rollout init` for a commented example',
        },
      ],
      source,
    };
  }

  const tooLong = checkStrings(value, file, source);
  if (tooLong.length > 0) return { diagnostics: tooLong, source };
  const parsed = planSchema.safeParse(value);
  if (!parsed.success) {
    return { diagnostics: misspeltFirst(parsed.error.issues.flatMap((issue) => zodDiagnostics(issue, file, source))), source };
  }
  const plan = resolvePlan(withSlashedPaths(parsed.data));
  const checks = [...checkPlan(plan), ...checkTexts(value, plan.organization.languages), ...checkDeprecated(value), ...checkOverridden(value), ...checkChannelWithoutSend(value)];
  const diagnostics = checks.map((c) => {
    const pos = source.position(c.path, c.atKey);
    return {
      severity: c.severity,
      code: c.code,
      file,
      path: formatPath(c.path),
      message: c.message,
      ...(c.hint ? { hint: c.hint } : {}),
      ...(pos ? { line: pos.line, column: pos.column } : {}),
    } satisfies Diagnostic;
  });
  const ok = diagnostics.every((d) => d.severity !== 'error');
  // The errors to fix first, then the warnings and hints: each in the order of the file.
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return { ...(ok ? { plan } : {}), diagnostics: [...inFileOrder(errors), ...inFileOrder(diagnostics.filter((d) => d.severity !== 'error'))], source };
}

/** Tags a plan may carry: the plain values of YAML 1.2's core schema. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * YAML a plan may not use: the 1.1 dialect (which reads yes/no, dates and octal numbers
 * differently) and tags beyond plain values (!!binary, !!timestamp, !custom), which would
 * otherwise be read as something else or silently as text.
 */
function unsupportedYaml(doc: Document, file: string, lines: LineCounter): Diagnostic | undefined {
  const at = (offset: number, message: string, hint: string): Diagnostic => {
    const pos = lines.linePos(offset);
    return { severity: 'error', code: 'yaml-unsupported', file, line: pos.line, column: pos.col, message, hint };
  };
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    return at(0, `YAML ${doc.directives.yaml.version} is not read; plans are YAML 1.2`, 'remove the %YAML line');
  }
  let found: Diagnostic | undefined;
  visit(doc, (_, node) => {
    if (!isNode(node) || node.tag === undefined || CORE_TAGS.has(node.tag)) return undefined;
    found = at(node.range?.[0] ?? 0, `YAML tag ${node.tag.replace(/^tag:yaml.org,2002:/, '!!')} is not supported`, 'remove the tag and write the value as plain text, a number or a date');
    return visit.BREAK;
  });
  if (found) return found;
  const unresolved = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  return unresolved && at(unresolved.pos[0], `YAML: ${unresolved.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, 'remove the tag and write the value as plain text, a number or a date');
}

/** Open brackets past which a text is no plan: the parser would use hundreds of MB to say so. */
const MAX_OPEN_BRACKETS = 1000;

/**
 * Where the brackets of flow collections first nest deeper than any plan does. Quotes are not
 * followed: a plan whose quoted texts held a thousand unclosed brackets is not worth parsing either.
 */
function tooDeep(text: string): { line: number; column: number } | undefined {
  let open = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++open > MAX_OPEN_BRACKETS) return { line, column: i - lineStart + 1 };
    } else if ((c === 0x5d || c === 0x7d) && open > 0) open--;
    else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return undefined;
}

function fail(file: string, code: string, message: string, hint?: string): LoadedPlan {
  return { diagnostics: [{ severity: 'error', code, file, message, ...(hint ? { hint } : {}) }] };
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'remove or rename one of the two keys',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'line the key up with its siblings',
  MISSING_CHAR: 'close the quote or bracket',
};

function yamlDiagnostic(error: YAMLError, file: string, lines: LineCounter, text: string): Diagnostic {
  const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const colon =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'BLOCK_IN_FLOW'
      ? colonInText(text, error.pos, error.code === 'BLOCK_IN_FLOW')
      : error.code === 'DUPLICATE_KEY'
        ? commaInText(text, error.pos)
        : undefined;
  const hint = colon?.hint ?? YAML_HINTS[error.code];
  return {
    severity: 'error',
    code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
    file,
    line: pos.line,
    column: pos.col,
    message: colon?.message ?? `YAML: ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
    ...(hint ? { hint } : {}),
  };
}

/**
 * `reason: Administratie: te weinig gebruik` reads as a key inside a value, which YAML refuses,
 * and so does `{ nl: Administratie: te weinig }`; the fix is the text in quotes, written out from
 * the line or, inside brackets, from the item the parser names (a double-quoted YAML text is JSON's).
 */
function colonInText(text: string, [offset, end]: [number, number], inFlow: boolean): { message: string; hint: string } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const key = /([^\s:{,[][^:{,[]*):\s*$/.exec(text.slice(lineStart, offset).replace(/^[\s-]*/, ''))?.[1];
  const value = (inFlow ? text.slice(offset, end) : text.slice(offset, lineEnd < 0 ? text.length : lineEnd).replace(/\s+#.*$/, '')).trim();
  if (key === undefined || value === '' || (inFlow && !/:\s/.test(value))) return undefined;
  return { message: 'YAML: a colon and a space inside a text start a new key', hint: `put the whole text in quotes: ${key}: ${JSON.stringify(value)}` };
}

/**
 * `{ nl: Nadia in Paramaribo, Bhagwandat in Nickerie., en: Nadia and Bhagwandat in Nickerie. }`: each
 * comma ends a text and makes the rest a key without a value, and two such rests alike are a
 * duplicate key, which YAML refuses before the plan's own check could say what happened.
 */
function commaInText(text: string, [offset]: [number, number]): { message: string; hint: string } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const rest = /^[^:{}[\],\n]*(?=[,}])/.exec(text.slice(offset));
  const head = [...text.slice(lineStart, offset).matchAll(/[{,]\s*([^\s:{},[\]][^:{},[\]]*):\s+/g)].at(-1);
  if (!rest || !head) return undefined;
  const quoted = text.slice(lineStart + head.index + head[0].length, offset + rest[0].length).trim();
  return { message: 'YAML: a comma inside { } ends the text before it, and the rest reads as a key, here one the mapping already has', hint: `quote each text with a comma: ${head[1]}: ${JSON.stringify(quoted)}` };
}

type Issue = z.core.$ZodIssue;

function zodDiagnostics(issue: Issue, file: string, source: SourceMap): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const make = (at: PlanPath, message: string, hint?: string, key = false): Diagnostic => {
    const pos = source.position(at, key);
    return {
      severity: 'error',
      code: issue.code === 'unrecognized_keys' ? 'unknown-key' : 'schema',
      file,
      path: formatPath(at),
      message,
      ...(hint ? { hint } : {}),
      ...(pos ? { line: pos.line, column: pos.column } : {}),
    };
  };
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const cut = source.textCutByComma([...path, key]);
        if (cut) return make([...path, key], `unknown key "${key}": a comma inside { } ends the text before it`, `quote the whole text: ${cut.key}: ${JSON.stringify(cut.text)}`, true);
        const keys = keysAt(path);
        // A key the mapping lacks is the likelier meaning (`strat:` next to `start:` is `strategy:`), even when only begun.
        const absent = keys.filter((k) => source.value([...path, k]) === undefined);
        const begun = key.length >= 3 ? absent.filter((k) => k.toLowerCase().startsWith(key.toLowerCase())) : [];
        const hint = didYouMean(key, absent) ?? (begun.length === 1 ? `did you mean "${begun[0]}"?` : didYouMean(key, keys));
        return make([...path, key], `unknown key "${key}"`, hint ?? (keys.length ? `expected one of: ${keys.join(', ')}` : undefined), true);
      });
    case 'invalid_value': {
      const values = issue.values.map(String);
      const got = valueAt(source, path);
      const hint = (typeof got === 'string' ? didYouMean(got, values) : undefined) ?? `expected one of: ${values.join(', ')}`;
      return [make(path, got === undefined ? 'is required' : `${JSON.stringify(got)} is not allowed`, hint)];
    }
    case 'invalid_type':
      if (valueAt(source, path) === undefined) return [make(path, `is required (${issue.expected})`, undefined, true)];
      if (typeof valueAt(source, path) === 'number' && !Number.isFinite(valueAt(source, path))) return [make(path, `must be a finite number, got ${describe(valueAt(source, path))}`)];
      return [make(path, `expected ${issue.expected}, got ${describe(valueAt(source, path))}`, issue.expected === 'string' ? oneName(source, path) : undefined)];
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const cmp = small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
      const what = issue.origin === 'array' ? `needs ${cmp} ${limit} entr${limit === 1 ? 'y' : 'ies'}` : issue.origin === 'string' ? `needs ${cmp} ${limit} character${limit === 1 ? '' : 's'}` : `must be ${cmp} ${limit}`;
      return [make(path, `${what}, got ${describe(valueAt(source, path))}`)];
    }
    case 'invalid_union': {
      const got = valueAt(source, path);
      // A source's kind picks its form: a mistyped one is a value to correct, not a form.
      if (path[0] === 'sources' && path.at(-1) === 'kind' && typeof got === 'string') {
        return [make(path, `${JSON.stringify(got)} is not a kind of source`, didYouMean(got, SOURCE_KINDS) ?? `expected one of: ${SOURCE_KINDS.join(', ')}`)];
      }
      // A mapping with the form of one option is wrong inside it: say where, as that option would.
      const inside = issue.errors.filter((option) => option.length > 0 && option.every((i) => i.path.length > 0));
      if (got !== null && typeof got === 'object' && !Array.isArray(got) && inside.length === 1) {
        return inside[0]!.flatMap((i) => zodDiagnostics({ ...i, path: [...issue.path, ...i.path] } as Issue, file, source));
      }
      if (got !== undefined) return [make(path, unionMessage(path), undefined)];
      // A missing text (a pause's or a rollback's reason) says what to write, not that its form is odd.
      const text = issue.errors.some((option) => option.some((i) => i.code === 'invalid_type' && i.expected === 'string'));
      return [make(path, text ? 'is required (a text, or one per language: { en: ..., nl: ... })' : 'is required', undefined, true)];
    }
    default:
      return [make(path, issue.message)];
  }
}

/**
 * In the order of the file; a required key that is missing because it is misspelt is said once,
 * at the misspelt key's line (`strat:` for `start:`), and so is a rule that asks for the key a
 * misspelt one was meant to be (`lastActiv:` for lastActive, which an activity source needs).
 */
function misspeltFirst(diagnostics: Diagnostic[]): Diagnostic[] {
  const missing = (d: Diagnostic) => d.message.startsWith('is required') && d.path !== undefined;
  const spelt = diagnostics.filter((d) => d.code === 'unknown-key' && d.path !== undefined);
  const meant = (typo: Diagnostic) => /^did you mean "([^"]+)"\?$/.exec(typo.hint ?? '')?.[1];
  const asksForMisspelt = (d: Diagnostic) =>
    d.code === 'schema' &&
    spelt.some((typo) => {
      const name = meant(typo);
      return name !== undefined && typo.path === `${d.path}.${typo.path!.split('.').at(-1)}` && new RegExp(`\\b${name}\\b`).test(d.message);
    });
  const merged = diagnostics.flatMap((d) => {
    if (asksForMisspelt(d)) return [];
    if (!missing(d)) return [d];
    const name = d.path!.split('.').at(-1)!;
    const parent = d.path!.slice(0, -name.length);
    const typo = spelt.find((u) => u.hint === didYouMean(name, [name]) && u.path!.startsWith(parent) && !u.path!.slice(parent.length).includes('.'));
    if (!typo) return [d];
    typo.hint = `${typo.hint} ${name} is required`;
    return [];
  });
  return inFileOrder(merged);
}

/** By line and column; those at one place in the order they were found. */
function inFileOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function unionMessage(path: PlanPath): string {
  const last = path[path.length - 1];
  if (last === 'audience') return 'expected a share (15%, 10-20%), rest, all, none, {groups: [...]} or {locations: [...]}';
  if (last === 'holidays' || typeof last === 'number') return 'expected a date YYYY-MM-DD or {date, name}';
  if (last === 'surveyLink') return 'expected a web address, or one per language: { en: "https://forms.gle/...", nl: "https://forms.office.com/r/..." }';
  if (path[0] === 'sources' && ['where', 'exclude'].includes(String(path[path.length - 2]))) return 'expected a value, the whole cell (* for any text), { tag: ... } for one of the tags a cell lists, or { is: ... }';
  return 'has an unexpected form';
}

function valueAt(source: SourceMap, path: PlanPath): unknown {
  return source.value(path);
}

/** What a value the plan takes as one text is called when its schema's format says it is no name. */
const ONE_TEXT_FORMATS: Record<string, string> = { email: 'an email address', url: 'a web address' };

/** For a name (or an email address) written per language (`name: { nl: Verkoop, en: Sales }`): it is one text, said in the plan's main language. */
function oneName(source: SourceMap, path: PlanPath): string | undefined {
  const main = source.value(['organization', 'languages', 0]);
  const languages = typeof main === 'string' ? [main, ...LANGUAGES] : LANGUAGES;
  const text = languages.map((language) => source.value([...path, language])).find((t) => typeof t === 'string');
  if (text === undefined) return undefined;
  const what = schemasAt(path).map((s) => ONE_TEXT_FORMATS[String(s._zod.def.format)]).find((w) => w !== undefined) ?? 'a name';
  return `${what} is one text for every language: ${String(path.at(-1))}: ${yamlString(text)}`;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'number' ? `number ${String(value)}` : `${typeof value} ${JSON.stringify(value)}`;
}

type AnySchema = { _zod: { def: Record<string, unknown> & { type: string } } };

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let s = schema;
  while (s && ['default', 'optional', 'nullable', 'prefault', 'pipe'].includes(s._zod.def.type)) {
    s = (s._zod.def.innerType ?? s._zod.def.in) as AnySchema;
  }
  return s;
}

/** Keys the schema allows at a path, for did-you-mean hints. */
export function keysAt(path: PlanPath): string[] {
  return schemasAt(path).flatMap((s) => (s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape as object) : []));
}

/** The forms the plan's schema allows at `path`, each union's options apart. */
function schemasAt(path: PlanPath): AnySchema[] {
  let schemas: AnySchema[] = [planSchema as unknown as AnySchema];
  for (const seg of path) {
    schemas = schemas.flatMap((s) => expand(s)).flatMap((s) => {
      const def = s._zod.def;
      if (def.type === 'object' && typeof seg === 'string') return [(def.shape as Record<string, AnySchema>)[seg]];
      if (def.type === 'array' && typeof seg === 'number') return [def.element as AnySchema];
      return [];
    }).filter((s): s is AnySchema => s !== undefined);
  }
  return schemas.flatMap((s) => expand(s));
}

function expand(schema: AnySchema): AnySchema[] {
  const s = unwrap(schema);
  if (!s) return [];
  if (s._zod.def.type === 'union') return (s._zod.def.options as AnySchema[]).flatMap(expand);
  return [s];
}
