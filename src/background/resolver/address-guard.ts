/**
 * Which addresses the link resolver must never request: anything but http(s), and any host that
 * names this machine or a private, loopback, link-local or otherwise non-public network (the IANA
 * special-purpose registries), including wildcard-DNS names that resolve to the address they spell.
 *
 * A public host name whose DNS answer is a private address (DNS rebinding) cannot be caught before its
 * request: Chromium gives extensions no DNS answers, and Firefox's browser.dns answer may differ from the
 * one the request then uses. It gets its one request (a GET without cookies or credentials, of which only
 * the status and Location are read); then the address the browser actually connected to (webRequest `ip`)
 * stops the chain when it is private (connected.ts), and every address it redirects to is checked again.
 */

export type Refusal = 'scheme' | 'private-address' | 'credentials';

const RESERVED_NAMES =
  /(^|\.)(localhost|local|localdomain|internal|intranet|lan|home|corp|home\.arpa|test|invalid|example|onion)$/;

/**
 * Public names whose every subdomain resolves to the address written in it, or to this machine: a link
 * through them reaches a private address without naming one. The connected address is checked too
 * (connected.ts); this catches them before any request.
 */
const LOOPBACK_DOMAINS = /(^|\.)(nip\.io|sslip\.io|xip\.io|nip\.direct|localtest\.me|lvh\.me|vcap\.me|traefik\.me|localhost\.direct|lacolhost\.com|readme\.localtest\.me)$/;

/** An IPv4 address written in a name, dotted or dashed ("10.0.0.1.example.com", "127-0-0-1.example.com"). */
const EMBEDDED_IPV4 = /(?:^|[.-])(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})(?=$|[.-])/g;

/** Why `url` may not be requested, or null when it may. */
export function refusalFor(url: URL): Refusal | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (url.username !== '' || url.password !== '') return 'credentials';
  return isPrivateHost(url.hostname) ? 'private-address' : null;
}

/** `hostname` as URL gives it: lower case, IPv4 normalised ("0x7f.1" → "127.0.0.1"), IPv6 in brackets. */
export function isPrivateHost(hostname: string): boolean {
  // "localhost." and "localhost.." name the same host as "localhost".
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  if (host.startsWith('[')) return isPrivateIpv6(host.slice(1, -1));
  const v4 = ipv4(host);
  if (v4) return isPrivateIpv4(v4);
  // A single label ("router", "intranet") resolves through the local network's search domains; an empty label is malformed.
  if (!host.includes('.') || host.split('.').includes('')) return true;
  if (RESERVED_NAMES.test(host) || LOOPBACK_DOMAINS.test(host)) return true;
  for (const m of host.matchAll(EMBEDDED_IPV4)) {
    const bytes = m.slice(1, 5).map(Number);
    if (bytes.every((b) => b <= 255) && isPrivateIpv4(bytes)) return true;
  }
  return false;
}

function ipv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

/** An address block: its first address's bytes (or 16-bit groups) and the prefix length in bits. */
type Block = readonly [readonly number[], number];

/**
 * The IANA IPv4 Special-Purpose Address Registry (RFC 6890 and its updates, as of 2025), every entry whether
 * globally reachable or not (a shortener has no business redirecting to any of them), plus multicast and the
 * reserved 240/4.
 */
const IPV4_SPECIAL: readonly Block[] = [
  [[0, 0, 0, 0], 8], // "this network"
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // shared address space (carrier-grade NAT)
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments (DS-Lite, PCP and TURN anycast, NAT64 discovery)
  [[192, 0, 2, 0], 24], // documentation TEST-NET-1
  [[192, 31, 196, 0], 24], // AS112-v4
  [[192, 52, 193, 0], 24], // AMT
  [[192, 88, 99, 0], 24], // deprecated 6to4 relay anycast
  [[192, 168, 0, 0], 16], // private
  [[192, 175, 48, 0], 24], // direct delegation AS112
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation TEST-NET-2
  [[203, 0, 113, 0], 24], // documentation TEST-NET-3
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, and the limited broadcast 255.255.255.255
];

/**
 * The IANA IPv6 Special-Purpose Address Registry inside the global unicast space 2000::/3; everything
 * outside 2000::/3 (loopback, unspecified, IPv4-mapped and -translated, NAT64 64:ff9b::/96 and
 * 64:ff9b:1::/48, discard-only 100::/64, the dummy prefix 100:0:0:1::/64, SRv6 5f00::/16, unique local,
 * link-local, site-local, multicast) is refused as a whole.
 */
const IPV6_SPECIAL: readonly Block[] = [
  [[0x2001, 0], 23], // IETF protocol assignments: Teredo 2001::/32, benchmarking, AMT, ORCHID...
  [[0x2001, 0xdb8], 32], // documentation
  [[0x2002], 16], // 6to4: embeds an IPv4 address
  [[0x2620, 0x4f, 0x8000], 48], // direct delegation AS112
  [[0x3fff, 0], 20], // documentation (RFC 9637)
];

/** Whether `address` (bytes or groups of `bits` each) lies in `block`. */
function inBlock(address: readonly number[], [start, prefix]: Block, bits: number): boolean {
  for (let i = 0, left = prefix; left > 0; i++, left -= bits) {
    const mask = left >= bits ? (1 << bits) - 1 : ((1 << bits) - 1) ^ ((1 << (bits - left)) - 1);
    if (((address[i] ?? 0) & mask) !== ((start[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** Everything but the public unicast space. */
export function isPrivateIpv4(bytes: readonly number[]): boolean {
  return IPV4_SPECIAL.some((block) => inBlock(bytes, block, 8));
}

export function isPrivateIpv6(address: string): boolean {
  const groups = expandIpv6(address.toLowerCase());
  if (!groups) return true; // not parseable: refuse rather than guess
  if (((groups[0] ?? 0) & 0xe000) !== 0x2000) return true;
  return IPV6_SPECIAL.some((block) => inBlock(groups, block, 16));
}

/** An address as the browser reports it (webRequest `ip`: "1.2.3.4" or "2001:db8::1", maybe bracketed or with a zone). */
export function isPrivateAddress(ip: string): boolean {
  const address = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (address.includes(':')) return isPrivateIpv6(address);
  const v4 = ipv4(address);
  return v4 ? isPrivateIpv4(v4) : true;
}

/** Eight 16-bit groups, or null. URL has already normalised the text (no zone id, dotted tail allowed). */
function expandIpv6(address: string): number[] | null {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = ipv4(dotted[1]);
    if (!v4) return null;
    text = `${text.slice(0, dotted.index)}${(((v4[0] ?? 0) << 8) | (v4[1] ?? 0)).toString(16)}:${(((v4[2] ?? 0) << 8) | (v4[3] ?? 0)).toString(16)}`;
  }
  const [head = '', tail, extra] = text.split('::');
  if (extra !== undefined) return null;
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if ((tail === undefined && missing !== 0) || missing < 0) return null;
  const groups = [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.some(Number.isNaN) ? null : groups;
}
