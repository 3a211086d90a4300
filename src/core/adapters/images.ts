/** Where an <img> keeps its address: src, or data-src while a lazy loader shows a placeholder (a data: URI) in src. */
const SOURCE_ATTRIBUTES = ['src', 'data-src'] as const;

/** `value` made absolute against `base`, when it is a web address (not data:, javascript:…). */
function webAddress(value: string, base: URL): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function webAddressOf(img: Element, base: URL): URL | null {
  for (const attribute of SOURCE_ATTRIBUTES) {
    const value = img.getAttribute(attribute);
    const url = value ? webAddress(value, base) : null;
    if (url) return url;
  }
  return null;
}

/**
 * The addresses of a listing's images (src, or the lazy-loading data-src), made absolute and full size
 * by `fullSize` (the sites serve resized copies under a variant of the original's address), each once.
 */
export function imageUrls(images: Iterable<Element>, base: URL, fullSize: (url: URL) => string): string[] {
  const urls = [...images].flatMap((img) => {
    const url = webAddressOf(img, base);
    return url ? [fullSize(url)] : [];
  });
  return [...new Set(urls)];
}

/**
 * Image addresses read from a page's embedded JSON state, absolute and full size, each once.
 * Protocol-relative ones ("//img.cdn/…", common in such state) become https, whatever the page's own scheme.
 */
export function stateImageUrls(addresses: Iterable<string>, base: URL, fullSize: (url: URL) => string): string[] {
  const urls = [...addresses].flatMap((address) => {
    const url = webAddress(address.startsWith('//') ? `https:${address}` : address, base);
    return url ? [fullSize(url)] : [];
  });
  return [...new Set(urls)];
}

/** Image lists joined in order (the sturdier source first), each address once. */
export function mergedImages(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** The <img> elements under each of `roots` that matches `selector`. */
export function imagesIn(roots: readonly (Element | null)[], selector = 'img'): Element[] {
  return roots.flatMap((root) => (root ? [...root.querySelectorAll(selector)] : []));
}

/**
 * The listing's own images: every <img> under the first element matching each of `roots` (gallery,
 * description), full size, each once. Recommendation carousels and chrome stay out by not being roots.
 */
export function listingImagesIn(
  doc: Document,
  base: URL,
  roots: readonly string[],
  fullSize: (url: URL) => string,
): string[] {
  return imageUrls(imagesIn(roots.map((selector) => doc.querySelector(selector))), base, fullSize);
}
