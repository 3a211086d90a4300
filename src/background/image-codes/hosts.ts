// The marketplaces' image CDNs the extension may fetch listing images from (and holds host access for).

/** CDN domains whose every subdomain serves listing images (AliExpress shards them: ae01.alicdn.com, ae-pic-a1…). */
export const IMAGE_HOST_DOMAINS = ['alicdn.com', 'aliexpress-media.com'] as const;
/**
 * Single image hosts (Temu, Amazon, eBay, Shein, Allegro, bol.com, Etsy): their neighbours serve the sites'
 * own scripts and chrome, not listings.
 */
export const IMAGE_HOSTS = [
  'img.kwcdn.com',
  'm.media-amazon.com',
  'i.ebayimg.com',
  'img.ltwebstatic.com',
  'a.allegroimg.com',
  'media.s-bol.com',
  'i.etsystatic.com',
] as const;

export const IMAGE_HOST_PATTERNS = [
  ...IMAGE_HOST_DOMAINS.map((domain) => `https://*.${domain}/*`),
  ...IMAGE_HOSTS.map((host) => `https://${host}/*`),
];

export function onImageHost(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (
      protocol === 'https:' &&
      ((IMAGE_HOSTS as readonly string[]).includes(hostname) ||
        IMAGE_HOST_DOMAINS.some((d) => hostname === d || hostname.endsWith(`.${d}`)))
    );
  } catch {
    return false;
  }
}
