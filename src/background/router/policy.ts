import type { Message, RequestType } from '../../runtime/messages';
import { isChannel, isFrameContent, isNotice, isNoticeConfig, isPageFacts } from './payloads';
import type { SenderKind } from './senders';
import { arrayOf, isBoolean, isEmpty, isInteger, isString, shape, type Check } from './shape';

/** Who may send a message type, and the shape its payload must have before the handler sees it. */
export interface Rule<T extends RequestType> {
  from: readonly SenderKind[];
  payload: Check<Omit<Message<T>, 'type'>>;
}

const TOP: readonly SenderKind[] = ['top-frame'];
const FRAME: readonly SenderKind[] = ['description-frame'];
const PAGES: readonly SenderKind[] = ['extension-page'];

const tabId = shape<{ tabId: number }>({ tabId: isInteger });
const text = shape<{ text: string }>({ text: isString });

/**
 * Every message type's senders and payload. A mapped type over every request: a new message type
 * without its rule does not compile. A web page's content script may only report what it read
 * and ask for the panel's strings; everything that reads the user's data, files, deletes, imports,
 * joins, fetches or opens something is for the extension's own pages.
 */
export const POLICY: { [T in RequestType]: Rule<T> } = {
  'page-facts': { from: TOP, payload: shape({ facts: isPageFacts }) },
  'frame-facts': { from: FRAME, payload: shape({ content: isFrameContent }) },
  'page-cleared': { from: TOP, payload: isEmpty },
  'page-settings': { from: TOP, payload: isEmpty },
  'ui-strings': { from: TOP, payload: shape({ keys: arrayOf(isString) }) },
  'tab-analysis': { from: PAGES, payload: tabId },
  'snapshot-save': { from: PAGES, payload: tabId },
  'snapshot-wacz': { from: PAGES, payload: shape({ ids: arrayOf(isString) }) },
  ping: { from: PAGES, payload: isEmpty },
  'notice-submit': { from: PAGES, payload: shape({ notice: isNotice, channel: isChannel }) },
  'notice-list': { from: PAGES, payload: shape({ refresh: isBoolean }) },
  'notice-form-open': { from: PAGES, payload: shape({ notice: isNotice, url: isString }) },
  'notice-delete-all': { from: PAGES, payload: isEmpty },
  'notice-config': { from: PAGES, payload: isEmpty },
  'notice-config-save': { from: PAGES, payload: shape({ config: isNoticeConfig }) },
  'resolve-link': { from: PAGES, payload: shape({ href: isString, pageUrl: isString }) },
  'campaign-preview': { from: PAGES, payload: text },
  'campaign-preview-url': { from: PAGES, payload: shape({ url: isString }) },
  'campaign-join': { from: PAGES, payload: text },
  'campaign-leave': { from: PAGES, payload: shape({ id: isString }) },
  'campaign-list': { from: PAGES, payload: isEmpty },
  'bulk-start': { from: PAGES, payload: shape({ campaign: isString, delayMs: isInteger }) },
  'bulk-pause': { from: PAGES, payload: isEmpty },
  'bulk-resume': { from: PAGES, payload: isEmpty },
  'bulk-status': { from: PAGES, payload: isEmpty },
  'safety-gate-import': { from: PAGES, payload: text },
  'safety-gate-status': { from: PAGES, payload: isEmpty },
  'safety-gate-clear': { from: PAGES, payload: isEmpty },
  'safety-gate-download-status': { from: PAGES, payload: isEmpty },
  'safety-gate-download-set': { from: PAGES, payload: shape({ enabled: isBoolean }) },
  'safety-gate-download-check': { from: PAGES, payload: isEmpty },
};
