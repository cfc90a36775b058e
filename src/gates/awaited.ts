import type { Awaited } from '../sources/missing.js';
import { formatDay } from '../util/dates.js';
import type { AwaitedFile } from './types.js';

/** Why a file is awaited, its day written as the JSON writes days. */
function dated(because: Awaited['because']): AwaitedFile['because'] {
  if (because.kind === 'session') return { kind: 'session', held: formatDay(because.held) };
  if (because.kind === 'survey') return { kind: 'survey', sent: formatDay(because.sent) };
  return because;
}

/** The files awaited as of the day checked, as a result carries them: absent without one. */
export function awaitedFiles(awaited: readonly Awaited[] | undefined): { awaited?: AwaitedFile[] } {
  if (!awaited?.length) return {};
  return {
    awaited: awaited.map((a) => ({
      key: a.index === undefined ? 'people.file' : `sources[${a.index}].file`,
      file: a.file,
      due: formatDay(a.due),
      because: dated(a.because),
    })),
  };
}
