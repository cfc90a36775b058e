import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/* Sranan Advies with a roster that dates who joined and left: a person counts on a day from joining up to the day before leaving. */

const PEOPLE = 'people:\n  file: people.csv\n  columns: { person: E-mail, group: Afdeling, location: Vestiging, joined: In dienst, left: Uit dienst }\n';

/** The plan's folder, with a roster of the pilot's three and one newcomer in no group (the rest phase takes her) who left on `left`. */
function branchWith(left: string): string {
  const dir = tempDir();
  copyFileSync(path.join(ROOT, 'test/fixtures/audience/branch.yaml'), path.join(dir, 'rollout.yaml'));
  writeFileSync(path.join(dir, 'rollout.yaml'), PEOPLE, { flag: 'a' });
  const rows = ['ict0@sranan.example,ICT,Paramaribo,,', 'ict1@sranan.example,ICT,Paramaribo,,', 'ict2@sranan.example,ICT,Paramaribo,,', `nieuw@sranan.example,,Paramaribo,,${left}`];
  writeFileSync(path.join(dir, 'people.csv'), `E-mail,Afdeling,Vestiging,In dienst,Uit dienst\r\n${rows.join('\r\n')}\r\n`);
  return dir;
}

const reachWarnings = (dir: string) => run(['validate', '--plan', 'rollout.yaml'], { cwd: dir }).stderr.split('\n').filter((l) => l.includes('where the schedule plans nobody'));

describe('rollout validate with a roster that dates a leaver', () => {
  it('counts her in her phase when she leaves after its launch, and not when she left before it', () => {
    const schedule = JSON.parse(run(['schedule', '--plan', 'rollout.yaml', '--format', 'json'], { cwd: branchWith('') }).stdout) as { phases: { id: string; start: string }[] };
    const launch = schedule.phases.find((p) => p.id === 'everyone-else')!.start;
    // She leaves months after the rollout started, after her phase's launch: her phase reaches nobody in Paramaribo.
    expect(reachWarnings(branchWith('2027-12-01'))).toEqual([
      expect.stringMatching(/warning preset: the roster people\.csv puts 1 person of phase "everyone-else" in Paramaribo, where the schedule plans nobody of it/),
    ]);
    // Gone by her phase's launch (after the rollout's start): she is no longer one of its people.
    expect(launch > '2027-03-02').toBe(true);
    expect(reachWarnings(branchWith(launch))).toEqual([]);
    expect(reachWarnings(branchWith('2027-12-01')).join()).not.toContain('nieuw@');
  });
});
