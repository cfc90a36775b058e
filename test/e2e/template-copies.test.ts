import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillInContact, writeInExamples, ROOT, run, tempDir } from '../helpers.js';

/** The built-in welcome email as an earlier release had it, copied before copies were stamped. */
const OLDER = path.join(ROOT, 'test', 'fixtures', 'templates', 'welcome.en.older.hbs');

describe('template copies after the built-in templates change', () => {
  it('warns per file in validate and render-emails, uses the current built-in for unedited copies, keeps edits, and refreshes without losing one', () => {
    const dir = tempDir();
    expect(run(['init', '--preset', 'small', '--start', '2027-03-01', '--dir', dir]).status).toBe(0);
    const plan = path.join(dir, 'rollout.yaml');
    fillInContact(plan);
    writeInExamples(plan);
    const templates = path.join(dir, 'templates');
    expect(readFileSync(path.join(templates, 'emails/welcome.en.hbs'), 'utf8')).toMatch(/^\{\{!-- rollout: copy of the built-in template emails\/welcome\.en\.hbs version [0-9a-f]{12} \(rollout /);
    expect(run(['validate', '--plan', plan]).stderr).toBe('');

    // An unedited copy made by an older release; an edited copy of an older built-in; an unstamped edited copy.
    copyFileSync(OLDER, path.join(templates, 'emails/welcome.en.hbs'));
    const launchDay = path.join(templates, 'checklists/launch-day.en.hbs');
    const stampedAt = readFileSync(launchDay, 'utf8').replace(/version [0-9a-f]{12}/, 'version 0123456789ab');
    writeFileSync(launchDay, `${stampedAt}- [ ] Bring the cake\n`);
    const support = path.join(templates, 'partials/support.en.hbs');
    writeFileSync(support, `${readFileSync(support, 'utf8').split('\n').slice(1).join('\n')}Call Ravi.\n`);

    const warnings = run(['validate', '--plan', plan]).stderr.trim().split('\n');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(`rollout: warning: ${launchDay}: your edited copy is used, but the built-in template it came from changed since (version 0123456789ab, now ${/now ([0-9a-f]{12})/.exec(warnings[0]!)?.[1]}); rollout init --refresh-templates ${templates} writes the current one beside it as ${launchDay}.new, to compare and carry your edits over (your copy is kept)`);
    expect(warnings[1]).toMatch(new RegExp(`^rollout: warning: ${path.join(templates, 'emails/welcome.en.hbs')}: an unedited copy of an older built-in template \\(made before rollout stamped its copies\\); the built-in one changed since .* and is used instead\\. Refresh the copy: rollout init --refresh-templates ${templates}$`));
    expect(warnings[2]).toContain(`${support}: your copy is used; it has no version stamp (made before rollout stamped its copies), so whether the built-in changed since cannot be checked`);

    const out = path.join(dir, 'emails');
    const rendered = run(['render-emails', '--plan', plan, '--out', out, '--lang', 'en']);
    expect(rendered.stderr.split('\n').filter((l) => l.startsWith('rollout: warning: ')).length).toBe(3);
    const read = (suffix: string) => readdirSync(out).filter((n) => n.endsWith(suffix)).map((n) => readFileSync(path.join(out, n), 'utf8'));
    // The current built-in's wording, not the older copy's; the edits as written.
    expect(read('_welcome.en.md')[0]).toContain('your group (');
    expect(read('_checklist-launch-day.en.md')[0]).toContain('Bring the cake');
    expect(read('_welcome.en.md')[0]).toContain('Call Ravi.');

    const refresh = run(['init', '--refresh-templates', '--dir', dir]);
    expect([refresh.status, refresh.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])]).toEqual([0, [`refreshed ${path.join(templates, 'emails/welcome.en.hbs')}`, `wrote ${launchDay}.new`, `wrote ${support}.new`]]);
    expect(readFileSync(launchDay, 'utf8')).toContain('Bring the cake');
    expect(readFileSync(`${launchDay}.new`, 'utf8')).not.toContain('Bring the cake');
    // Once the new one is beside the copy, the warning says so; a second refresh replaces nothing.
    expect(run(['validate', '--plan', plan]).stderr).toContain(`the current one is beside it as ${launchDay}.new: compare them`);
    const again = run(['init', '--refresh-templates', templates]);
    expect([again.status, again.stderr]).toEqual([2, expect.stringMatching(/2 files already exist .*nothing was written\. Use --force to overwrite/)]);
  });
});
