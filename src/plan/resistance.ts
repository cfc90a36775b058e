import { parseDuration } from '../util/dates.js';
import { withFullStop } from '../util/full-stop.js';
import { word } from './builtin-text.js';
import { midSentence } from './condition-text.js';
import type { Plan } from './resolve.js';
import type { Language } from './schema.js';
import { isSurveyGate } from './success-gates.js';

/**
 * Managing resistance, as the playbook teaches it: common objections answered from the plan's
 * own facts, and its six strategies, each tied to what this plan does for it (or what it lacks).
 * The report's "questions people ask" and the weekly updates both read from here.
 */

export const STRATEGIES = ['early-communication', 'explain-why', 'quick-wins', 'excellent-support', 'celebrate-adopters', 'listen-to-feedback'] as const;
export type StrategyId = (typeof STRATEGIES)[number];

export interface Strategy {
  id: StrategyId;
  /** The playbook's name for it: `Early communication - no surprises`. */
  title: string;
  /** What this plan does for it, in one sentence. */
  does: string;
  /** What the plan would need to do it fully; absent when nothing is missing. */
  missing?: string;
}

export interface Question {
  question: string;
  answer: string;
}

/** Facts an answer may be written from; support in the order people escalate. */
interface Facts {
  minutes: number;
  why: string | undefined;
  /** The support tiers in escalation order, in the plan's language, each name as it reads mid-sentence, with its own channels. */
  tiers: { name: string; channels: string[] }[];
}

type Sentences = {
  objections: (f: Facts) => Question[];
  titles: Record<StrategyId, string>;
  early: (announce: string, remind: string) => string;
  why: (why: string) => string;
  noWhy: string;
  addWhy: string;
  wins: (results: string | undefined) => string;
  addResults: string;
  support: (path: string, channels: string[], firstWeek: string, secondWeek: number) => string;
  celebrate: (names: string[], buddies: boolean) => string;
  addChampions: string;
  /** What the weekly survey's gates do when their metric falls short, as the plan sets them; none without such gates. */
  listen: (shortfalls: Shortfall[]) => string;
  addSurveyGate: string;
  lead: (days: number) => string;
};

/** A survey gate's metric and what falling short of it does: its severity's contingency, nothing when it guards nothing. */
interface Shortfall {
  metric: string;
  effect: 'report' | 'continue' | 'pause' | 'rollback';
}

const list = (items: string[], and: string): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

/** Where to ask, as the messages' support line says it: ": first self-service (the guide), then ICT (ict@...)". */
const helpPath = (tiers: Facts['tiers'], first: string, then: string, and: string): string =>
  tiers.length ? `: ${tiers.map((t, i) => `${i === 0 ? first : then} ${t.name}${where(t, and)}`).join(', ')}` : '';

/** A tier's channels in brackets, leaving out one that only repeats its name ("wiki (wiki)"). */
const where = (tier: Facts['tiers'][number], and: string): string => {
  const channels = tier.channels.filter((c) => c.toLowerCase() !== tier.name.toLowerCase());
  return channels.length ? ` (${list(channels, and)})` : '';
};

const EN: Sentences = {
  objections: ({ minutes, why, tiers }) => [
    { question: "I don't have time to learn this", answer: `Training takes ${minutes} minutes, and you'll save time every week once learned.` },
    { question: 'The old way worked fine', answer: why ? `The old way is good, but ${why}; that is what the new tool is for.` : 'The old way is good, but the new tool is meant to take away its biggest pain point.' },
    {
      question: 'This seems complicated',
      answer: `Every new tool feels that way at first. Give it a fair try; when you get stuck, ask for help${helpPath(tiers, 'first', 'then', 'and')}.`,
    },
    { question: 'Why are we changing?', answer: why ? `Because ${why}; that is what the new tool is for.` : 'The problem costs us time and money; the new tool is meant to take it away.' },
  ],
  titles: {
    'early-communication': 'Early communication: no surprises',
    'explain-why': "Explain the 'why': don't just mandate",
    'quick-wins': 'Show quick wins: immediate benefits',
    'excellent-support': 'Provide excellent support: make it easy',
    'celebrate-adopters': 'Celebrate adopters: positive reinforcement',
    'listen-to-feedback': 'Listen to feedback: adjust if needed',
  },
  early: (announce, remind) => `Every group hears of its start ${announce} ahead, with a reminder ${remind} before.`,
  why: (why) => `Every announcement says why: ${why}`,
  noWhy: 'Announcements cannot say why yet.',
  addWhy: 'Write the problem the tool solves under tool.why.',
  wins: (results) => `${results ? `The pilot's results go out with the first announcements: ${withFullStop(results)} ` : ''}Quick wins are written down on each launch day and shared in the weekly update.`,
  addResults: 'Write what the pilot showed under tool.pilotResults.',
  support: (path, channels, firstWeek, secondWeek) =>
    `Help goes ${path}${channels.length ? `, through ${list(channels, 'and')}` : ''}; office hours ${firstWeek} in a group's first week and ${secondWeek}× in its second.`,
  celebrate: (names, buddies) => `${names.length ? `${names.length === 1 ? `Champion ${names[0]} is` : `Champions ${list(names, 'and')} are`} thanked by name in the week after the rollout` : 'Champions and early adopters are thanked in the week after the rollout'}${buddies ? ', and early adopters become buddies of the groups after them' : ''}.`,
  addChampions: 'Name the champions under champions, one per location.',
  listen: (shortfalls) => {
    if (shortfalls.length === 0) return "Feedback is collected in each group's first week.";
    const does = { report: 'it is reported and decides nothing', continue: 'it is reported and the rollout continues', pause: 'the rollout pauses to adjust', rollback: 'the rollout rolls back' };
    return `A satisfaction survey goes out every week. ${shortfalls.map((s) => `When ${s.metric} falls short, ${does[s.effect]}.`).join(' ')}`;
  },
  addSurveyGate: 'Add a gate on satisfaction or NPS, so that feedback can pause the rollout.',
  lead: (days) => (days % 7 === 0 ? `${days / 7} week${days === 7 ? '' : 's'}` : `${days} day${days === 1 ? '' : 's'}`),
};

const NL: Sentences = {
  objections: ({ minutes, why, tiers }) => [
    { question: 'Ik heb geen tijd om dit te leren', answer: `De training duurt ${minutes} minuten, en daarna bespaar je elke week tijd.` },
    { question: 'De oude manier werkte toch prima', answer: why ? `De oude manier is goed, maar ${why}; daarvoor is het nieuwe systeem bedoeld.` : 'De oude manier is goed, maar het nieuwe systeem is bedoeld om het grootste knelpunt weg te nemen.' },
    {
      question: 'Dit lijkt ingewikkeld',
      answer: `Elk nieuw systeem voelt in het begin zo. Geef het een eerlijke kans; loop je vast, vraag dan om hulp${helpPath(tiers, 'eerst', 'daarna', 'en')}.`,
    },
    { question: 'Waarom veranderen we?', answer: why ? `Omdat er iets beter moet: ${withFullStop(why)} Daarvoor is het nieuwe systeem bedoeld.` : 'Het probleem kost ons tijd en geld; het nieuwe systeem is bedoeld om het weg te nemen.' },
  ],
  titles: {
    'early-communication': 'Vroeg communiceren: geen verrassingen',
    'explain-why': 'Uitleggen waarom: niet alleen opleggen',
    'quick-wins': 'Snelle successen laten zien: direct voordeel',
    'excellent-support': 'Uitstekende ondersteuning: maak het makkelijk',
    'celebrate-adopters': 'Koplopers in het zonnetje zetten: positieve aanmoediging',
    'listen-to-feedback': 'Naar feedback luisteren: bijsturen waar nodig',
  },
  early: (announce, remind) => `Elke groep hoort ${announce} van tevoren dat ze begint, met ${remind} vooraf een herinnering.`,
  why: (why) => `Elke aankondiging zegt waarom: ${why}`,
  noWhy: 'De aankondigingen kunnen nog niet zeggen waarom.',
  addWhy: 'Schrijf onder tool.why welk probleem het systeem oplost.',
  wins: (results) => `${results ? `De resultaten van de pilot gaan mee met de eerste aankondigingen: ${withFullStop(results)} ` : ''}Snelle successen worden op elke startdag opgeschreven en in de wekelijkse update gedeeld.`,
  addResults: 'Schrijf onder tool.pilotResults wat de pilot liet zien.',
  support: (path, channels, firstWeek, secondWeek) =>
    `Hulp loopt via ${path}${channels.length ? `, bereikbaar via ${list(channels, 'en')}` : ''}; spreekuur ${firstWeek} in de eerste week van een groep en ${secondWeek}× in de tweede.`,
  celebrate: (names, buddies) => `${names.length ? `${names.length === 1 ? `Ambassadeur ${names[0]} wordt` : `Ambassadeurs ${list(names, 'en')} worden`} in de week na de invoering bij naam bedankt` : 'Ambassadeurs en koplopers worden in de week na de invoering bedankt'}${buddies ? ', en de koplopers worden buddy van de groepen na hen' : ''}.`,
  addChampions: 'Noem de ambassadeurs onder champions, één per vestiging.',
  listen: (shortfalls) => {
    if (shortfalls.length === 0) return 'In de eerste week van elke groep wordt feedback verzameld.';
    const does = { report: 'wordt dat gemeld, zonder gevolg voor de planning', continue: 'wordt dat gemeld en gaat de invoering door', pause: 'pauzeert de invoering om bij te sturen', rollback: 'wordt de invoering teruggedraaid' };
    return `Elke week gaat er een tevredenheidspeiling uit. ${shortfalls.map((s) => `Blijft ${s.metric} achter, dan ${does[s.effect]}.`).join(' ')}`;
  },
  addSurveyGate: 'Voeg een toetsmoment op tevredenheid of NPS toe, zodat feedback de invoering kan pauzeren.',
  lead: (days) => (days % 7 === 0 ? `${days / 7} ${days === 7 ? 'week' : 'weken'}` : `${days} ${days === 1 ? 'dag' : 'dagen'}`),
};

const SENTENCES: Record<Language, Sentences> = { en: EN, nl: NL };

/** The support tiers in the order people escalate; tiers the order leaves out come last. */
export function tiersInEscalationOrder<T extends { tier: number }>(support: { tiers: T[]; escalation: number[] }): T[] {
  const { tiers, escalation } = support;
  return escalation.flatMap((n) => tiers.filter((t) => t.tier === n)).concat(tiers.filter((t) => !escalation.includes(t.tier)));
}

/** The names of the tiers people escalate through, in order, in `lang`. */
export function escalationPath(plan: Pick<Plan, 'support'>, lang: Language): string[] {
  const { tiers, escalation } = plan.support;
  return escalation.flatMap((n) => tiers.filter((t) => t.tier === n).map((t) => word(t.name, lang)));
}

/** Where people ask for help: the support tiers' channels, never the announcement channels. */
export function supportChannels(plan: Pick<Plan, 'support'>, lang: Language): string[] {
  return [...new Set(plan.support.tiers.flatMap((t) => t.channels.map((c) => word(c, lang))))];
}

/**
 * The playbook's four common objections, answered from the plan: its session length, why, support
 * and escalation. A tier's name starting with one of the plan's `names` keeps its capital.
 */
export function defaultObjections(plan: Pick<Plan, 'support' | 'training' | 'tool'>, lang: Language, names?: ReadonlySet<string>): Question[] {
  const tiers = tiersInEscalationOrder(plan.support).map((t) => ({ name: midSentence(word(t.name, lang), names), channels: t.channels.map((c) => word(c, lang)) }));
  return SENTENCES[lang].objections({ minutes: plan.training.sessionMinutes, why: plan.tool.why, tiers });
}

/** The objections people raise and their answers: the plan's own, else the defaults. */
export function objections(plan: Plan, lang: Language = plan.language): Question[] {
  return plan.resistance.map((r) => ({ question: word(r.objection, lang), answer: word(r.response, lang) }));
}

/** The plan's common challenges, as what to watch for and what helps. */
export function challenges(plan: Plan, lang: Language = plan.language): { challenge: string; mitigation: string }[] {
  return plan.challenges.map((c) => ({ challenge: word(c.challenge, lang), mitigation: word(c.mitigation, lang) }));
}

/** The six strategies, each with what this plan does for it and, where the plan falls short, what to add. */
export function strategies(plan: Plan, lang: Language = plan.language): Strategy[] {
  const s = SENTENCES[lang];
  const { communications: c, training: t, tool } = plan;
  const names = [...new Set([...plan.champions.map((x) => x.name), ...plan.organization.locations.flatMap((l) => (l.champion ? [l.champion] : []))])];
  const surveyGates = plan.gates.filter((g) => isSurveyGate(plan, g));
  const shortfalls = new Map(
    surveyGates.map((g): [string, Shortfall] => {
      const metric = g.aggregate === 'nps' ? 'NPS' : word(plan.metrics.find((m) => m.name === g.metric)?.label ?? g.metric, lang);
      const effect = g.guards === 'none' ? 'report' : plan.contingency[g.severity];
      return [`${metric}|${effect}`, { metric, effect }];
    }),
  );
  const firstWeek = lang === 'nl' ? 'dagelijks' : 'daily';
  const make = (id: StrategyId, does: string, missing?: string | false): Strategy => ({ id, title: s.titles[id], does, ...(missing ? { missing } : {}) });
  return [
    make('early-communication', s.early(s.lead(parseDuration(c.announceLead)), s.lead(parseDuration(c.reminderLead)))),
    make('explain-why', tool.why ? withFullStop(s.why(tool.why)) : s.noWhy, !tool.why && s.addWhy),
    make('quick-wins', s.wins(tool.pilotResults), !tool.pilotResults && s.addResults),
    make('excellent-support', s.support(escalationPath(plan, lang).join(' → '), supportChannels(plan, lang), firstWeek, t.officeHours.secondWeekPerWeek)),
    make('celebrate-adopters', s.celebrate(names, t.buddySystem), names.length === 0 && s.addChampions),
    make('listen-to-feedback', s.listen([...shortfalls.values()]), surveyGates.length === 0 && s.addSurveyGate),
  ];
}
