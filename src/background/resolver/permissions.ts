/**
 * What following a link to `origin` needs: access to that site, asked for in the user's click in
 * the popup, one site at a time (nothing beyond the marketplaces is held at install).
 *
 * webRequest (the only way to read a redirect's Location, see fetch-hop.ts) is a required
 * permission instead: granted at runtime, Chromium does not deliver its events to a service worker
 * that was already running, so resolving would fail until the worker restarted.
 */
export function resolverPermissions(origin: string): { origins: string[] } {
  return { origins: [`${origin}/*`] };
}
