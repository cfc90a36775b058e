import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/sources/roster.js';
import { minimalPlan, paramaribo, rotterdam, tempDir, validPlan } from '../helpers.js';

/** Tjon & Partners: Paramaribo reads Dutch, Rotterdam Dutch and English; the roster an HR export with Dutch headers. */
function plan(languages = ['nl', 'en']) {
  return validPlan(
    minimalPlan({
      organization: {
        name: 'Tjon & Partners',
        headcount: 10,
        languages,
        locations: [
          { ...paramaribo(5, []), languages: ['nl'] },
          { ...rotterdam(5), languages: languages.includes('en') ? ['nl', 'en'] : ['nl'] },
        ],
      },
      people: { file: 'personeel.csv', columns: { person: 'E-mailadres', name: 'Naam', location: 'Vestiging', language: 'Taal' } },
    }),
  );
}

/** The roster with one row per language cell, at Rotterdam, as an HR export writes it: BOM, `;`, CRLF. */
function roster(cells: string[]): string {
  const dir = tempDir();
  const rows = cells.map((cell, i) => `r${i + 1}@tjon.example;"Persoon, ${i + 1}";Rotterdam;${cell}`);
  writeFileSync(path.join(dir, 'personeel.csv'), `\uFEFFE-mailadres;Naam;Vestiging;Taal\r\n${rows.join('\r\n')}\r\n`);
  return dir;
}

describe('the roster’s language column', () => {
  it('reads codes and the common names in English and Dutch, whatever their case; an empty cell is the location’s', async () => {
    const cells = ['nl', 'NL', ' Nederlands ', 'dutch', 'nl-SR', 'en', 'English', 'ENGELS', 'en_GB', ''];
    const people = await loadRoster(plan(), roster(cells));
    // By index into organization.languages [nl, en]; -1 for none.
    expect(people.language).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, -1]);
  });

  it('refuses a language it does not know at its file:line:column, with the values it takes, never the person', async () => {
    const error = await loadRoster(plan(), roster(['nl', 'Frans'])).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/personeel\.csv:3:4: language "Frans" is not one the messages are written in; write nl \(Nederlands, Dutch\) or en \(English, Engels\), or leave the cell empty for the languages of the person's location$/);
    expect((error as Error).message).not.toMatch(/r2@|Persoon/);
  });

  it('refuses a language the plan is not written in, saying what to add', async () => {
    const error = await loadRoster(plan(['nl']), roster(['nl', '', 'Engels'])).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/personeel\.csv:4:4: language "Engels" \(en\) is not one of organization\.languages \(nl\); add it there \(languages: \[nl, en\]\) with the plan's texts in it, or correct the roster$/);
  });

  it('leaves every person to their location’s languages without the column', async () => {
    const without = plan();
    delete (without.people!.columns as { language?: string }).language;
    const people = await loadRoster(without, roster(['en', 'nl']));
    expect(people.language).toEqual([-1, -1]);
  });
});
