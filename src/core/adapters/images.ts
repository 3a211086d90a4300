/** Where an <img> keeps its address: src, or data-src while a lazy loader shows a placeholder (a data: URI) in src. */
const SOURCE_ATTRIBUTES = ['src', 'data-src'] as const;

function webAddressOf(img: Element, base: URL): URL | null {
  for (const attribute of SOURCE_ATTRIBUTES) {
    const value = img.getAttribute(attribute);
    if (!value) continue;
    try {
      const url = new URL(value, base);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url;
    } catch {
      // not an address: try the next attribute
    }
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
