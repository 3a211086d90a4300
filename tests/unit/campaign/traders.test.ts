import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCampaigns, campaignsForPage, forcedChecks } from '../../../src/core/campaign/apply';
import { knownTradersFor } from '../../../src/core/campaign/known';
import { hashIdentifier, traderIdentifiers } from '../../../src/core/campaign/traders';
import type { CampaignPack } from '../../../src/core/campaign/types';
import { emptyExtraction, emptyTrader, type PageFacts } from '../../../src/core/facts';
import { judgePage } from '../../../src/core/judge';
import type { Trader } from '../../../src/core/model';

const pack = JSON.parse(
  readFileSync(new URL('../../fixtures/campaigns/magnet-toys.pack.json', import.meta.url), 'utf8'),
) as CampaignPack;

const trader = (over: Partial<Trader>): Trader => ({ ...emptyTrader(), ...over });
const productPage = (url: string): PageFacts => ({
  ...emptyExtraction(),
  url,
  platform: 'aliexpress',
  pageType: 'product',
});

describe('trader identifiers', () => {
  it('are normalised, so one trader written two ways is one trader', () => {
    const a = traderIdentifiers(trader({ vatNumber: 'DE 314.579-201', storeId: '11 03' }), 'aliexpress');
    const b = traderIdentifiers(trader({ vatNumber: 'de314579201', storeId: '1103' }), 'aliexpress');
    expect(a).toEqual(b);
    expect(a).toEqual([
      { kind: 'store', value: 'aliexpress:1103' },
      { kind: 'vat', value: 'DE314579201' },
    ]);
  });

  it('hash with the salt: SHA-256 of salt:kind:value, different per salt', async () => {
    const id = { kind: 'vat', value: 'DE314579201' } as const;
    const expected = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('ab12:vat:DE314579201'));
    expect(await hashIdentifier('ab12', id)).toBe(Buffer.from(expected).toString('hex'));
    expect(await hashIdentifier('ab13', id)).not.toBe(await hashIdentifier('ab12', id));
  });

  it('a campaign list never holds the identifier itself', () => {
    expect(JSON.stringify(pack.traders)).not.toContain('1105566778');
  });
});

describe('known traders', () => {
  const listed = [{ kind: 'store', value: 'aliexpress:1105566778' }] as const;

  it('recognise a trader on a campaign list, and one the user reported, counting each notice once', async () => {
    const reported = [
      {
        ids: [{ kind: 'vat', value: 'DE1' } as const, { kind: 'store', value: 'aliexpress:1105566778' } as const],
        noticeId: 'n1',
      },
    ];
    const ids = [...listed, { kind: 'vat', value: 'DE1' } as const];
    const known = await knownTradersFor(ids, reported, [pack]);
    expect(known.sourcesOf(ids)).toEqual([
      { kind: 'reported', noticeIds: ['n1'] },
      { kind: 'campaign', campaign: 'magnet-toys-2026' },
    ]);
    expect((await knownTradersFor([{ kind: 'store', value: 'aliexpress:1' }], reported, [pack])).sourcesOf([])).toEqual(
      [],
    );
  });

  it('give the trader.previously-reported finding, owned by the campaign, with its severity', async () => {
    const facts = productPage('https://fr.aliexpress.com/item/1005005987654321.html');
    facts.trader = trader({ storeId: '1105566778', name: 'Shop' });
    facts.texts.title = 'Neodymium magnetic balls 5 mm, Spielzeug für Kinder';
    facts.listing.title = facts.texts.title;
    facts.safety.ceMarking = 'absent';
    const known = await knownTradersFor(traderIdentifiers(facts.trader, 'aliexpress'), [], [pack]);
    const packs = campaignsForPage([pack], facts);
    expect(packs).toHaveLength(1);
    expect(forcedChecks(packs).has('trader.previously-reported')).toBe(true);
    const analysis = applyCampaigns(judgePage(facts, { knownTraders: known }), packs);
    const finding = analysis.findings.find((f) => f.id === 'trader.previously-reported');
    expect(finding).toMatchObject({ evidence: ['campaign:magnet-toys-2026'], campaign: pack.name, severity: 'medium' });
    expect(analysis.findings.find((f) => f.id === 'safety.ce-missing')).toMatchObject({
      campaign: pack.name,
      severity: 'high',
    });
  });

  it('leave pages outside the campaign alone: no term from its list, or another marketplace', () => {
    const facts = productPage('https://fr.aliexpress.com/item/1.html');
    facts.texts.title = 'USB charger';
    expect(campaignsForPage([pack], facts)).toEqual([]);
  });
});
