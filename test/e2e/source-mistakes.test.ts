import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy, type PlanData } from '../sources/support.js';

const SURVEY = 'adoption/exports/Teams survey (Responses) - Form Responses 1.csv';
const satisfaction = (pattern: string) => (p: PlanData) => {
  (p.sources[2]!.metrics as Record<string, string>).satisfaction = pattern;
};

describe('a plan whose sources are written wrong, in the example with a roster and exports', () => {
  it('two sources that give one metric: validate refuses the second, saying to read the files with one glob', () => {
    const dir = adoptionCopy((p) => {
      p.sources.push({ ...p.sources[0]!, file: 'adoption/exports/Microsoft365ActiveUserDetail*.csv', lastActive: 'Teams Last Activity Date', exclude: {} });
    });
    const r = run(['validate'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^rollout\.yaml:\d+:\d+: error sources\[6\]\.metric: sources\[6\] gives the metric "active_use_pct", as sources\[0\] does: each source computes it from its own files alone, so a day both give would average two values that each count only part of the data \(read the files of active_use_pct with one source: a file: glob that matches them all/m,
    );
  });

  it('a roster that is not there: validate warns where people.file is, and says what stops until it is fixed', () => {
    const r = run(['validate'], { cwd: adoptionCopy((p) => (p.people.file = 'adoption/mensen.csv')) });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^rollout\.yaml:\d+:\d+: warning people\.file: the roster cannot be read: adoption\/mensen\.csv: no such file; put the roster there or correct people\.file; `rollout init --people` writes one to fill in \(gate-check, report and metrics stop here until it is fixed\)$/m,
    );
  });

  it('a survey question that matches no column: exit 2, listing the header', () => {
    const r = run(['metrics', '--at', '2027-03-29'], { cwd: adoptionCopy(satisfaction('How happy*')) });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `rollout: ${SURVEY}:1:1: no column matches "How happy*" (sources[2].metrics.satisfaction); the header has "Timestamp", "Email Address", "How satisfied are you with Microsoft Teams so far? (1-10)", "How likely are you to recommend Microsoft Teams to a colleague?", "What would make Teams more useful for you?"; use * for any text\n`,
    );
  });

  it('a survey question that matches two columns: exit 2, naming both', () => {
    const r = run(['metrics', '--at', '2027-03-29'], { cwd: adoptionCopy(satisfaction('How*')) });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `rollout: ${SURVEY}:1:4: "How*" (sources[2].metrics.satisfaction) matches "How satisfied are you with Microsoft Teams so far? (1-10)" (column 3) and "How likely are you to recommend Microsoft Teams to a colleague?" (column 4); write more of the question so it matches one\n`,
    );
  });
});
