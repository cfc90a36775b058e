import { SMALL_TEAM } from './fit.js';
import { localize } from './localize.js';
import { DEFAULT_SUPPORT, type Language, type Localized, type ParsedPlan } from './schema.js';

/**
 * What a team of 10 or fewer without `support:` gets: the playbook's tiers less IT/admin, which a
 * firm of ten in one room does not have. Its internal support (the champions, office hours, the
 * chat channel) takes the configuration changes too, and the vendor the hard technical issues.
 */
const SMALL_TEAM_SUPPORT = {
  tiers: [
    { tier: 1, name: 'Self-service', channels: [], handles: ['Documentation', 'Video tutorials', 'FAQ'] },
    { tier: 2, name: 'Internal support', channels: [], handles: ['Champion from each phase', 'Office hours', 'Quick questions in the chat channel', 'Configuration changes'] },
    { tier: 4, name: 'Vendor support', channels: [], handles: ['Complex technical issues', 'Software bugs', 'Platform issues', 'Feature questions'] },
  ],
  escalation: [1, 2, 4],
};

export type Support = NonNullable<Localized<ParsedPlan>['support']> & {
  /** Whether there is a help desk to brief: not with a small team's default support. */
  helpDesk: boolean;
};

/**
 * The plan's `support:` as written; without one, the playbook's four tiers, or a small team's
 * three: for 10 people or fewer, and for a plan on the solo or small preset, which is for teams
 * with no IT department or help desk of their own, whatever their headcount.
 */
export function supportOf(parsed: Pick<Localized<ParsedPlan>, 'support' | 'organization' | 'preset'>, lang: Language): Support {
  if (parsed.support) return { ...parsed.support, helpDesk: true };
  const smallTeam = parsed.organization.headcount <= SMALL_TEAM || parsed.preset === 'solo' || parsed.preset === 'small';
  if (!smallTeam) return { ...localize(DEFAULT_SUPPORT, lang, []), helpDesk: true };
  return { ...SMALL_TEAM_SUPPORT, helpDesk: false };
}
