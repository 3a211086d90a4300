import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { PageFacts } from '../../src/core/facts';
import type { FrameContent } from '../../src/core/frames';
import type { Analysis } from '../../src/core/model';

// The service worker's side, on an in-memory storage.session: the page's facts and its frame arrive in either order.
const session = new Map<string, unknown>();
const sendMessage = vi.fn(async () => undefined);
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) session.set(key, structuredClone(value));
        },
        remove: async (keys: string[]) => keys.forEach((key) => session.delete(key)),
      },
    },
    tabs: { sendMessage },
  },
}));
const { inTabOrder, onFrameFacts, withTabFrame } = await import('../../src/background/frames');
const { extractPage } = await import('../../src/core/extract');
const { documentFrom } = await import('../support/dom');

const TAB = 7;
const ITEM = '335812907766';
const FRAME_URL = `https://itm.ebaydesc.com/itmdesc/${ITEM}?t=0`;
const content: FrameContent = {
  links: [{ href: 'https://wa.me/33612345678', text: 'WhatsApp', source: 'description' }],
  text: 'WhatsApp',
  images: [],
};
const page: PageFacts = extractPage(
  documentFrom('<html><body><h1 class="x-item-title__mainTitle">Torchons</h1></body></html>'),
  `https://www.ebay.fr/itm/${ITEM}`,
);
const frameSender = (overrides: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  tab: { id: TAB } as Runtime.MessageSender['tab'],
  frameId: 3,
  url: FRAME_URL,
  ...overrides,
});

/** The service worker's judging without its checks: the facts merged with the tab's frame, recorded. */
const judged: PageFacts[] = [];
async function analyse(facts: PageFacts, slowness = 0): Promise<Analysis> {
  const merged = await withTabFrame(TAB, facts);
  // Judging awaits settings and translations (the first time longer) before it stores the analysis.
  for (let step = 0; step < slowness; step++) await Promise.resolve();
  judged.push(merged);
  return { url: merged.url } as Analysis;
}
/** The 'page-facts' handler. */
const pageFacts = (facts: PageFacts, slowness = 0) => inTabOrder(TAB, () => analyse(facts, slowness));

beforeEach(() => {
  session.clear();
  judged.length = 0;
  sendMessage.mockClear();
});

describe('description frame reports', () => {
  it('merges a frame that reported before the page', async () => {
    await onFrameFacts(content, frameSender(), (facts) => analyse(facts));
    expect(judged).toEqual([]); // no page yet: nothing to judge
    await pageFacts(page);
    expect(judged.at(-1)?.links).toEqual(content.links);
    expect(judged.at(-1)?.unreadable).not.toContain('links');
  });

  it('judges the page again when its frame reports after it, and tells the tab', async () => {
    await pageFacts(page);
    expect(judged.at(-1)?.unreadable).toContain('texts.description');
    await onFrameFacts(content, frameSender(), (facts) => analyse(facts));
    expect(judged.at(-1)?.texts.description).toBe('WhatsApp');
    expect(sendMessage).toHaveBeenCalledWith(
      TAB,
      { type: 'analysis-updated', analysis: { url: page.url } },
      { frameId: 0 },
    );
  });

  it('ends with the frame merged when it reports while the page is judged (slowly) without it', async () => {
    const judging = pageFacts(page, 50);
    while (!session.has(`facts:${TAB}`)) await Promise.resolve(); // the page is being judged, without a frame
    await Promise.all([judging, onFrameFacts(content, frameSender(), (facts) => analyse(facts))]);
    expect(judged.map((facts) => facts.links)).toEqual([[], content.links]);
  });

  it("keeps this listing's frame when a frame of another item reports later, before the page", async () => {
    await onFrameFacts(content, frameSender(), (facts) => analyse(facts));
    const other: FrameContent = { links: [], text: 'Another item', images: [] };
    await onFrameFacts(other, frameSender({ url: 'https://itm.ebaydesc.com/itmdesc/335812907700' }), (facts) =>
      analyse(facts),
    );
    await pageFacts(page);
    expect(judged.at(-1)?.texts.description).toBe('WhatsApp');
    expect(judged.at(-1)?.links).toEqual(content.links);
  });

  it.each([
    ['the top frame', { frameId: 0 }],
    ['another host', { url: `https://evil.example/itmdesc/${ITEM}` }],
    ["another item's frame", { url: 'https://itm.ebaydesc.com/itmdesc/335812907700' }],
    ['no tab', { tab: undefined }],
  ])('ignores a report from %s', async (_what, overrides) => {
    await pageFacts(page);
    await onFrameFacts(content, frameSender(overrides), (facts) => analyse(facts));
    expect(judged).toHaveLength(1);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
