import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';

const GLOB = 'adoption/exports/*enquete*.xlsx';
/** Excel's owner file as it writes one beside an open workbook: the name of who opened it, padded to 165 bytes. */
const OWNER = Buffer.concat([Buffer.from('\rAnjali Ramdin'), Buffer.alloc(39, ' '), Buffer.from('\r\0'), Buffer.from('Anjali Ramdin', 'utf16le'), Buffer.alloc(84)]);

const gateCheck = (dir: string) => run(['gate-check', '--at', '2027-03-29', '--lang', 'en'], { cwd: dir });

describe('gate-check while the survey workbook is open in Excel', () => {
  it('reads the workbook and leaves Excel\'s lock file out with a note, as it would with the workbook closed', () => {
    const closed = gateCheck(adoptionCopy((plan) => (plan.sources[3]!.file = GLOB)));
    const dir = adoptionCopy((plan) => (plan.sources[3]!.file = GLOB));
    writeFileSync(path.join(dir, 'adoption/exports/~$Teams-enquete.xlsx'), OWNER);
    const open = gateCheck(dir);
    expect([open.status, open.stdout]).toEqual([closed.status, closed.stdout]);
    expect(open.stderr).toContain('rollout: sources[3].file: adoption/exports/~$Teams-enquete.xlsx is the lock file Excel keeps beside a workbook while it is open, not an export: left out\n');
    expect(open.stderr).not.toContain('Anjali');
  });

  it('stops with exit 2 saying the workbook may be open when the lock file is all the glob finds', () => {
    const dir = adoptionCopy((plan) => (plan.sources[3]!.file = GLOB));
    writeFileSync(path.join(dir, 'adoption/exports/~$Teams-enquete.xlsx'), OWNER);
    renameSync(path.join(dir, 'adoption/exports/Teams-enquete.xlsx'), path.join(dir, 'adoption/Teams-enquete.xlsx'));
    const r = gateCheck(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^rollout: rollout\.yaml:\d+:\d+: "adoption\/exports\/\*enquete\*\.xlsx" matches no export, only a lock file: adoption\/exports\/~\$Teams-enquete\.xlsx is the lock file Excel keeps beside a workbook while it is open; the workbook may be open, or saved under a name that sources\[3\]\.file does not match: save and close it as a file the glob matches, and run again$/m,
    );
  });
});
