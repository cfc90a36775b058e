import path from 'node:path';
import { listed } from '../util/lists.js';
import { shown } from './table.js';

/** Who keeps a lock file: Excel (and Word) write `~$name`, LibreOffice `.~lock.name#`. */
const keeper = (file: string): string => (path.basename(file).startsWith('~$') ? 'Excel' : 'LibreOffice');

function described(lockFiles: string[]): string {
  const keepers = [...new Set(lockFiles.map(keeper))].join(' or ');
  const files = listed(lockFiles.map(shown));
  return lockFiles.length === 1
    ? `${files} is the lock file ${keepers} keeps beside a workbook while it is open`
    : `${lockFiles.length} files (${files}) are lock files ${keepers} keeps beside workbooks while they are open`;
}

/** The note for lock files a source's glob matched beside its exports: left out, not read. */
export function lockFilesNote(label: string, lockFiles: string[]): string {
  return `${label}.file: ${described(lockFiles)}, not ${lockFiles.length === 1 ? 'an export' : 'exports'}: left out`;
}

/**
 * The error for a glob that matches lock files alone: the workbook is open, or was saved under a
 * name the glob does not match, and the lock file is all there is to see.
 */
export function onlyLockFilesProblem(pattern: string, label: string, lockFiles: string[]): string {
  return (
    `${JSON.stringify(pattern)} matches no export, only ${lockFiles.length === 1 ? 'a lock file' : 'lock files'}: ${described(lockFiles)}; ` +
    `the workbook may be open, or saved under a name that ${label}.file does not match: save and close it as a file the glob matches, and run again`
  );
}
