import browser from 'webextension-polyfill';
import type { ChannelRegistry } from '../../core/notice/channel';
import type { NotifierRole } from '../../core/notice/types';

/** The notifier (DSA Art. 16(2)(c)) and the channel registry, kept in this browser only. */
export interface NoticeConfig {
  notifier: { name: string; email: string; role: NotifierRole };
  channels: ChannelRegistry;
}

export const DEFAULT_NOTICE_CONFIG: NoticeConfig = {
  notifier: { name: '', email: '', role: 'consumer' },
  channels: {},
};

const KEY = 'noticeConfig';

export async function loadNoticeConfig(): Promise<NoticeConfig> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<NoticeConfig> | undefined;
  return { ...DEFAULT_NOTICE_CONFIG, ...stored };
}

export async function saveNoticeConfig(config: NoticeConfig): Promise<void> {
  await browser.storage.local.set({ [KEY]: config });
}
