import { JSDOM } from 'jsdom';

export interface JunitCase {
  classname: string;
  name: string;
  status: 'passed' | 'failure' | 'error' | 'skipped';
  /** The outcome element's message attribute, which GitHub's test reporters show. */
  message: string | null;
  /** The outcome element's text, which GitLab's test report shows. */
  text: string;
  type: string | null;
}

export interface JunitReport {
  totals: Record<'tests' | 'failures' | 'errors' | 'skipped', number>;
  cases: JunitCase[];
}

/**
 * A JUnit report as a test reporter reads it, through a real XML parser (which throws on a file
 * that is not well-formed, an empty one included); each suite's and the root's counts must agree
 * with the test cases they hold, as GitLab and GitHub's reporters count them from the cases.
 */
export function parseJunit(xml: string): JunitReport {
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  const root = doc.documentElement;
  if (root.tagName !== 'testsuites') throw new Error(`root element ${root.tagName}, not testsuites`);
  const counts = (el: Element) => Object.fromEntries((['tests', 'failures', 'errors', 'skipped'] as const).map((k) => [k, Number(el.getAttribute(k))])) as JunitReport['totals'];
  const cases = [...root.querySelectorAll('testcase')].map((tc): JunitCase => {
    const outcome = tc.querySelector('failure, error, skipped');
    const status = (outcome?.tagName ?? 'passed') as JunitCase['status'];
    return { classname: tc.getAttribute('classname')!, name: tc.getAttribute('name')!, status, message: outcome?.getAttribute('message') ?? null, text: outcome?.textContent ?? '', type: outcome?.getAttribute('type') ?? null };
  });
  const tally = (list: Element[]) => {
    const of = (tag: string) => list.filter((tc) => tc.querySelector(tag) !== null).length;
    return { tests: list.length, failures: of('failure'), errors: of('error'), skipped: of('skipped') };
  };
  for (const suite of [root, ...root.querySelectorAll('testsuite')]) {
    const own = tally([...suite.querySelectorAll('testcase')]);
    if (JSON.stringify(counts(suite)) !== JSON.stringify(own)) throw new Error(`${suite.tagName} counts ${JSON.stringify(counts(suite))}, its test cases ${JSON.stringify(own)}`);
  }
  return { totals: counts(root), cases };
}
