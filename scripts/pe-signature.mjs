// A Windows executable's Authenticode signature, the PE format's certificate table, covers the file as
// it was signed: injecting the blob breaks it, and Windows then reports a corrupt signature rather than
// none. Removed first, as `signtool remove /s` does on Windows, the executable is plainly unsigned.

import { Buffer } from 'node:buffer';

const MZ = 0x5a4d;
const PE = 0x00004550;
/** The certificate table is the fifth data directory of the optional header. */
const CERTIFICATES = 4;

/** The bytes of a PE file without its signature: the certificate table emptied, and cut off where it ends the file. */
export function withoutSignature(data) {
  if (data.length < 0x40 || data.readUInt16LE(0) !== MZ) throw new Error('not a Windows executable (no MZ header)');
  const header = data.readUInt32LE(0x3c);
  if (header + 24 > data.length || data.readUInt32LE(header) !== PE) throw new Error('not a Windows executable (no PE header)');
  const optional = header + 24;
  const directories = optional + ({ 0x10b: 96, 0x20b: 112 }[data.readUInt16LE(optional)] ?? NaN);
  if (Number.isNaN(directories)) throw new Error('not a Windows executable (unknown optional header)');
  const entry = directories + CERTIFICATES * 8;
  if (data.readUInt32LE(directories - 4) <= CERTIFICATES || data.readUInt32LE(entry + 4) === 0) return data;
  const offset = data.readUInt32LE(entry);
  const size = data.readUInt32LE(entry + 4);
  // Its offset is in the file, not in memory; it is the file's last part, padded to eight bytes.
  const last = offset + size >= data.length - 8;
  const unsigned = Buffer.from(last ? data.subarray(0, offset) : data);
  unsigned.writeUInt32LE(0, entry);
  unsigned.writeUInt32LE(0, entry + 4);
  return unsigned;
}
