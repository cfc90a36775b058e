import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { KROON_TICKETS_SOURCE, kroonOffice } from '../kroon-office.js';

describe('validate on a 7-person office with one colleague working from home', () => {
  it('hints at the home office’s group session for one, at its entry, with what to write', () => {
    const dir = kroonOffice(KROON_TICKETS_SOURCE, {});
    const said = run(['validate'], { cwd: dir });
    expect(said.status).toBe(0);
    expect(said.stderr + said.stdout).toContain(
      'rollout.yaml:14:7: hint organization.locations[1]: Lelydorp has 1 person in phase "first-half" and its own training (training.mode: per-location): a group session of 90 minutes for one, at 10:00 on 2027-03-01, the same hour as Paramaribo\'s, so whoever trains holds both at once (to train Lelydorp together with Paramaribo, the one person joining by call, hold one session for all: training: { mode: shared }; to train them one-to-one at another hour, give Lelydorp its own time: sessionTime: "11:30" in its entry under organization.locations (and officeHoursTime for its office hours))',
    );
    appendFileSync(path.join(dir, 'rollout.yaml'), 'training: { mode: shared }\n');
    expect(run(['validate'], { cwd: dir }).stderr).not.toContain('Lelydorp has 1 person');
  });
});
