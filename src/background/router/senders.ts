import type { Runtime } from 'webextension-polyfill';
import { frameReaderFor } from '../../core/frames';

/**
 * Who sent a message, as the browser (not the message) tells it:
 * - `top-frame`: the content script in a tab's top frame, on a web page (a marketplace, or any shop the
 *   user asked Flagpost to check through activeTab, so any http(s) page);
 * - `description-frame`: the content script in a sub-frame of a tab, at a listing description frame's address;
 * - `extension-page`: the popup, options, library or campaign page;
 * - `other`: anything else (another extension's page, a sandbox...), which may send nothing.
 */
export const SENDER_KINDS = ['top-frame', 'description-frame', 'extension-page', 'other'] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

const isWebPage = (url: URL | null): boolean => url?.protocol === 'https:' || url?.protocol === 'http:';

function parsed(address: string | undefined): URL | null {
  return address !== undefined && URL.canParse(address) ? new URL(address) : null;
}

/**
 * `extensionBase` is `runtime.getURL('')`, `extensionId` is `runtime.id`. An extension page shown in a
 * tab must be that tab's page itself; the browser may withhold the tab's address (no `tabs` permission),
 * and then only the tab's top frame counts (no page can frame ours: there are no web-accessible resources).
 */
export function senderKind(sender: Runtime.MessageSender, extensionBase: string, extensionId: string): SenderKind {
  if (sender.id !== undefined && sender.id !== extensionId) return 'other';
  const url = parsed(sender.url);
  if (sender.url?.startsWith(extensionBase)) {
    if (!sender.tab) return 'extension-page';
    const tabUrl = sender.tab.url ?? sender.tab.pendingUrl;
    if (tabUrl !== undefined) return tabUrl.startsWith(extensionBase) ? 'extension-page' : 'other';
    return sender.frameId === 0 ? 'extension-page' : 'other';
  }
  if (sender.tab?.id === undefined || !isWebPage(url) || url === null) return 'other';
  if (sender.frameId === 0) return 'top-frame';
  if (sender.frameId !== undefined && sender.frameId > 0 && url.protocol === 'https:' && frameReaderFor(url))
    return 'description-frame';
  return 'other';
}
