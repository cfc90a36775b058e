import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface FakeGraph {
  /** The folder to put first on PATH: it holds curl. */
  bin: string;
  /** Each URL curl was called with so far, in order. */
  calls: () => string[];
}

/**
 * A curl that answers as Microsoft Graph does for the README's download steps: a token for the
 * tenant, and a SharePoint folder `Rollout` holding the files of `folder` (people.csv, exports/ and
 * its subfolders) under `drive`, listed as Graph lists them and each downloaded from its own URL.
 * A Graph call without the token is refused (401); a file named in `failing` is listed but its
 * download fails (404), as does any other URL, which curl --fail makes exit 22.
 */
export function fakeGraph(dir: string, folder: string, options: { tenant: string; drive: string; failing?: string[] }): FakeGraph {
  const bin = path.join(dir, 'bin');
  const answers = path.join(dir, 'graph');
  mkdirSync(bin);
  mkdirSync(answers);
  const routes: [string, string][] = [];
  const answer = (url: string, body: string) => {
    const file = path.join(answers, `${routes.length}.json`);
    writeFileSync(file, body);
    routes.push([url, file]);
  };
  answer(`https://login.microsoftonline.com/${options.tenant}/oauth2/v2.0/token`, JSON.stringify({ token_type: 'Bearer', access_token: 'T' }));
  routes.push([`${options.drive}/root:/Rollout/people.csv:/content`, path.join(folder, 'people.csv')]);
  let ids = 0;
  const list = (url: string, sub: string) => {
    const items = readdirSync(path.join(folder, sub), { withFileTypes: true }).map((entry) => {
      const id = `item${++ids}`;
      const relative = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) {
        list(`${options.drive}/items/${id}/children`, relative);
        return { name: entry.name, id, folder: { childCount: readdirSync(path.join(folder, relative)).length } };
      }
      const download = `https://download.sharepoint.example/${id}`;
      if (!options.failing?.includes(relative)) routes.push([download, path.join(folder, relative)]);
      return { name: entry.name, id, file: { mimeType: 'text/csv' }, '@microsoft.graph.downloadUrl': download };
    });
    answer(url, JSON.stringify({ value: items }));
  };
  list(`${options.drive}/root:/Rollout/exports:/children`, 'exports');
  writeFileSync(path.join(dir, 'routes.tsv'), routes.map((r) => `${r.join('\t')}\n`).join(''));
  const log = path.join(dir, 'curl.log');
  writeFileSync(log, '');
  const fake = [
    '#!/bin/bash',
    'out=; url=; auth=; dirs=',
    'for ((i=1; i<=$#; i++)); do',
    '  j=$((i+1))',
    '  case "${!i}" in -o) out=${!j} ;; -H) auth=${!j} ;; --create-dirs) dirs=1 ;; https://*) url=${!i} ;; esac',
    'done',
    `echo "$url" >> '${log}'`,
    `case "$url" in '${options.drive}'*) [ "$auth" = "Authorization: Bearer T" ] || { echo "curl: (22) The requested URL returned error: 401" >&2; exit 22; } ;; esac`,
    `file=$(awk -F '\\t' -v u="$url" '$1 == u { print $2 }' '${path.join(dir, 'routes.tsv')}')`,
    '[ -n "$file" ] || { echo "curl: (22) The requested URL returned error: 404" >&2; exit 22; }',
    '[ -n "$out" ] || exec cat "$file"',
    'if [ -n "$dirs" ]; then mkdir -p "$(dirname "$out")"; fi',
    'cp "$file" "$out" 2>/dev/null || { echo "curl: (23) Failure writing output to destination" >&2; exit 23; }',
  ];
  writeFileSync(path.join(bin, 'curl'), `${fake.join('\n')}\n`);
  chmodSync(path.join(bin, 'curl'), 0o755);
  return { bin, calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}
