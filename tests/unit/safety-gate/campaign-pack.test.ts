import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CampaignPack } from '../../../src/core/campaign/types';
import { packProblems } from '../../../src/core/campaign/validate';
import { DEMO_ALERTS } from '../../fixtures/safety-gate/generate';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(
  JSON.parse(read('../../../schemas/campaign.schema.json')) as object,
);
const pack = JSON.parse(read('../../fixtures/campaigns/magnet-toys.pack.json')) as CampaignPack;
const withAlerts = (alerts: unknown[]) => ({ ...pack, safetyGate: { alerts } });
const [first] = DEMO_ALERTS;

describe('Safety Gate alerts in a campaign pack', () => {
  it('accepts a pack with alerts in the index shape, and one without, by both the schema and the validator', () => {
    for (const value of [pack, withAlerts(DEMO_ALERTS), withAlerts([])]) {
      expect(ajv(value), JSON.stringify(ajv.errors)).toBe(true);
      expect(packProblems(value)).toEqual([]);
    }
  });

  const broken: [string, unknown][] = [
    ['an alert without a case number', withAlerts([{ ...first, caseNumber: ' ' }])],
    ['an alert leaving out a field (empty fields are null)', withAlerts([{ ...first, barcode: undefined }])],
    ['an alert with a field Flagpost does not know', withAlerts([{ ...first, script: 'alert(1)' }])],
    ['an alert with a number for a text', withAlerts([{ ...first, barcode: 4068215937425 }])],
    ['alerts not in a list', { ...pack, safetyGate: { alerts: first } }],
    ['anything else under safetyGate', { ...pack, safetyGate: { alerts: [], feed: 'https://x.example' } }],
  ];
  it.each(broken)('refuses %s, by both', (_name, value) => {
    expect(ajv(value)).toBe(false);
    expect(packProblems(value).length).toBeGreaterThan(0);
  });
});
