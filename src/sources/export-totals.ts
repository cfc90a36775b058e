import { formatPath } from '../plan/positions.js';
import type { Plan } from '../plan/resolve.js';
import { RolloutError, type Diagnostic } from '../util/errors.js';
import { countedShareHint, countedShares, totalColumn } from './count-as-share.js';
import { expandGlob } from './glob.js';
import { namedColumns } from './header-search.js';
import { readTable } from './table.js';

/** Thrown from the header handler: the header is all that is read. */
class HeaderRead extends Error {}

/**
 * For `validate`: the fix of each `count-as-share` warning names the column that counts everyone
 * (Slack's `Total Enabled Membership`) in the header of the last export its source reads, as
 * gate-check does, where that export is there to read; else it keeps describing the column.
 */
export async function nameTotals(plan: Plan, diagnostics: Diagnostic[], baseDir: string): Promise<void> {
  const totals = new Map<number, string | undefined>();
  for (const share of countedShares(plan)) {
    if (!totals.has(share.index)) totals.set(share.index, await exportTotal(plan, share.index, baseDir));
    const total = totals.get(share.index);
    const path = formatPath(['sources', share.index, 'metrics', share.metric]);
    const warning = diagnostics.find((d) => d.code === 'count-as-share' && d.path === path);
    if (warning && total !== undefined) warning.hint = countedShareHint(share, total);
  }
}

/** The column that counts everyone in the header of source `index`'s last export; undefined when there is none or it cannot be read. */
async function exportTotal(plan: Plan, index: number, baseDir: string): Promise<string | undefined> {
  const source = plan.sources[index]!;
  const file = (await expandGlob(source.file, baseDir)).at(-1);
  if (file === undefined) return undefined;
  let total: string | undefined;
  const header = (cells: string[]) => {
    total = totalColumn(cells);
    throw new HeaderRead();
  };
  try {
    await readTable(file, { delimiter: source.delimiter, sheet: source.sheet, named: namedColumns(source) }, { header, row: () => {}, bad: () => {} });
  } catch (error) {
    if (!(error instanceof HeaderRead) && !(error instanceof RolloutError)) throw error;
  }
  return total;
}
