import { REDIRECT_PARAMS, REDIRECT_PATHS } from './data';
import { hostIn, hostOf, registrableDomain, tryUrl } from './url';

export interface RedirectTarget {
  /** The query parameter that carries the target. */
  param: string;
  target: URL;
}

/**
 * The address a link forwards to through a query parameter (`?url=`, `?redirect=`, Google's
 * `/url?q=`...), when that address is absolute and on another site than the link itself.
 * Same-site parameters (`?return=/cart`) are ordinary navigation, not a redirect.
 */
export function redirectTarget(url: URL): RedirectTarget | null {
  const host = hostOf(url);
  const ownDomain = registrableDomain(host);
  const candidates: [string, string][] = [];
  for (const rule of REDIRECT_PATHS) {
    const value = hostIn(host, [rule.host]) && url.pathname === rule.path ? url.searchParams.get(rule.param) : null;
    if (value) candidates.push([rule.param, value]);
  }
  for (const [name, value] of url.searchParams) {
    if (REDIRECT_PARAMS.has(name.toLowerCase())) candidates.push([name.toLowerCase(), value]);
  }
  for (const [param, value] of candidates) {
    const target = absoluteTarget(value);
    if (target && registrableDomain(hostOf(target)) !== ownDomain) return { param, target };
  }
  return null;
}

function absoluteTarget(value: string): URL | null {
  let text = value.trim();
  // Targets are often encoded once more than URLSearchParams undoes ("https%3A%2F%2F...").
  if (/^[a-z][a-z0-9+.-]*%3a/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  if (text.startsWith('//')) text = `https:${text}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return null;
  const url = tryUrl(text);
  return url && url.hostname !== '' ? url : null;
}
