import { deriveCeMarking } from '../../safety/ce-marking';
import { ceProductKind } from '../../safety/listing';
import type { Check } from '../types';

export const ceMissingCheck: Check = {
  id: 'safety.ce-missing',
  reads: ['texts.description'],
  // Runs for private sellers too: the mark belongs to the product, whoever sells it.
  run(page) {
    const kind = ceProductKind(page);
    if (!kind || (page.safety.ceMarking ?? deriveCeMarking(page)) !== 'absent') return null;
    // Medium, not high: the law requires the mark on the product, and it may show in the photos.
    return {
      severity: 'medium',
      legalBasis: `Regulation (EC) 765/2008 Art. 30; ${kind.legalBasis}`,
      evidence: [kind.term],
      params: [kind.term],
    };
  },
};
