import { parseHTML } from 'linkedom';

/** A Document for core code under Node, as the CLI builds it. */
export function documentFrom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
