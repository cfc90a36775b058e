import type { Schedule } from '../../schedule/types.js';
import { byWeek, eventNotes, headline, heldLines, pauseLines, peopleLabel, timeLabel, weeksLabel } from './describe.js';

/** Markdown table cells: pipes and line breaks would break the row. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function scheduleMarkdown(schedule: Schedule): string {
  const lines = [`# ${cell(headline(schedule))}`, '', '## Phases', '', '| Phase | Kind | Weeks | Dates | People | Audience |', '| --- | --- | --- | --- | ---: | --- |'];
  for (const p of schedule.phases) {
    lines.push(`| ${cell(p.name)} | ${p.kind} | ${weeksLabel(p)} | ${p.start} to ${p.end} | ${peopleLabel(p)} | ${cell(p.audience.description)} |`);
  }
  const pauses = pauseLines(schedule);
  if (pauses.length) lines.push('', '## Pauses', '', ...pauses.map((l) => `- ${cell(l)}`));
  const held = heldLines(schedule);
  if (held.length) lines.push('', '## On hold until the pause ends', '', ...held.map((l) => `- ${cell(l)}`));
  for (const { week, from, to, events } of byWeek(schedule)) {
    lines.push('', `## Week ${week} (${from} to ${to})`, '', '| Date | Time | Type | Phase | Location | Event | Notes |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const e of events) {
      const row = [e.date, timeLabel(e), e.type, e.phase ?? '', e.location ?? '', e.title, eventNotes(e).join('; ')];
      lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
