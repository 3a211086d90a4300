import type { Check } from '../types';
import { addressMissingCheck } from './address-missing';
import { contactMissingCheck } from './contact-missing';
import { identityMissingCheck } from './identity-missing';
import { previouslyReportedCheck } from './previously-reported';
import { registrationInvalidCheck } from './registration-invalid';
import { registrationMissingCheck } from './registration-missing';

export const TRADER_CHECKS: readonly Check[] = [
  identityMissingCheck,
  contactMissingCheck,
  addressMissingCheck,
  registrationMissingCheck,
  registrationInvalidCheck,
  previouslyReportedCheck,
];
