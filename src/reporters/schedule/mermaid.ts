import { mermaidLabel } from '../../escape/mermaid.js';
import { parseDay } from '../../util/dates.js';
import type { Language } from '../../plan/schema.js';
import type { Schedule } from '../../schedule/types.js';
import { people, peopleLabel, phaseRows, placedTitle, reporterWords, severalPlaces } from './describe.js';

const MILESTONE_TYPES = new Set(['rollback', 'gate', 'review', 'retrospective']);
/** Task tags Mermaid takes from anywhere in a task's data; a phase id may not be one of them. */
const TAGS = new Set(['active', 'done', 'crit', 'milestone', 'vert']);

/** A Gantt chart of the phases (a part's first try and second try each a bar), with gates and reviews as milestones. */
export function scheduleMermaid(schedule: Schedule, lang: Language = 'en'): string {
  const w = reporterWords(lang);
  const lines = ['gantt', `  title ${mermaidLabel(w.title(schedule.plan.tool, schedule.plan.organization))}`, '  dateFormat YYYY-MM-DD', '  axisFormat %d %b', `  section ${w.phases}`];
  const ids = new Set(schedule.phases.map((p) => p.id));
  for (const { phase: p, name: shownName } of phaseRows(schedule, lang)) {
    const days = parseDay(p.end) - parseDay(p.start) + 1;
    // A part's first try, rolled back, is drawn as done beside its second try, under an id of its own.
    const firstTry = !schedule.phases.includes(p);
    const tag = firstTry ? 'done, ' : p.kind === 'decommission' ? 'crit, ' : '';
    const name = p.kind === 'launch' ? `${shownName} (${p.peopleRange[0] === p.peopleRange[1] ? people(p.people, lang) : w.range(peopleLabel(p))})` : shownName;
    let id = TAGS.has(p.id) ? `phase-${p.id}` : p.id;
    if (firstTry) for (id = `${p.id}-first-try`; ids.has(id); ) id = `${id}-1`;
    lines.push(`  ${mermaidLabel(name)} :${tag}${id}, ${p.start}, ${days}d`);
  }
  const milestones = schedule.events.filter((e) => MILESTONE_TYPES.has(e.type));
  if (milestones.length > 0) lines.push(`  section ${w.milestones}`);
  const several = severalPlaces(schedule);
  for (const e of milestones) lines.push(`  ${mermaidLabel(placedTitle(e, several))} :${e.type === 'rollback' ? 'crit, ' : ''}milestone, ${e.date}, 0d`);
  return `${lines.join('\n')}\n`;
}
