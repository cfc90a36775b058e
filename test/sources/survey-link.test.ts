import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { renderEmails } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { diagnosticLines, example, errorsOf, validPlan } from '../helpers.js';

const survey = { file: 'exports/Teams-enquete.xlsx', kind: 'responses', date: 'Begintijd', metrics: { satisfaction: 'Hoe tevreden*', nps: 'Hoe waarschijnlijk*' } };
const LINK = 'https://forms.office.com/r/Kz7Tevredenheid';

/** The small-team example (default survey gates) reading its survey answers from a Microsoft Forms export. */
function smallTeam(change: Record<string, unknown> = {}, communications: Record<string, unknown> = {}): Record<string, unknown> {
  const plan = parse(readFileSync(example('small-team.yaml'), 'utf8')) as Record<string, unknown>;
  return { ...plan, sources: [survey], communications: { ...(plan.communications as object), ...communications }, ...change };
}

describe('the survey form: communications.surveyLink', () => {
  it('validate hints at a form export while the survey email asks for replies, and not once the plan gives the form', () => {
    const lines = diagnosticLines(smallTeam(), 'survey-link');
    expect(lines).toEqual([expect.stringMatching(/^rollout\.yaml:\d+:\d+: hint sources\[0\]\.kind: this source reads the survey answers from a form's export, but the weekly survey email asks people to reply by email, which the export never holds \(give the form's address as communications\.surveyLink/)]);
    expect(diagnosticLines(smallTeam({}, { surveyLink: LINK }), 'survey-link')).toEqual([]);
    // No survey gate, no survey email: nothing to link.
    expect(diagnosticLines(smallTeam({ gates: [{ id: 'active', phase: 'first-half', metric: 'active_use_pct', threshold: 80 }] }), 'survey-link')).toEqual([]);
  });

  it("gives as example the address of the tool whose export the source reads: Google Forms' download, in English or Dutch, or Microsoft Forms'", () => {
    const hint = (source: Record<string, unknown>) => diagnosticLines(smallTeam({ sources: [{ ...survey, ...source }] }), 'survey-link')[0]!.replace(/^.*\(give/, '(give');
    const google = '(give the form\'s address as communications.surveyLink (e.g. surveyLink: "https://forms.gle/...", the link Google Forms gives under Send): the survey email then links to it)';
    expect(hint({ file: 'exports/Tevredenheid Google Workspace (Antwoorden) - Formulierreacties 1.csv', date: 'Tijdstempel' })).toBe(google);
    expect(hint({ file: 'exports/Teams survey (Responses) - Form Responses 1.csv', date: 'Timestamp' })).toBe(google);
    // Renamed on download, Google's first column still says whose export it is.
    expect(hint({ file: 'exports/enquete-*.csv', date: 'Tijdstempel' })).toBe(google);
    expect(hint({})).toBe('(give the form\'s address as communications.surveyLink (e.g. surveyLink: "https://forms.office.com/r/...", the link Microsoft Forms gives under Collect responses): the survey email then links to it)');
  });

  it('takes a web address only', () => {
    const [error] = errorsOf(smallTeam({}, { surveyLink: 'forms.office.com/r/Kz7' }));
    expect([error?.path, error?.message]).toEqual(['communications.surveyLink', 'expected a web address starting with https://, such as "https://forms.office.com/r/..."']);
    expect(errorsOf(smallTeam({}, { surveyLink: 'javascript:alert(1)' }))).toHaveLength(1);
  });

  it('hints at every form a bilingual plan reads, with one address per language in the shape of each form', () => {
    const google = { file: 'exports/Teams survey (Responses) - Form Responses 1.csv', kind: 'responses', date: 'Timestamp', metrics: { satisfaction: 'How satisfied*' } };
    const bilingual = { organization: { ...(smallTeam().organization as object), languages: ['en', 'nl'] } };
    expect(diagnosticLines(smallTeam({ ...bilingual, sources: [google, survey] }), 'survey-link')).toEqual([
      expect.stringMatching(
        /hint sources\[0\]\.kind: this source and sources\[1\] read the survey answers from 2 forms' exports, .* \(give the forms' addresses as communications\.surveyLink, one per language \(e\.g\. surveyLink: \{ en: "https:\/\/forms\.gle\/\.\.\.", nl: "https:\/\/forms\.office\.com\/r\/\.\.\." \}\): each language's survey email then links to its own form\)$/,
      ),
    ]);
    // A plan in one language can link to one form only: the hint names the others beside it.
    const english = { organization: { ...(smallTeam().organization as object), languages: ['en'] } };
    expect(diagnosticLines(smallTeam({ ...english, sources: [google, survey] }), 'survey-link')).toEqual([expect.stringMatching(/this source reads the survey answers from a form's export \(as sources\[1\] does\), but/)]);
    expect(diagnosticLines(smallTeam({ ...bilingual, sources: [google, survey] }, { surveyLink: { en: LINK, nl: LINK } }), 'survey-link')).toEqual([]);
  });

  it('takes one address per language, each a web address; an email address given per language is said to be one', () => {
    expect(errorsOf(smallTeam({}, { surveyLink: { en: 'https://forms.gle/x', nl: LINK } }))).toEqual([]);
    const [error] = errorsOf(smallTeam({}, { surveyLink: { en: 'https://forms.gle/x', nl: 'forms.office.com/r/Kz7' } }));
    expect([error?.path, error?.message]).toEqual(['communications.surveyLink.nl', 'expected a web address starting with https://, such as "https://forms.office.com/r/..."']);
    const [list] = errorsOf(smallTeam({}, { surveyLink: [LINK] }));
    expect(list?.message).toBe('expected a web address, or one per language: { en: "https://forms.gle/...", nl: "https://forms.office.com/r/..." }');
    const plan = smallTeam();
    const tool = plan.tool as { contact: object };
    const [email] = errorsOf({ ...plan, tool: { ...tool, contact: { ...tool.contact, email: { en: 'it@example.com', nl: 'it@example.com' } } } });
    expect(email?.hint).toBe('an email address is one text for every language: email: "it@example.com"');
  });

  it("links each language's survey email to its own form", async () => {
    const plan = validPlan(smallTeam({ organization: { ...(smallTeam().organization as object), languages: ['nl', 'en'] } }, { surveyLink: { en: 'https://forms.gle/7mKq2XzR9bTfW4nC6', nl: LINK } }));
    const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
    const text = (suffix: string) => String(r.files.find((f) => f.name.endsWith(suffix))?.content);
    expect(text('survey.en.txt')).toContain('fill in the form before Wednesday, January 13: https://forms.gle/7mKq2XzR9bTfW4nC6\n');
    expect(text('survey.nl.txt')).toContain(`vul vóór woensdag 13 januari het formulier in: ${LINK}\n`);
  });

  it('links the survey email to the form, in both languages, instead of asking for a reply', async () => {
    const plan = validPlan(smallTeam({ organization: { ...(smallTeam().organization as object), languages: ['nl', 'en'] } }, { surveyLink: LINK }));
    const r = await renderEmails(plan, buildSchedule(plan), { format: 'txt', templates: await loadTemplates(), languages: ['en', 'nl'] });
    const text = (suffix: string) => String(r.files.find((f) => f.name.endsWith(suffix))?.content);
    expect(text('survey.en.txt')).toContain(`fill in the form before Wednesday, January 13: ${LINK}\n\nWe count the answers`);
    expect(text('survey.nl.txt')).toContain(`vul vóór woensdag 13 januari het formulier in: ${LINK}\n\nWe tellen de antwoorden`);
    expect(text('survey.en.txt')).not.toContain('reply to this email');
  });
});
