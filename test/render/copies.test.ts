import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyState } from '../../src/render/copies.js';
import { refreshCopies } from '../../src/render/refresh.js';
import { renderEmails } from '../../src/render/render.js';
import { stamped, templateVersion } from '../../src/render/stamp.js';
import { TEMPLATE_VERSIONS } from '../../src/render/template-history.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { builtInTemplates } from '../../src/util/package.js';
import { example, ROOT, tempDir, validPlan } from '../helpers.js';

const WELCOME = 'emails/welcome.en.hbs';
const builtIn = readFileSync(path.join(ROOT, 'templates', WELCOME), 'utf8');
/** The built-in welcome email as an earlier release had it (from the repository's history). */
const older = readFileSync(path.join(ROOT, 'test', 'fixtures', 'templates', 'welcome.en.older.hbs'), 'utf8');

/** A templates folder holding `files` (name -> text). */
function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('a copy of a built-in template against the built-in of this release', () => {
  it('tells current, older, edited and unstamped copies apart', () => {
    const edit = (text: string) => text.replace('Team,', 'Dear colleagues,');
    expect(older).not.toBe(builtIn);
    expect(copyState(WELCOME, stamped(WELCOME, builtIn, '0.1.0'), builtIn)).toEqual({ kind: 'current' });
    expect(copyState(WELCOME, edit(stamped(WELCOME, builtIn, '0.1.0')), builtIn)).toEqual({ kind: 'current' });
    expect(copyState(WELCOME, stamped(WELCOME, older, '0.0.9'), builtIn)).toEqual({ kind: 'older', version: templateVersion(older) });
    expect(copyState(WELCOME, edit(stamped(WELCOME, older, '0.0.9')), builtIn)).toEqual({ kind: 'edited-older', version: templateVersion(older) });
    // Made before init stamped its copies: a past release's text is known from the history.
    expect(copyState(WELCOME, older, builtIn)).toEqual({ kind: 'older' });
    expect(copyState(WELCOME, builtIn.replace(/\n/g, '\r\n'), builtIn)).toEqual({ kind: 'current' });
    expect(copyState(WELCOME, edit(older), builtIn)).toEqual({ kind: 'unstamped' });
    // A stamp of another template says nothing of this one.
    expect(copyState(WELCOME, stamped('emails/reminder.en.hbs', older, '0.0.9'), builtIn)).toEqual({ kind: 'older' });
  });

  it('knows the version of every built-in template of this release (run scripts/template-history.mjs after changing one)', async () => {
    for (const t of await builtInTemplates()) expect(TEMPLATE_VERSIONS[t.name], t.name).toContain(templateVersion((await t.read()).toString('utf8')));
  });

  it('renders a stamped copy exactly as the built-in: the stamp renders to nothing', async () => {
    const plan = validPlan(readFileSync(example('small-team.yaml'), 'utf8'));
    const copies: Record<string, string> = {};
    for (const t of await builtInTemplates()) copies[t.name] = stamped(t.name, (await t.read()).toString('utf8'), '0.1.0');
    const render = async (dir?: string) => (await renderEmails(plan, buildSchedule(plan), { format: 'md', templates: await loadTemplates(dir), languages: ['en', 'nl'] })).files;
    const withCopies = await loadTemplates(folder(copies));
    expect(withCopies.warnings).toEqual([]);
    expect(await render(folder(copies))).toEqual(await render());
  });

  it('uses the built-in instead of an unedited older copy, and an edited one as it is, one warning each with its path', async () => {
    const dir = folder({ [WELCOME]: older, 'emails/reminder.en.hbs': `${stamped('emails/reminder.en.hbs', 'Subject: mine\n', '0.0.9')}\nEdited.\n` });
    const { files, warnings } = await loadTemplates(dir);
    expect(files.get(WELCOME)!.builtIn).toBe(true);
    expect(files.get('emails/reminder.en.hbs')!.source).toContain('Edited.');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`^${path.join(dir, 'emails/reminder.en.hbs')}: your edited copy is used, but the built-in template it came from changed since \\(version [0-9a-f]{12}, now [0-9a-f]{12}\\); rollout init --refresh-templates ${dir} writes`));
    expect(warnings[1]).toContain(`${path.join(dir, WELCOME)}: an unedited copy of an older built-in template (made before rollout stamped its copies)`);
  });

  it('refreshes unedited copies, writes the built-in beside edited ones, and leaves deleted ones deleted', async () => {
    const current = stamped('emails/survey.en.hbs', readFileSync(path.join(ROOT, 'templates/emails/survey.en.hbs'), 'utf8'), '0.1.0');
    const dir = folder({ [WELCOME]: older, 'emails/reminder.en.hbs': 'Subject: mine\n', 'emails/survey.en.hbs': current });
    const refresh = await refreshCopies(dir, '0.1.0');
    expect(refresh.replaced.map((f) => [f.name, f.content])).toEqual([[WELCOME, stamped(WELCOME, builtIn, '0.1.0')]]);
    expect(refresh.beside.map((f) => f.name)).toEqual(['emails/reminder.en.hbs.new']);
    expect(refresh.current).toEqual(['emails/survey.en.hbs']);
  });
});
