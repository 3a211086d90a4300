import type { ListingTexts, RawLink } from '../facts';
import { cleanText } from '../text/normalize';
import { HANDLE_LABELS, MESSENGERS, type HandleKind } from './data';
import { urlsInText } from './text-urls';

/**
 * Contacts and addresses written as plain text in the description and seller texts:
 * messenger handles ("WhatsApp +86 138 0013 8000", "WeChat ID: shop_8888", "Telegram @shop",
 * "微信：shop8888") and bare addresses ("www.shop.example", "bit.ly/x", "wa.me/49151…").
 * `known` are the page's real links: addresses already among them are not repeated.
 */
export function linksFromText(texts: ListingTexts, known: readonly RawLink[] = []): RawLink[] {
  const seen = new Set(known.map((l) => hrefKey(l.href)));
  // "Telegram: <a href=t.me/shop>Support</a>" reads as the handle "Support"; the link itself is known.
  const linkLabels = new Set(known.map((l) => cleanText(l.text).toLowerCase()).filter((t) => t !== ''));
  const links: RawLink[] = [];
  for (const raw of [texts.description, texts.seller]) {
    const text = cleanText(raw);
    if (text === '') continue;
    const handles = handlesIn(text).filter((h) => !linkLabels.has(h.id.toLowerCase()));
    for (const found of [...handles, ...urlsInText(text)]) {
      const key = hrefKey(found.href);
      if (seen.has(key)) continue;
      seen.add(key);
      links.push({ href: found.href, text: found.text, source: 'text' });
    }
  }
  return links;
}

// http and https, and a trailing slash, do not make two addresses.
function hrefKey(href: string): string {
  return href
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

interface Handle {
  text: string;
  href: string;
  /** The handle as written, without the messenger's name. */
  id: string;
}

type HandleForm = 'phone' | 'at-username' | 'username' | 'number';
type Script = 'ascii' | 'cjk';

const FORMS: Record<HandleKind, readonly HandleForm[]> = {
  phone: ['phone'],
  username: ['at-username', 'username', 'phone'],
  id: ['at-username', 'username', 'phone'],
  number: ['number'],
};

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NOT_WORD = String.raw`(?![\p{L}\p{N}])`;
const LABEL = `(?:${HANDLE_LABELS.map(escape).join('|')})${NOT_WORD}\\.?`;
// "WeChat: x", "WhatsApp-Nummer: x", "Telegram ID x": a colon or a label must introduce a bare handle.
const STRICT_INTRO = String.raw`(?:[\s\-–]{0,3}${LABEL}[\s]{0,3}[:：=]?|[\s]{0,3}[:：=])[\s]{0,3}`;
const LOOSE_INTRO = String.raw`(?:[\s\-–:：=]{0,4}${LABEL})?[\s\-–:：=]{0,4}`;
// Chinese names take their handle with or without a separator ("加微信abc123", "微信：abc123").
const CJK_INTRO = String.raw`[\s:：=]{0,3}(?:${LABEL})?[\s:：=]{0,3}`;
const PHONE = String.raw`(\+?\(?\d[\d \-.()]{6,22}\d)`;

// Handles are ASCII; Chinese text may follow without a space ("加微信abc123享优惠").
const HANDLE_END = '(?![A-Za-z0-9_])';
const HANDLES: Record<HandleForm, string> = {
  phone: PHONE,
  // Dots only between characters: "Telegram: @shop." ends a sentence, not the handle.
  'at-username': String.raw`@([A-Za-z][A-Za-z0-9_]{3,31}(?:\.[A-Za-z0-9_]+)*)${HANDLE_END}`,
  username: String.raw`([A-Za-z][A-Za-z0-9_\-]{3,31})${HANDLE_END}`,
  number: String.raw`(\d{5,12})${HANDLE_END}`,
};

function introFor(form: HandleForm, script: Script): string {
  if (script === 'cjk') return CJK_INTRO;
  if (form === 'at-username') return LOOSE_INTRO;
  // A phone after a bare space must look international ("+86…", "0086…").
  if (form === 'phone') return `(?:${STRICT_INTRO}|${LOOSE_INTRO}(?=\\+|00))`;
  return STRICT_INTRO;
}

const isAscii = (name: string): boolean => /^[\x20-\x7e]+$/.test(name);
const nameKey = (name: string): string => name.toLowerCase().replace(/\s/g, '');

const SERVICES = MESSENGERS.filter((s) => s.href !== '' && s.names.length > 0);
const SERVICE_BY_NAME = new Map(SERVICES.flatMap((s) => s.names.map((n) => [nameKey(n), s] as const)));
const namePattern = (names: string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => escape(n).replace(/ /g, '\\s?'))
    .join('|');
const ALL_NAMES = SERVICES.flatMap((s) => s.names);
// One pass finds every messenger name; the handle after it is then tried in place (sticky), so the
// work per name is bounded and the whole scan stays linear.
const NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${namePattern(ALL_NAMES.filter(isAscii))})${NOT_WORD}|(?:${namePattern(ALL_NAMES.filter((n) => !isAscii(n)))})`,
  'giu',
);
const HANDLE_AFTER: Record<Script, Record<HandleForm, RegExp>> = {
  ascii: compileForms('ascii'),
  cjk: compileForms('cjk'),
};

function compileForms(script: Script): Record<HandleForm, RegExp> {
  const forms = Object.keys(HANDLES) as HandleForm[];
  return Object.fromEntries(forms.map((f) => [f, new RegExp(introFor(f, script) + HANDLES[f], 'yiu')])) as Record<
    HandleForm,
    RegExp
  >;
}

function handlesIn(text: string): Handle[] {
  const handles: Handle[] = [];
  for (const name of text.matchAll(NAMES)) {
    const service = SERVICE_BY_NAME.get(nameKey(name[0]));
    if (!service) continue;
    const patterns = HANDLE_AFTER[isAscii(name[0]) ? 'ascii' : 'cjk'];
    for (const form of FORMS[service.handle]) {
      const pattern = patterns[form];
      pattern.lastIndex = name.index + name[0].length;
      const match = pattern.exec(text);
      const id = match ? handleId(form, match[1] ?? '') : null;
      if (match && id) {
        handles.push({
          text: text.slice(name.index, pattern.lastIndex).trim(),
          href: service.href.replace('{id}', id),
          id: match[1] ?? id,
        });
        break;
      }
    }
  }
  return handles;
}

function handleId(form: HandleForm, value: string): string | null {
  if (form !== 'phone') return value;
  const digits = value.replace(/\D/g, '').replace(/^00/, '');
  // E.164 numbers have at most 15 digits; fewer than 8 is a model number or a year.
  return digits.length >= 8 && digits.length <= 15 ? digits : null;
}
