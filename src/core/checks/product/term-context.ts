import { foldForMatching } from '../../text/normalize';
import { termMatcher, type TermList, type TermMatcher } from '../../text/terms';
import type { JudgedPage } from '../types';
import type { FieldPath } from '../../facts';

/** A term found in a listing text, with the excerpt around it and the words next to it. */
export interface TermHit {
  /** Folded, as the term list's entry folds. */
  term: string;
  /** As the page writes it, for evidence. */
  excerpt: string;
  /** The folded text just before and just after the term (about 40 characters each). */
  before: string;
  after: string;
}

// Beyond this many matches in one text the page is spam or hostile; the first ones tell enough.
const MAX_HITS_PER_TEXT = 500;
const CONTEXT_CHARS = 40;
const WORD_EDGES = /^[^\p{L}\p{N}'’&+]+|[^\p{L}\p{N}'’&+]+$/gu;

function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(' ')) {
    const word = raw.replace(WORD_EDGES, '');
    if (word !== '') out.push(word);
  }
  return out;
}

/** Matches in `text`, with the folded text on either side of each. */
export function hitsIn(match: TermMatcher, text: string): TermHit[] {
  return match(text, MAX_HITS_PER_TEXT).map(({ term, excerpt, index, length }) => ({
    term,
    excerpt,
    before: foldForMatching(text.slice(Math.max(0, index - CONTEXT_CHARS), index)),
    after: foldForMatching(text.slice(index + length, index + length + CONTEXT_CHARS)),
  }));
}

/** Up to `count` words just before the term (folded, edge punctuation dropped). */
export function wordsBefore(hit: TermHit, count: number): string[] {
  return words(hit.before).slice(-count);
}

/** Up to `count` words just after the term. */
export function wordsAfter(hit: TermHit, count: number): string[] {
  return words(hit.after).slice(0, count);
}

/** Folded entries of a term list, for looking up which list a matched term came from. */
export function foldedSet(list: TermList): Set<string> {
  return new Set(
    Object.values(list)
      .flat()
      .filter((t): t is string => !!t)
      .map(foldForMatching),
  );
}

/** The texts that describe the product (not the seller's), skipping any the adapter could not read. */
export function productTexts(page: JudgedPage, isUnreadable: (path: FieldPath) => boolean): string[] {
  const texts = [page.texts.title || page.listing.title || ''];
  if (!isUnreadable('texts.description')) texts.push(page.texts.description);
  texts.push(page.texts.specs);
  return texts.filter((t) => t.trim() !== '');
}

/** A matcher over several term lists at once (signals and their traps compete for the same words). */
export function combinedMatcher(...lists: TermList[]): TermMatcher {
  const merged: Record<string, string[]> = {};
  lists.forEach((list, index) => {
    for (const [language, terms] of Object.entries(list)) merged[`${index}:${language}`] = [...(terms ?? [])];
  });
  return termMatcher(merged);
}

/** Unique excerpts for evidence, at most `limit`. */
export function excerpts(hits: readonly TermHit[], limit = 5): string[] {
  return [...new Set(hits.map((h) => h.excerpt))].slice(0, limit);
}

/** Unique matched terms, for a finding's detail. */
export function termsOf(hits: readonly TermHit[]): string {
  return [...new Set(hits.map((h) => h.term))].join(', ');
}
