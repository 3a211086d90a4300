import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter, RefusedMessage, type Handlers } from '../../src/background/router/route';
import { SENDER_KINDS, senderKind, type SenderKind } from '../../src/background/router/senders';
import { extractPage } from '../../src/core/extract';
import { buildNotice, defaultInput } from '../../src/core/notice/build';
import type { Message, RequestType } from '../../src/runtime/messages';
import { translatorFor } from '../../src/locales/index';
import { analysisWith, finding } from './notice/analysis';
import { documentFrom } from '../support/dom';

const BASE = 'chrome-extension://flagpostid/';
const ID = 'flagpostid';
const LISTING = 'https://de.aliexpress.com/item/1005006.html';
const FRAME = 'https://itm.ebaydesc.com/itmdesc/335812907766?t=0';
const tab = (id: number, url?: string) =>
  ({
    id,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
    url,
  }) as Runtime.MessageSender['tab'];

/** One real sender of each kind, as the browser describes it. */
const SENDERS: Record<SenderKind, Runtime.MessageSender> = {
  'top-frame': { id: ID, tab: tab(4, LISTING), frameId: 0, url: LISTING },
  'description-frame': { id: ID, tab: tab(4, 'https://www.ebay.de/itm/335812907766'), frameId: 7, url: FRAME },
  'extension-page': { id: ID, url: `${BASE}src/popup/index.html` },
  other: { id: ID, tab: tab(4, LISTING), frameId: 3, url: 'https://ads.example/frame.html' },
};

const NOTIFIER = { name: 'Erika Mustermann', email: 'erika@example.org', role: 'consumer' as const };
const notice = buildNotice(
  analysisWith([finding('safety.ce-missing', 'Regulation (EU) 2019/1020 Art. 4')]),
  {
    ...defaultInput(analysisWith([finding('safety.ce-missing', 'x')]), {
      language: 'en',
      translate: translatorFor('en'),
      notifier: NOTIFIER,
    }),
    goodFaith: true,
  },
  { id: '6f1c2f0e-8d3b-4a51-9c2e-1b7a2d4e5f60', now: new Date('2026-11-23T10:00:00Z') },
);
const facts = extractPage(documentFrom('<html><body><h1>Zug</h1></body></html>'), LISTING);

/** A valid message of every type. A mapped type: a new message type without its sample does not compile. */
const SAMPLES: { [T in RequestType]: Message<T> } = {
  'page-facts': { type: 'page-facts', facts },
  'frame-facts': { type: 'frame-facts', content: { links: [], text: 'Beschreibung', images: [] } },
  'page-cleared': { type: 'page-cleared' },
  'page-settings': { type: 'page-settings' },
  'ui-strings': { type: 'ui-strings', keys: ['extName'] },
  'tab-analysis': { type: 'tab-analysis', tabId: 4 },
  'snapshot-save': { type: 'snapshot-save', tabId: 4 },
  'snapshot-wacz': { type: 'snapshot-wacz', ids: ['a'] },
  ping: { type: 'ping' },
  'notice-submit': {
    type: 'notice-submit',
    notice,
    channel: { kind: 'api', endpoint: 'https://notices.example/notices', token: 'T0K' },
  },
  'notice-list': { type: 'notice-list', refresh: false },
  'notice-form-open': { type: 'notice-form-open', notice, url: 'https://www.aliexpress.com/report' },
  'notice-delete-all': { type: 'notice-delete-all' },
  'notice-config': { type: 'notice-config' },
  'notice-config-save': {
    type: 'notice-config-save',
    config: {
      notifier: NOTIFIER,
      channels: { aliexpress: { kind: 'api', endpoint: 'https://n.example/', token: 'T' } },
    },
  },
  'resolve-link': { type: 'resolve-link', href: 'https://bit.ly/x', pageUrl: LISTING },
  'campaign-preview': { type: 'campaign-preview', text: '{}' },
  'campaign-preview-url': { type: 'campaign-preview-url', url: 'https://group.example/pack.json' },
  'campaign-join': { type: 'campaign-join', text: '{}' },
  'campaign-leave': { type: 'campaign-leave', id: 'c' },
  'campaign-list': { type: 'campaign-list' },
  'bulk-start': { type: 'bulk-start', campaign: 'c', delayMs: 5000 },
  'bulk-pause': { type: 'bulk-pause' },
  'bulk-resume': { type: 'bulk-resume' },
  'bulk-status': { type: 'bulk-status' },
  'safety-gate-import': { type: 'safety-gate-import', text: '<xml/>' },
  'safety-gate-status': { type: 'safety-gate-status' },
  'safety-gate-clear': { type: 'safety-gate-clear' },
  'safety-gate-download-status': { type: 'safety-gate-download-status' },
  'safety-gate-download-set': { type: 'safety-gate-download-set', enabled: true },
  'safety-gate-download-check': { type: 'safety-gate-download-check' },
};

const TOP: SenderKind[] = ['top-frame'];
const PAGES: SenderKind[] = ['extension-page'];

/**
 * Who may send what, written down apart from the router's own table (so a loosened rule fails here).
 * A mapped type: a new message type must be added here too.
 */
const ALLOWED: { [T in RequestType]: SenderKind[] } = {
  'page-facts': TOP,
  'frame-facts': ['description-frame'],
  'page-cleared': TOP,
  'page-settings': TOP,
  'ui-strings': TOP,
  'tab-analysis': PAGES,
  'snapshot-save': PAGES,
  'snapshot-wacz': PAGES,
  ping: PAGES,
  'notice-submit': PAGES,
  'notice-list': PAGES,
  'notice-form-open': PAGES,
  'notice-delete-all': PAGES,
  'notice-config': PAGES,
  'notice-config-save': PAGES,
  'resolve-link': PAGES,
  'campaign-preview': PAGES,
  'campaign-preview-url': PAGES,
  'campaign-join': PAGES,
  'campaign-leave': PAGES,
  'campaign-list': PAGES,
  'bulk-start': PAGES,
  'bulk-pause': PAGES,
  'bulk-resume': PAGES,
  'bulk-status': PAGES,
  'safety-gate-import': PAGES,
  'safety-gate-status': PAGES,
  'safety-gate-clear': PAGES,
  'safety-gate-download-status': PAGES,
  'safety-gate-download-set': PAGES,
  'safety-gate-download-check': PAGES,
};

const TYPES = Object.keys(SAMPLES) as RequestType[];

/** Handlers that only record which type ran. */
function recordingRouter() {
  const ran: string[] = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [type, async () => (ran.push(type), `answer:${type}`)]),
  ) as unknown as Handlers;
  return { ran, route: createRouter(handlers, { extensionBase: BASE, extensionId: ID }) };
}

afterEach(() => vi.restoreAllMocks());

describe('the trust boundary of the service worker', () => {
  const cases = TYPES.flatMap((type) => SENDER_KINDS.map((kind) => [type, kind] as const));

  it.each(cases)('%s from %s: allowed only from its declared senders', async (type, kind) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ran, route } = recordingRouter();
    const answer = route(SAMPLES[type], SENDERS[kind]);
    if (ALLOWED[type].includes(kind)) {
      await expect(answer).resolves.toBe(`answer:${type}`);
      expect(ran).toEqual([type]);
      expect(warn).not.toHaveBeenCalled();
    } else {
      await expect(answer).rejects.toThrow(`Flagpost refused ${type} from ${kind}: sender`);
      expect(ran).toEqual([]);
      expect(warn).toHaveBeenCalledTimes(1);
      // Type and kind of sender only: nothing the message carried (the notifier's e-mail, page texts).
      expect(String(warn.mock.calls[0]?.[0])).toBe(`Flagpost refused ${type} from ${kind}: sender`);
    }
  });

  it.each(TYPES.filter((type) => Object.keys(SAMPLES[type]).length > 1))(
    '%s with a payload of the wrong shape is refused before its handler runs',
    async (type) => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { ran, route } = recordingRouter();
      const sender = SENDERS[ALLOWED[type][0] as SenderKind];
      // Every field of the valid sample in turn: missing, then a value of another type.
      const sample = SAMPLES[type] as Record<string, unknown>;
      for (const field of Object.keys(sample).filter((key) => key !== 'type')) {
        const other = typeof sample[field] === 'string' ? 42 : 'text';
        for (const wrong of [undefined, other]) {
          await expect(
            route({ ...sample, [field]: wrong }, sender),
            `${field}: ${String(wrong)}`,
          ).rejects.toBeInstanceOf(RefusedMessage);
        }
      }
      expect(ran).toEqual([]);
    },
  );

  it('refuses a notice whose channel or notifier is malformed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ran, route } = recordingRouter();
    const page = SENDERS['extension-page'];
    const submit = SAMPLES['notice-submit'];
    for (const channel of [
      { kind: 'api', endpoint: 5, token: null },
      { kind: 'api', endpoint: 'http://192.168.1.20/notices', token: 'T0K' },
      { kind: 'api', endpoint: 'javascript:alert(1)', token: null },
      { kind: 'ftp' },
      { kind: 'email' },
    ]) {
      await expect(route({ ...submit, channel }, page)).rejects.toThrow('payload');
    }
    await expect(
      route({ ...submit, notice: { ...notice, notifier: { ...NOTIFIER, role: 'admin' } } }, page),
    ).rejects.toThrow('payload');
    expect(ran).toEqual([]);
  });

  it('refuses notice settings with an endpoint that is not https (http only on this computer)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ran, route } = recordingRouter();
    const config = (endpoint: string) => ({
      notifier: NOTIFIER,
      channels: { aliexpress: { kind: 'api', endpoint, token: 'T0K' } },
    });
    for (const endpoint of ['http://192.168.1.20/notices', 'ftp://n.example/', 'javascript:alert(1)'])
      await expect(
        route({ type: 'notice-config-save', config: config(endpoint) }, SENDERS['extension-page']),
      ).rejects.toThrow('payload');
    await expect(
      route({ type: 'notice-config-save', config: config('http://127.0.0.1:4000/n') }, SENDERS['extension-page']),
    ).resolves.toBeDefined();
    expect(ran).toEqual(['notice-config-save']);
  });

  it.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty'], ['no-such-type']])(
    'refuses the unknown type %s without echoing it',
    async (type) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { ran, route } = recordingRouter();
      await expect(route({ type }, SENDERS['extension-page'])).rejects.toThrow(
        'Flagpost refused an unknown message from extension-page',
      );
      expect(ran).toEqual([]);
      expect(warn.mock.calls[0]?.[0]).not.toContain(type);
    },
  );

  it.each([[null], ['ping'], [[{ type: 'ping' }]], [{}]])(
    'refuses a message that is no object with a type: %j',
    async (message) => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await expect(recordingRouter().route(message, SENDERS['extension-page'])).rejects.toBeInstanceOf(RefusedMessage);
    },
  );
});

describe('kinds of sender', () => {
  const web = (overrides: Partial<Runtime.MessageSender>): Runtime.MessageSender => ({
    ...SENDERS['top-frame'],
    ...overrides,
  });

  it.each<[string, Runtime.MessageSender, SenderKind]>([
    ['the popup (no tab)', SENDERS['extension-page'], 'extension-page'],
    [
      'the options page in its tab',
      { id: ID, url: `${BASE}src/options/index.html`, tab: tab(9, `${BASE}src/options/index.html`), frameId: 0 },
      'extension-page',
    ],
    [
      'the options page in a tab whose address the browser withholds',
      { id: ID, url: `${BASE}src/options/index.html`, tab: tab(9), frameId: 0 },
      'extension-page',
    ],
    [
      'an extension page framed in a web page',
      { id: ID, url: `${BASE}src/options/index.html`, tab: tab(9, LISTING), frameId: 2 },
      'other',
    ],
    [
      'an extension page in a sub-frame of a tab with no address',
      { id: ID, url: `${BASE}src/options/index.html`, tab: tab(9), frameId: 2 },
      'other',
    ],
    [
      "another extension's page",
      { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' },
      'other',
    ],
    ['a content script in a top frame', SENDERS['top-frame'], 'top-frame'],
    ['a content script on another shop (activeTab)', web({ url: 'https://shop.example/p/1' }), 'top-frame'],
    ['a description frame', SENDERS['description-frame'], 'description-frame'],
    ['a description host as the top frame', web({ url: FRAME }), 'top-frame'],
    ['a sub-frame on another host', web({ frameId: 3, url: 'https://evil.example/itmdesc/335812907766' }), 'other'],
    ['a description frame over plain http', web({ frameId: 3, url: FRAME.replace('https:', 'http:') }), 'other'],
    ['a content script with no tab', { id: ID, frameId: 0, url: LISTING }, 'other'],
    ['a top frame at a non-web address', web({ url: 'file:///etc/passwd' }), 'other'],
    ['a top frame claiming our origin in its path', web({ url: `https://evil.example/${BASE}` }), 'top-frame'],
    ['no address at all', { id: ID, tab: tab(4), frameId: 0 }, 'other'],
  ])('%s', (_what, sender, kind) => {
    expect(senderKind(sender, BASE, ID)).toBe(kind);
  });
});
