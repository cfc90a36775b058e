import type { Plan } from '../plan/resolve.js';
import { formatList } from '../util/lists.js';
import type { Roster } from './roster.js';

/** Row numbers in a note: enough to find them, one line still. */
const SHOWN = 10;

const rows = (lines: number[]): string => {
  const shown = lines.slice(0, SHOWN).map(String);
  return `${lines.length === 1 ? 'row' : 'rows'} ${lines.length > SHOWN ? `${shown.join(', ')} and ${lines.length - SHOWN} more` : formatList(shown, 'en', 'and')}`;
};

/**
 * The roster rows left out as struck through (a shared sheet's way to mark who left), by sheet
 * and row number only, with how to count them again and the way that says when someone left.
 * Rows with only some cells struck count, and are named too.
 */
export function struckNote(plan: Plan, roster: Roster): { message: string; hint: string } | undefined {
  const { rows: whole, partly, sheet } = roster.struck;
  if (whole.length === 0 && partly.length === 0) return undefined;
  const where = `${roster.file}${sheet === undefined ? '' : `, sheet ${JSON.stringify(sheet)}`}`;
  const left = plan.people?.columns.left;
  const dated = `the recommended way to mark someone who left is ${left ? `their leaving day in the ${JSON.stringify(left)} column (people.columns.left)` : 'a column of leaving days named in people.columns.left'}, which counts them up to that day`;
  const one = whole.length === 1;
  const parts = [
    ...(whole.length > 0 ? [`${rows(whole)} ${one ? 'is' : 'are'} struck through, so ${one ? 'it is' : 'they are'} left out as ${one ? 'someone' : 'people'} who left`] : []),
    ...(partly.length > 0 ? [`${rows(partly)} ${partly.length === 1 ? 'has' : 'have'} only some cells struck through and ${partly.length === 1 ? 'counts' : 'count'}`] : []),
  ];
  return { message: `${where}: ${parts.join('; ')}`, hint: whole.length > 0 ? `to count ${one ? 'it' : 'them'}, remove the strikethrough; ${dated}` : dated };
}
