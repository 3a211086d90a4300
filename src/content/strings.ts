import browser from 'webextension-polyfill';
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
export type PanelText = (key: PanelKey, substitution?: string) => string;

/**
 * The panel's strings in the language chosen in the options. Content scripts cannot read the
 * extension's catalogues (that would need web-accessible resources, which let pages detect
 * Flagpost), so the service worker translates them; browser.i18n is the fallback.
 */
export async function loadPanelText(): Promise<PanelText> {
  let strings: Record<string, string> = {};
  try {
    strings = await send({ type: 'ui-strings', keys: [...PANEL_KEYS] });
  } catch {
    // the service worker is restarting: the browser's language will do
  }
  return (key, substitution) => {
    const message = strings[key];
    if (message === undefined) return browser.i18n.getMessage(key, substitution);
    return substitution === undefined ? message : message.replace(/\$1/g, substitution);
  };
}
