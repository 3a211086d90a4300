import type { Check } from '../types';

export const PRODUCT_CHECKS: readonly Check[] = [];
