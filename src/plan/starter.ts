import type { Language, ParsedPlan } from './schema.js';
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
  content: 'Email,Name,Group,Location,Phase,Joined,Left\r\nfirst.person@example.org,First Person,,,,,\r\n',
};
const PEOPLE_LINE = `people: { file: ${STARTER_ROSTER.file}, columns: { person: Email, name: Name, group: Group, location: Location, phase: Phase, joined: Joined, left: Left } }`;

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
  const n = STARTER_NAMES;
  const { communications, monitoring, champions, targetedMessaging, training, selfHelp } = t;
  const discovery = { approach: STARTER_APPROACH[o.preset], communications, monitoring, champions, targetedMessaging, training, selfHelp };
  // Answers nobody gave would silence validate's reminders: the questions stay open, each with an example to start from.
  const example = (key: string, text: StarterText) => `#   ${key}: ${several ? `{ ${languages.map((l) => `${l}: ${JSON.stringify(text[l])}`).join(', ')} }` : JSON.stringify(text[languages[0]!])}`;
  return `# yaml-language-server: $schema=${o.schemaPath}
# A rollout plan. Check it with \`rollout validate\`; see the dates with \`rollout schedule\`.
version: 1

tool:
  name: Teamchat                    # what you are rolling out
${field('  ', 'replaces', t.replaces, 'what it replaces (decommissioned at the end)')}
${field('  ', 'why', t.why, 'the problem it solves')}
${field('  ', 'benefit', t.benefit, 'for "to improve [benefit]"')}
${contactLine(headcount, languages)}

organization:
  name: ${yamlString(o.name)}
  headcount: ${headcount}
${commented(`  languages: [${languages.join(', ')}]`, 'en, nl: messages are written in each (rollout init --lang nl,en)')}
  # locations:                      # one per site, with its IANA time zone
  #   - { name: Paramaribo, timezone: America/Paramaribo, headcount: ${headcount}, champion: Anita, languages: [${languages[0]}] }   # languages: those its people read (default: all the plan's)
  # groups:                         # teams or departments, for phases by group
  #   - { name: ${n.sales[languages[0]!]}, headcount: ${Math.ceil(headcount / 3)}, kind: department }   # a name is one text in every language
${o.people ? `\n${commented(PEOPLE_LINE, 'the roster, one row per person: personal data, never in a public repository')}\n` : ''}
start: ${o.start}                  # first launch day (week 1 = this day and the six after it)

calendar:
  workingDays: [mon, tue, wed, thu, fri]
  holidays: []                      # e.g. - { date: 2027-07-01, name: Keti Koti }

strategy:
  approach: ${strategy.padEnd(24)}# phased | big-bang
  by: group                         # group | location | department | workload

preset: ${o.preset}                 # solo | small | growing | custom (the playbook's timelines)
# phases:                           # leave out to use the preset's phases, or list your own:
#   - { id: early-adopters, name: ${inline(n.earlyAdopters)}, audience: 10-20%, weeks: 2 }
#   - { id: everyone-else, name: ${inline(n.everyoneElse)}, audience: rest, weeks: 2 }

communications:
  announceLead: 2w                  # announcement this long before each group's date
  weeklyUpdates: true
  channels: [${inline(t.channel)}]

training:
  sessionMinutes: 90                # one hands-on group session per phase, 60-90 minutes
  sessionTime: "10:00"
  officeHours: { time: "14:00", minutes: 60 }   # daily in week 1, 3x in week 2, then as needed

# gates:                            # leave out for the defaults: 60% active use of each phase the working day
#                                   # before the next launch (go/no-go: the launch waits for it);
#                                   # 80% active use 4 weeks after each launch;
#                                   # satisfaction >= 7, NPS > 0, tickets not rising (teams above 3 people)
#   - { id: satisfied, phase: ${o.preset === 'custom' ? 'early-adopters' : o.preset === 'growing' ? 'pilot' : o.preset === 'small' ? 'first-half' : 'switch'}, metric: satisfaction, aggregate: mean, op: ">=", threshold: 7, severity: minor }

contingency:                        # what each severity of failing gate leads to
  minor: continue
  major: pause
  critical: rollback

# discovery:                        # the enterprise guide's questions: answer them with your team, in your words;
#                                   # validate lists each one still open. For example:
${Object.entries(discovery).map(([key, text]) => example(key, text)).join('\n')}

# regional:                         # what people do during an internet outage (validate asks for it where a location has poor connectivity)
${example('offlinePlan', t.offlinePlan)}
`;
}

/**
 * Whom people ask: a help desk where the plan's support has one (above SMALL_TEAM people); in a
 * smaller team, which has none, a person, most often the one who plans the rollout, to fill in.
 */
function contactLine(headcount: number, languages: readonly Language[]): string {
  if (headcount > SMALL_TEAM) return `  contact: { name: ${STARTER_HELP_DESK.name[languages.includes('nl') ? 'nl' : 'en']}, email: ${STARTER_HELP_DESK.email} }`;
  const person = STARTER_CONTACT[languages[0] ?? 'en'];
  return commented(`  contact: { name: ${person.name}, email: ${person.email} }`, 'the person people ask (you?): fill in name and email');
}

/** A line with its comment in the starter's comment column, or after it when the line is longer. */
function commented(line: string, comment: string | undefined): string {
  return comment === undefined ? line : `${line.length < 36 ? line.padEnd(36) : `${line}   `}# ${comment}`;
}
