import { adapterForUrl } from './adapters/index';
import { fillFromText } from './adapters/fill-from-text';
import { isPageNavigation, isSiteChrome, readLabelledText } from './adapters/labelled-text';
import { MAX_LINKS } from './links/limits';
import { emptyExtraction, SECTION_FIELDS, type Extraction, type PageFacts } from './facts';

export type ErrorSink = (where: string, error: unknown) => void;

/** Reads a page's facts (needs the DOM). Never throws: a failing adapter marks its page unreadable. */
export function extractPage(doc: Document, url: string, onError?: ErrorSink): PageFacts {
  const parsed = new URL(url);
  const adapter = adapterForUrl(parsed);
  const input = { doc, url: parsed };
  let pageType: PageFacts['pageType'] = 'other';
  let extraction: Extraction = emptyExtraction();
  try {
    pageType = adapter.pageType(input);
    if (pageType === 'product' || pageType === 'seller') extraction = adapter.extract(input);
  } catch (error) {
    onError?.(`adapter:${adapter.platform}`, error);
    extraction = unreadableExtraction();
  }
  if ((pageType === 'product' || pageType === 'seller') && doc.body) {
    try {
      // A shop's own footer holds its imprint; a marketplace's footer holds the marketplace's.
      const skip = adapter.platform === 'generic' ? isPageNavigation : isSiteChrome;
      fillFromText(extraction, readLabelledText(doc.body, skip));
    } catch (error) {
      onError?.('labelled-text', error);
    }
  }
  const platform = adapter.platform === 'generic' && pageType === 'other' ? null : adapter.platform;
  if (extraction.links.length > MAX_LINKS) {
    return { ...extraction, links: extraction.links.slice(0, MAX_LINKS), linksCapped: true, url: parsed.href, platform, pageType };
  }
  return { ...extraction, url: parsed.href, platform, pageType };
}

function unreadableExtraction(): Extraction {
  const extraction = emptyExtraction();
  extraction.unreadable = Object.values(SECTION_FIELDS).flat();
  return extraction;
}
