import type { Awaited } from '../sources/missing.js';
import { formatDay } from '../util/dates.js';
import type { AwaitedFile } from './types.js';

/** The files awaited as of the day checked, as a result carries them: absent without one. */
export function awaitedFiles(awaited: readonly Awaited[] | undefined): { awaited?: AwaitedFile[] } {
  if (!awaited?.length) return {};
  return {
    awaited: awaited.map((a) => ({
      key: a.index === undefined ? 'people.file' : `sources[${a.index}].file`,
      file: a.file,
      due: formatDay(a.due),
      because: a.because.kind === 'session' ? { kind: 'session', held: formatDay(a.because.held) } : a.because,
    })),
  };
}
