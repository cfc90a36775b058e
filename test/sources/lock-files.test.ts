import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchGlob } from '../../src/sources/glob.js';
import { tempDir } from '../helpers.js';
import { adoptionCopy, planIn, points } from './support.js';

const FORMS = 'adoption/exports/Teams-enquete.xlsx';
const EXCEL_LOCK = 'adoption/exports/~$Teams-enquete.xlsx';

/** Excel's owner file: 165 bytes, the name of who opened the workbook in ANSI and then UTF-16. */
function ownerFile(name: string): Buffer {
  const ansi = Buffer.from(name, 'latin1');
  const head = Buffer.concat([Buffer.from([ansi.length]), ansi, Buffer.alloc(53 - ansi.length, ' '), Buffer.from([ansi.length, 0]), Buffer.from(name, 'utf16le')]);
  return Buffer.concat([head, Buffer.alloc(165 - head.length)]);
}

/** The example reading its Forms workbook through a glob, with Excel's lock file beside it. */
function openWorkbook(): string {
  const dir = adoptionCopy((plan) => (plan.sources[3]!.file = 'adoption/exports/*enquete*.xlsx'));
  writeFileSync(path.join(dir, EXCEL_LOCK), ownerFile('Anjali Ramdin'));
  return dir;
}

describe('lock files of workbooks open in Excel or LibreOffice', () => {
  it('are left out of a glob, with a note naming the file and not who opened it; the answers read are the same', async () => {
    const dir = openWorkbook();
    const open = await points(planIn(dir), dir);
    const closed = await points(planIn(adoptionCopy((plan) => (plan.sources[3]!.file = 'adoption/exports/*enquete*.xlsx'))), dir);
    expect(open.points.filter((p) => p.metric === 'satisfaction')).toEqual(closed.points.filter((p) => p.metric === 'satisfaction'));
    expect(open.points.some((p) => p.metric === 'satisfaction')).toBe(true);
    const notes = open.warnings.filter((w) => w.includes('lock file'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^sources\[3\]\.file: \S*adoption\/exports\/~\$Teams-enquete\.xlsx is the lock file Excel keeps beside a workbook while it is open, not an export: left out$/);
    expect(open.warnings.join('\n')).not.toMatch(/Anjali/);
  });

  it('alone, with the workbook gone, stop the run saying the workbook may be open, not that the lock file is a bad workbook', async () => {
    const dir = openWorkbook();
    renameSync(path.join(dir, FORMS), path.join(dir, 'Teams-enquete (saved elsewhere).xlsx'));
    const error = points(planIn(dir), dir);
    await expect(error).rejects.toThrow(/sources\[3\]: "adoption\/exports\/\*enquete\*\.xlsx" matches no export, only a lock file: .*~\$Teams-enquete\.xlsx is the lock file Excel keeps beside a workbook while it is open; the workbook may be open, or saved under a name that sources\[3\]\.file does not match/);
    await expect(error).rejects.not.toThrow(/not a readable|Anjali/);
  });

  it("are LibreOffice's too; a file only named like one, or a lock file in a folder the glob passes through, is not one", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'exports', '~$old'), { recursive: true });
    for (const name of ['.~lock.tickets-2027-05.csv#', '~$tickets-2027-04.csv', 'tickets-2027-05.csv', 'tickets-2027-~$06.csv', '~$old/tickets-2027-01.csv']) writeFileSync(path.join(dir, 'exports', name), 'x');
    const at = (names: string[]) => names.map((n) => path.relative(dir, n));
    const { files, lockFiles } = await matchGlob('exports/*tickets-2027-*', dir);
    expect([at(files), at(lockFiles)]).toEqual([['exports/tickets-2027-05.csv', 'exports/tickets-2027-~$06.csv'], ['exports/.~lock.tickets-2027-05.csv#', 'exports/~$tickets-2027-04.csv']]);
    expect(at((await matchGlob('exports/*/tickets-*.csv', dir)).files)).toEqual(['exports/~$old/tickets-2027-01.csv']);
  });
});
