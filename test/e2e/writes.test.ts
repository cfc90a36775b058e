import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, example, run, tempDir } from '../helpers.js';

/** A plan of 60 one-week phases in two languages: over 1,000 messages. */
function bigPlan(dir: string): string {
  const phases = 60;
  const file = path.join(dir, 'big.yaml');
  writeFileSync(
    file,
    stringify({
      version: 1,
      tool: { name: 'Teamchat' },
      organization: { name: 'Bench Org', headcount: phases * 10, languages: ['en', 'nl'], locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo' }] },
      start: '2027-01-04',
      phases: [
        ...Array.from({ length: phases }, (_, i) => ({ id: `wave-${i + 1}`, name: `Wave ${i + 1}`, audience: i === phases - 1 ? 'rest' : `${Math.floor(100 / phases)}%`, weeks: 1 })),
        { id: 'decommission', name: 'Switch off email', kind: 'decommission', audience: 'none', weeks: 1 },
      ],
    }),
  );
  return file;
}

const temps = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tmp')) : []);

/**
 * Runs the tool and sends it `signal` as soon as `ready` holds for the output folder: the real
 * binary, a real signal.
 */
function interrupt(args: string[], out: string, ready: (names: string[]) => boolean, signal: NodeJS.Signals) {
  return new Promise<{ status: number | null; stdout: string; stderr: string; sent: boolean }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (!sent && existsSync(out) && ready(readdirSync(out))) {
        sent = true;
        child.kill(signal);
      }
    }, 1);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, stdout, stderr, sent });
    });
  });
}

describe('render-emails stopped by a signal', () => {
  it('while rendering into a new folder: stops, leaves no temporary folder and no folder, exit 130', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'emails');
    const plan = bigPlan(dir);
    // The messages are written in a temporary folder beside the new one, renamed to it once all are in.
    const staging = (names: string[]) => names.filter((n) => /^\.emails\.[0-9a-f]{12}\.tmp$/.test(n));
    const r = await interrupt(['render-emails', '--plan', plan, '--out', out], dir, (names) => staging(names).some((n) => readdirSync(path.join(dir, n)).length > 0), 'SIGINT');
    expect(r.sent).toBe(true);
    expect(r).toMatchObject({ status: 130, stdout: '', stderr: 'rollout: interrupted by SIGINT: nothing was written; no temporary file is left\n' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['big.yaml']);
  });

  it('while rendering into a folder that exists: stops, leaves no temporary file, exit 130', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'emails');
    mkdirSync(out);
    const r = await interrupt(['render-emails', '--plan', bigPlan(dir), '--out', out], out, (names) => names.some((n) => n.endsWith('.tmp')), 'SIGINT');
    expect(r.sent).toBe(true);
    expect(r).toMatchObject({ status: 130, stdout: '', stderr: 'rollout: interrupted by SIGINT: nothing was written; no temporary file is left\n' });
    expect(readdirSync(out)).toEqual([]);
  });

  it('while naming the files in a folder that exists: writes the index of what was written, and a re-run completes', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'emails');
    const plan = bigPlan(dir);
    // Into a new folder the files appear at once (one rename): only a folder that exists gets them one by one.
    mkdirSync(out);
    const stop = () => interrupt(['render-emails', '--plan', plan, '--out', out], out, (names) => names.some((n) => n.endsWith('.md')), 'SIGTERM');
    // Naming takes tens of milliseconds: on a busy machine the signal may come after the last name. Then try again.
    let r = await stop();
    for (let tries = 1; r.status === 0 && tries < 5; tries++) {
      rmSync(out, { recursive: true });
      mkdirSync(out);
      r = await stop();
    }
    expect(r.sent).toBe(true);
    expect(r.status).toBe(130);
    const [, count, total] = /^rollout: interrupted by SIGTERM: wrote (\d+) of (\d+) messages and their index to .*emails; no temporary file is left. Run again to write the rest\n$/.exec(r.stderr) ?? [];
    expect(Number(count)).toBeGreaterThan(0);
    expect(Number(count)).toBeLessThan(Number(total));
    expect(temps(out)).toEqual([]);
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as { messages: { file: string }[]; written: { file: string }[] };
    const messages = readdirSync(out).filter((f) => f.endsWith('.md') && f !== 'index.md').sort();
    expect(messages.length).toBe(Number(count));
    expect(index.messages.map((m) => m.file).sort()).toEqual(messages);
    expect(index.written.map((m) => m.file)).toEqual(messages);
    expect(r.stdout.trimEnd().split('\n').map((f) => path.basename(f)).sort()).toEqual([...messages, 'index.json', 'index.md'].sort());

    const again = run(['render-emails', '--plan', plan, '--out', out]);
    expect(again.stderr.split('\n')[0]).toBe(`wrote ${Number(total) - Number(count)} messages and the index to ${out}: ${Number(total) - Number(count)} new, 0 changed, ${count} unchanged`);
    expect(readdirSync(out).length).toBe(Number(total) + 2);
  });
});

describe('temporary files', () => {
  it('are never left beside a folder given as the output file', () => {
    const dir = tempDir();
    for (const [command, extra] of [
      ['report', []],
      ['schedule', ['--format', 'ics']],
    ] as const) {
      const r = run([command, '--plan', example('enterprise.yaml'), ...extra, '-o', '.', '--force'], { cwd: dir });
      expect(r).toEqual({ status: 2, stdout: '', stderr: 'rollout: . is a folder; give the name of the file to write in it\n' });
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(path.dirname(dir)).filter((f) => f.startsWith(`.${path.basename(dir)}.`))).toEqual([]);
  });

  it('an earlier run left behind are removed by --force, and only those', () => {
    const dir = tempDir();
    const plan = example('solo.yaml');
    expect(run(['render-emails', '--plan', plan, '--out', dir]).status).toBe(0);
    const old = new Date(Date.now() - 3_600_000);
    const mine = ['.index.json.0123456789ab.tmp', '.2026-12-21_switch_announcement.en.md.abcdefabcdef.tmp'];
    for (const f of [...mine, '.notes.md.swp']) {
      writeFileSync(path.join(dir, f), 'partial');
      utimesSync(path.join(dir, f), old, old);
    }
    expect(run(['render-emails', '--plan', plan, '--out', dir, '--force']).status).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual(['.notes.md.swp']);
  });
});

describe('render-emails --force and the files of earlier runs', () => {
  it('removes what an earlier run wrote and this one does not, keeps what was changed since and what it never wrote', () => {
    const dir = tempDir();
    const plan = example('small-team.yaml');
    expect(run(['render-emails', '--plan', plan, '--out', dir]).status).toBe(0);
    const md = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'index.md');
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { written: { file: string; sha256: string; language: string }[] };
    expect(index.written.map((r) => r.file)).toEqual(md.sort());
    expect(index.written.every((r) => /^[0-9a-f]{64}$/.test(r.sha256))).toBe(true);

    const edited = md[3]!;
    writeFileSync(path.join(dir, edited), `${readFileSync(path.join(dir, edited), 'utf8')}\nMy own note.\n`);
    writeFileSync(path.join(dir, 'my-notes.md'), 'mine\n');

    const html = run(['render-emails', '--plan', plan, '--out', dir, '--format', 'html', '--force']);
    expect(html.status).toBe(0);
    expect(html.stderr.split('\n').slice(0, 3)).toEqual([
      // In the plan's first language, Dutch.
      `${md.length} berichten en de index geschreven naar ${dir}: ${md.length} nieuw, 0 gewijzigd, 0 ongewijzigd`,
      `weggehaald: ${md.length - 1} bestanden die een eerdere run schreef en deze niet meer (${md.filter((f) => f !== edited).slice(0, 3).join(', ')} en nog ${md.length - 4})`,
      `rollout: warning: kept 1 file an earlier run wrote, changed since: ${edited}`,
    ]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.md')).sort()).toEqual([edited, 'index.md', 'my-notes.md'].sort());
    const after = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { written: { file: string }[] };
    expect(after.written.map((r) => r.file)).toEqual([...md.map((f) => f.replace(/\.md$/, '.html')), edited].sort());

    // Outside this run's --lang, nothing is removed; the record of it is kept.
    const en = run(['render-emails', '--plan', plan, '--out', dir, '--format', 'txt', '--lang', 'en', '--force']);
    expect(en.stderr).toMatch(/^removed \d+ files an earlier run wrote that this run does not \(.*\.en\.html/m);
    expect(readdirSync(dir).filter((f) => f.endsWith('.en.html'))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.nl.html')).length).toBe(md.length / 2);
    const last = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { written: { file: string }[] };
    expect(last.written.filter((r) => r.file.endsWith('.nl.html')).length).toBe(md.length / 2);
  });

  it('removes nothing when the index is not its own', () => {
    const dir = tempDir();
    const plan = example('solo.yaml');
    expect(run(['render-emails', '--plan', plan, '--out', dir]).status).toBe(0);
    const before = readdirSync(dir).sort();
    writeFileSync(path.join(dir, 'index.json'), '{"written": [{"file": "../outside.md", "sha256": "00"}]}');
    const r = run(['render-emails', '--plan', plan, '--out', dir, '--format', 'txt', '--force']);
    expect(r.stderr).toMatch(/^wrote (\d+) messages and the index to .*: \1 new, 0 changed, 0 unchanged\ndue on [^\n]*\n( {2}[^\n]*\n)*due in the week after[^\n]*\n( {2}[^\n]*\n)*$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.md')).sort()).toEqual(before.filter((f) => f.endsWith('.md')));
  });
});
