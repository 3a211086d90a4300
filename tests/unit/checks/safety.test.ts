import { describe, expect, it } from 'vitest';
import { ceMissingCheck } from '../../../src/core/checks/safety/ce-missing';
import { euResponsibleMissingCheck } from '../../../src/core/checks/safety/eu-responsible-missing';
import { SAFETY_CHECKS } from '../../../src/core/checks/safety/index';
import { manufacturerMissingCheck } from '../../../src/core/checks/safety/manufacturer-missing';
import { warningsMissingCheck } from '../../../src/core/checks/safety/warnings-missing';
import type { JudgedPage } from '../../../src/core/checks/types';
import { findingMessageKey } from '../../../src/core/i18n/translate';
import { deriveCeMarking } from '../../../src/core/safety/ce-marking';
import { ceProductKind, warningNeed } from '../../../src/core/safety/listing';
import { expectCompleteMessages, findingMessages, productPage, runCheck } from './trader-safety-page';

/** A listing with a title and a description (so that silence about CE or warnings means something). */
function listing(
  title: string,
  description = 'Great quality, fast shipping.',
  edit: (page: JudgedPage) => void = () => {},
): JudgedPage {
  return productPage((page) => {
    page.listing.title = title;
    page.texts.title = title;
    page.texts.description = description;
    page.trader = { ...page.trader, status: 'trader', name: 'Sunny Gadgets Store' };
    edit(page);
  });
}

const MAKER_CN = {
  name: 'Shenzhen Sunny Technology Co., Ltd.',
  address: 'Longhua District, Shenzhen, Guangdong, China',
  email: null,
};
const MAKER_DE = { name: 'Sonnig Spielwaren GmbH', address: 'Musterweg 12, 10115 Berlin, Deutschland', email: null };

describe('safety.manufacturer-missing', () => {
  it('is high when neither name nor address is given', () => {
    expect(runCheck(manufacturerMissingCheck, listing('Desk lamp'))).toEqual({
      severity: 'high',
      legalBasis: 'GPSR Art. 19(a)',
      evidence: [],
    });
  });
  it('is medium when one of them is given, and shows it', () => {
    const page = listing('Desk lamp', undefined, (p) => (p.safety.manufacturer.name = 'Sunny Tech'));
    expect(runCheck(manufacturerMissingCheck, page)).toEqual({
      severity: 'medium',
      legalBasis: 'GPSR Art. 19(a)',
      evidence: ['Sunny Tech'],
    });
  });
  it('is silent with both, with unreadable fields, and for private sellers', () => {
    expect(
      runCheck(
        manufacturerMissingCheck,
        listing('Lamp', undefined, (p) => (p.safety.manufacturer = MAKER_DE)),
      ),
    ).toBeNull();
    expect(
      runCheck(
        manufacturerMissingCheck,
        listing('Lamp', undefined, (p) => (p.unreadable = ['safety.manufacturer.address'])),
      ),
    ).toBeNull();
    expect(
      runCheck(
        manufacturerMissingCheck,
        listing('Lamp', undefined, (p) => (p.trader.status = 'private')),
      ),
    ).toBeNull();
  });
});

describe('safety.eu-responsible-missing', () => {
  const LEGAL = 'GPSR Art. 19(b); GPSR Art. 16; Regulation (EU) 2019/1020 Art. 4';
  it('is high for a maker outside the EU with no responsible person', () => {
    expect(
      runCheck(
        euResponsibleMissingCheck,
        listing('Lamp', undefined, (p) => (p.safety.manufacturer = MAKER_CN)),
      ),
    ).toEqual({
      severity: 'high',
      legalBasis: LEGAL,
      evidence: [MAKER_CN.name, MAKER_CN.address],
    });
  });
  it('is medium when the seller is in the EU (likely the importer, only not named)', () => {
    const page = listing('Lamp', undefined, (p) => {
      p.safety.manufacturer = MAKER_CN;
      p.trader.address = 'Via Garibaldi 41, 20121 Milano, Italia';
    });
    expect(runCheck(euResponsibleMissingCheck, page)?.severity).toBe('medium');
  });
  it('is silent for a maker in the EU or with a responsible person in the EU', () => {
    expect(
      runCheck(
        euResponsibleMissingCheck,
        listing('Lamp', undefined, (p) => (p.safety.manufacturer = MAKER_DE)),
      ),
    ).toBeNull();
    const page = listing('Lamp', undefined, (p) => {
      p.safety.manufacturer = MAKER_CN;
      p.safety.euResponsiblePerson = {
        name: 'EU Rep Services B.V.',
        address: 'Keizersgracht 1, 1015 CJ Amsterdam, Nederland',
        email: null,
      };
    });
    expect(runCheck(euResponsibleMissingCheck, page)).toBeNull();
  });
  it('does not accept a "responsible person" outside the EU', () => {
    const page = listing('Lamp', undefined, (p) => {
      p.safety.manufacturer = MAKER_CN;
      p.safety.euResponsiblePerson = {
        name: 'Sunny HK Ltd',
        address: 'Nathan Road 1, Kowloon, Hong Kong',
        email: null,
      };
    });
    expect(runCheck(euResponsibleMissingCheck, page)?.evidence).toEqual([
      'Sunny HK Ltd',
      'Nathan Road 1, Kowloon, Hong Kong',
    ]);
  });
  it('falls back to the seller country when the maker country is unknown', () => {
    expect(
      runCheck(
        euResponsibleMissingCheck,
        listing('Lamp', undefined, (p) => (p.trader.country = 'CN')),
      ),
    ).toEqual({
      severity: 'high',
      legalBasis: LEGAL,
      evidence: ['Sunny Gadgets Store', 'CN'],
    });
    expect(
      runCheck(
        euResponsibleMissingCheck,
        listing('Lamp', undefined, (p) => (p.trader.country = 'PL')),
      ),
    ).toBeNull();
    expect(runCheck(euResponsibleMissingCheck, listing('Lamp'))).toEqual({
      severity: 'medium',
      legalBasis: LEGAL,
      evidence: [],
    });
  });
  it('skips unreadable responsible-person fields and private sellers', () => {
    const unreadable = listing('Lamp', undefined, (p) => {
      p.safety.manufacturer = MAKER_CN;
      p.unreadable = ['safety.euResponsiblePerson.name'];
    });
    expect(runCheck(euResponsibleMissingCheck, unreadable)).toBeNull();
    expect(
      runCheck(
        euResponsibleMissingCheck,
        listing('Lamp', undefined, (p) => (p.trader.status = 'private')),
      ),
    ).toBeNull();
  });
});

describe('deriveCeMarking', () => {
  const marking = (description: string, edit: (p: JudgedPage) => void = () => {}) =>
    deriveCeMarking(listing('Product', description, edit));
  it.each([
    'CE certified, RoHS',
    'Certification: CE',
    'Zertifizierung: CE, FCC',
    'Mit CE-Kennzeichnung',
    'ce-kennzeichnung vorhanden',
    'Produit avec marquage CE',
    'Conformité CE garantie',
    'Marcado CE',
    'marchio CE',
    'Voorzien van CE-markering',
    'Posiada oznakowanie CE',
    'Notified body: CE0123',
    'ＣＥ ＲｏＨＳ',
    'Declaration of Conformity available on request',
  ])('%s → claimed', (description) => {
    expect(marking(description)).toBe('claimed');
  });
  it.each([
    'Message from our CEO: thank you',
    'Cena: 49 zł, ceny hurtowe',
    'Ceramic body, ceiling mount',
    'Ce produit est idéal pour la maison',
    'Born 300 C.E. style',
    'Material: plastic. Colour: black.',
    'Centre of excellence, CEE-Stecker',
  ])('%s → absent', (description) => {
    expect(marking(description)).toBe('absent');
  });
  it('finds a claim in title, specifications or the safety section too', () => {
    expect(deriveCeMarking(listing('USB-Ladegerät CE 20W', ''))).toBe('claimed');
    expect(marking('', (p) => (p.texts.specs = 'Certification: CE'))).toBe('claimed');
    expect(marking('', (p) => (p.texts.safety = 'EU-Konformitätserklärung'))).toBe('claimed');
  });
  it('is unknown when the description was unreadable or nothing beyond the title was read', () => {
    expect(marking('', (p) => (p.unreadable = ['texts.description']))).toBe('unknown');
    expect(marking('')).toBe('unknown');
  });
});

describe('product kinds that need CE marking', () => {
  const kindOf = (title: string, category: string[] = []) =>
    ceProductKind(listing(title, undefined, (p) => (p.listing.category = category)));
  it.each([
    ['Kids Toy Car with lights', 'toys', 'toy car'],
    ['Babyrassel aus Holz', 'toys', 'Babyrassel'],
    ['Ours en peluche 30 cm', 'toys', 'ours en peluche'],
    ['Zabawka edukacyjna dla dzieci', 'toys', 'zabawka'],
    ['Chargeur USB 20W rapide', 'electrical', 'chargeur usb'],
    ['Secador de pelo iónico', 'electrical', 'secador de pelo'],
    ['Lampada da tavolo LED', 'electrical', 'lampada da tavolo'],
    ['Ładowarka samochodowa 2x USB', 'electrical', 'ładowarka'],
    ['Bluetooth Lautsprecher wasserdicht', 'radio', 'bluetooth'],
    ['Fietshelm voor volwassenen', 'ppe', 'fietshelm'],
    ['Polarisierte Sonnenbrille Herren', 'ppe', 'Sonnenbrille'],
    ['Akkuschrauber 18V Set', 'machinery', 'Akkuschrauber'],
    ['Rauchmelder 10 Jahre Batterie', 'construction', 'Rauchmelder'],
    ['Pulse oximeter fingertip', 'medical', 'pulse oximeter'],
    ['Olla a presión 6 L', 'pressure', 'olla a presión'],
    ['Kuchenka gazowa turystyczna', 'gas', 'kuchenka gazowa'],
  ])('%s → %s (%s)', (title, kind, term) => {
    expect(kindOf(title)).toMatchObject({ kind, term });
  });
  it('reads the category path too', () => {
    expect(kindOf('Model X200', ['Home', 'Toys & Games'])).toMatchObject({ kind: 'toys', term: 'toys' });
  });
  it.each([
    'Dog toy rope for large dogs',
    'Spielzeugkiste aus Holz für Erwachsene',
    'Spielzeug-Aufbewahrungsbox mit Deckel',
    'Toy Story T-Shirt for men',
    'Gold charger plates, set of 6',
    'Cast iron pan 28 cm',
    'Klocki hamulcowe przód',
    'Reloj de muñeca para hombre',
    'Zabawka dla psa piszcząca',
    'Veste en peluche femme',
    'Opbergbox voor speelgoed',
    'Sonnenbrillen-Etui aus Leder',
    'Oil lamp, brass',
    'Ceramic vase CEO gift',
    'Wireless bra without underwire',
    'Football fan scarf',
    'Popsocket phone grip',
    'Chemise à col',
    'Giocattolo per cani in corda',
    'Pantofole in peluche donna',
    'Lampada a olio in ottone',
    'Custodia per occhiali da sole',
    'Mattoncini adesivi per pareti',
    'Speelgoed voor honden, touw',
    'Zonnebril hoes van leer',
    'Juguete para perros mordedor',
    'Bouchons de bouteille en liège',
  ])('%s → no CE product', (title) => {
    expect(kindOf(title)).toBeNull();
  });
  it.each([
    'Replacement strap for smartwatch, silicone',
    'Hülle für Ladegerät, Silikon',
    'Etui do ładowarki',
    'Funda para cargador',
    'Batterien für Spielzeug, 4 Stück',
    'Ersatzakku passend für Drohne X5',
    'Box na hračky',
    'Gift bag for toys',
  ])('%s is an accessory, not the product', (title) => {
    expect(kindOf(title)).toBeNull();
  });
  it.each([
    ['Ladegerät für iPhone 15', 'Ladegerät'],
    ['Spielzeug für Kinder ab 3 Jahren', 'Spielzeug'],
    ['Zabawka dla dzieci', 'zabawka'],
  ])('%s is the product itself', (title, term) => {
    expect(kindOf(title)?.term).toBe(term);
  });
  it('does not read the description (it mentions other products)', () => {
    expect(ceProductKind(listing('Phone case', 'Works with any wireless charger and car charger'))).toBeNull();
  });
});

describe('safety.ce-missing', () => {
  it('fires for a CE product whose texts show no CE marking', () => {
    expect(runCheck(ceMissingCheck, listing('USB Ladegerät 20W Schnellladung'))).toEqual({
      severity: 'medium',
      legalBasis: 'Regulation (EC) 765/2008 Art. 30; Directive 2014/35/EU Art. 16-17; Directive 2014/30/EU Art. 16-17',
      evidence: ['Ladegerät'],
      params: ['Ladegerät'],
    });
    expect(runCheck(ceMissingCheck, listing('Plush toy unicorn'))?.legalBasis).toBe(
      'Regulation (EC) 765/2008 Art. 30; Directive 2009/48/EC Art. 16-17',
    );
  });
  it('is silent when CE is claimed, unknown, stated by the adapter, or the product needs none', () => {
    expect(runCheck(ceMissingCheck, listing('USB Ladegerät 20W', 'CE, RoHS zertifiziert'))).toBeNull();
    expect(
      runCheck(
        ceMissingCheck,
        listing('USB Ladegerät 20W', '', (p) => (p.unreadable = ['texts.description'])),
      ),
    ).toBeNull();
    expect(
      runCheck(
        ceMissingCheck,
        listing('USB Ladegerät 20W', 'x', (p) => (p.safety.ceMarking = 'claimed')),
      ),
    ).toBeNull();
    expect(runCheck(ceMissingCheck, listing('Cotton T-shirt'))).toBeNull();
  });
  it('concerns the product, so it runs for private sellers too', () => {
    const page = listing('Peluche lapin au crochet', 'Fait main, coton.', (p) => (p.trader.status = 'private'));
    expect(runCheck(ceMissingCheck, page)?.evidence).toEqual(['peluche']);
  });
  it('knows Czech toys (allegro.cz)', () => {
    expect(runCheck(ceMissingCheck, listing('Stavebnice vesmírná loď 1240 dílků'))?.evidence).toEqual(['stavebnice']);
  });
});

describe('safety.warnings-missing', () => {
  it('fires for a toy for small children with no warning', () => {
    expect(runCheck(warningsMissingCheck, listing('Baby rattle, soft and colourful'))).toEqual({
      severity: 'high',
      legalBasis: 'GPSR Art. 19(d); Directive 2009/48/EC Art. 11',
      evidence: ['baby rattle'],
      params: ['baby rattle'],
    });
    expect(runCheck(warningsMissingCheck, listing('Klocki magnetyczne 64 elementy'))?.evidence).toEqual([
      'klocki magnetyczne',
    ]);
  });
  it.each([
    ['Achtung! Nicht für Kinder unter 3 Jahren geeignet. Verschluckbare Kleinteile.'],
    ['Ne convient pas aux enfants de moins de 36 mois.'],
    ['No apto para menores de 36 meses.'],
    ['Non adatto a bambini di età inferiore a 36 mesi.'],
    ['Niet geschikt voor kinderen jonger dan 36 maanden.'],
    ['Nie nadaje się dla dzieci poniżej 36 miesięcy.'],
    ['WARNING: Choking hazard - small parts.'],
  ])('is silent when the listing warns: %s', (description) => {
    expect(runCheck(warningsMissingCheck, listing('Baby rattle', description))).toBeNull();
  });
  it('is medium for any other toy, and for private sellers', () => {
    expect(runCheck(warningsMissingCheck, listing('Ferngesteuertes Auto für Kinder ab 3 Jahren'))).toMatchObject({
      severity: 'medium',
      evidence: ['ferngesteuertes Auto'],
    });
    const page = listing('Baby rattle', 'Handmade', (p) => (p.trader.status = 'private'));
    expect(runCheck(warningsMissingCheck, page)?.severity).toBe('medium');
  });
  it('is silent with adapter-read warnings, unreadable sections, nothing read', () => {
    expect(
      runCheck(
        warningsMissingCheck,
        listing('Baby rattle', 'x', (p) => (p.safety.warnings = ['Keep away from fire'])),
      ),
    ).toBeNull();
    expect(
      runCheck(
        warningsMissingCheck,
        listing('Baby rattle', 'x', (p) => (p.unreadable = ['safety.warnings'])),
      ),
    ).toBeNull();
    expect(
      runCheck(
        warningsMissingCheck,
        listing('Baby rattle', '', (p) => (p.unreadable = ['texts.description'])),
      ),
    ).toBeNull();
    expect(runCheck(warningsMissingCheck, listing('Baby rattle', ''))).toBeNull();
  });
  it.each([
    'Schaukelstuhl aus Rattan',
    'Bouée de sauvetage homologuée',
    'Flotador de cisterna universal',
    'Diecast model car 1:43 for collectors',
    'Baby bodysuit cotton',
    'Houpací křeslo',
  ])('is not needed for %s', (title) => {
    expect(warningNeed(listing(title))).toBeNull();
  });
});

describe('safety finding messages', () => {
  it('are complete in every language', () => {
    expectCompleteMessages(
      'safety',
      SAFETY_CHECKS.map((c) => c.id),
    );
  });
  it('use $1 exactly where the check passes params', () => {
    const en = findingMessages('en', 'safety');
    for (const id of ['safety.ce-missing', 'safety.warnings-missing'])
      expect(en[findingMessageKey(id, 'detail')]?.message).toContain('$1');
    for (const id of ['safety.manufacturer-missing', 'safety.eu-responsible-missing'])
      expect(en[findingMessageKey(id, 'detail')]?.message).not.toContain('$');
  });
});
