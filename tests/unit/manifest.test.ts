import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { MARKETPLACE_ADAPTERS } from '../../src/core/adapters/index';
import { IMAGE_HOST_PATTERNS } from '../../src/background/image-codes/hosts';
import { listFixtures, matchedByManifest } from '../support/fixtures';

const contentPatterns = manifest.content_scripts.flatMap((c) => c.matches);
/** Where the content script reads listing pages (top frame only), and where it reads description frames. */
const pagePatterns = manifest.content_scripts.filter((c) => !('all_frames' in c)).flatMap((c) => c.matches);
const framePatterns = manifest.content_scripts.filter((c) => 'all_frames' in c).flatMap((c) => c.matches);

describe('store manifest', () => {
  it('reads only the supported marketplaces by itself', () => {
    for (const fixture of listFixtures()) {
      const marketplace = MARKETPLACE_ADAPTERS.some((adapter) => adapter.matchesUrl(new URL(fixture.url)));
      expect(matchedByManifest(fixture.url, contentPatterns), fixture.name).toBe(marketplace);
    }
  });

  it('asks for host access exactly where its content script reads pages, and on the listing-image CDNs', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...pagePatterns, ...IMAGE_HOST_PATTERNS].sort());
    expect(IMAGE_HOST_PATTERNS).toEqual([
      'https://*.alicdn.com/*',
      'https://*.aliexpress-media.com/*',
      'https://img.kwcdn.com/*',
      'https://m.media-amazon.com/*',
      'https://i.ebayimg.com/*',
      'https://img.ltwebstatic.com/*',
      'https://a.allegroimg.com/*',
      'https://media.s-bol.com/*',
      'https://i.etsystatic.com/*',
    ]);
  });

  it("runs in sub-frames only on eBay's description host, to read the description an item page shows in a frame", () => {
    expect(framePatterns).toEqual(['https://*.ebaydesc.com/*']);
  });

  it('runs no content script on the image CDNs: it only fetches images from them', () => {
    for (const pattern of IMAGE_HOST_PATTERNS) expect(contentPatterns, pattern).not.toContain(pattern);
  });

  it('asks for no broad or risky permission', () => {
    // webRequest (observe only, no install warning) reads a redirect's Location while the user resolves a link;
    // it never blocks or changes a request, and sees only sites the user granted one by one.
    expect(
      manifest.permissions.filter((p) =>
        ['tabs', 'webRequestBlocking', 'cookies', 'history', '<all_urls>'].includes(p),
      ),
    ).toEqual([]);
    expect(manifest.host_permissions.filter((p) => p.includes('<all_urls>') || /^\w+:\/\/\*\//.test(p))).toEqual([]);
  });

  it('keeps broad host access optional, asked for in a click', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });
});
