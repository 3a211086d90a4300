import { describe, expect, it } from 'vitest';
import { translatorFor, UI_LANGUAGES } from '../../../src/locales/index';
import { buildNotice, defaultInput } from '../../../src/core/notice/build';
import { canonicalListingUrl } from '../../../src/core/notice/location';
import { classify } from '../../../src/core/notice/taxonomy';
import { complaintDeadline } from '../../../src/core/notice/deadline';
import { validateNotice } from '../../../src/core/notice/validate';
import { analysisWith, finding } from './analysis';

const notifier = { name: 'Erika Mustermann', email: 'erika@example.org', role: 'consumer' as const };
const made = { id: '6f1c2f0e-8d3b-4a51-9c2e-1b7a2d4e5f60', now: new Date('2026-11-23T10:00:00Z') };
const analysis = analysisWith([
  finding('safety.manufacturer-missing', 'GPSR Art. 19(a)', ['Manufacturer: not shown']),
  finding('trader.contact-missing', 'DSA Art. 30(7)'),
]);

function ready(language = 'en') {
  const input = defaultInput(analysis, { language, translate: translatorFor(language), notifier });
  return { ...input, goodFaith: true };
}

describe('notice building', () => {
  it('fills the four Art. 16(2) elements and the taxonomy from the findings', () => {
    const notice = buildNotice(analysis, ready(), made);
    expect(notice).toMatchObject({
      schema: 'flagpost-notice/1',
      id: made.id,
      createdAt: '2026-11-23T10:00:00.000Z',
      language: 'en',
      locations: [
        {
          url: 'https://de.aliexpress.com/item/1005006.html',
          platform: 'aliexpress',
          listingId: '1005006',
          title: 'Holzspielzeug Zug',
          trader: { name: 'Toy Store', storeUrl: 'https://de.aliexpress.com/store/1101' },
        },
      ],
      notifier,
      goodFaith: true,
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
      keywords: ['KEYWORD_UNSAFE_PRODUCTS', 'KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'],
      legalGrounds: [
        { law: 'GPSR Art. 19(a)', memberState: 'DE' },
        { law: 'DSA Art. 30(7)', memberState: 'DE' },
      ],
      findings: [
        { id: 'safety.manufacturer-missing', evidence: ['Manufacturer: not shown'] },
        { id: 'trader.contact-missing', evidence: [] },
      ],
      evidence: [],
      campaign: null,
    });
    expect(validateNotice(notice)).toEqual([]);
  });

  it.each(UI_LANGUAGES)(
    'drafts the explanation in %s with each finding, its legal basis and its evidence',
    (language) => {
      const { explanation } = ready(language);
      expect(explanation).toContain('GPSR Art. 19(a)');
      expect(explanation).toContain('DSA Art. 30(7)');
      expect(explanation).toContain('Manufacturer: not shown');
      expect(explanation).toContain('Toy Store');
      expect(explanation).not.toMatch(/notice_|finding_|\$\d/);
      expect(explanation.length).toBeGreaterThanOrEqual(50);
    },
  );

  it('drafts nothing without findings, and then cannot be sent', () => {
    const empty = analysisWith([]);
    const input = {
      ...defaultInput(empty, { language: 'en', translate: translatorFor('en'), notifier }),
      goodFaith: true,
    };
    expect(input.explanation).toBe('');
    expect(validateNotice(buildNotice(empty, input, made)).map((p) => p.code)).toEqual(['unfounded']);
    const explained = buildNotice(
      empty,
      { ...input, explanation: 'This listing sells prescription-only medicine to anyone, which is prohibited.' },
      made,
    );
    expect(validateNotice(explained)).toEqual([]);
  });

  it('refuses short explanations, an unticked good faith, a missing notifier and unknown keys', () => {
    const notice = buildNotice(
      analysis,
      {
        ...ready(),
        explanation: 'too short',
        goodFaith: false,
        notifier: { ...notifier, email: '' },
        keywords: ['KEYWORD_NOPE'],
      },
      made,
    );
    expect(validateNotice(notice).map((p) => `${p.code}@${p.field}`)).toEqual([
      'explanation-short@explanation',
      'notifier-missing@notifier.email',
      'good-faith@goodFaith',
      'keyword@keywords.0',
    ]);
    const anonymous = buildNotice(
      analysis,
      {
        ...ready(),
        notifier: { name: null, email: null, role: 'consumer', anonymousReason: 'Offence under Directive 2011/93/EU' },
      },
      made,
    );
    expect(validateNotice(anonymous)).toEqual([]);
  });

  it('rejects shapes that are not notices', () => {
    expect(validateNotice(null)).toEqual([{ code: 'malformed', field: '' }]);
    const notice = buildNotice(analysis, ready(), made);
    expect(validateNotice({ ...notice, id: 'not-a-uuid', schema: 'x' }).map((p) => p.field)).toEqual(['schema', 'id']);
  });

  it('canonicalises the listing URL: no fragment, no tracking parameters', () => {
    expect(canonicalListingUrl('https://www.ebay.de/itm/123?_trkparams=x&var=7&mkevt=1#top')).toBe(
      'https://www.ebay.de/itm/123?var=7',
    );
  });

  it('picks the gravest category and every keyword', () => {
    expect(classify(['links.messenger', 'product.counterfeit-signal'])).toEqual({
      category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
      keywords: ['KEYWORD_TRADEMARK_INFRINGEMENT', 'KEYWORD_INAUTHENTIC_LISTINGS'],
    });
  });

  it('opens the Art. 20 complaint for six calendar months after the decision', () => {
    expect(complaintDeadline('2026-11-23T10:00:00.000Z')).toBe('2027-05-23T10:00:00.000Z');
    expect(complaintDeadline('2026-08-31T12:00:00.000Z')).toBe('2027-02-28T12:00:00.000Z');
  });
});
