import { describe } from 'vitest';
import { genericAdapter } from '../../../src/core/adapters/generic';
import { itReadsItsFixtures } from '../../support/adapter-fixture-reads';

describe('generic adapter', () => {
  describe('fixture pages', () => itReadsItsFixtures(genericAdapter, 'generic'));
});
