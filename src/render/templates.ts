import { stat } from 'node:fs/promises';
import { LANGUAGES, type Language } from '../plan/schema.js';
import { RolloutError } from '../util/errors.js';
import path from 'node:path';
import { builtInTemplates, type FolderFile } from '../util/package.js';
import { listFolder, readBounded } from '../util/read.js';
import { didYouMean } from '../util/suggest.js';
import { copyState, copyWarning } from './copies.js';
import { templateVersion } from './stamp.js';

/** The emails of the playbook's communication plan. */
export const EMAIL_TEMPLATES = ['announcement', 'reminder', 'welcome', 'weekly-update', 'survey', 'retrospective', 'decommission', 'pause', 'resume', 'extension', 'extension-moves', 'rollback', 'switch-off-postponed'] as const;
/** The playbook's rollout checklists, its post-rollout reviews and the enterprise guide's get-started list. */
export const CHECKLIST_TEMPLATES = [
  'two-weeks-before',
  'one-week-before',
  'launch-day',
  'first-week',
  'each-week-after',
  'review-week-1',
  'review-month-1',
  'review-month-3',
  'get-started',
  'switch-day',
  'learn-and-adjust',
  'evaluation',
  'rollback',
  'export-data',
] as const;

/**
 * The messages a group reached otherwise than by email gets as a chat text (texts/) and a
 * printable notice (notices/): its launch messages; once it has started, the weekly update and the
 * survey, which it reads and answers on a phone or on the wall; the notices of a pause, its end
 * or an extension that move its dates; and the switch-off's announcement, its postponement, a
 * rollback and the retrospective.
 */
export const FORM_TEMPLATES = [
  'announcement',
  'reminder',
  'welcome',
  'weekly-update',
  'survey',
  'pause',
  'resume',
  'extension',
  'extension-moves',
  'decommission',
  'switch-off-postponed',
  'rollback',
  'retrospective',
] as const;

export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];
export type ChecklistTemplate = (typeof CHECKLIST_TEMPLATES)[number];
export type TemplateKind = 'email' | 'checklist';

export interface TemplateFile {
  /** Name inside a templates folder, e.g. `emails/announcement.nl.hbs`. */
  name: string;
  source: string;
  /** Where it was read from, for messages: the user's file or the built-in one. */
  file: string;
  builtIn: boolean;
}

export interface TemplateSet {
  files: Map<string, TemplateFile>;
  /** Things worth telling the user, e.g. a file in their folder that no message uses. */
  warnings: string[];
}

const MAX_TEMPLATE_BYTES = 1024 * 1024;
const FOLDERS = ['emails', 'checklists', 'partials', 'texts', 'notices'] as const;
const FORM_FOLDERS: Record<string, string> = { texts: 'text', notices: 'notice' };

export function templateName(kind: TemplateKind | 'text' | 'notice', name: string, lang: Language): string {
  const folder = { email: 'emails', checklist: 'checklists', text: 'texts', notice: 'notices' }[kind];
  return `${folder}/${name}.${lang}.hbs`;
}

async function readFolder(entries: FolderFile[], builtIn: boolean, warnings: string[]): Promise<TemplateFile[]> {
  const files: TemplateFile[] = [];
  for (const { name, file, read } of entries) {
    const [folder] = name.split('/');
    if (!FOLDERS.includes(folder as (typeof FOLDERS)[number]) || !name.endsWith('.hbs')) continue;
    if (!builtIn) {
      const problem = unknownTemplate(name);
      if (problem) {
        warnings.push(`${file}: ${problem}; it is not used`);
        continue;
      }
    }
    const source = (await read()).toString('utf8').replace(/\r\n?/g, '\n');
    files.push({ name, source, file, builtIn });
  }
  return files;
}

/**
 * The files of a user's templates folder, each read as a regular file of at most
 * MAX_TEMPLATE_BYTES; a link or special file where a template would be is refused.
 */
export async function userFiles(dir: string): Promise<FolderFile[]> {
  const { files, others } = await listFolder(dir);
  const linked = others.find((name) => FOLDERS.includes(name.split('/')[0] as (typeof FOLDERS)[number]) && name.endsWith('.hbs'));
  if (linked !== undefined) {
    throw new RolloutError(`${path.join(dir, linked)}: is a symbolic link or a special file; a templates folder holds the template files themselves (copy the file here)`);
  }
  return files.map((name) => {
    const file = path.join(dir, name);
    return { name, file, read: () => readTemplate(file) };
  });
}

async function readTemplate(file: string): Promise<Buffer> {
  try {
    return await readBounded(file, MAX_TEMPLATE_BYTES, { what: 'a template', noFollow: true });
  } catch (error) {
    if (error instanceof RolloutError) throw error;
    throw new RolloutError(`${file}: cannot read the template (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Why a user's file is not a template rollout reads, if it is not. */
function unknownTemplate(name: string): string | undefined {
  const [folder, base = ''] = name.split('/');
  const parts = base.split('.');
  if (folder === 'partials') {
    if (name.split('/').length !== 2) return 'partials are read from the partials folder itself, not from subfolders';
    if (parts.length === 3 && !(LANGUAGES as readonly string[]).includes(parts[1]!)) return `"${parts[1]}" is not a language rollout writes (${LANGUAGES.join(', ')})`;
    return parts.length === 2 || parts.length === 3 ? undefined : 'a partial is named NAME.hbs or NAME.LANG.hbs';
  }
  const form = FORM_FOLDERS[folder!];
  const known: readonly string[] = form ? FORM_TEMPLATES : folder === 'emails' ? EMAIL_TEMPLATES : CHECKLIST_TEMPLATES;
  const what = form ?? (folder === 'emails' ? 'email' : 'checklist');
  if (parts.length !== 3 || name.split('/').length !== 2) return `a ${what} template is named NAME.LANG.hbs`;
  if (!known.includes(parts[0]!)) {
    const hint = didYouMean(parts[0]!, known);
    return `"${parts[0]}" is not a ${form ? `${form} message` : folder === 'emails' ? 'message' : 'checklist'} rollout writes${hint ? ` (${hint})` : ''}`;
  }
  if (!(LANGUAGES as readonly string[]).includes(parts[1]!)) return `"${parts[1]}" is not a language rollout writes (${LANGUAGES.join(', ')})`;
  return undefined;
}

/**
 * The built-in templates, overridden file by file by a user's templates folder.
 * A user's folder may also add partials.
 */
export async function loadTemplates(userDir?: string): Promise<TemplateSet> {
  const warnings: string[] = [];
  const files = new Map<string, TemplateFile>();
  for (const f of await readFolder(await builtInTemplates(), true, warnings)) files.set(f.name, f);
  if (userDir !== undefined) {
    let info;
    try {
      info = await stat(userDir);
    } catch {
      throw new RolloutError(`${userDir}: no such templates folder`);
    }
    if (!info.isDirectory()) throw new RolloutError(`${userDir}: is not a folder; --templates takes the folder that holds emails/, checklists/ and partials/`);
    const entries = await userFiles(userDir);
    const names = new Set(entries.map((e) => e.name));
    for (const f of await readFolder(entries, false, warnings)) {
      const builtIn = files.get(f.name);
      const state = builtIn ? copyState(f.name, f.source, builtIn.source) : { kind: 'current' as const };
      if (state.kind !== 'current') warnings.push(copyWarning(f.file, state, templateVersion(builtIn!.source), { folder: userDir, besideThere: names.has(`${f.name}.new`) }));
      // An unedited copy of an older built-in would only hold back the built-in's changes.
      if (state.kind !== 'older') files.set(f.name, f);
    }
  }
  return { files, warnings };
}
