import { Inflate } from 'fflate';

/**
 * Unpacks the wanted entries of a zip, and only those, within limits: a WACZ from elsewhere may be a zip
 * bomb (1.5 MB that inflated to 1.6 GB and ended the CLI with a raw V8 error). Sizes are checked twice:
 * as the central directory declares them, before anything is inflated, and as bytes actually come out of
 * the inflater, which stops at the declared size.
 */

export interface UnzipLimits {
  /** Largest entry, unpacked. */
  maxEntryBytes: number;
  /** All wanted entries together, unpacked. */
  maxTotalBytes: number;
}

export class ZipError extends Error {}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const MiB = 1048576;
const mib = (bytes: number) => `${Math.ceil(bytes / MiB)} MiB`;
/** Compressed bytes handed to the inflater at a time: at most ~1,000 times that comes out per step. */
const CHUNK = 16 * 1024;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function centralDirectory(bytes: Uint8Array): Entry[] {
  const data = view(bytes);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (data.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('not a zip file, or a truncated one (no end of central directory)');
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('ZIP64 archives (over 4 GB or 65,535 entries) are not read');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== 0x02014b50) throw new ZipError('damaged zip: central directory cut short');
    const nameLength = data.getUint16(at + 28, true);
    const next = at + 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    if (next > bytes.length) throw new ZipError('damaged zip: central directory cut short');
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

/** The entry's stored bytes, after its local header. */
function rawData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view(bytes).getUint32(at, true) !== 0x04034b50) throw new ZipError(`damaged zip: no local header for ${entry.name}`);
  const start = at + 30 + view(bytes).getUint16(at + 26, true) + view(bytes).getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipError(`truncated zip: ${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function inflateCounted(data: Uint8Array, entry: Entry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let got = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (got + chunk.length > entry.size) throw new ZipError(`${entry.name} unpacks to more than the ${entry.size} bytes it declares`);
    out.set(chunk, got);
    got += chunk.length;
    ended ||= final;
  });
  try {
    for (let at = 0; at < data.length; at += CHUNK) inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(`damaged zip: ${entry.name} cannot be unpacked (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!ended || got !== entry.size) throw new ZipError(`damaged zip: ${entry.name} unpacks to ${got} bytes, not the ${entry.size} it declares`);
  return out;
}

/** The wanted entries, unpacked; throws ZipError (one line) past a limit or on a damaged zip. */
export function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean, limits: UnzipLimits): Record<string, Uint8Array> {
  const entries = centralDirectory(bytes).filter((entry) => !entry.name.endsWith('/') && wanted(entry.name));
  let total = 0;
  for (const entry of entries) {
    if (entry.size > limits.maxEntryBytes) throw new ZipError(`${entry.name} would unpack to ${mib(entry.size)}; the limit is ${mib(limits.maxEntryBytes)} an entry`);
    total += entry.size;
  }
  if (total > limits.maxTotalBytes) throw new ZipError(`the archive would unpack to ${mib(total)}; the limit is ${mib(limits.maxTotalBytes)}`);
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    const data = rawData(bytes, entry);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipError(`damaged zip: stored entry ${entry.name} has two sizes`);
      files[entry.name] = data;
    } else if (entry.method === 8) {
      files[entry.name] = inflateCounted(data, entry);
    } else {
      throw new ZipError(`${entry.name} uses compression method ${entry.method}, which is not read`);
    }
  }
  return files;
}
