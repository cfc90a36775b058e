import type { GateCheckResult, GateResult } from '../../gates/types.js';
import { ID_NAMES } from '../../plan/display-names.js';
import { rolledBackPartLines, rollbackLines, decisionLine, holdsNothing, verdictTitle } from './labels.js';

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
 * One testcase per gate: fail is a failure, inconclusive an error, pending skipped. A gate whose
 * verdict holds nothing is skipped with that verdict as its message: one withdrawn with its part
 * rolled back, and a failing or inconclusive gate that is report only or whose contingency is
 * continue. Test widgets (GitHub's test reporter actions, GitLab's) count a failure as a red test
 * and a passed one as met, while a skipped one is neither and shows its message: a run that
 * continues is not red, and a gate below its threshold is not shown as met.
 */
export function renderJunit(result: GateCheckResult): string {
  const skipped = (g: GateResult) => g.withdrawn === true || holdsNothing(g);
  const as = (g: GateResult) => (skipped(g) ? 'pending' : g.status);
  const count = (status: GateResult['status']) => result.gates.filter((g) => as(g) === status).length;
  const totals = `tests="${result.gates.length}" failures="${count('fail')}" errors="${count('inconclusive')}" skipped="${count('pending')}"`;
  const cases = result.gates.map((g) => {
    const open = `    <testcase classname="rollout.gates.${xmlEscape(g.phase)}" name="${xmlEscape(g.id)}">`;
    const message = xmlEscape(g.reason);
    const status = as(g);
    if (status === 'fail') return `${open}\n      <failure message="${message}" type="${g.severity}">${message}</failure>\n    </testcase>`;
    if (status === 'inconclusive') return `${open}\n      <error message="${message}" type="inconclusive">${message}</error>\n    </testcase>`;
    if (status === 'pending') return `${open}\n      <skipped message="${!g.withdrawn && holdsNothing(g) ? xmlEscape(`${verdictTitle(g)}: ${g.reason}`) : message}"/>\n    </testcase>`;
    return `${open}\n      <system-out>${message}</system-out>\n    </testcase>`;
  });
  return [
    `${JUNIT_START}${totals}>`,
    `  <testsuite name="gates as of ${result.asOf}" ${totals}>`,
    '    <properties>',
    `      <property name="decision" value="${result.decision}"/>`,
    `      <property name="currentPhase" value="${xmlEscape(result.currentPhase ?? '')}"/>`,
    `      <property name="decommissionReady" value="${String(result.decommissionReady)}"/>`,
    '    </properties>',
    ...cases,
    `    <system-out>${xmlEscape([decisionLine({ ...result, names: ID_NAMES }), ...rolledBackPartLines(result), ...rollbackLines(result)].join('\n'))}</system-out>`,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
