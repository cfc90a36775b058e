import { challenges, objections, strategies } from '../plan/resistance.js';
import type { Plan } from '../plan/resolve.js';
import type { Words } from './i18n.js';
import { escapeXml as esc } from './svg.js';

/**
 * The questions people ask: the objections with answers written from the plan's facts, the
 * challenges to watch for, and what the plan does for each of the playbook's six strategies.
 */
export function questionsSection(plan: Plan, words: Words): string {
  const asked = objections(plan).map((q) => `<dt>“${esc(q.question)}”</dt><dd>${esc(q.answer)}</dd>`);
  const watch = challenges(plan).map((c) => `<dt>${esc(c.challenge)}</dt><dd>${esc(words.helps)} ${esc(c.mitigation)}</dd>`);
  const six = strategies(plan).map(
    (s) => `<li data-strategy="${s.id}"><strong>${esc(s.title)}</strong> ${esc(s.does)}${s.missing ? ` <span class="muted">${esc(words.toAdd)} ${esc(s.missing)}</span>` : ''}</li>`,
  );
  return [
    asked.length ? `<h3>${esc(words.objections)}</h3><dl class="qa">${asked.join('')}</dl>` : '',
    watch.length ? `<h3>${esc(words.challenges)}</h3><dl class="qa">${watch.join('')}</dl>` : '',
    `<h3>${esc(words.strategies)}</h3><ol class="strategies">${six.join('')}</ol>`,
  ].join('');
}
