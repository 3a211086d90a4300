import { readFileSync } from 'node:fs';
import { endorseKey, signPack } from '../../../src/core/campaign/signature';
import type { CampaignPack, SignedPack } from '../../../src/core/campaign/types';
import type { TestPage } from './types';

const FIXTURES = new URL('../../fixtures/campaigns/', import.meta.url);
export const campaignFixtureText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** A test organiser's key pair from the fixtures (`organiser` or `other-organiser`). */
async function fixtureKey(name: string): Promise<{ privateKey: CryptoKey; publicKey: string }> {
  const der = Buffer.from(campaignFixtureText(`${name}.pem`).replace(/-----[^-]+-----|\s/g, ''), 'base64');
  const privateKey = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  return { privateKey, publicKey: campaignFixtureText(`${name}.pub`).trim() };
}

/**
 * The fixture pack with these listings and notices going to `endpoint`, signed with the test
 * organiser's key, or with `signer`'s key that `endorsedBy`'s key handed the campaign over to.
 */
export async function signedPack(options: {
  listings: readonly string[];
  endpoint: string;
  version?: number;
  signer?: string;
  endorsedBy?: string;
  /** Any other fields of the pack (e.g. the Safety Gate alerts it brings). */
  extra?: Partial<CampaignPack>;
}): Promise<string> {
  const pack: CampaignPack = {
    ...(JSON.parse(campaignFixtureText('magnet-toys.pack.json')) as CampaignPack),
    version: options.version ?? 1,
    terms: [],
    channel: { kind: 'organiser', endpoint: options.endpoint },
    listings: [...options.listings],
    ...options.extra,
  };
  const signer = await fixtureKey(options.signer ?? 'organiser');
  const keyHistory = options.endorsedBy
    ? [await endorseKey(pack.id, signer.publicKey, await fixtureKey(options.endorsedBy))]
    : undefined;
  const signed: SignedPack = {
    pack,
    signature: {
      alg: 'Ed25519',
      publicKey: signer.publicKey,
      value: await signPack(pack, signer.privateKey),
      keyHistory,
    },
  };
  return JSON.stringify(signed);
}

export async function click(page: TestPage, selector: string): Promise<void> {
  await page.waitFor(selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

/** Picks a file in the options page's file input, as a user would (a DataTransfer stands in for the file dialog). */
export async function chooseFile(page: TestPage, text: string): Promise<void> {
  await page.waitFor('input[name=campaign-file]');
  await page.evaluate((content) => {
    const input = document.querySelector('input[name=campaign-file]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'pack.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

/** Sets the bulk capture's delay in the campaign page's input, as a user typing it. */
export async function setBulkDelay(page: TestPage, seconds: number): Promise<void> {
  await page.waitFor('input[name=bulk-delay]');
  await page.evaluate((value) => {
    const input = document.querySelector('input[name=bulk-delay]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, String(seconds));
}
