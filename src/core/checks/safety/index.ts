import type { Check } from '../types';
import { ceMissingCheck } from './ce-missing';
import { euResponsibleMissingCheck } from './eu-responsible-missing';
import { manufacturerMissingCheck } from './manufacturer-missing';
import { warningsMissingCheck } from './warnings-missing';

export const SAFETY_CHECKS: readonly Check[] = [
  manufacturerMissingCheck,
  euResponsibleMissingCheck,
  ceMissingCheck,
  warningsMissingCheck,
];
