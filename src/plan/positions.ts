import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Scalar } from 'yaml';
import type { Position } from '../util/errors.js';

export type PlanPath = readonly (string | number)[];

/** `phases[2].weeks` for ['phases', 2, 'weeks']. */
export function formatPath(path: PlanPath): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

/** Finds where a path sits in the YAML source; `key: true` points at the key rather than its value. */
export class SourceMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  position(path: PlanPath, key = false): Position | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const at = path.slice(0, depth);
      const offset = key && depth === path.length ? this.keyOffset(at) : this.valueOffset(at);
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
