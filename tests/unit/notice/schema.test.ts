import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNotice, defaultInput } from '../../../src/core/notice/build';
import { validateNotice } from '../../../src/core/notice/validate';
import { translatorFor } from '../../../src/locales/index';
import { analysisWith, finding } from './analysis';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/notice.schema.json', import.meta.url), 'utf8')) as {
  examples: unknown[];
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const notice = buildNotice(
  analysisWith([finding('product.prohibited', 'Regulation (EU) 2019/1148 Art. 5', ['Ammonium nitrate 80%'])]),
  {
    ...defaultInput(
      analysisWith([finding('product.prohibited', 'Regulation (EU) 2019/1148 Art. 5', ['Ammonium nitrate 80%'])]),
      {
        language: 'fr',
        translate: translatorFor('fr'),
        notifier: { name: 'A B', email: 'a@b.eu', role: 'researcher' },
      },
    ),
    goodFaith: true,
  },
  { id: '0b8e7f52-3c1d-4e2a-8f90-aa11bb22cc33', now: new Date('2026-11-23T10:00:00Z') },
);

/** Variants that break one rule each: the schema and the hand-written validator must both refuse them. */
const broken: [string, unknown][] = [
  ['short explanation', { ...notice, explanation: 'short' }],
  ['good faith not given', { ...notice, goodFaith: false }],
  ['no location', { ...notice, locations: [] }],
  ['unknown category', { ...notice, category: 'STATEMENT_CATEGORY_NOPE' }],
  ['anonymous without reason', { ...notice, notifier: { name: null, email: null, role: 'consumer' } }],
  ['bad id', { ...notice, id: '42' }],
  ['unknown finding', { ...notice, findings: [{ id: 'nope', evidence: [] }] }],
];

describe('schemas/notice.schema.json', () => {
  it.each(schema.examples.map((e, i) => [i, e] as const))(
    'accepts its example %i, as does the validator used before sending',
    (_i, example) => {
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      expect(validateNotice(example)).toEqual([]);
    },
  );

  it('accepts a built notice', () => {
    expect(validate(notice), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(broken)('and the validator both refuse: %s', (_name, value) => {
    expect(validate(value)).toBe(false);
    expect(validateNotice(value)).not.toEqual([]);
  });
});
