import type { Plan } from './resolve.js';

/**
 * Who sees to the rollout's checklists: the ongoing owner of communications and resources the
 * enterprise guide asks for, else the plan's contact, else the organization. One answer for the
 * checklists' headers, the message index and the report.
 */
export function checklistOwner(plan: Pick<Plan, 'communications' | 'tool' | 'organization'>): string {
  return plan.communications.owner ?? plan.tool.contact?.name ?? plan.organization.name;
}
