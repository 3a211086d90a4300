import { describe, expect, it } from 'vitest';
import { absoluteUrl, blockLines, blockText, labelSet, stripLabel } from '../../../src/core/adapters/dom';
import { headingParent, partyIn, traderRowsIn, warningsIn } from '../../../src/core/adapters/labelled-fields';
import { parsePrice } from '../../../src/core/adapters/price';
import { gtinsIn, identifiersFrom, specsBySibling, specsFromJson, specsText } from '../../../src/core/adapters/specs';
import { countryAtEnd, countryOfName } from '../../../src/core/validate/country';
import { documentFrom } from '../../support/dom';

const el = (html: string): Element => documentFrom(`<div id="r">${html}</div>`).getElementById('r') as Element;

describe('blockLines / blockText', () => {
  it('breaks at block elements and <br>, never inside inline ones, and skips code and buttons', () => {
    const root = el(
      '<nav>Menü</nav><p>Lumi<b>doux</b> SAS<br>Lyon</p><table><tbody><tr><td>A</td><td>B</td></tr></tbody></table><button>Mehr</button><script>x()</script><pre>C</pre>',
    );
    expect(blockLines(root)).toEqual(['Menü', 'Lumidoux SAS', 'Lyon', 'A', 'B', 'C']);
    expect(blockText(root)).toBe('Menü Lumidoux SAS Lyon A B C');
  });

  it('reads nothing from nothing, and a document as a whole', () => {
    expect(blockLines(null)).toEqual([]);
    expect(blockText(undefined)).toBe('');
    expect(blockText(documentFrom('<p>eins</p><p>zwei</p>'))).toBe('eins zwei');
  });
});

describe('labels', () => {
  it('compare folded, without a trailing colon', () => {
    expect(stripLabel(' Hersteller ‏:‎ ')).toBe('hersteller');
    expect(stripLabel('Adresse：')).toBe('adresse');
    expect(labelSet(['Marke:', 'MARCA']).has('marca')).toBe(true);
  });

  it('find the block a heading introduces, leaf headings only where asked', () => {
    const root = el('<section><div><span>Hersteller</span></div><p>Name: Lumidoux</p></section>');
    expect(headingParent(root, ['Hersteller'], 'span')?.tagName).toBe('DIV');
    expect(headingParent(root, ['Hersteller'], 'div, span')?.tagName).toBe('SECTION');
    expect(headingParent(root, ['Hersteller'], 'div, span', true)?.tagName).toBe('DIV');
    expect(headingParent(root, ['Importeur'], 'span')).toBeNull();
  });

  it('read a party, a trader and warnings from labelled rows', () => {
    const party = el(
      '<dl><dt>Name</dt><dd>Lumidoux SAS</dd><dt>Adresse</dt><dd>27 rue des Tanneurs, 69001 Lyon, Frankreich</dd></dl>',
    );
    expect(partyIn(party, ['Name'])).toEqual({
      name: 'Lumidoux SAS',
      address: '27 rue des Tanneurs, 69001 Lyon, Frankreich',
      email: null,
    });
    expect(traderRowsIn(party)).toMatchObject({
      address: '27 rue des Tanneurs, 69001 Lyon, Frankreich',
      country: 'FR',
      vatNumber: null,
    });
    expect(warningsIn(el('<ul><li>Nicht für Kinder</li><li></li></ul><p>ignored</p>'))).toEqual(['Nicht für Kinder']);
    expect(warningsIn(el('<p>Erstickungsgefahr</p>'))).toEqual(['Erstickungsgefahr']);
  });
});

describe('parsePrice', () => {
  it.each([
    ['24,99 €', null, { amount: 24.99, currency: 'EUR' }],
    ['1 299,00 zł', null, { amount: 1299, currency: 'PLN' }],
    ['EUR 1.299,00', null, { amount: 1299, currency: 'EUR' }],
    ['£1,299.50', null, { amount: 1299.5, currency: 'GBP' }],
    ['12,5 €', null, { amount: 12.5, currency: 'EUR' }],
    ['1.299 Kč', null, { amount: 1299, currency: 'CZK' }],
    ['4 590 Ft', null, { amount: 4590, currency: 'HUF' }],
    ['199 kr', null, { amount: 199, currency: 'SEK' }],
    ['eur 5', null, { amount: 5, currency: 'EUR' }],
    ['24.99', 'EUR', { amount: 24.99, currency: 'EUR' }],
    ['24.99', null, null],
    ['Preis auf Anfrage', 'EUR', null],
    [null, 'EUR', null],
  ])('%s (%s) → %j', (text, fallback, price) => {
    expect(parsePrice(text, fallback)).toEqual(price);
  });
});

describe('specs', () => {
  it('read name → value rows and the identifiers in them', () => {
    const specs = specsBySibling(
      el(
        '<dl><dt>Marke :</dt><dd>Lumidoux</dd><dt>EAN</dt><dd>4006381333931, 4006381333931; 123456789</dd><dt>Leer</dt><dd></dd></dl>',
      ),
      'dt',
    );
    expect(specsText(specs)).toBe('Marke: Lumidoux\nEAN: 4006381333931, 4006381333931; 123456789');
    expect(
      identifiersFrom(specs, { brand: labelSet(['Marke']), model: labelSet(['Modell']), gtin: labelSet(['EAN']) }),
    ).toEqual({
      brand: 'Lumidoux',
      model: null,
      gtin: ['4006381333931'],
    });
    expect(gtinsIn('12345678 / 012345678905')).toEqual(['12345678', '012345678905']);
    expect(gtinsIn(null)).toEqual([]);
  });

  it('read rows from embedded JSON, lists joined', () => {
    expect(specsFromJson([{ k: 'Farbe', v: ['Rot', 'Blau'] }, { k: 'Leer', v: '' }, null, 'x'], 'k', 'v')).toEqual([
      { name: 'Farbe', value: 'Rot, Blau' },
    ]);
    expect(specsFromJson({}, 'k', 'v')).toBeNull();
  });
});

describe('countries', () => {
  it('resolve a whole name or code, not a text that merely contains one', () => {
    expect(countryOfName('Polska')).toBe('PL');
    expect(countryOfName('中国')).toBe('CN');
    expect(countryOfName('uk')).toBe('GB');
    expect(countryOfName('Made in China')).toBeNull();
    expect(countryAtEnd('ul. Główna 1, 61-001 Poznań, Polska')).toBe('PL');
    expect(countryAtEnd('Shenzhen, Guangdong')).toBeNull();
    expect(countryAtEnd(null)).toBeNull();
  });
});

describe('absoluteUrl', () => {
  it('resolves against the page and refuses what is no address', () => {
    const base = new URL('https://www.example.invalid/item/1');
    expect(absoluteUrl('//cdn.example.invalid/a.png', base)).toBe('https://cdn.example.invalid/a.png');
    expect(absoluteUrl(null, base)).toBeNull();
    expect(absoluteUrl('http://[bad', base)).toBeNull();
  });
});
