/** The marketplaces' image CDNs the extension may fetch listing images from (and holds host access for). */
export const IMAGE_HOST_DOMAINS = ['alicdn.com', 'aliexpress-media.com'] as const;

export const IMAGE_HOST_PATTERNS = IMAGE_HOST_DOMAINS.map((domain) => `https://*.${domain}/*`);

export function onImageHost(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && IMAGE_HOST_DOMAINS.some((d) => hostname === d || hostname.endsWith(`.${d}`));
  } catch {
    return false;
  }
}
