// The standing adversarial corpus (issue 13): inputs that once hung Flagpost or blew its memory, and the
// fuzzers' classics. Each case writes its files into a folder and says how to run `flagpost analyze` on
// them; tests/unit/hostile/ asserts bounded results, scripts/bench-hostile.ts prints time and peak memory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, zipSync } from 'fflate';

export interface HostileCase {
  name: string;
  /** What the input is, in a few words. */
  what: string;
  /**
   * Writes the case's files under `dir` (its own, empty) and returns the arguments after `analyze`. `scale`
   * shrinks the big inputs (the unit tests use a twentieth; the bench the full size the issue measured).
   */
  make(dir: string, scale?: number): string[];
  /** How the CLI may end: with analyses, with one error line per bad input, or either. */
  expect: 'result' | 'error' | 'either';
  /** Not for a plain filesystem (a FIFO needs mkfifo). */
  posixOnly?: boolean;
}

const PAGE_URL = 'https://shop.example/p/1';
const head = `<!doctype html><html><head><link rel="canonical" href="${PAGE_URL}"><title>hostile</title></head><body>`;
const tail = '</body></html>';

function page(dir: string, name: string, body: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, typeof body === 'string' ? `${head}${body}${tail}` : Buffer.concat([Buffer.from(head), body, Buffer.from(tail)]));
  return file;
}

const small = (dir: string, name = 'ok.html') => page(dir, name, '<h1>A listing</h1><a href="https://bit.ly/x">offer</a>');

// ------------------------------------------------------------------------------------------------------------------
// WACZ: a minimal valid archive, written by hand so the corpus does not depend on the code under test.

const encoder = new TextEncoder();

function warcResponse(url: string, html: string): Uint8Array {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
  const block = encoder.encode(http);
  const headers =
    `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\nContent-Type: application/http; msgtype=response\r\n` +
    `Content-Length: ${block.byteLength}\r\n\r\n`;
  return new Uint8Array(Buffer.concat([encoder.encode(headers), block, encoder.encode('\r\n\r\n')]));
}

function waczFiles(): Record<string, Uint8Array> {
  return {
    'datapackage.json': encoder.encode(JSON.stringify({ profile: 'data-package', wacz_version: '1.1.1', resources: [] })),
    'pages/pages.jsonl': encoder.encode(`${JSON.stringify({ format: 'json-pages-1.0', id: 'pages' })}\n${JSON.stringify({ url: PAGE_URL, ts: '2026-01-01T00:00:00Z' })}\n`),
    'archive/data.warc': warcResponse(PAGE_URL, `${head}<h1>Archived listing</h1>${tail}`),
  };
}

export function validWacz(): Uint8Array {
  return zipSync(waczFiles());
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip whose entries all share one deflated run of zeros (compressed once, written `copies` times), each
 * declaring its true size: `copies` x `size` bytes once inflated, from a file about a thousandth of that.
 */
export function zipBomb(copies: number, size: number): Buffer {
  const zeros = new Uint8Array(size);
  const deflated = deflateSync(zeros, { level: 9 });
  const crc = crc32(zeros);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const entry = (name: string, data: Uint8Array, method: number, crcValue: number, rawSize: number) => {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crcValue, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(rawSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crcValue, 16);
    central.writeUInt32LE(data.byteLength, 20);
    central.writeUInt32LE(rawSize, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data));
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.byteLength;
  };
  for (const [name, bytes] of Object.entries(waczFiles())) entry(name, bytes, 0, crc32(bytes), bytes.byteLength);
  for (let i = 0; i < copies; i++) entry(`archive/bomb-${i}.warc`, deflated, 8, crc, size);
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(3 + copies, 8);
  end.writeUInt16LE(3 + copies, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ------------------------------------------------------------------------------------------------------------------
// Safety Gate reports

function gateReport(alerts: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Safety-Gate><report_date>13/11/2026</report_date>${alerts}</Safety-Gate>`;
}

const ALERT = '<notifications><caseNumber>A12/00001/26</caseNumber><brand>Kinpopo</brand><type_numberOfModel>KP-100</type_numberOfModel></notifications>';

/** A valid alert, then about `bytes` of `<notification` openings that never close. */
export function unclosedGateXml(bytes: number): string {
  const opening = '<notification x="1" ';
  return gateReport(`${ALERT}${opening.repeat(Math.ceil(bytes / opening.length))}`);
}

/** The billion laughs: ten levels of entities, each ten of the one before (only predefined entities are read). */
export function laughsXml(): string {
  const levels = Array.from({ length: 10 }, (_, i) =>
    i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
  );
  return `<?xml version="1.0"?>\n<!DOCTYPE Safety-Gate [${levels.join('')}]>\n<Safety-Gate><notifications><caseNumber>A12/00009/26</caseNumber><brand>&lol9;</brand></notifications></Safety-Gate>`;
}

// ------------------------------------------------------------------------------------------------------------------

/** Some bytes that are not UTF-8 (lone continuation bytes, overlong forms, surrogates, 0xFF), among markup. */
function invalidUtf8(size: number): Buffer {
  const chunk = Buffer.from([0x3c, 0x70, 0x3e, 0x80, 0xbf, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xff, 0xfe, 0xf8, 0x88, 0x3c, 0x2f, 0x70, 0x3e]);
  return Buffer.concat([Buffer.alloc(Math.ceil(size / chunk.length) * chunk.length).fill(chunk), Buffer.from('<a href="https://bit.ly/x">x</a>')]);
}

const n = (count: number, scale = 1) => Math.max(1, Math.round(count * scale));

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'deep-div-100k',
    what: '100,000 nested <div>, closed',
    expect: 'result',
    make: (dir, scale) => [page(dir, 'deep.html', `${'<div>'.repeat(n(100_000, scale))}deep<a href="https://bit.ly/deep">x</a>${'</div>'.repeat(n(100_000, scale))}`)],
  },
  {
    name: 'unclosed-span-1m',
    what: '1,000,000 <span> never closed (6 MB)',
    expect: 'result',
    make: (dir, scale) => [page(dir, 'spans.html', '<span>'.repeat(n(1_000_000, scale)))],
  },
  {
    name: 'huge-attribute',
    what: 'one 32 MiB attribute value',
    expect: 'result',
    make: (dir, scale) => [page(dir, 'attribute.html', Buffer.concat([Buffer.from('<div title="'), Buffer.alloc(n(32 << 20, scale), 0x41), Buffer.from('">x</div>')]))],
  },
  {
    name: 'links-1m',
    what: '1,000,000 links in one product description',
    expect: 'result',
    make: (dir, scale) => {
      const links = Array.from({ length: n(1_000_000, scale) }, (_, i) => `<a href="https://bit.ly/p${i}">${i}</a>`).join('');
      return [page(dir, 'links.html', `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">X</h1><div itemprop="description">${links}</div></div>`)];
    },
  },
  {
    name: 'huge-json',
    what: '24 MB of embedded JSON-LD (one product, 1M offers)',
    expect: 'result',
    make: (dir, scale) => {
      const offers = Array.from({ length: n(1_000_000, scale) }, (_, i) => `{"price":"${i}"}`).join(',');
      return [page(dir, 'json.html', `<script type="application/ld+json">{"@type":"Product","name":"X","offers":[${offers}]}</script>`)];
    },
  },
  {
    name: 'deep-json',
    what: 'JSON-LD nested 1,000,000 arrays deep',
    expect: 'result',
    make: (dir, scale) => [page(dir, 'deep-json.html', `<script type="application/ld+json">${'['.repeat(n(1_000_000, scale))}${']'.repeat(n(1_000_000, scale))}</script>`)],
  },
  {
    name: 'invalid-utf8',
    what: '4 MiB of byte sequences that are not UTF-8',
    expect: 'result',
    make: (dir, scale) => [page(dir, 'bytes.html', invalidUtf8(n(4 << 20, scale)))],
  },
  {
    name: 'nul-bytes',
    what: '4 MiB of NUL bytes among tags',
    expect: 'result',
    make: (dir, scale) => [page(dir, 'nul.html', Buffer.concat([Buffer.from('<p>'), Buffer.alloc(n(4 << 20, scale)), Buffer.from('</p><a href="https://bit.ly/x">x</a>')]))],
  },
  {
    name: 'zip-bomb-wacz',
    what: '1.6 MB WACZ inflating to 1.6 GiB (full size at any scale)',
    expect: 'error',
    make: (dir) => {
      const file = join(dir, 'bomb.wacz');
      writeFileSync(file, zipBomb(25, 64 << 20));
      return [file];
    },
  },
  {
    name: 'truncated-wacz',
    what: 'a WACZ cut in half',
    expect: 'error',
    make: (dir) => {
      const whole = validWacz();
      const file = join(dir, 'truncated.wacz');
      writeFileSync(file, whole.subarray(0, Math.floor(whole.byteLength / 2)));
      return [file];
    },
  },
  {
    name: 'gate-unclosed',
    what: 'Safety Gate XML: 1 MB of <notification openings never closed',
    expect: 'result',
    make: (dir, scale) => {
      const xml = join(dir, 'unclosed.xml');
      writeFileSync(xml, unclosedGateXml(n(1 << 20, scale)));
      return [small(dir), '--safety-gate', xml];
    },
  },
  {
    name: 'gate-laughs',
    what: 'Safety Gate XML: billion laughs entities',
    expect: 'result',
    make: (dir) => {
      const xml = join(dir, 'laughs.xml');
      writeFileSync(xml, laughsXml());
      return [small(dir), '--safety-gate', xml];
    },
  },
  {
    name: 'fifo',
    what: 'a FIFO named page.html beside a page',
    expect: 'either',
    posixOnly: true,
    make: (dir) => {
      small(dir);
      execFileSync('mkfifo', [join(dir, 'page.html')]);
      return [dir, '--format', 'jsonl'];
    },
  },
  {
    name: 'symlink-loop',
    what: 'a folder holding a link to itself, and a page',
    expect: 'either',
    posixOnly: true,
    make: (dir) => {
      mkdirSync(join(dir, 'pages'));
      small(join(dir, 'pages'));
      symlinkSync('.', join(dir, 'pages', 'loop'));
      symlinkSync('a', join(dir, 'pages', 'b.html'));
      symlinkSync('b.html', join(dir, 'pages', 'a'));
      return [join(dir, 'pages'), '--format', 'jsonl'];
    },
  },
];
