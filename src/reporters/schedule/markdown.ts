import { markdownText } from '../../escape/markdown.js';
import type { Language } from '../../plan/schema.js';
import type { Schedule } from '../../schedule/types.js';
import { byWeek, eventNotes, moverOf, headline, heldLines, kindLabel, onHoldHeading, partRollbackLines, pauseLines, peopleLabel, phaseLabel, phaseRows, reporterWords, restartLine, rollbackLines, timeLabel, typeLabel, weeksLabel } from './describe.js';
import { severalClocks } from './clocks.js';

/** The schedule in markdown; `clocks`: whether the plan's sessions are on several clocks (see severalClocks). */
export function scheduleMarkdown(schedule: Schedule, lang: Language = 'en', clocks = severalClocks(schedule)): string {
  const w = reporterWords(lang);
  const cell = markdownText;
  const mover = moverOf(schedule);
  const restart = restartLine(schedule, lang);
  const lines = [`# ${cell(headline(schedule, lang))}`, ...(restart ? ['', `**${cell(restart)}**`] : []), '', `## ${w.phases}`, '', `| ${w.phaseColumns.join(' | ')} |`, '| --- | --- | --- | --- | ---: | --- |'];
  for (const { phase: p, name } of phaseRows(schedule, lang)) {
    lines.push(`| ${cell(name)} | ${kindLabel(p.kind, lang)} | ${cell(weeksLabel(p, lang))} | ${p.start} ${w.to} ${p.end} | ${cell(peopleLabel(p))} | ${cell(p.audience.description)} |`);
  }
  const pauses = pauseLines(schedule, lang);
  if (pauses.length) lines.push('', `## ${schedule.extensions ? w.pausesAndExtensions : w.pauses}`, '', ...pauses.map((l) => `- ${cell(l)}`));
  const held = heldLines(schedule, lang);
  for (const r of partRollbackLines(schedule, lang)) lines.push('', `**${cell(r.headline)}**`, ...(r.withdrawn.length ? ['', `## ${cell(r.heading)}`, '', ...r.withdrawn.map((l) => `- ${cell(l)}`)] : []));
  if (held.length) lines.push('', `## ${cell(onHoldHeading(schedule, lang))}`, '', ...held.map((l) => `- ${cell(l)}`));
  const rollback = rollbackLines(schedule, lang);
  if (rollback) lines.push('', `**${cell(rollback.headline)}**`, '', `## ${w.withdrawn}`, '', ...rollback.withdrawn.map((l) => `- ${cell(l)}`));
  for (const { week, from, to, events } of byWeek(schedule)) {
    lines.push('', `## ${w.heading(week, from, to)}`, '', `| ${[...w.eventColumns.slice(1), w.notes].join(' | ')} |`, '| --- | --- | --- | --- | --- | --- | --- |');
    for (const e of events) {
      const row = [e.date, timeLabel(e, lang, clocks), typeLabel(e.type, lang), phaseLabel(e, lang), e.location ?? '', e.title, eventNotes(e, lang, mover).join('; ')];
      lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
