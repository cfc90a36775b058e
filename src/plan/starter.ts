import type { Language, ParsedPlan } from './schema.js';
import { STARTER_COMMENTS } from './starter-comments.js';
import { STARTER_APPROACH, STARTER_NAMES, STARTER_TEXTS, type StarterText } from './starter-texts.js';
import { yamlString } from './yaml-string.js';
import { SMALL_TEAM } from './fit.js';
import { STARTER_CONTACT, STARTER_HELP_DESK } from './placeholder-contact.js';

export interface StarterOptions {
  preset: ParsedPlan['preset'];
  start: string;
  name: string;
  headcount?: number;
  /** The plan's languages, the first the main one (default: English). */
  languages?: readonly Language[];
  schemaPath: string;
  /** The plan reads the roster init writes beside it (STARTER_ROSTER). */
  people?: boolean;
}

/** The roster `rollout init --people` writes beside the plan: one row per person, with the id the exports use. */
export const STARTER_ROSTER = {
  file: 'people.csv',
  content: 'Email,Name,Group,Location,Language,Phase,Joined,Left\r\nfirst.person@example.org,First Person,,,,,,\r\n',
};
const PEOPLE_LINE = `people: { file: ${STARTER_ROSTER.file}, columns: { person: Email, name: Name, group: Group, location: Location, language: Language, phase: Phase, joined: Joined, left: Left } }`;

const HEADCOUNT: Record<ParsedPlan['preset'], number> = { solo: 1, small: 8, growing: 20, custom: 40 };

/** A commented starting plan for a preset; it validates as written. */
export function starterPlan(o: StarterOptions): string {
  const headcount = o.headcount ?? HEADCOUNT[o.preset];
  const strategy = o.preset === 'solo' ? 'big-bang' : 'phased';
  const languages = o.languages ?? ['en'];
  const several = languages.length > 1;
  /** `key: text` at `indent`: one string in a one-language plan, else a text per language under the key. */
  const field = (indent: string, key: string, text: StarterText, comment?: string): string => {
    if (!several) return commented(`${indent}${key}: ${yamlString(text[languages[0]!])}`, comment);
    return [commented(`${indent}${key}:`, comment), ...languages.map((l) => `${indent}  ${l}: ${yamlString(text[l])}`)].join('\n');
  };
  /** A text inside a `{ ... }` or `[ ... ]`. */
  const inline = (text: StarterText): string => (several ? `{ ${languages.map((l) => `${l}: ${text[l]}`).join(', ')} }` : text[languages[0]!]);
  const t = STARTER_TEXTS;
  // The comments are in the plan's main language, the one its coordinator writes in.
  const c = STARTER_COMMENTS[languages[0]!];
  const n = STARTER_NAMES;
  const { communications, monitoring, champions, targetedMessaging, training, selfHelp } = t;
  const discovery = { approach: STARTER_APPROACH[o.preset], communications, monitoring, champions, targetedMessaging, training, selfHelp };
  // Answers nobody gave would silence validate's reminders: the questions stay open, each with an example to start from.
  const example = (key: string, text: StarterText) => `#   ${key}: ${several ? `{ ${languages.map((l) => `${l}: ${JSON.stringify(text[l])}`).join(', ')} }` : JSON.stringify(text[languages[0]!])}`;
  return `# yaml-language-server: $schema=${o.schemaPath}
# ${c.header}
version: 1

tool:
${commented('  name: Teamchat', c.tool)}
${field('  ', 'replaces', t.replaces, c.replaces)}
${field('  ', 'why', t.why, c.why)}
${field('  ', 'benefit', t.benefit, c.benefit)}
${contactLine(headcount, languages, c.contact)}

organization:
  name: ${yamlString(o.name)}
  headcount: ${headcount}
${commented(`  languages: [${languages.join(', ')}]`, c.languages)}
${commented('  # locations:', c.locations)}
${commented(`  #   - { name: Paramaribo, timezone: America/Paramaribo, headcount: ${headcount}, champion: Anita, languages: [${languages[0]}] }`, c.locationLanguages)}
${commented('  # groups:', c.groups)}
${commented(`  #   - { name: ${n.sales[languages[0]!]}, headcount: ${Math.ceil(headcount / 3)}, kind: department }`, c.groupName)}
${o.people ? `\n${commented(PEOPLE_LINE, c.people)}\n` : ''}
${commented(`start: ${o.start}`, c.start)}

calendar:
  workingDays: [mon, tue, wed, thu, fri]
${commented('  holidays: []', c.holidays)}

strategy:
${commented(`  approach: ${strategy}`, c.approach)}
${commented('  by: group', c.by)}

${commented(`preset: ${o.preset}`, c.preset)}
${commented('# phases:', c.phases)}
#   - { id: early-adopters, name: ${inline(n.earlyAdopters)}, audience: 10-20%, weeks: 2 }
#   - { id: everyone-else, name: ${inline(n.everyoneElse)}, audience: rest, weeks: 2 }

communications:
${commented('  announceLead: 2w', c.announceLead)}
  weeklyUpdates: true
  channels: [${inline(t.channel)}]

training:
${commented('  sessionMinutes: 90', c.sessionMinutes)}
  sessionTime: "10:00"
${commented('  officeHours: { time: "14:00", minutes: 60 }', c.officeHours)}

${commentBlock('# gates:', c.gates)}
#   - { id: satisfied, phase: ${o.preset === 'custom' ? 'early-adopters' : o.preset === 'growing' ? 'pilot' : o.preset === 'small' ? 'first-half' : 'switch'}, metric: satisfaction, aggregate: mean, op: ">=", threshold: 7, severity: minor }

${commented('contingency:', c.contingency)}
  minor: continue
  major: pause
  critical: rollback

${commentBlock('# discovery:', c.discovery)}
${Object.entries(discovery).map(([key, text]) => example(key, text)).join('\n')}

${commented('# regional:', c.regional)}
${example('offlinePlan', t.offlinePlan)}
`;
}

/**
 * Whom people ask: a help desk where the plan's support has one (above SMALL_TEAM people); in a
 * smaller team, which has none, a person, most often the one who plans the rollout, to fill in.
 */
function contactLine(headcount: number, languages: readonly Language[], comment: string): string {
  if (headcount > SMALL_TEAM) return `  contact: { name: ${STARTER_HELP_DESK.name[languages.includes('nl') ? 'nl' : 'en']}, email: ${STARTER_HELP_DESK.email} }`;
  const person = STARTER_CONTACT[languages[0] ?? 'en'];
  return commented(`  contact: { name: ${person.name}, email: ${person.email} }`, comment);
}

/** A commented-out line with a comment of several lines, each in the comment column. */
function commentBlock(line: string, comment: readonly string[]): string {
  return comment.map((part, i) => commented(i === 0 ? line : '#', part)).join('\n');
}

/** A line with its comment in the starter's comment column, or after it when the line is longer. */
function commented(line: string, comment: string | undefined): string {
  return comment === undefined ? line : `${line.length < 36 ? line.padEnd(36) : `${line}   `}# ${comment}`;
}
