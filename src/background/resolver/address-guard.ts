/**
 * Which addresses the link resolver must never request: anything but http(s), and any host that
 * names this machine or a private, loopback, link-local or otherwise non-public network.
 *
 * Only literal addresses and reserved names can be checked. A public host name whose DNS answer
 * is a private address (DNS rebinding) cannot be caught by an extension: Chromium gives extensions
 * no DNS answers, Firefox's browser.dns answer may differ from the one the request then uses, and
 * the address webRequest reports after the fact is the proxy's when the user has one (seen in the
 * tests, where Firefox reports the demo proxy's 127.0.0.1). So a public name that
 * resolves to a private address still gets its one request (a GET without cookies or credentials,
 * of which only the status and Location are read); every address it redirects to is checked again.
 */

export type Refusal = 'scheme' | 'private-address' | 'credentials';

const RESERVED_NAMES =
  /(^|\.)(localhost|local|localdomain|internal|intranet|lan|home|corp|home\.arpa|test|invalid|example|onion)$/;

/** Why `url` may not be requested, or null when it may. */
export function refusalFor(url: URL): Refusal | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (url.username !== '' || url.password !== '') return 'credentials';
  return isPrivateHost(url.hostname) ? 'private-address' : null;
}

/** `hostname` as URL gives it: lower case, IPv4 normalised ("0x7f.1" → "127.0.0.1"), IPv6 in brackets. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '');
  if (host.startsWith('[')) return isPrivateIpv6(host.slice(1, -1));
  const v4 = ipv4(host);
  if (v4) return isPrivateIpv4(v4);
  // A single label ("router", "intranet") resolves through the local network's search domains.
  return !host.includes('.') || RESERVED_NAMES.test(host);
}

function ipv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

/** Everything but the public unicast space (RFC 6890 special-purpose registry). */
export function isPrivateIpv4([a = 0, b = 0, c = 0]: readonly number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) || // IETF protocol assignments, TEST-NET-1
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    (a === 198 && b === 51 && c === 100) || // TEST-NET-2
    (a === 203 && b === 0 && c === 113) || // TEST-NET-3
    a >= 224 // multicast, reserved, broadcast
  );
}

function isPrivateIpv6(address: string): boolean {
  const groups = expandIpv6(address.toLowerCase());
  if (!groups) return true; // not parseable: refuse rather than guess
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  if (groups.every((g) => g === 0)) return true; // ::
  if (groups.slice(0, 7).every((g) => g === 0) && g7 === 1) return true; // ::1
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses: judge the IPv4 address.
  if (groups.slice(0, 5).every((g) => g === 0) && (g5 === 0xffff || g5 === 0)) {
    return isPrivateIpv4([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff]);
  }
  return (
    (g0 & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (g0 & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (g0 & 0xffc0) === 0xfec0 || // site-local (deprecated) fec0::/10
    (g0 & 0xff00) === 0xff00 || // multicast
    g0 === 0x64 || // NAT64 64:ff9b::/96 can reach IPv4 private space
    g0 === 0x2002 || // 6to4 embeds an IPv4 address
    (g0 === 0x2001 && (groups[1] ?? 0) === 0xdb8) // documentation
  );
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
