import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { KROON_TICKETS_SOURCE, kroonOffice } from '../kroon-office.js';

/** The switch-off notice of the 7-person office, in English and Dutch, with `oldData` under tool: (none: the default). */
function notices(oldData?: string): { en: string; nl: string } {
  const dir = kroonOffice(KROON_TICKETS_SOURCE, {});
  const plan = path.join(dir, 'rollout.yaml');
  if (oldData) writeFileSync(plan, readFileSync(plan, 'utf8').replace('tool:\n', `tool:\n  oldData: ${oldData}\n`));
  const rendered = run(['render-emails', '--out', 'emails'], { cwd: dir });
  expect(rendered.status, rendered.stderr).toBe(0);
  const read = (lang: string) => readFileSync(path.join(dir, 'emails', readdirSync(path.join(dir, 'emails')).find((f) => f.endsWith(`_decommission_decommission.${lang}.md`))!), 'utf8');
  return { en: read('en'), nl: read('nl') };
}

describe('what becomes of the old tool’s data at the switch-off (tool.oldData)', () => {
  it('archives it by default, as the playbook does', () => {
    const { en, nl } = notices();
    expect(en).toContain('Archive it for reference');
    expect(en).toContain('After that date you can no longer add to it; the archive stays available to look things up.');
    expect(nl).toContain('Archiveren om later na te kunnen slaan');
  });

  it('deletes a sheet of passwords after the import, and asks for no copy to be kept, in English and Dutch', () => {
    const { en, nl } = notices('delete');
    expect(en).toContain('Delete its data after the import');
    expect(en).toContain('After that date you can no longer add to it, and its data are deleted: keep no copy of your own (a download, a printout).');
    expect(nl).toContain('De gegevens verwijderen na de import');
    expect(nl).toContain('Daarna kun je er niets meer aan toevoegen en worden de gegevens verwijderd: bewaar er zelf geen kopie van (een download, een afdruk).');
    for (const text of [en, nl]) expect(text).not.toMatch(/archive|archief/i);
  });

  it('keeps it where it is', () => {
    const { en, nl } = notices('keep');
    expect(en).toContain('Keep its data where it is');
    expect(en).toContain('; its data stay where they are to look things up.');
    expect(nl).toContain('; de gegevens blijven staan om dingen in op te zoeken.');
  });
});
