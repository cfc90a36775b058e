import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Scalar } from 'yaml';
import type { Position } from '../util/errors.js';

export type PlanPath = readonly (string | number)[];

/** `phases[2].weeks` for ['phases', 2, 'weeks']. */
export function formatPath(path: PlanPath): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

/**
 * Finds where a path sits in the YAML source; `key: true` points at the key rather than its value.
 * A top-level key the plan leaves out is found where the source has it commented out (the
 * `# discovery:` block `rollout init` writes), else at the start of the plan.
 */
export class SourceMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly text?: string,
  ) {}

  position(path: PlanPath, key = false): Position | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const at = path.slice(0, depth);
      const offset = (depth === 0 ? this.commentedOffset(path) : undefined) ?? (key && depth === path.length ? this.keyOffset(at) : this.valueOffset(at));
      if (offset === undefined) continue;
      const { line, col } = this.lines.linePos(offset);
      return { line, column: col };
    }
    return undefined;
  }

  /** The plain value at a path: scalars as they are, {} for a mapping, [] for a list. */
  value(path: PlanPath): unknown {
    const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    if (isScalar(node)) return node.value;
    if (isMap(node)) return {};
    if (isSeq(node)) return [];
    return undefined;
  }

  /**
   * When the key at `path` has no value and sits in a `{ ... }` map after another key's text: the
   * text it was cut from, as `key: text` ended by a comma (`{ en: Email, then updates. }`).
   */
  textCutByComma(path: PlanPath): { key: string; text: string } | undefined {
    const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent) || !parent.flow) return undefined;
    const items = parent.items;
    const cut = (i: number) => {
      const pair = items[i];
      return pair !== undefined && isScalar(pair.key) && (pair.value === null || (isScalar(pair.value) && pair.value.value === null));
    };
    const at = items.findIndex((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
    if (!cut(at)) return undefined;
    // Every comma of the text cut off a key: the text runs from the last key with a value to the next one.
    let first = at;
    while (cut(first - 1)) first--;
    let last = at;
    while (cut(last + 1)) last++;
    const head = items[first - 1];
    if (!head || !isScalar(head.key) || !isScalar(head.value)) return undefined;
    const pieces = items.slice(first, last + 1).map((p) => String((p.key as Scalar).value));
    return { key: String(head.key.value), text: [String(head.value.value), ...pieces].join(', ') };
  }

  /**
   * Where a left-out top-level key is written as a comment at the start of a line (`# discovery:`),
   * and the keys under it in the comment lines that follow (`#   approach: ...`): the deepest found.
   */
  private commentedOffset(path: PlanPath): number | undefined {
    if (this.text === undefined || typeof path[0] !== 'string') return undefined;
    const lines = this.text.split('\n');
    const head = lines.findIndex((l) => new RegExp(`^#\\s*${path[0]}:`).test(l));
    if (head < 0) return undefined;
    const start = (i: number) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
    let offset = start(head) + lines[head]!.indexOf(path[0]);
    const next = path[1];
    if (typeof next === 'string') {
      for (let i = head + 1; i < lines.length && lines[i]!.startsWith('#'); i++) {
        const sub = new RegExp(`^#\\s+${next}:`).exec(lines[i]!);
        if (sub) {
          offset = start(i) + sub[0].length - next.length - 1;
          break;
        }
      }
    }
    return offset;
  }

  private valueOffset(path: PlanPath): number | undefined {
    const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    return isNode(node) && node.range ? node.range[0] : undefined;
  }

  private keyOffset(path: PlanPath): number | undefined {
    if (path.length === 0) return undefined;
    const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return this.valueOffset(path);
    const name = path[path.length - 1];
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === name);
    return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
  }
}
