import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCopiedReports } from '../../src/sources/copied-reports.js';
import { parseDay } from '../../src/util/dates.js';
import { tempDir } from '../helpers.js';

/** Reports larger than the chunk the files are compared in, alike but for their last byte. */
function reports(last: [string, string]) {
  const dir = tempDir();
  const body = 'Name,Last active (UTC)\n' + 'someone,2027-03-29\n'.repeat(10_000);
  const files = ['Mar 30.csv', 'Apr 13.csv'].map((name, i) => {
    const file = path.join(dir, name);
    writeFileSync(file, body + last[i]);
    return file;
  });
  return [
    { file: files[0]!, day: parseDay('2027-03-30') },
    { file: files[1]!, day: parseDay('2027-04-13') },
  ];
}

describe('a report of an older day saved under a later day', () => {
  it('stops the run when the two files hold the same bytes to the last chunk', async () => {
    await expect(checkCopiedReports(reports(['x', 'x']), 'sources[0]', { file: 'rollout.yaml', line: 9, column: 5 })).rejects.toThrow(/Apr 13\.csv \(the report of 2027-04-13\) holds the same bytes as .*Mar 30\.csv/);
  });

  it('reads on when files of one size differ only in their last chunk', async () => {
    await expect(checkCopiedReports(reports(['x', 'y']), 'sources[0]', { file: 'rollout.yaml', line: 9, column: 5 })).resolves.toBeUndefined();
  });
});
