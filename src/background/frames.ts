import type browser from 'webextension-polyfill';
import type { PageFacts } from '../core/facts';
import { awaitsDescriptionFrame, describedBy, withDescriptionFrame, type FrameContent } from '../core/frames';
import type { Analysis } from '../core/model';
import { saveTabFacts, saveTabFrame, tabFacts, tabFrame } from './tab-state';
import { tellTab } from './tab-update';

type Judge = (facts: PageFacts) => Promise<Analysis>;

const queues = new Map<number, Promise<unknown>>();

/**
 * Runs a tab's judgings one after another: the page's facts and its description frame arrive in
 * either order, and a judging without the frame must never overwrite a later one with it.
 */
export function inTabOrder<T>(tabId: number | undefined, judge: () => Promise<T>): Promise<T> {
  if (tabId === undefined) return judge();
  const next = (queues.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(judge);
  queues.set(tabId, next);
  void next
    .finally(() => {
      if (queues.get(tabId) === next) queues.delete(tabId);
    })
    .catch(() => undefined);
  return next;
}

/** The facts the tab's page sent, kept for its description frame, with the frame's content if it reported already. */
export async function withTabFrame(tabId: number | undefined, facts: PageFacts): Promise<PageFacts> {
  // Most pages have no description frame to wait for: no storage work for them.
  if (tabId === undefined || !awaitsDescriptionFrame(facts)) return facts;
  await saveTabFacts(tabId, facts);
  const frame = await tabFrame(tabId, facts.platform, facts.listing.id);
  return frame ? withDescriptionFrame(facts, frame) : facts;
}

/**
 * A description frame reported (only a sub-frame of a tab, at a description frame's address): kept
 * for the tab under the listing its address names, and the tab's listing judged again with it when it
 * is that listing's description.
 */
export function onFrameFacts(
  content: FrameContent,
  sender: browser.Runtime.MessageSender,
  judge: Judge,
): Promise<null> {
  const tabId = sender.tab?.id;
  const frame = sender.frameId && sender.url ? describedBy(sender.url, content) : null;
  if (tabId === undefined || !frame) return Promise.resolve(null);
  return inTabOrder(tabId, async () => {
    await saveTabFrame(tabId, frame);
    const facts = await tabFacts(tabId);
    if (facts && withDescriptionFrame(facts, frame) !== facts) await tellTab(tabId, await judge(facts));
    return null;
  });
}
