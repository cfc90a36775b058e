export type Node = { [key: string]: unknown; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; allOf?: Node[]; oneOf?: Node[]; $ref?: string; deprecated?: boolean };

/** Every key of the JSON Schema with its path (`phases[].name`) and whether it is marked deprecated. */
export function schemaKeys(root: Node): { path: string; key: string; deprecated: boolean }[] {
  const defs = (root.definitions ?? {}) as Record<string, Node>;
  const out: { path: string; key: string; deprecated: boolean }[] = [];
  const seen = new Set<Node>();
  const walk = (node: Node | undefined, at: string): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (node.$ref) walk(defs[node.$ref.split('/').pop()!], at);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const where = at ? `${at}.${key}` : key;
      out.push({ path: where, key, deprecated: child.deprecated === true });
      walk(child, where);
    }
    walk(node.items, `${at}[]`);
    for (const branch of [...(node.anyOf ?? []), ...(node.allOf ?? []), ...(node.oneOf ?? [])]) walk(branch, at);
  };
  walk(root, '');
  return out;
}
