/**
 * Three phases by group: Kantoor and Verkoop in Paramaribo (Dutch and English), then the branch
 * in Nieuw Nickerie (Dutch only). The roster marks Verkoop as reading English only.
 */
export const BUDDY_PLAN = `version: 1
tool: { name: Microsoft Teams, replaces: email, contact: { name: IT, email: it@example.sr } }
organization:
  name: Example BV
  headcount: 9
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 6, champion: Anita }
    - { name: Nieuw Nickerie, timezone: America/Paramaribo, headcount: 3, champion: Rachel, languages: [nl] }
  groups:
    - { name: Kantoor, headcount: 3, location: Paramaribo }
    - { name: Verkoop, headcount: 3, location: Paramaribo }
    - { name: Filiaal, headcount: 3, location: Nieuw Nickerie }
people: { file: people.csv, columns: { person: Email, group: Group, location: Location, language: Language } }
start: 2027-03-01
phases:
  - { id: kantoor, name: Kantoor, audience: { groups: [Kantoor] }, weeks: 2 }
  - { id: verkoop, name: Verkoop, audience: { groups: [Verkoop] }, weeks: 2 }
  - { id: filiaal, name: Filiaal, audience: { groups: [Filiaal] }, weeks: 2 }
training: { buddySystem: true }
`;

/** The roster: Kantoor reads Dutch (one of them as Paramaribo does), Verkoop English, the branch as its location. */
export const BUDDY_ROSTER = `Email,Group,Location,Language
k1@x.sr,Kantoor,Paramaribo,nl
k2@x.sr,Kantoor,Paramaribo,nl
k3@x.sr,Kantoor,Paramaribo,
v1@x.sr,Verkoop,Paramaribo,en
v2@x.sr,Verkoop,Paramaribo,en
v3@x.sr,Verkoop,Paramaribo,en
f1@x.sr,Filiaal,Nieuw Nickerie,
f2@x.sr,Filiaal,Nieuw Nickerie,
f3@x.sr,Filiaal,Nieuw Nickerie,
`;
