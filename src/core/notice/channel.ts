import type { Platform } from '../model';

/**
 * How a notice reaches a platform: its notice-and-action API, its own notice form (opened and
 * pre-filled, submitted by the user), a message to its DSA contact point, or a file the user files elsewhere.
 */
export type Channel =
  | { kind: 'api'; endpoint: string; token: string | null }
  | { kind: 'form'; url: string }
  | { kind: 'email'; address: string }
  | { kind: 'export' };

/** The per-platform channel registry the user edits in the options page; a platform not listed uses export. */
export type ChannelRegistry = Partial<Record<Platform, Channel>>;

export function channelFor(registry: ChannelRegistry, platform: Platform | null): Channel {
  return (platform && registry[platform]) || { kind: 'export' };
}
