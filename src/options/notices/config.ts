import type { NoticeConfig } from '../../core/notice/config';
import { send } from '../../runtime/messages';

export type { NoticeConfig } from '../../core/notice/config';

/** The notice settings live in the service worker's vault: pages ask for them and ask it to save them. */
export const loadNoticeConfig = (): Promise<NoticeConfig> => send({ type: 'notice-config' });

export const saveNoticeConfig = (config: NoticeConfig): Promise<NoticeConfig> =>
  send({ type: 'notice-config-save', config });
