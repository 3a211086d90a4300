import { describe, expect, it } from 'vitest';
import { fillFromText } from '../../../src/core/adapters/fill-from-text';
import { isSiteChrome, readLabelledText } from '../../../src/core/adapters/labelled-text';
import { emptyExtraction, SECTION_FIELDS } from '../../../src/core/facts';
import { documentFrom } from '../../support/dom';

const read = (body: string, skip?: (el: Element) => boolean) =>
  readLabelledText(documentFrom(`<html><body>${body}</body></html>`).body, skip);

const ACME = { name: 'ACME Toys GmbH', address: 'Hafenstraße 12, 20457 Hamburg, Deutschland', email: 'info@acme.example' };

describe('readLabelledText: one party, whatever the markup', () => {
  const shapes: Record<string, string> = {
    'dl under a heading': `<h3>Hersteller</h3><dl><dt>Name</dt><dd>ACME Toys GmbH</dd><dt>Adresse</dt><dd>Hafenstraße 12<br>20457 Hamburg<br>Deutschland</dd><dt>E-Mail</dt><dd>info@acme.example</dd></dl>`,
    'table rows': `<div><h4>Manufacturer</h4><table><tr><th>Name</th><td>ACME Toys GmbH</td></tr><tr><th>Address</th><td>Hafenstraße 12, 20457 Hamburg, Deutschland</td></tr><tr><th>Email</th><td>info@acme.example</td></tr></table></div>`,
    '"Label: value" lines': `<section><p><b>Fabricant</b></p><p>Nom : ACME Toys GmbH</p><p>Adresse : Hafenstraße 12, 20457 Hamburg, Deutschland</p><p>E-mail : info@acme.example</p></section>`,
    'minified label and value siblings': `<div><div><span>Producent</span></div><div><span>Nazwa</span><span>ACME Toys GmbH</span></div><div><span>Adres</span><span>Hafenstraße 12, 20457 Hamburg, Deutschland</span></div><div><span>E-mail</span><span>info@acme.example</span></div></div>`,
    'a heading followed by bare lines': `<div class="x9f"><strong role="heading">Produttore</strong></div><div class="y2q"><p>ACME Toys GmbH</p><p>Hafenstraße 12</p><p>20457 Hamburg</p><p>Deutschland</p><p>info@acme.example</p></div>`,
    'one line with everything': `<div><p>Hersteller: ACME Toys GmbH, Hafenstraße 12, 20457 Hamburg, Deutschland, info@acme.example</p></div>`,
    'label and value split by a loose colon': `<div><h5>Fabrikant</h5><div><span>Naam</span>: <span>ACME Toys GmbH</span></div><div><span>Adres</span>: <span>Hafenstraße 12, 20457 Hamburg, Deutschland</span></div><div><span>E-mail</span>: <span>info@acme.example</span></div></div>`,
  };
  it.each(Object.entries(shapes))('%s', (_shape, html) => {
    expect(read(html).parties.manufacturer).toMatchObject(ACME);
  });

  it('reads labels with the party after them ("Adres producenta") and a contact row by its content', () => {
    const party = read(
      `<div><h3>Producent</h3><p>Nazwa producenta: ACME Toys GmbH</p><p>Adres producenta: Hafenstraße 12, 20457 Hamburg, Deutschland</p><dl><dt>Kontakt</dt><dd>info@acme.example</dd></dl></div>`,
    ).parties.manufacturer;
    expect(party).toMatchObject(ACME);
  });

  it('keeps a responsible person apart from the manufacturer before it', () => {
    const { parties } = read(
      `<div><h3>Hersteller</h3><p>ACME Toys GmbH</p><p>Hafenstraße 12, 20457 Hamburg</p><h3>Verantwortliche Person in der EU</h3><p>EuroRep GmbH</p><p>Kaiserstraße 1, 60311 Frankfurt</p></div>`,
    );
    expect(parties.manufacturer).toMatchObject({ name: 'ACME Toys GmbH', address: 'Hafenstraße 12, 20457 Hamburg' });
    expect(parties.euResponsiblePerson).toMatchObject({ name: 'EuroRep GmbH', address: 'Kaiserstraße 1, 60311 Frankfurt' });
  });
});

describe('readLabelledText: what is not a value', () => {
  it('takes "not available" for no value', () => {
    const party = read(`<div><h3>Fabricant</h3><p>Informations non disponibles pour le moment.</p></div>`).parties.manufacturer;
    expect(party).toMatchObject({ name: null, address: null, block: true });
  });

  it('skips rows it does not know inside an imprint instead of ending it there', () => {
    const trader = read(
      `<div><h2>Impressum</h2><p>Holzbahn GmbH</p><p>Geschäftsführer: Max Muster</p><p>Am Markt 3, 90402 Nürnberg</p><p>E-Mail: shop@holzbahn.example</p></div>`,
    ).parties.trader;
    expect(trader).toMatchObject({ name: 'Holzbahn GmbH', address: 'Am Markt 3, 90402 Nürnberg', email: 'shop@holzbahn.example' });
  });

  it('reads a private seller\'s status, not a "Vendeur" label', () => {
    const trader = read(`<section><h2>Informations sur le vendeur</h2><p>Vendeur particulier</p><p>Cet article est vendu par un particulier. Le droit européen de la consommation ne s'applique pas.</p></section>`).parties.trader;
    expect(trader).toMatchObject({ status: 'private', name: null, address: null });
  });

  it('does not take a link to the imprint for the imprint', () => {
    const { parties } = read(`<ul><li><a href="/impressum">Impressum</a></li><li><a href="/agb">AGB</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul>`);
    expect(parties.trader).toBeUndefined();
  });

  it('does not take a sentence for a name', () => {
    const trader = read(`<div><h3>Informazioni sul venditore</h3><p>Tessili per la casa disegnati a Milano e confezionati in Italia.</p><p>Ragione sociale: Bellaria Home S.r.l.</p></div>`).parties.trader;
    expect(trader?.name).toBe('Bellaria Home S.r.l.');
  });

  it("leaves a marketplace's header and footer out, and keeps a component's own header", () => {
    const html = `<footer><h3>Impressum</h3><p>Marketplace Europe S.à r.l.</p><p>38 avenue John F. Kennedy, L-1855 Luxembourg</p></footer>
      <div class="wt-overlay"><div class="wt-overlay__header"><h2>Seller details</h2></div><p>Shop Ltd</p><p>1 High Street, Dublin 2, Ireland</p></div>`;
    expect(read(html, isSiteChrome).parties.trader).toMatchObject({ name: 'Shop Ltd', address: '1 High Street, Dublin 2, Ireland' });
  });
});

describe('fillFromText', () => {
  const page = (body: string) => readLabelledText(documentFrom(`<html><body>${body}</body></html>`).body);

  it('fills what the adapter left unreadable and says where it looked', () => {
    const extraction = emptyExtraction();
    extraction.unreadable = [...SECTION_FIELDS.manufacturer];
    fillFromText(extraction, page(`<h3>Hersteller</h3><p>ACME Toys GmbH</p><p>Hafenstraße 12, 20457 Hamburg</p>`));
    expect(extraction.safety.manufacturer).toEqual({ name: 'ACME Toys GmbH', address: 'Hafenstraße 12, 20457 Hamburg', email: null });
    expect(extraction.unreadable).toEqual([]);
    expect(extraction.lookedIn?.manufacturer).toBe('Hersteller');
  });

  it('turns "not shown" into unreadable when the block is there but could not be read', () => {
    const extraction = emptyExtraction();
    fillFromText(extraction, page(`<h3>Hersteller</h3><div><img src="maker.png"></div><h3>Bewertungen</h3>`));
    expect(extraction.unreadable).toEqual(expect.arrayContaining([...SECTION_FIELDS.manufacturer]));
  });

  it('lets a spec row name the maker without deciding the address', () => {
    const extraction = emptyExtraction();
    extraction.unreadable = [...SECTION_FIELDS.manufacturer];
    fillFromText(extraction, page(`<table><tr><th>Hersteller</th><td>VitalPharm24 Ltd.</td></tr><tr><th>Modell</th><td>X1</td></tr></table>`));
    expect(extraction.safety.manufacturer.name).toBe('VitalPharm24 Ltd.');
    expect(extraction.unreadable).toEqual(['safety.manufacturer.address', 'safety.manufacturer.email']);
  });

  it('never overwrites what the adapter read', () => {
    const extraction = emptyExtraction();
    extraction.trader.legalName = 'Read By Adapter GmbH';
    fillFromText(extraction, page(`<h2>Impressum</h2><p>Other Name GmbH</p><p>Weg 1, 12345 Stadt</p>`));
    expect(extraction.trader.legalName).toBe('Read By Adapter GmbH');
    expect(extraction.trader.address).toBe('Weg 1, 12345 Stadt');
  });
});

describe('fillFromText: the page saying there is none', () => {
  it('takes "not available" under the heading as not shown, so the finding can stand', () => {
    const extraction = emptyExtraction();
    extraction.unreadable = [...SECTION_FIELDS.manufacturer];
    fillFromText(extraction, readLabelledText(documentFrom('<html><body><div><h3>Fabricant</h3><p>Informations non disponibles pour le moment.</p></div></body></html>').body));
    expect(extraction.safety.manufacturer).toEqual({ name: null, address: null, email: null });
    expect(extraction.unreadable).toEqual([]);
  });
});
