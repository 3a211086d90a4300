/** Chrome/WebExtension messages.json shape; the single source of every user-visible string. */
export type Messages = Record<string, { message: string; description?: string }>;

export type Translate = (key: string, substitutions?: readonly string[]) => string;

/**
 * A translator over one or more catalogues (the user's language first, English last), with the
 * same `$1`…`$9` and `$$` substitution rules as `browser.i18n.getMessage`.
 */
export function createTranslator(...catalogues: readonly Messages[]): Translate {
  return (key, substitutions = []) => {
    for (const catalogue of catalogues) {
      const entry = catalogue[key];
      if (entry) {
        return entry.message.replace(/\$(\$|[1-9])/g, (_, n: string) =>
          n === '$' ? '$' : (substitutions[Number(n) - 1] ?? ''),
        );
      }
    }
    return key;
  };
}

/** Message key of a finding's title or detail: "trader.contact-missing" → "finding_trader_contact_missing_title". */
export function findingMessageKey(id: string, part: 'title' | 'detail'): string {
  return `finding_${id.replace(/[.-]/g, '_')}_${part}`;
}
