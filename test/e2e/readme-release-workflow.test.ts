import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

// The README's release workflow for the standalone executables: each job must upload the file
// that `npm run sea` writes on its runner, or the release page misses a platform.
const { seaFile } = (await import(path.join(ROOT, 'scripts', 'sea-target.mjs') as string)) as { seaFile: (target: string) => string };
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const block = [...readme.matchAll(/```yaml\n([^`]*)```/g)].map((m) => m[1]!).find((b) => b.startsWith('name: release executables'));

interface Entry {
  runner: string;
  sea: string;
  file: string;
}
const RUNNER_PLATFORM: Record<string, string> = { 'ubuntu-latest': 'linux-x64', 'macos-latest': 'macos-arm64' };

describe("the README's release workflow", () => {
  const workflow = parse(block ?? '') as { on: { release: { types: string[] } }; jobs: { executable: { strategy: { matrix: { include: Entry[] } }; steps: { run?: string }[] } } };
  const entries = workflow.jobs.executable.strategy.matrix.include;

  it('builds Linux, macOS and Windows executables when a release is published', () => {
    expect(workflow.on.release.types).toEqual(['published']);
    expect(entries.map((e) => path.basename(e.file)).sort()).toEqual(['rollout-linux-x64', 'rollout-macos-arm64', 'rollout-win-x64.exe']);
  });

  it("uploads, from each runner, the file npm run sea writes there", () => {
    for (const entry of entries) {
      const target = /--target (\S+)/.exec(entry.sea)?.[1] ?? RUNNER_PLATFORM[entry.runner];
      expect(target, entry.runner).toBeDefined();
      expect(entry.file).toBe(seaFile(target!).split(path.sep).join('/'));
    }
    const upload = workflow.jobs.executable.steps.find((s) => s.run?.startsWith('gh release upload'))!.run!;
    expect(upload).toContain('"${{ matrix.file }}"');
    expect(upload).toContain('dist/sea/THIRD-PARTY-LICENSES.txt');
  });
});
