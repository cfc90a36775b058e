import { createHash } from 'node:crypto';

/** Lower-case ASCII words of a name joined by dashes, for the readable part of an identifier. */
export function readableId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short hex digest of a value, which tells apart names whose readable parts are alike. */
export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
