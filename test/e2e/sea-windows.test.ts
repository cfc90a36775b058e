import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

type Unsign = (data: Buffer) => Buffer;
const script = path.join(ROOT, 'scripts', 'pe-signature.mjs');
const { withoutSignature } = (await import(script as string)) as { withoutSignature: Unsign };

/** The headers of a PE file as Windows executables have them, with `signature` appended as its certificate table. */
function fakePe(optionalMagic: 0x10b | 0x20b, signature?: Buffer): Buffer {
  const header = 0x80;
  const optional = header + 24;
  const directories = optional + (optionalMagic === 0x20b ? 112 : 96);
  const size = directories + 16 * 8 + 64;
  const pe = Buffer.alloc(size + (signature?.length ?? 0));
  pe.write('MZ', 0, 'latin1');
  pe.writeUInt32LE(header, 0x3c);
  pe.write('PE\0\0', header, 'latin1');
  pe.writeUInt16LE(optionalMagic, optional);
  pe.writeUInt32LE(16, directories - 4);
  pe.write('the sections', directories + 16 * 8, 'latin1');
  if (signature) {
    signature.copy(pe, size);
    pe.writeUInt32LE(size, directories + 4 * 8);
    pe.writeUInt32LE(signature.length, directories + 4 * 8 + 4);
  }
  return pe;
}

describe('the Windows executable, built on any platform', () => {
  it('is unsigned before the blob goes in: the certificate table is emptied and cut off', () => {
    for (const magic of [0x20b, 0x10b] as const) {
      const unsigned = fakePe(magic);
      const signed = fakePe(magic, Buffer.from('a certificate, padded to 8'));
      const stripped = withoutSignature(signed);
      expect(stripped).toEqual(unsigned);
      expect(withoutSignature(unsigned)).toBe(unsigned);
    }
    // A Linux binary's first bytes.
    expect(() => withoutSignature(Buffer.concat([Buffer.from('\x7fELF', 'latin1'), Buffer.alloc(4092)]))).toThrow(/not a Windows executable \(no MZ header\)/);
  });

  it('is refused for a platform it cannot be built for from here', () => {
    // A platform Node never runs on, so never this machine's: a host target would be built, not refused.
    const r = spawnSync(process.execPath, ['scripts/sea.mjs', '--target', 'plan9-mips'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--target must be [\w-]+ or win-x64, not "plan9-mips"/);
  });
});

// Fetches Node's node.exe (about 30 MB) from the registry and builds a 75 MB file: run it with
// ROLLOUT_TEST_WIN_SEA=1 after `npm run build`. The file cannot run here; what is checked is what
// Windows reads: the blob as the NODE_SEA_BLOB resource, the fuse flipped, no broken signature.
describe.skipIf(!process.env.ROLLOUT_TEST_WIN_SEA)('npm run sea -- --target win-x64 (opt-in: ROLLOUT_TEST_WIN_SEA=1)', () => {
  it('injects the blob into the node.exe of the same Node version', () => {
    const built = spawnSync(process.execPath, ['scripts/sea.mjs', '--target', 'win-x64'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_V8_COVERAGE: '' } });
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^built dist\/sea\/rollout-win-x64\.exe: \d+\.\d MB, Node v[\d.]+ \(unsigned: Windows SmartScreen warns before its first run\)\n$/);
    const exe = readFileSync(path.join(ROOT, 'dist', 'sea', 'rollout-win-x64.exe'));
    const blob = readFileSync(path.join(ROOT, 'dist', 'sea', 'sea-prep.blob'));
    expect(exe.subarray(0, 2).toString('latin1')).toBe('MZ');
    expect(exe.subarray(exe.readUInt32LE(0x3c), exe.readUInt32LE(0x3c) + 4).toString('latin1')).toBe('PE\0\0');
    expect(exe.includes('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1')).toBe(true);
    expect(exe.includes(Buffer.from('NODE_SEA_BLOB', 'utf16le'))).toBe(true);
    expect(exe.includes(blob)).toBe(true);
    expect(withoutSignature(exe)).toBe(exe);
    // V8's compiled code runs only where it was compiled: none goes to another platform.
    const config = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'sea', 'sea-config.json'), 'utf8')) as { useCodeCache: boolean; assets: Record<string, string> };
    expect(config.useCodeCache).toBe(false);
    expect(Object.keys(config.assets).filter((name) => name.startsWith('cache/'))).toEqual([]);
    expect(Object.keys(config.assets)).toContain('dist/cli.cjs');
  }, 300_000);
});
