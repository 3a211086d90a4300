import type { PageFacts } from '../facts';
import type { CeMarking } from '../model';

// Placeholder until the safety checks land: owned by the safety-check work.
export function deriveCeMarking(facts: PageFacts): CeMarking {
  if (facts.unreadable.includes('texts.description')) return 'unknown';
  const text = [facts.texts.title, facts.texts.description, facts.texts.specs, facts.texts.safety].join(' ');
  return /(?<![\p{L}\p{N}])CE(?![\p{L}\p{N}])/u.test(text) ? 'claimed' : 'absent';
}
