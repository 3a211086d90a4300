import browser from 'webextension-polyfill';
import { createTranslator, messagesFor, type LanguageMessages } from '../core/i18n/translate';
import { send } from '../runtime/messages';

/** Every string the on-page badge and panel show. */
export const PANEL_KEYS = [
  'extName',
  'badgeNoFindings',
  'badgeDismiss',
  'panelHeading',
  'panelClose',
  'panelShowOnPage',
  'panelHint',
  'legalBasis',
  'severity_high',
  'severity_medium',
  'severity_low',
  'severity_info',
  'severity_count_high',
  'severity_count_medium',
  'severity_count_low',
  'severity_count_info',
  'campaign_finding_of',
] as const;
export type PanelKey = (typeof PANEL_KEYS)[number];
export type PanelText = (key: PanelKey, substitution?: string, count?: number) => string;

/** The browser's language and its catalogue, for while the service worker is restarting. */
function browserMessages(): LanguageMessages {
  const language = browser.i18n.getUILanguage();
  return { language, messages: messagesFor(PANEL_KEYS, language, (key) => browser.i18n.getMessage(key, ['$1'])) };
}

/**
 * The panel's strings in the language chosen in the options. Content scripts cannot read the
 * extension's catalogues (that would need web-accessible resources, which let pages detect
 * Flagpost), so the service worker sends them, with their plural forms.
 */
export async function loadPanelText(): Promise<PanelText> {
  let strings: LanguageMessages | null = null;
  try {
    strings = await send({ type: 'ui-strings', keys: [...PANEL_KEYS] });
  } catch {
    // the service worker is restarting: the browser's language will do
  }
  const { language, messages } = strings ?? browserMessages();
  const translate = createTranslator(language, messages);
  return (key, substitution, count) => translate(key, substitution === undefined ? [] : [substitution], count);
}
