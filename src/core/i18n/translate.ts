/** Chrome/WebExtension messages.json shape; the single source of every user-visible string. */
export type Messages = Record<string, { message: string; description?: string }>;

/**
 * `count`, when given, picks the plural form: the key `<key>__<category>` for the language's plural
 * category of the count (CLDR: one, few, many, other…), else `<key>__other`, else `<key>` itself.
 */
export type Translate = (key: string, substitutions?: readonly string[], count?: number) => string;

/** Separates a message key from its plural category: "campaign_bulk_progress__few". */
export const PLURAL_SEPARATOR = '__';

/**
 * A translator over one or more catalogues (the user's language first, English last), with the
 * same `$1`…`$9` and `$$` substitution rules as `browser.i18n.getMessage`, and plural forms by the
 * rules of `language` (browser.i18n has none).
 */
export function createTranslator(language: string, ...catalogues: readonly Messages[]): Translate {
  const plurals = new Intl.PluralRules(language);
  const candidates = (key: string, count: number | undefined) =>
    count === undefined
      ? [key]
      : [`${key}${PLURAL_SEPARATOR}${plurals.select(count)}`, `${key}${PLURAL_SEPARATOR}other`, key];
  return (key, substitutions = [], count) => {
    for (const catalogue of catalogues) {
      const entry = candidates(key, count)
        .map((candidate) => catalogue[candidate])
        .find((found) => found !== undefined);
      if (entry) {
        return entry.message.replace(/\$(\$|[1-9])/g, (_, n: string) =>
          n === '$' ? '$' : (substitutions[Number(n) - 1] ?? ''),
        );
      }
    }
    return key;
  };
}

/** A catalogue and the language it is in: what a translator is made from. */
export interface LanguageMessages {
  language: string;
  messages: Messages;
}

/**
 * The given messages and each one's plural forms in `language`, as `lookup` finds them ('' where
 * there is none): a small catalogue to hand to code that cannot read the extension's own.
 */
export function messagesFor(keys: readonly string[], language: string, lookup: (key: string) => string): Messages {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const wanted = keys.flatMap((key) => [key, ...categories.map((category) => `${key}${PLURAL_SEPARATOR}${category}`)]);
  const found = wanted.map((key) => [key, lookup(key)] as const).filter(([, message]) => message !== '');
  return Object.fromEntries(found.map(([key, message]) => [key, { message }]));
}

/** Message key of a finding's title or detail: "trader.contact-missing" → "finding_trader_contact_missing_title". */
export function findingMessageKey(id: string, part: 'title' | 'detail'): string {
  return `finding_${id.replace(/[.-]/g, '_')}_${part}`;
}
