import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

type Messages = Record<string, { message: string; description?: string }>;

/**
 * Merges the message fragments in src/locales/<lang>/*.json into _locales/<lang>/messages.json.
 * A key defined twice is a build error: two fragments would silently fight over one string.
 */
export function mergeLocales(root: string): Map<string, Messages> {
  const merged = new Map<string, Messages>();
  for (const language of readdirSync(root, { withFileTypes: true })) {
    if (!language.isDirectory()) continue;
    const messages: Messages = {};
    for (const file of readdirSync(join(root, language.name)).filter((f) => f.endsWith('.json')).sort()) {
      const fragment = JSON.parse(readFileSync(join(root, language.name, file), 'utf8')) as Messages;
      for (const [key, value] of Object.entries(fragment)) {
        if (key in messages) throw new Error(`locales: "${key}" defined twice in ${language.name} (${file})`);
        messages[key] = { message: value.message };
      }
    }
    merged.set(language.name, messages);
  }
  return merged;
}

export function localesPlugin(root: string): Plugin {
  return {
    name: 'flagpost:locales',
    apply: 'build',
    generateBundle() {
      for (const [language, messages] of mergeLocales(root)) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${language}/messages.json`,
          source: JSON.stringify(messages),
        });
      }
    },
  };
}
