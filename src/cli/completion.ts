import type { Command } from 'commander';
import { completionScript, type Shell } from '../completion/script.js';
import { completionTree } from '../completion/tree.js';
import { EXIT } from '../util/errors.js';
import { readAndLoad, writeOut } from './common.js';

/** Prints the completion script, written from the commands as they are registered now. */
export function completionCommand(shell: Shell, program: Command): number {
  writeOut(completionScript(shell, completionTree(program)));
  return EXIT.ok;
}

/**
 * The plan's phase ids or location names, one a line, for the completion scripts. A shell runs this
 * on every Tab, so a missing or broken plan prints nothing rather than an error over the prompt.
 */
export async function lookupCommand(what: 'phases' | 'locations', options: { plan: string }): Promise<number> {
  try {
    const { plan } = await readAndLoad(options.plan);
    if (plan) writeOut((what === 'phases' ? plan.phases.map((p) => p.id) : plan.organization.locations.map((l) => l.name)).join('\n'));
  } catch {
    // Nothing to offer.
  }
  return EXIT.ok;
}
