import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { minimalPlan, run, tempDir } from '../helpers.js';

describe('render-emails after the headcount was raised', () => {
  it('names the checklists of past days it rewrote, counted apart from the emails', () => {
    const dir = tempDir();
    const plan = path.join(dir, 'rollout.yaml');
    const render = (force: boolean) => run(['render-emails', '--out', 'emails', '--lang', 'en', '--at', '2027-01-25', ...(force ? ['--force'] : [])], { cwd: dir });
    writeFileSync(plan, stringify(minimalPlan()));
    expect(render(false).status).toBe(0);
    writeFileSync(plan, stringify(minimalPlan({ organization: { name: 'Acme', headcount: 41 } })));
    const again = render(true);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(
      'rollout: warning: rewrote 2 messages dated before 2027-01-25 with another text than an earlier run wrote, your own checklists (2026-12-18_rollout_get-started.en.md, 2027-01-18_everyone-else_checklist-two-weeks-before.en.md): they now say what the plan says today (a headcount, a date), not what was to be done on their date',
    );
  });
});
