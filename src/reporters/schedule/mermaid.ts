import { mermaidLabel } from '../../escape/mermaid.js';
import { parseDay } from '../../util/dates.js';
import type { Language } from '../../plan/schema.js';
import type { Schedule } from '../../schedule/types.js';
import { people, peopleLabel, placedTitle, reporterWords, severalPlaces } from './describe.js';

const MILESTONE_TYPES = new Set(['rollback', 'gate', 'review', 'retrospective']);
/** Task tags Mermaid takes from anywhere in a task's data; a phase id may not be one of them. */
const TAGS = new Set(['active', 'done', 'crit', 'milestone', 'vert']);

/** A Gantt chart of the phases, with gates and reviews as milestones. */
export function scheduleMermaid(schedule: Schedule, lang: Language = 'en'): string {
  const w = reporterWords(lang);
  const lines = ['gantt', `  title ${mermaidLabel(w.title(schedule.plan.tool, schedule.plan.organization))}`, '  dateFormat YYYY-MM-DD', '  axisFormat %d %b', `  section ${w.phases}`];
  for (const p of schedule.phases) {
    const days = parseDay(p.end) - parseDay(p.start) + 1;
    const tag = p.kind === 'decommission' ? 'crit, ' : '';
    const name = p.kind === 'launch' ? `${p.name} (${p.peopleRange[0] === p.peopleRange[1] ? people(p.people, lang) : w.range(peopleLabel(p))})` : p.name;
    lines.push(`  ${mermaidLabel(name)} :${tag}${TAGS.has(p.id) ? `phase-${p.id}` : p.id}, ${p.start}, ${days}d`);
  }
  const milestones = schedule.events.filter((e) => MILESTONE_TYPES.has(e.type));
  if (milestones.length > 0) lines.push(`  section ${w.milestones}`);
  const several = severalPlaces(schedule);
  for (const e of milestones) lines.push(`  ${mermaidLabel(placedTitle(e, several))} :${e.type === 'rollback' ? 'crit, ' : ''}milestone, ${e.date}, 0d`);
  return `${lines.join('\n')}\n`;
}
