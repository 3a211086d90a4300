import messengers from '../terms/messengers.json';
import redirectors from '../terms/redirectors.json';
import shorteners from '../terms/shorteners.json';

/** Typed views of the link term lists (src/core/terms/*.json). */

export type HandleKind = 'phone' | 'username' | 'id' | 'number';

export interface MessengerService {
  name: string;
  hosts: readonly string[];
  schemes: readonly string[];
  /** Names a seller writes before a handle in plain text. */
  names: readonly string[];
  handle: HandleKind;
  /** Link-shaped address for a text handle, "{id}" replaced; "" when the service has none. */
  href: string;
}

export interface RedirectPath {
  host: string;
  path: string;
  param: string;
}

export const MESSENGERS: readonly MessengerService[] = Object.entries(messengers.services).map(([name, s]) => ({
  name,
  hosts: s.hosts,
  schemes: s.schemes,
  names: s.names,
  handle: s.handle as HandleKind,
  href: s.href,
}));

/** Words between a messenger's name and the handle ("number", "Nummer", "号"...), every language. */
export const HANDLE_LABELS: readonly string[] = Object.values(messengers.labels).flat();

export const SHORTENER_HOSTS: readonly string[] = shorteners.hosts;
export const REDIRECTOR_HOSTS: readonly string[] = redirectors.hosts;
export const REDIRECT_PATHS: readonly RedirectPath[] = redirectors.paths;
export const REDIRECT_PARAMS: ReadonlySet<string> = new Set(redirectors.params.map((p) => p.toLowerCase()));

export const UNSAFE_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'data', 'file', 'vbscript']);
/** Schemes that reach a person directly: contact details, not a move to another site. */
export const CONTACT_SCHEMES: ReadonlySet<string> = new Set(['mailto', 'tel', 'sms', 'callto']);

export function messengerByScheme(scheme: string): MessengerService | null {
  return MESSENGERS.find((m) => m.schemes.includes(scheme)) ?? null;
}
