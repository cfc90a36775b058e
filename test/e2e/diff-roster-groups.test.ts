import { mkdirSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { TJON_FIELD_STAFF, tjonFieldStaff } from '../tjon-partners.js';

/* Tjon & Partners' field staff, at no location in the plan: the roster puts two in Paramaribo and one in Rotterdam. */

interface Listed {
  type: string;
  phase?: string;
  title: string;
}

/** The announcements `rollout diff` (its changes' titles) or `rollout schedule` (its events') lists, in English. */
function announcements(args: string[], dir: string): string[] {
  const r = run([...args, '--format', 'json', '--lang', 'en'], { cwd: dir });
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as { changes?: Listed[]; events?: Listed[] };
  return (out.changes ?? out.events ?? []).filter((c) => c.type === 'announcement').map((c) => `${c.phase}: ${c.title}`);
}

const PLACED = ['paramaribo: Announce Microsoft Teams to Paramaribo; Buitendienst: own message via WhatsApp', 'rotterdam: Announce Microsoft Teams to Rotterdam; Buitendienst: own message via WhatsApp'];

describe('rollout diff with a roster that places a targeted group', () => {
  it('titles the announcements as schedule does, where render-emails writes the group’s own message', () => {
    const dir = tjonFieldStaff();
    writeFileSync(path.join(dir, 'later.yaml'), TJON_FIELD_STAFF.replace('start: 2027-03-08', 'start: 2027-03-15'));
    expect(announcements(['diff', 'rollout.yaml', 'later.yaml'], dir)).toEqual(PLACED);
    expect(announcements(['schedule', '--plan', 'later.yaml'], dir)).toEqual(PLACED);
    const text = run(['diff', 'rollout.yaml', 'later.yaml', '--lang', 'en'], { cwd: dir });
    expect(text.stdout).toMatch(/^ {2}2027-02-22 → 2027-03-01 \+7 days +Announcement paramaribo Announce Microsoft Teams to Paramaribo; Buitendienst: own message via WhatsApp \(start changed/m);
    expect(text.stdout).toMatch(/^ {2}2027-03-08 → 2027-03-15 \+7 days +Announcement rotterdam +Announce Microsoft Teams to Rotterdam; Buitendienst/m);
    // The group's own text goes out on the day diff gives, to the people the roster places there.
    const emails = run(['render-emails', '--plan', 'later.yaml', '--dry-run', '--lang', 'en', '--at', '2027-02-01'], { cwd: dir });
    expect(emails.stdout).toContain('emails/2027-03-15_rotterdam_buitendienst-rotterdam_announcement-text.en.txt\n');
  });

  it('keeps them when the newer version only adds a pause, beside the same roster or a copy of it', () => {
    const dir = tjonFieldStaff();
    writeFileSync(path.join(dir, 'paused.yaml'), `${TJON_FIELD_STAFF}pauses:\n  - { from: 2027-02-15, until: 2027-02-22, reason: vakantie }\n`);
    expect(announcements(['diff', 'rollout.yaml', 'paused.yaml'], dir)).toEqual(PLACED);
    mkdirSync(path.join(dir, 'copy'));
    copyFileSync(path.join(dir, 'paused.yaml'), path.join(dir, 'copy', 'paused.yaml'));
    copyFileSync(path.join(dir, 'people.csv'), path.join(dir, 'copy', 'people.csv'));
    expect(announcements(['diff', 'rollout.yaml', 'copy/paused.yaml'], dir)).toEqual(PLACED);
  });

  it('runs while the roster is not there yet, titling them as schedule does then', () => {
    const dir = tjonFieldStaff();
    rmSync(path.join(dir, 'people.csv'));
    writeFileSync(path.join(dir, 'later.yaml'), TJON_FIELD_STAFF.replace('start: 2027-03-08', 'start: 2027-03-15'));
    expect(run(['diff', 'rollout.yaml', 'later.yaml'], { cwd: dir }).status).toBe(1);
    const unplaced = ['paramaribo: Announce Microsoft Teams to Paramaribo', 'rotterdam: Announce Microsoft Teams to Rotterdam'];
    expect(announcements(['diff', 'rollout.yaml', 'later.yaml'], dir)).toEqual(unplaced);
    expect(announcements(['schedule', '--plan', 'later.yaml'], dir)).toEqual(unplaced);
  });
});
