import { shownStatus } from '../../gates/shown-status.js';
import type { GateCheckResult, GateResult } from '../../gates/types.js';
import { ID_NAMES } from '../../plan/display-names.js';
import { rolledBackPartLines, rollbackLines, decisionLine, holdsNothing, verdictTitle, closedGuardLines } from './labels.js';

/**
 * Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold; line
 * breaks become references so that attributes keep them.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/**
 * How every JUnit report of gate-check begins: what tells the last run's report from any other
 * file, which the action and `--force` never replace with one.
 */
export const JUNIT_START = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rollout gate-check" ';

/**
 * The report of a check that stopped on input it cannot use (exit 2): one test case in error with
 * the one-line message, so that a test reporter shows this run as broken, never the last run's
 * verdicts as this run's.
 */
export function renderInputError(message: string): string {
  const totals = 'tests="1" failures="0" errors="1" skipped="0"';
  const text = xmlEscape(message);
  return [
    `${JUNIT_START}${totals}>`,
    `  <testsuite name="gates not checked: input that cannot be used" ${totals}>`,
    '    <testcase classname="rollout.input" name="input">',
    `      <error message="${text}" type="input">${text}</error>`,
    '    </testcase>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/**
 * Where a test reporter files a gate: under the phase it is due by, or, for a gate that reads the
 * whole organization's rows, under a class of its own (GitLab shows the classname as the suite),
 * apart from every phase's, whatever the phases are called.
 */
const gateClass = (g: GateResult): string => (g.scope === 'organization' ? 'rollout.organization' : `rollout.gates.${xmlEscape(g.phase)}`);

/**
 * One testcase per gate: fail is a failure, inconclusive an error, pending skipped. A gate whose
 * verdict holds nothing is skipped with that verdict as its message: one withdrawn with its part
 * rolled back, and a failing or inconclusive gate that is report only or whose contingency is
 * continue. Test widgets (GitHub's test reporter actions, GitLab's) count a failure as a red test
 * and a passed one as met, while a skipped one is neither and shows its message: a run that
 * continues is not red, and a gate below its threshold is not shown as met. A pause or a rollback
 * is one more failing testcase that says why (the switch-off waiting, a pause the plan records):
 * GitLab shows no text of the suite's own, and with no failing gate the run would read as all met.
 * Each message is the element's text as well, which is what GitLab shows; GitHub's reporters take
 * the attribute.
 */
export function renderJunit(result: GateCheckResult): string {
  const skipped = (g: GateResult) => g.withdrawn === true || holdsNothing(g);
  const as = (g: GateResult) => (skipped(g) ? 'pending' : g.status);
  const count = (status: GateResult['status']) => result.gates.filter((g) => as(g) === status).length;
  const decision = decisionLine({ ...result, names: ID_NAMES });
  // A gate whose closed window holds the switch-off says so, with what to write in the plan, on its failure and in the decision.
  const closed = closedGuardLines({ ...result, names: ID_NAMES });
  const closedOf = new Map((result.decommission?.closed ?? []).map((c, i) => [c.gate, `\n${closed[i]!}`]));
  const held = result.decision !== 'continue';
  const totals = `tests="${result.gates.length + Number(held)}" failures="${count('fail') + Number(held)}" errors="${count('inconclusive')}" skipped="${count('pending')}"`;
  const cases = result.gates.map((g) => {
    const open = `    <testcase classname="${gateClass(g)}" name="${xmlEscape(g.id)}">`;
    const message = xmlEscape(`${g.reason}${closedOf.get(g.id) ?? ''}`);
    const status = as(g);
    if (status === 'fail') return `${open}\n      <failure message="${message}" type="${g.severity}">${message}</failure>\n    </testcase>`;
    if (status === 'inconclusive') return `${open}\n      <error message="${message}" type="inconclusive">${message}</error>\n    </testcase>`;
    if (status === 'pending') {
      // A skipped test shows its message alone: it says why it is skipped, as the status does beside a reason elsewhere.
      const title = shownStatus(g) === 'withdrawn' ? 'withdrawn' : !g.withdrawn && holdsNothing(g) ? verdictTitle(g) : undefined;
      const why = title ? xmlEscape(`${title}: ${g.reason}`) : message;
      return `${open}\n      <skipped message="${why}">${why}</skipped>\n    </testcase>`;
    }
    return `${open}\n      <system-out>${message}</system-out>\n    </testcase>`;
  });
  const outcome = xmlEscape([decision, ...closed, ...rolledBackPartLines(result), ...rollbackLines(result)].join('\n'));
  const holding = held
    ? [`    <testcase classname="rollout.decision" name="${result.decision}">`, `      <failure message="${xmlEscape(decision)}" type="${result.decision}">${outcome}</failure>`, '    </testcase>']
    : [];
  return [
    `${JUNIT_START}${totals}>`,
    `  <testsuite name="gates as of ${result.asOf}" ${totals}>`,
    '    <properties>',
    `      <property name="decision" value="${result.decision}"/>`,
    `      <property name="currentPhase" value="${xmlEscape(result.currentPhase ?? '')}"/>`,
    `      <property name="decommissionReady" value="${String(result.decommissionReady)}"/>`,
    '    </properties>',
    ...holding,
    ...cases,
    `    <system-out>${outcome}</system-out>`,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
