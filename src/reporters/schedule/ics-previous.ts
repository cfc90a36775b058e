/**
 * The calendar a new one replaces, as rollout wrote it: each entry's SEQUENCE and content by UID,
 * so that the new file never gives an entry a lower SEQUENCE than calendars already have for it
 * (RFC 5545 3.8.7.4: a calendar applies an update only when its SEQUENCE is higher), and entries
 * it no longer has are cancelled rather than left behind in calendars that imported them.
 */
export interface PreviousEntry {
  sequence: number;
  /** Its content lines as written, UID, SEQUENCE and DTSTAMP left out: what tells a change. */
  body: string;
  cancelled: boolean;
  /** The time zone its times are in, for a VTIMEZONE block when it is carried over. */
  zone?: string;
}

/** RFC 5545's INTEGER: a SEQUENCE above it is no SEQUENCE rollout wrote. */
const MAX_SEQUENCE = 2_147_483_647;

/**
 * The entries of a calendar rollout wrote (its PRODID says so), by UID; undefined for any other
 * text, which is then replaced without being read further.
 */
export function previousCalendar(text: string): Map<string, PreviousEntry> | undefined {
  // Content lines as written: a folded line goes on with a space or a tab (3.1).
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += `\r\n${line}`;
    else lines.push(line);
  }
  if (!lines.slice(0, 4).some((l) => l.startsWith('PRODID:-//rollout//'))) return undefined;
  const unfold = (line: string) => line.replace(/\r\n[ \t]/g, '');
  const out = new Map<string, PreviousEntry>();
  let entry: (PreviousEntry & { uid?: string; lines: string[] }) | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') entry = { sequence: 0, body: '', cancelled: false, lines: [] };
    else if (!entry) continue;
    else if (line === 'END:VEVENT') {
      const { uid, lines: body, ...rest } = entry;
      if (uid !== undefined) out.set(uid, { ...rest, body: body.join('\r\n') });
      entry = undefined;
    } else if (line.startsWith('UID:')) entry.uid = unfold(line).slice(4);
    else if (line.startsWith('SEQUENCE:')) {
      const n = Number(line.slice(9));
      if (Number.isInteger(n) && n >= 0 && n < MAX_SEQUENCE) entry.sequence = n;
    } else if (!line.startsWith('DTSTAMP:')) {
      entry.lines.push(line);
      if (line === 'STATUS:CANCELLED') entry.cancelled = true;
      const zone = line.startsWith('DTSTART;TZID=') ? /^DTSTART;TZID=("?)([^":]*)\1[:;]/.exec(unfold(line))?.[2] : undefined;
      if (zone !== undefined) entry.zone = zone;
    }
  }
  return out;
}
