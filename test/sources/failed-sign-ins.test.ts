import { describe, expect, it } from 'vitest';
import { Header } from '../../src/sources/columns.js';
import { FailedSignIns } from '../../src/sources/failed-sign-ins.js';

/** An audit log's rows, as a service that writes its outcome in a Result column. */
function read(filtered: string[], results: string[]): string | undefined {
  const failed = new FailedSignIns(filtered);
  failed.header(new Header(['Time', 'User', 'Result'], 'audit-2027-01-16.csv', 1));
  results.forEach((result, i) => failed.row({ line: i + 2, length: 3, text: (c) => ['2027-01-04T10:00:00Z', 'b@b.example', result][c]! }));
  return failed.note('sources[0]');
}

describe('failed attempts in a sign-in log', () => {
  it('are noted when the source filters another column only (service accounts), which leaves them in', () => {
    expect(read(['User'], ['Success', 'Failure'])).toMatch(/^sources\[0\]: 1 row counts as use though Result reads like a failed attempt, such as "Failure"; .*exclude: \{ Result: \[Failure\] \}/);
  });

  it('are not noted when a where or exclude names the outcome column, which decides what counts', () => {
    expect(read(['result'], ['Success', 'Failure'])).toBeUndefined();
  });

  it('quote only event codes: free text that may name a person is counted, never shown', () => {
    const note = read([], ['Login ok', 'Login failed for Bert Pinas', 'Login failed for Bert Pinas'])!;
    expect(note).toMatch(/^sources\[0\]: 2 rows count as use though Result reads like a failed attempt; .*exclude: \{ Result: \[\.\.\.\] \}/);
    expect(note).not.toContain('Bert');
  });
});
