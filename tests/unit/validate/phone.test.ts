import { describe, expect, it } from 'vitest';
import { isPlausiblePhone } from '../../../src/core/validate/phone';

describe('isPlausiblePhone', () => {
  it.each([
    '+49 30 1234567',
    '0049 (0)30 123 45 67',
    '+86 755-8888-1234',
    '030/1234567',
    'Tel.: +33 1 23 45 67 89',
    '+48 22 123 45 67 ext. 12',
  ])('%s could be dialled', (phone) => expect(isPlausiblePhone(phone)).toBe(true));
  it.each([null, '', '12345', '0000000', '+49', 'call us', 'WhatsApp me', '+1234567890123456', '123-abc-4567'])(
    '%s could not',
    (phone) => expect(isPlausiblePhone(phone)).toBe(false),
  );
});
