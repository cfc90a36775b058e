import { markdownText } from '../../escape/markdown.js';
import type { Schedule } from '../../schedule/types.js';
import { byWeek, eventNotes, headline, peopleLabel, timeLabel, weeksLabel } from './describe.js';

export function scheduleMarkdown(schedule: Schedule): string {
  const cell = markdownText;
  const lines = [`# ${cell(headline(schedule))}`, '', '## Phases', '', '| Phase | Kind | Weeks | Dates | People | Audience |', '| --- | --- | --- | --- | ---: | --- |'];
  for (const p of schedule.phases) {
    lines.push(`| ${cell(p.name)} | ${p.kind} | ${cell(weeksLabel(p))} | ${p.start} to ${p.end} | ${cell(peopleLabel(p))} | ${cell(p.audience.description)} |`);
  }
  for (const { week, from, to, events } of byWeek(schedule)) {
    lines.push('', `## Week ${week} (${from} to ${to})`, '', '| Date | Time | Type | Phase | Location | Event | Notes |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const e of events) {
      const row = [e.date, timeLabel(e), e.type, e.phase ?? '', e.location ?? '', e.title, eventNotes(e).join('; ')];
      lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
