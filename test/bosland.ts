/**
 * Stichting Bosland on Slack, two locations on the Paramaribo clock: Paramaribo from Monday
 * 2027-04-05, Brownsweg from Monday 2027-04-19, after Paramaribo's go/no-go (>= 60, major →
 * pause) due Friday 2027-04-16. `extra` is added at the end of the plan (a rollback).
 */
export const twoLocations = (extra = ''): string => `version: 1
tool: { name: Slack, replaces: WhatsApp groups, contact: { name: ICT helpdesk, email: ict@bosland.sr } }
organization:
  name: Stichting Bosland
  headcount: 20
  languages: [nl, en]
  locations:
    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 10 }
    - { name: Brownsweg, timezone: America/Paramaribo, headcount: 10 }
start: 2027-04-05
strategy: { by: location }
phases:
  - { id: paramaribo, name: Paramaribo, audience: { locations: [Paramaribo] }, weeks: 2 }
  - { id: brownsweg, name: Brownsweg, audience: { locations: [Brownsweg] }, weeks: 2 }
${extra}`;
