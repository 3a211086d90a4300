import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import { genericAdapter } from '../../../src/core/adapters/generic';
import { itReadsItsFixtures } from '../../support/adapter-fixture-reads';
import { documentFrom } from '../../support/dom';

const shop = (description: string, jsonDescription: string) =>
  documentFrom(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Tote","description":"${jsonDescription}","offers":{"@type":"Offer","price":"79","priceCurrency":"EUR"}}</script></head>
  <body><header><a href="https://wa.me/391111111">Chat</a></header>
  <ul class="tabs"><li class="description_tab"><a href="#tab-description">Descrizione</a></li></ul>
  <div class="woocommerce-Tabs-panel--description" id="tab-description">${description}</div>
  <footer><a href="https://bit.ly/footer">Newsletter</a></footer></body></html>`);

describe('generic adapter', () => {
  describe('fixture pages', () => itReadsItsFixtures(genericAdapter, 'generic'));

  it('reads the links of the description the shop names as such, never its header or footer', () => {
    const body = '<p>La nostra tote più venduta, replica perfetta.</p><p>Scrivici su <a href="https://wa.me/393512345678">WhatsApp</a> o <a href="https://bit.ly/tote">guarda il video</a>.</p>';
    for (const declared of ['La nostra tote più venduta', 'Testo diverso dal sito']) {
      const analysis = analyzeDocument(shop(body, declared), 'https://borse-outlet.example/prodotto/tote');
      expect(analysis.links.map((l) => [l.href, l.kind])).toEqual([
        ['https://wa.me/393512345678', 'messenger'],
        ['https://bit.ly/tote', 'shortener'],
      ]);
    }
  });
});
