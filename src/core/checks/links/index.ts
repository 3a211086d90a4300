import type { Check } from '../types';

export const LINK_CHECKS: readonly Check[] = [];
