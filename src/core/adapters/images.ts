/**
 * The addresses of a listing's images (src, or the lazy-loading data-src), made absolute and full size
 * by `fullSize` (the sites serve resized copies under a variant of the original's address), each once.
 */
export function imageUrls(images: Iterable<Element>, base: URL, fullSize: (url: URL) => string): string[] {
  const urls = [...images].flatMap((img) => {
    const src = img.getAttribute('src') ?? img.getAttribute('data-src');
    if (!src) return [];
    try {
      const url = new URL(src, base);
      return url.protocol === 'https:' || url.protocol === 'http:' ? [fullSize(url)] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(urls)];
}

/** The <img> elements under each of `roots` that matches `selector`. */
export function imagesIn(roots: readonly (Element | null)[], selector = 'img'): Element[] {
  return roots.flatMap((root) => (root ? [...root.querySelectorAll(selector)] : []));
}
