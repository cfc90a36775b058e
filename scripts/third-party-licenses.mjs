// A rolldown plugin that writes THIRD-PARTY-LICENSES.txt next to the bundles: the name, version,
// licence and licence text of every package whose code a bundle contains. The bundles carry
// that code, so the package ships the notices its licences ask for and needs no dependencies.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder of the package a bundled file belongs to (nested node_modules included). */
function packageDirOf(file) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const length = parts[at + 1]?.startsWith('@') ? 2 : 1;
  return parts.slice(0, at + 1 + length).join(path.sep);
}

function notice(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const texts = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|notice)/i.test(f))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').trim());
  // A package that declares its licence but ships no text of it: say so, with its author.
  if (texts.length === 0 && typeof pkg.license === 'string') {
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
    texts.push(`The package ships no licence file; its package.json declares the ${pkg.license} licence${author ? `, by ${author}` : ''}.`);
  }
  if (texts.length === 0) throw new Error(`${pkg.name ?? dir} is bundled but has no licence file`);
  return { name: pkg.name, text: `${pkg.name} ${pkg.version} (${pkg.license})\n\n${texts.join('\n\n')}` };
}

export function thirdPartyLicenses() {
  return {
    name: 'third-party-licenses',
    generateBundle(_options, bundle) {
      const dirs = new Set();
      for (const output of Object.values(bundle)) {
        for (const id of output.type === 'chunk' ? output.moduleIds : []) {
          const dir = packageDirOf(id);
          if (dir && existsSync(path.join(dir, 'package.json'))) dirs.add(dir);
        }
      }
      const notices = [...dirs].map(notice).sort((a, b) => a.name.localeCompare(b.name));
      const rule = `\n\n${'-'.repeat(78)}\n\n`;
      const source = `The rollout bundles in this folder contain code from these packages.${rule}${notices.map((n) => n.text).join(rule)}\n`;
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source });
    },
  };
}
