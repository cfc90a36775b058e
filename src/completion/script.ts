import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import { powershellScript } from './powershell.js';
import type { CompletionTree } from './tree.js';
import { zshScript } from './zsh.js';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

const writers: Record<Shell, (tree: CompletionTree) => string> = { bash: bashScript, zsh: zshScript, fish: fishScript, powershell: powershellScript };

/** The completion script for a shell, written from the program's command tree. */
export function completionScript(shell: Shell, tree: CompletionTree): string {
  return writers[shell](tree);
}
