/**
 * A hotel group's growing rollout: the IT pilot in Paramaribo, the sales office in Amsterdam, the
 * resort in Willemstad (Curaçao), then everyone else, reception and administration in Paramaribo.
 */
export const HOTEL_BUDDY_PLAN = `version: 1
tool: { name: Google Workspace, replaces: WhatsApp groups, contact: { name: IT-helpdesk, email: helpdesk@zonneveldhotels.sr } }
organization:
  name: Hotelgroep Zonneveld
  headcount: 45
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 25 }
    - { name: Willemstad, timezone: America/Curacao, headcount: 14 }
    - { name: Amsterdam, timezone: Europe/Amsterdam, headcount: 6 }
  groups:
    - { name: IT pilot, headcount: 5, kind: pilot, location: Paramaribo }
    - { name: Sales Amsterdam, headcount: 6, kind: department, location: Amsterdam }
    - { name: Resort Willemstad, headcount: 14, kind: department, location: Willemstad }
    - { name: Receptie, headcount: 12, location: Paramaribo }
    - { name: Administratie, headcount: 8, location: Paramaribo }
start: 2027-03-01
phases:
  - { id: pilot, name: Pilot group, audience: { groups: [IT pilot] }, weeks: 2 }
  - { id: sales, name: Sales Amsterdam, audience: { groups: [Sales Amsterdam] }, weeks: 2 }
  - { id: resort, name: Resort Willemstad, audience: { groups: [Resort Willemstad] }, weeks: 2 }
  - { id: everyone-else, name: Everyone else, audience: rest, weeks: 2 }
training: { buddySystem: true }
`;
