import type { Check } from './checks.js';
import type { Plan } from './resolve.js';
import type { Language } from './schema.js';

/** A sentence that opens on when it applies: "If ...", "During ...", "Valt ...", "Als ...". */
const OPENER = /^(?:if|when|whenever|during|should|in case|valt|als|wanneer|zodra|tijdens|bij|mocht|is)\b/i;
const INTERNET = /\b(?:internet|connection|network|wi-?fi|verbinding|netwerk)\b/i;
/** What the messages put before the offline plan. */
const LEAD_INS: Record<Language, string> = { en: 'If the internet is down:', nl: 'Als het internet uitvalt:' };
/** How many words the opening may take to name the internet: further on it is what to do. */
const OPENING_WORDS = 6;

/** The text without its opening clause, as its first word would start a sentence: what to write instead. */
function withoutOpening(text: string): string | undefined {
  const rest = /^[^,.;:]*,\s*(\S[\s\S]*)$/.exec(text)?.[1];
  return rest === undefined ? undefined : rest[0]!.toUpperCase() + rest.slice(1);
}

/**
 * Every message puts the offline plan after its own "If the internet is down:" ("Als het internet
 * uitvalt:"); a plan that opens on the same condition reads twice ("Als het internet uitvalt: Valt
 * het internet uit, ...").
 */
export function checkOfflinePlanLeadIn(plan: Plan): Check[] {
  const given = plan.raw.regional.offlinePlan;
  if (given === undefined) return [];
  const texts = typeof given === 'string' ? [['', given] as const] : Object.entries(given);
  return texts.flatMap(([lang, text]): Check[] => {
    const opening = text.trim().split(/\s+/).slice(0, OPENING_WORDS).join(' ');
    if (!OPENER.test(opening) || !INTERNET.test(opening)) return [];
    const instead = withoutOpening(text.trim());
    const lead = lang === '' ? Object.values(LEAD_INS).join('" or "') : LEAD_INS[lang as Language];
    return [
      {
        severity: 'hint',
        code: 'offline-plan-lead-in',
        path: lang === '' ? ['regional', 'offlinePlan'] : ['regional', 'offlinePlan', lang],
        message: `this offline plan opens on when it applies, which every message says before it: "${lead} ${opening} ..."`,
        hint: instead === undefined ? 'write only what people do, e.g. "Keep answering customers by phone and log it afterwards."' : `write only what people do: ${JSON.stringify(instead)}`,
      },
    ];
  });
}
