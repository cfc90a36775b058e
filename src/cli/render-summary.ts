import type { Language } from '../plan/schema.js';
import type { Due } from '../render/due.js';
import type { MessagesWritten } from '../render/output.js';
import { formatList, listed } from '../util/lists.js';

/*
 * What render-emails tells the coordinator after a run, in the coordinator's language (--lang,
 * else the plan's first): what is new, changed and unchanged, what it kept or refused, and what is
 * due. Files are named by their file names only, which name no person.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Counts = Pick<MessagesWritten, 'added' | 'changed' | 'unchanged' | 'written'>;

function counts(r: Counts, lang: Language): string {
  return lang === 'nl' ? `${r.added.length} nieuw, ${r.changed.length} gewijzigd, ${r.unchanged} ongewijzigd` : `${r.added.length} new, ${r.changed.length} changed, ${r.unchanged} unchanged`;
}

/** `wrote 3 messages and the index to emails: 2 new, 1 changed, 40 unchanged`; a dry run says what it would write. */
export function writtenLine(r: Counts & { messages: number }, out: string, lang: Language, dryRun: boolean): string {
  const index = r.written.includes('index.json') || r.written.includes('index.md');
  const n = r.added.length + r.changed.length;
  if (lang === 'nl') {
    const what = `${plural(n, 'bericht', 'berichten')}${index ? ' en de index' : ''}`;
    return dryRun ? `proefdraai: zou ${what} schrijven naar ${out}: ${counts(r, lang)}; er is niets geschreven` : `${what} geschreven naar ${out}: ${counts(r, lang)}`;
  }
  const what = `${plural(n, 'message', 'messages')}${index ? ' and the index' : ''}`;
  return dryRun ? `dry run: would write ${what} to ${out}: ${counts(r, lang)}; nothing was written` : `wrote ${what} to ${out}: ${counts(r, lang)}`;
}

/** The drafts of earlier runs that this run no longer writes, unchanged since: removed. */
export function removedLine(files: string[], lang: Language, dryRun: boolean): string {
  const n = files.length;
  if (lang === 'nl') {
    const what = `${plural(n, 'bestand', 'bestanden')} ${n === 1 ? 'dat' : 'die'} een eerdere run schreef en deze niet meer (${listed(files, lang)})`;
    return dryRun ? `zou weghalen: ${what}` : `weggehaald: ${what}`;
  }
  return `${dryRun ? 'would remove' : 'removed'} ${plural(n, 'file', 'files')} an earlier run wrote that this run does not (${listed(files)})`;
}

/** The emails not written, as everyone they would go to reads no email: their groups' text and notice carry them. */
export function unwrittenLine(unwritten: { groups: string[] }[], lang: Language): string {
  const n = unwritten.length;
  const groups = [...new Set(unwritten.flatMap((u) => u.groups))];
  if (lang === 'nl') {
    return `niet geschreven: ${plural(n, 'e-mail', 'e-mails')} aan niemand, want iedereen ${n === 1 ? 'aan wie hij zou gaan' : 'aan wie ze zouden gaan'} leest geen e-mail (${formatList(groups, lang, 'and')}); hun bericht en mededeling brengen ${n === 1 ? 'hem' : 'ze'} (zie index.md)`;
  }
  return `not written: ${plural(n, 'email', 'emails')} to nobody, as everyone ${n === 1 ? 'it' : 'they'} would go to reads no email (${formatList(groups, lang, 'and')}); their text and notice carry ${n === 1 ? 'it' : 'them'} (see index.md)`;
}

/** The files of past days that this run writes otherwise, kept as they went out. */
export function keptLine(files: string[], day: string, lang: Language): string {
  const n = files.length;
  return lang === 'nl'
    ? `${plural(n, 'bestand', 'bestanden')} van vóór ${day} gelaten zoals ${n === 1 ? 'het is' : 'ze zijn'}: op ${n === 1 ? 'zijn' : 'hun'} datum ${n === 1 ? 'is het' : 'zijn ze'} verstuurd of gedaan, en het plan schrijft ${n === 1 ? 'het' : 'ze'} nu anders (${listed(files, lang)}); --force schrijft ${n === 1 ? 'het' : 'ze'} opnieuw`
    : `kept ${plural(n, 'file', 'files')} dated before ${day} as ${n === 1 ? 'it is' : 'they are'}: by ${n === 1 ? 'its' : 'their'} date ${n === 1 ? 'it was' : 'they were'} sent or done, and the plan now writes ${n === 1 ? 'it' : 'them'} otherwise (${listed(files)}); --force rewrites ${n === 1 ? 'it' : 'them'}`;
}

/**
 * Files changed by hand since the tool wrote them (or never the tool's) that the run would write
 * otherwise: each named, as the user has to act on each.
 */
export function refusedLine(files: string[], out: string, lang: Language, dryRun: boolean): string {
  const n = files.length;
  const names = formatList(files, lang, 'and');
  if (lang === 'nl') {
    const what = `${plural(n, 'bestand', 'bestanden')} in ${out} ${n === 1 ? 'is' : 'zijn'} veranderd sinds rollout ${n === 1 ? 'het' : 'ze'} schreef, of niet door rollout geschreven, en dit plan schrijft ${n === 1 ? 'het' : 'ze'} anders: ${names}`;
    return dryRun ? `${what}; zonder --force weigert de echte run te schrijven` : `${what}; er is niets geschreven. Zet je wijzigingen ergens anders neer (verplaats of hernoem ${n === 1 ? 'het bestand' : 'de bestanden'}) en draai opnieuw, of overschrijf met --force`;
  }
  const what = `${plural(n, 'file', 'files')} in ${out} ${n === 1 ? 'was' : 'were'} changed since rollout wrote ${n === 1 ? 'it' : 'them'}, or not written by rollout, and this plan writes ${n === 1 ? 'it' : 'them'} otherwise: ${names}`;
  return dryRun ? `${what}; without --force the real run refuses to write` : `${what}; nothing was written. Keep your changes elsewhere (move or rename ${n === 1 ? 'the file' : 'the files'}) and run again, or overwrite with --force`;
}

/**
 * What to send or do on the run's day and in the week after, one file a line under each count;
 * first the files new since the last run that are dated before its day, not sent yet.
 */
export function dueLines(due: Due, late: string[], lang: Language): string[] {
  const count = (files: string[]) => (files.length === 0 ? (lang === 'nl' ? 'geen' : 'none') : lang === 'nl' ? plural(files.length, 'bestand', 'bestanden') : plural(files.length, 'file', 'files'));
  const heads =
    lang === 'nl'
      ? [`aan de beurt op ${due.day}: ${count(due.files)}`, `aan de beurt in de week daarna, tot en met ${due.until}: ${count(due.next)}`]
      : [`due on ${due.day}: ${count(due.files)}`, `due in the week after, up to ${due.until}: ${count(due.next)}`];
  const overdue = late.length === 0 ? [] : [lang === 'nl' ? `nieuw en van vóór ${due.day}, niet eerder in de map: ${count(late)}` : `new and dated before ${due.day}, not in the folder before: ${count(late)}`, ...[...late].sort().map((f) => `  ${f}`)];
  return [...overdue, heads[0]!, ...due.files.map((f) => `  ${f}`), heads[1]!, ...due.next.map((f) => `  ${f}`)];
}
