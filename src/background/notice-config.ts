import { DEFAULT_NOTICE_CONFIG, type NoticeConfig } from '../core/notice/config';
import { vault } from './vault/index';

/** The notifier and the channels, in the vault. */
export async function noticeConfig(): Promise<NoticeConfig> {
  return { ...DEFAULT_NOTICE_CONFIG, ...(await vault.get('noticeConfig')) };
}

export async function saveNoticeConfig(config: NoticeConfig): Promise<NoticeConfig> {
  await vault.update(['noticeConfig'], () => ({ noticeConfig: config }));
  return config;
}
