import { parseDay } from '../../util/dates.js';
import type { Language } from '../../plan/schema.js';
import type { Schedule } from '../../schedule/types.js';
import { people, peopleLabel, reporterWords } from './describe.js';

/** Mermaid task names end at `:` and comments start at `%%`; `#` and `;` confuse some renderers. */
function label(text: string): string {
  return text.replace(/[:;#%]/g, ' ').replace(/\s+/g, ' ').trim() || 'untitled';
}

const MILESTONE_TYPES = new Set(['gate', 'review', 'retrospective']);

/** A Gantt chart of the phases, with gates and reviews as milestones. */
export function scheduleMermaid(schedule: Schedule, lang: Language = 'en'): string {
  const w = reporterWords(lang);
  const lines = ['gantt', `  title ${label(w.title(schedule.plan.tool, schedule.plan.organization))}`, '  dateFormat YYYY-MM-DD', '  axisFormat %d %b', `  section ${w.phases}`];
  for (const p of schedule.phases) {
    const days = parseDay(p.end) - parseDay(p.start) + 1;
    const tag = p.kind === 'decommission' ? 'crit, ' : '';
    const name = p.kind === 'launch' ? `${p.name} (${p.peopleRange[0] === p.peopleRange[1] ? people(p.people, lang) : w.range(peopleLabel(p))})` : p.name;
    lines.push(`  ${label(name)} :${tag}${p.id}, ${p.start}, ${days}d`);
  }
  const milestones = schedule.events.filter((e) => MILESTONE_TYPES.has(e.type));
  if (milestones.length > 0) lines.push(`  section ${w.milestones}`);
  for (const e of milestones) lines.push(`  ${label(e.location ? `${e.title} (${e.location})` : e.title)} :milestone, ${e.date}, 0d`);
  return `${lines.join('\n')}\n`;
}
