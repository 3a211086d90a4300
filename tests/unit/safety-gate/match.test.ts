import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildSafetyGateIndex,
  gtinKey,
  gtinsIn,
  modelKeys,
  normaliseCode,
  parseSafetyGateReport,
} from '../../../src/core/safety-gate/index';
import type { SafetyGateAlert } from '../../../src/core/safety-gate/index';
import { fictitiousAlerts } from '../../fixtures/safety-gate/generate';

const alert = (fields: Partial<SafetyGateAlert>): SafetyGateAlert => ({
  ...fictitiousAlerts(1, 7)[0]!,
  barcode: null,
  ...fields,
});

describe('normalisation', () => {
  it('treats case, spaces and punctuation alike', () => {
    expect(normaliseCode('XJ-200 B')).toBe(normaliseCode('xj200b'));
    expect(normaliseCode(' Xj.200/b ')).toBe('xj200b');
    expect(normaliseCode('Voltéa')).toBe('voltea');
  });

  it('splits model lists and drops codes too common to match on', () => {
    expect(modelKeys('AB-100; AB-200, ab 300 / AB-400')).toEqual(['ab100', 'ab200', 'ab300', 'ab400']);
    expect(modelKeys('unknown')).toEqual([]);
    expect(modelKeys('X1')).toEqual([]);
    expect(modelKeys('Deluxe')).toEqual([]);
  });

  it('accepts GTINs only with a valid check digit, in any length, as 14 digits', () => {
    expect(gtinKey('4012345678901')).toBe('04012345678901');
    expect(gtinKey('4012345678902')).toBeNull();
    expect(gtinKey('96385074')).toBe('00000096385074');
    expect(gtinKey('036000291452')).toBe('00036000291452');
    expect(gtinKey('0000000000000')).toBeNull();
    expect(gtinsIn('EAN: 4 012345 678901; 036000291452 and lot 12345')).toEqual(['04012345678901', '00036000291452']);
    expect(gtinsIn('4012345678901 4068215937425')).toEqual(['04012345678901', '04068215937425']);
  });
});

describe('buildSafetyGateIndex', () => {
  const index = buildSafetyGateIndex([
    alert({ caseNumber: 'G', brand: 'Other brand', model: 'Z-999', barcode: '4012345678901' }),
    alert({ caseNumber: 'M', brand: 'Kidzy', model: 'XJ-200 B; XJ-300' }),
    alert({ caseNumber: 'N', brand: 'Unknown', model: 'QQ-123', product: 'Magnetic building set' }),
  ]);

  it('matches by GTIN, whatever the brand', () => {
    expect(index.match({ brand: null, model: null, gtin: ['4012345678901'] }).map((a) => a.caseNumber)).toEqual(['G']);
    expect(index.match({ brand: null, model: null, gtin: ['04012345678901'] }).map((a) => a.caseNumber)).toEqual(['G']);
  });

  it('matches by brand together with model, tolerant of spelling', () => {
    expect(index.match({ brand: 'KIDZY', model: 'xj200b', gtin: [] }).map((a) => a.caseNumber)).toEqual(['M']);
    expect(index.match({ brand: 'kidzy', model: 'XJ 300', gtin: [] }).map((a) => a.caseNumber)).toEqual(['M']);
  });

  it('does not match near-misses: same brand, other model; model without brand; placeholder brands', () => {
    expect(index.match({ brand: 'Kidzy', model: 'XJ-200 C', gtin: [] })).toEqual([]);
    expect(index.match({ brand: 'Kidzy', model: 'XJ-20', gtin: [] })).toEqual([]);
    expect(index.match({ brand: 'Kidzy', model: null, gtin: [] })).toEqual([]);
    expect(index.match({ brand: null, model: 'XJ-200 B', gtin: [] })).toEqual([]);
    expect(index.match({ brand: 'Other', model: 'XJ-200 B', gtin: [] })).toEqual([]);
    expect(index.match({ brand: 'Unknown', model: 'QQ-123', gtin: [] })).toEqual([]);
    expect(
      index.match({ brand: 'Kidzy', model: 'XJ-200 B', gtin: ['4012345678902'] }).map((a) => a.caseNumber),
    ).toEqual(['M']);
  });

  it('finds each alert of the 304-alert fixture by its own GTIN and by its brand and model', () => {
    const alerts = parseSafetyGateReport(
      readFileSync(new URL('../../fixtures/safety-gate/report.xml', import.meta.url), 'utf8'),
    ).alerts;
    const full = buildSafetyGateIndex(alerts);
    expect(full.size).toBe(304);
    for (const a of alerts) {
      if (a.barcode) expect(full.match({ brand: null, model: null, gtin: [a.barcode] })).toContain(a);
      const model = modelKeys(a.model)[0];
      if (a.brand !== 'Unknown' && model) expect(full.match({ brand: a.brand, model, gtin: [] })).toContain(a);
    }
  });
});
