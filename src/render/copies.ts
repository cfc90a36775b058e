import { readStamp, templateVersion } from './stamp.js';
import { TEMPLATE_VERSIONS } from './template-history.js';

/** How a user's copy of a built-in template stands against the built-in of this release. */
export type CopyState =
  /** The copy is of this release's built-in, edited or not. */
  | { kind: 'current' }
  /** An unedited copy of an older built-in: the built-in is used instead. */
  | { kind: 'older'; version?: string }
  /** An edited copy of an older built-in: the copy is used. */
  | { kind: 'edited-older'; version: string }
  /** A copy without a stamp (made before init stamped its copies) that is no built-in's text: used, unchecked. */
  | { kind: 'unstamped' };

export function copyState(name: string, copy: string, builtIn: string): CopyState {
  const current = templateVersion(builtIn);
  const stamp = readStamp(copy);
  // A stamp names the built-in it came from: one of another template says nothing of this one.
  if (stamp && stamp.name === name) {
    if (stamp.version === current) return { kind: 'current' };
    return templateVersion(stamp.body) === stamp.version ? { kind: 'older', version: stamp.version } : { kind: 'edited-older', version: stamp.version };
  }
  const version = templateVersion(stamp?.body ?? copy);
  if (version === current) return { kind: 'current' };
  return TEMPLATE_VERSIONS[name]?.includes(version) ? { kind: 'older' } : { kind: 'unstamped' };
}

/** One line for the user about a copy that is not current: what changed, what is used, how to refresh. */
export function copyWarning(file: string, state: Exclude<CopyState, { kind: 'current' }>, current: string, where: { folder: string; besideThere: boolean }): string {
  const refresh = `rollout init --refresh-templates ${where.folder}`;
  const beside = where.besideThere
    ? `the current one is beside it as ${file}.new: compare them, carry your edits over to it and rename it over your copy`
    : `${refresh} writes the current one beside it as ${file}.new, to compare and carry your edits over (your copy is kept)`;
  switch (state.kind) {
    case 'older':
      return `${file}: an unedited copy of an older built-in template (${state.version ? `version ${state.version}` : 'made before rollout stamped its copies'}); the built-in one changed since (now version ${current}) and is used instead. Refresh the copy: ${refresh}`;
    case 'edited-older':
      return `${file}: your edited copy is used, but the built-in template it came from changed since (version ${state.version}, now ${current}); ${beside}`;
    case 'unstamped':
      return `${file}: your copy is used; it has no version stamp (made before rollout stamped its copies), so whether the built-in changed since cannot be checked; ${beside}`;
  }
}
