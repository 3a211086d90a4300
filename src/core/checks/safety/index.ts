import type { Check } from '../types';

export const SAFETY_CHECKS: readonly Check[] = [];
