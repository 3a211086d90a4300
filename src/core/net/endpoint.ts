/**
 * Where Flagpost sends a notice (a platform's API or a campaign organiser's collection point): the
 * token and the notifier's name and e-mail go with it, so only over https; plain http only to this
 * very computer (127.0.0.0/8, ::1, localhost), for someone testing their own server.
 */
export type EndpointProblem = 'invalid' | 'scheme' | 'credentials' | 'plain-http';

/** 127.0.0.0/8 (the URL parser has already turned 0x7f.1 and the like into dotted form), ::1, localhost. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** Why an address may not be a notice endpoint; null when it may. */
export function endpointProblem(address: string): EndpointProblem | null {
  if (!URL.canParse(address)) return 'invalid';
  const url = new URL(address);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (url.username || url.password) return 'credentials';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'plain-http';
  return null;
}

export const endpointAllowed = (address: string): boolean => endpointProblem(address) === null;

/**
 * The host access an endpoint needs so the service worker's requests to it are not subject to CORS:
 * its scheme and host, every port (match patterns name no port in Firefox).
 */
export function endpointAccessPattern(address: string): string | null {
  if (!endpointAllowed(address)) return null;
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}
