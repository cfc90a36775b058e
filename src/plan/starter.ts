import type { ParsedPlan } from './schema.js';

export interface StarterOptions {
  preset: ParsedPlan['preset'];
  start: string;
  name: string;
  headcount?: number;
  schemaPath: string;
}

const HEADCOUNT: Record<ParsedPlan['preset'], number> = { solo: 1, small: 8, growing: 20, custom: 40 };

const APPROACH: Record<ParsedPlan['preset'], string> = {
  solo: 'All at once: switch on day 1, learn and adjust during week 1.',
  small: 'Half the team in week 1, the other half in week 2, full adoption in week 3, old system off in week 4.',
  growing: 'Pilot group, then department by department over two weeks each; old system off in week 9.',
  custom: 'Phased: early adopters, core team, everyone else, then decommission once 80% use the new tool.',
};

/** A commented starting plan for a preset; it validates as written. */
export function starterPlan(o: StarterOptions): string {
  const headcount = o.headcount ?? HEADCOUNT[o.preset];
  const strategy = o.preset === 'solo' ? 'big-bang' : 'phased';
  return `# yaml-language-server: $schema=${o.schemaPath}
# A rollout plan. Check it with \`rollout validate\`; see the dates with \`rollout schedule\`.
version: 1

tool:
  name: Teamchat                    # what you are rolling out
  replaces: email threads           # what it replaces (decommissioned at the end)
  why: decisions get lost in long email threads   # the problem it solves
  benefit: how quickly we share decisions         # for "to improve [benefit]"
  contact: { name: Help Desk, email: helpdesk@example.org }

organization:
  name: ${yamlString(o.name)}
  headcount: ${headcount}
  languages: [en]                   # en, nl: messages are written in each
  # locations:                      # one per site, with its IANA time zone
  #   - { name: Paramaribo, timezone: America/Paramaribo, headcount: 20, champion: Anita }
  # groups:                         # teams or departments, for phases by group
  #   - { name: Sales, headcount: 8, kind: department }

start: ${o.start}                  # first launch day (week 1 = this day and the six after it)

calendar:
  workingDays: [mon, tue, wed, thu, fri]
  holidays: []                      # e.g. - { date: 2027-07-01, name: Keti Koti }

strategy:
  approach: ${strategy.padEnd(24)}# phased | big-bang
  by: group                         # group | location | department | workload

preset: ${o.preset}                 # solo | small | growing | custom (the playbook's timelines)
# phases:                           # leave out to use the preset's phases, or list your own:
#   - { id: early-adopters, name: Early adopters, audience: 10-20%, weeks: 2 }
#   - { id: everyone-else, name: Everyone else, audience: rest, weeks: 2 }

communications:
  announceLead: 2w                  # announcement this long before each group's date
  weeklyUpdates: true
  channels: [email]

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

discovery:                          # the enterprise guide's questions; answer them with your team
  approach: ${yamlString(APPROACH[o.preset])}
  communications: Email from the sponsor, then weekly updates.
  monitoring: Weekly active-use export checked by \`rollout gate-check\`.
  champions: One early adopter per team.
  targetedMessaging: None yet.
  training: One hands-on group session per phase plus office hours.
  selfHelp: Quick start guide and FAQ on the intranet.

regional:
  offlinePlan: Keep working in the old system and enter the data once the connection is back.
`;
}

function yamlString(text: string): string {
  return /^[\w .,()-]+$/.test(text) && !/^[-\d]/.test(text) && !text.includes(': ') ? text : JSON.stringify(text);
}
