/** The pilot's go/no-go, due Friday 12 March before Kantoor's launch on Monday 15 March, at 33.3 against 60. */
export const PLAN = `version: 1
tool: { name: Microsoft Teams, replaces: email, contact: { name: IT, email: it@example.sr } }
organization:
  name: Example BV
  headcount: 12
  languages: [nl, en]
  locations: [ { name: Paramaribo, timezone: America/Paramaribo, champion: Anita } ]
  groups:
    - { name: IT pilot, headcount: 3, kind: pilot }
    - { name: Kantoor, headcount: 9, kind: department }
start: 2027-03-01
phases:
  - { id: pilot, name: IT pilot, audience: { groups: [IT pilot] }, weeks: 2 }
  - { id: kantoor, name: Kantoor, audience: { groups: [Kantoor] }, weeks: 2 }
metricsImport: { columns: { date: date, metric: metric, value: value, phase: phase } }
gates:
  - { id: pilot-go-no-go, phase: pilot, metric: active_use_pct, threshold: 60, due: day-before, guards: next, severity: major }
pauses:
`;

/** The pause of Kantoor's launch, from that Monday, open. */
export const OPEN = '  - { from: 2027-03-15, reason: { nl: pilot te weinig gebruikt, en: the pilot uses Teams too little }, only: { phase: kantoor } }\n';
/** The same pause, with its end. */
export const ENDED = '  - { from: 2027-03-15, until: 2027-03-29, reason: { nl: pilot te weinig gebruikt, en: the pilot uses Teams too little }, only: { phase: kantoor } }\n';
