import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { example, tempDir } from '../helpers.js';

/*
 * Kaiteur Design (examples/adoption.yaml): the IT pilot from 1 March 2027, Design and office
 * (the studio) from 15 March, the Nieuw Nickerie branch from 29 March, then the switch-off of
 * Slack. Each rollback below is written under the example as its coordinator writes it in.
 */

/** The branch rolls back on Wednesday 7 April, its line too poor for calls, and starts again on Monday 10 May. */
export const NICKERIE_BACK = `
rollback:
  on: 2027-04-07
  reason: { en: the line in Nieuw Nickerie cannot carry calls, nl: de lijn in Nieuw Nickerie kan geen gesprekken aan }
  only: { location: Nieuw Nickerie }
  resume:
    on: 2027-05-10
    changed: { en: a new fibre line is in, nl: er ligt een nieuwe glasvezellijn }
`;

/** The studio, the middle phase, rolls back on Wednesday 31 March while the branch runs, and starts again on Monday 3 May. */
export const STUDIO_BACK = `
rollback:
  on: 2027-03-31
  reason: { en: the studio's shared drives did not sync, nl: de gedeelde mappen van de studio synchroniseerden niet }
  only: { phase: studio }
  resume:
    on: 2027-05-03
    changed: { en: the drives are moved to SharePoint, nl: de mappen staan nu in SharePoint }
`;

/** The example's plan text, changed by `edit`, with `extra` written under it. */
export function kaiteurText(extra: string, edit: (text: string) => string = (t) => t): string {
  return `${edit(readFileSync(example('adoption.yaml'), 'utf8'))}\n${extra}`;
}

/** The plan in a folder of its own, its roster and exports beside it as in examples/: the plan file. */
export function kaiteur(extra: string, edit?: (text: string) => string): string {
  const dir = tempDir();
  cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
  const file = path.join(dir, 'rollout.yaml');
  writeFileSync(file, kaiteurText(extra, edit));
  return file;
}

/** Paramaribo rolls back on Monday 22 March, during the studio's phase, and starts again on Monday 3 May: known that day. */
export const PARAMARIBO_BACK = `
rollback:
  on: 2027-03-22
  reason: { en: Teams calls do not work on the office's new firewall, nl: Teams-gesprekken werken niet op de nieuwe firewall van het kantoor }
  only: { location: Paramaribo }
  resume:
    on: 2027-05-03
    changed: { en: the firewall is fixed, nl: de firewall is aangepast }
`;
