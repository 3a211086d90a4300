import type { ChannelRegistry } from './channel';
import type { NotifierRole } from './types';

/** The notifier (DSA Art. 16(2)(c)) and the channel registry: kept by the service worker only. */
export interface NoticeConfig {
  notifier: { name: string; email: string; role: NotifierRole };
  channels: ChannelRegistry;
}

export const DEFAULT_NOTICE_CONFIG: NoticeConfig = {
  notifier: { name: '', email: '', role: 'consumer' },
  channels: {},
};
