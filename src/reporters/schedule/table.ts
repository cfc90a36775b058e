import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { terminalText } from '../../escape/terminal.js';
import type { Language } from '../../plan/schema.js';
import type { Schedule } from '../../schedule/types.js';
import { byWeek, eventNotes, moverOf, headline, heldLines, kindLabel, onHoldHeading, partRollbackLines, pauseLines, peopleLabel, phaseLabel, phaseRows, reporterWords, restartLine, rollbackLines, timeLabel, typeLabel, weeksLabel } from './describe.js';
import { severalClocks } from './clocks.js';

const plain = { head: [], border: [] };
/** No rule between rows: a long schedule stays readable. */
const compact = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** Phases, then every event grouped by week, for reading in a terminal; `clocks`: whether the plan's sessions are on several clocks (see severalClocks). */
export function scheduleTable(schedule: Schedule, c: ChalkInstance, lang: Language = 'en', clocks = severalClocks(schedule)): string {
  const mover = moverOf(schedule);
  const w = reporterWords(lang);
  const phases = new Table({ head: w.phaseColumns, style: plain, chars: compact });
  for (const { phase: p, name } of phaseRows(schedule, lang)) {
    const label = kindLabel(p.kind, lang);
    const kind = p.kind === 'decommission' ? c.red(label) : p.kind === 'launch' ? c.green(label) : c.cyan(label);
    phases.push([c.bold(terminalText(name)), kind, weeksLabel(p, lang), `${p.start} ${w.to} ${p.end}`, peopleLabel(p), terminalText(p.audience.description)]);
  }
  const events = new Table({ head: w.eventColumns, style: plain, chars: compact });
  for (const { week, events: list } of byWeek(schedule)) {
    list.forEach((e, i) => {
      const notes = eventNotes(e, lang, mover).map((n) => (e.flags?.includes(n) ? c.yellow(`! ${terminalText(n)}`) : c.dim(terminalText(n))));
      events.push([i === 0 ? c.bold(String(week)) : '', e.date, terminalText(timeLabel(e, lang, clocks)), typeLabel(e.type, lang), phaseLabel(e, lang), terminalText(e.location ?? ''), [terminalText(e.title), ...notes].join('\n')]);
    });
  }
  const pauses = pauseLines(schedule, lang).map((l) => c.yellow(terminalText(l)));
  const held = heldLines(schedule, lang);
  const rollback = rollbackLines(schedule, lang);
  const restart = restartLine(schedule, lang);
  const extra = [
    ...(restart ? ['', terminalText(restart)] : []),
    ...(pauses.length ? ['', ...pauses] : []),
    ...partRollbackLines(schedule, lang).flatMap((r) => ['', c.red(terminalText(r.headline)), ...(r.withdrawn.length ? [c.bold(`${terminalText(r.heading)}:`), ...r.withdrawn.map((l) => `  ${terminalText(l)}`)] : [])]),
    ...(held.length ? ['', c.bold(`${terminalText(onHoldHeading(schedule, lang))}:`), ...held.map((l) => `  ${terminalText(l)}`)] : []),
    ...(rollback ? ['', c.red(terminalText(rollback.headline)), c.bold(`${w.withdrawn}:`), ...rollback.withdrawn.map((l) => `  ${terminalText(l)}`)] : []),
  ];
  return `${c.bold(terminalText(headline(schedule, lang)))}\n${extra.map((l) => `${l}\n`).join('')}\n${phases.toString()}\n\n${events.toString()}\n`;
}
