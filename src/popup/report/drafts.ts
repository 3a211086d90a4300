import browser from 'webextension-polyfill';
import type { NoticeInput } from '../../core/notice/types';

/** A report form the user left before sending: kept per listing (canonical URL) until it is sent. */
export interface NoticeDraft {
  url: string;
  title: string | null;
  /** The notice id the form was opened with, kept so a restored draft is sent under the same Idempotency-Key. */
  id: string;
  input: NoticeInput;
  savedAt: string;
}

// One storage key per listing: two popups never overwrite each other's drafts.
const PREFIX = 'noticeDraft:';

export async function loadDraft(url: string): Promise<NoticeDraft | null> {
  const key = PREFIX + url;
  return ((await browser.storage.local.get(key))[key] as NoticeDraft | undefined) ?? null;
}

export async function saveDraft(draft: NoticeDraft): Promise<void> {
  await browser.storage.local.set({ [PREFIX + draft.url]: draft });
}

export async function deleteDraft(url: string): Promise<void> {
  await browser.storage.local.remove(PREFIX + url);
}

/** Every draft, newest first. */
export async function listDrafts(): Promise<NoticeDraft[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, draft]) => draft as NoticeDraft)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
