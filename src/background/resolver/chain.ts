import { tryUrl } from '../../core/links/url';
import { refusalFor, type Refusal } from './address-guard';
import { connectedIsPrivate, type Connected } from './connected';

/** A redirect chain has at most this many hops before the resolver gives up. */
export const MAX_HOPS = 10;
/** Time allowed for one hop. */
export const HOP_TIMEOUT_MS = 8000;

/** What one request answered; `location` is set for a redirect. */
export interface HopAnswer {
  status: number;
  location: string | null;
  /** The address the browser connected to for this hop, when it said (webRequest `ip`). */
  connected?: Connected | null;
}

export interface Hop {
  url: string;
  status: number;
}

export type ChainEnd =
  /** The last hop answered without redirecting: `final` is where the link leads. */
  | { kind: 'arrived' }
  /** The next hop is an address Flagpost never requests. */
  | { kind: 'refused'; reason: Refusal; url: string }
  /** The next hop is on a site the user has not yet allowed Flagpost to contact. */
  | { kind: 'needs-access'; origin: string }
  | { kind: 'too-many-hops' }
  | { kind: 'failed'; url: string };

export interface Chain {
  hops: Hop[];
  /** The last address reached (or the one refused). */
  final: string;
  end: ChainEnd;
}

export interface ChainDeps {
  fetchHop(url: string): Promise<HopAnswer>;
  /** Whether Flagpost may contact this origin (its host permissions). */
  mayContact(origin: string): Promise<boolean>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Follows `start` one hop at a time, checking every address before it is requested. */
export async function resolveChain(start: string, deps: ChainDeps): Promise<Chain> {
  const hops: Hop[] = [];
  let current = start;
  for (let n = 0; n < MAX_HOPS; n++) {
    const url = tryUrl(current);
    if (!url) return { hops, final: current, end: { kind: 'failed', url: current } };
    url.hash = '';
    const refusal = refusalFor(url);
    if (refusal) return { hops, final: url.href, end: { kind: 'refused', reason: refusal, url: url.href } };
    if (!(await deps.mayContact(url.origin)))
      return { hops, final: url.href, end: { kind: 'needs-access', origin: url.origin } };

    let answer: HopAnswer;
    try {
      answer = await deps.fetchHop(url.href);
    } catch {
      return { hops, final: url.href, end: { kind: 'failed', url: url.href } };
    }
    hops.push({ url: url.href, status: answer.status });
    // The name looked public but led to a private address: read nothing more from it, follow nothing.
    if (connectedIsPrivate(answer.connected))
      return { hops, final: url.href, end: { kind: 'refused', reason: 'private-address', url: url.href } };
    if (!REDIRECTS.has(answer.status) || answer.location === null)
      return { hops, final: url.href, end: { kind: 'arrived' } };
    current = tryUrl(answer.location, url)?.href ?? answer.location;
  }
  return { hops, final: current, end: { kind: 'too-many-hops' } };
}
