import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/model';
import { documentFrom } from '../support/dom';
import {
  compareFacts,
  descriptionElement,
  findLineRuns,
  listPerturbPages,
  operatorNamed,
  OPERATORS,
  perturb,
  readDl,
  readPageHtml,
  readTable,
  seededRng,
} from '../support/perturb';

/** The operators of the perturbation harness on small pages, and the comparison on made-up analyses. */

const URL = 'https://shop.example/item/1.html';

function page(body: string, lang = 'de'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
}

/** The mutant as a document; fails when the operator does not apply. */
function mutate(name: string, body: string, seed = 's', lang = 'de'): Document {
  const html = perturb(page(body, lang), operatorNamed(name), { url: URL, seed, language: lang });
  expect(html, `${name} applies`).not.toBeNull();
  return documentFrom(html ?? '');
}

const text = (el: Element | null | undefined): string =>
  (el?.textContent ?? '')
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Label/value pairs as text, whatever the markup. */
function pairsAsText(doc: Document): string[][] {
  const dl = doc.querySelector('dl');
  const table = doc.querySelector('table');
  const pairs = dl ? readDl(dl) : table ? readTable(table) : null;
  if (pairs) {
    return pairs.map((p) =>
      [p.label, p.value].map((nodes) =>
        nodes
          .map((n) => n.textContent ?? '')
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
  }
  return Array.from(doc.body.querySelectorAll('div > div, div > p')).map((line) => {
    const [label = '', ...value] = text(line).split(':');
    return [label.trim(), value.join(':').trim()];
  });
}

const DL =
  '<dl class="seller"><dt>Firmenname</dt><dd>Muster GmbH</dd><div class="row"><dt>Adresse:</dt><dd>Hauptstr. 1, 10115 Berlin</dd></div><dt>E-Mail</dt><dd><a href="mailto:a@b.de">a@b.de</a></dd></dl>';
const TABLE =
  '<table class="t"><tbody><tr><th>Firmenname</th><td>Muster GmbH</td></tr><tr><td>Adresse:</td><td>Hauptstr. 1, 10115 Berlin</td></tr></tbody></table>';
const LINES =
  '<div class="box"><h3>Impressum</h3><div class="r"><b>Firmenname:</b><span>Muster GmbH</span></div><div class="r">Telefon: +49 30 123</div>' +
  '<div class="r"><b>Adresse:</b></div><div class="r indent">Hauptstr. 1</div><div class="r indent">10115 Berlin</div></div>';

describe('label/value list operators', () => {
  it('dl-to-table keeps every pair, its order and the row attributes', () => {
    const doc = mutate('dl-to-table', DL);
    expect(doc.querySelector('dl')).toBeNull();
    expect(doc.querySelector('table')?.getAttribute('class')).toBe('seller');
    expect(pairsAsText(doc)).toEqual([
      ['Firmenname', 'Muster GmbH'],
      ['Adresse', 'Hauptstr. 1, 10115 Berlin'],
      ['E-Mail', 'a@b.de'],
    ]);
    expect(doc.querySelector('tr.row th')?.textContent).toBe('Adresse');
    expect(doc.querySelector('td a')?.getAttribute('href')).toBe('mailto:a@b.de');
  });

  it('dl-to-lines shows each pair as one "Label: value" line', () => {
    const doc = mutate('dl-to-lines', DL);
    expect(doc.querySelector('dl')).toBeNull();
    const lines = Array.from(doc.querySelector('.seller')?.children ?? []).map(text);
    expect(lines).toEqual(['Firmenname: Muster GmbH', 'Adresse: Hauptstr. 1, 10115 Berlin', 'E-Mail: a@b.de']);
  });

  it('table-to-dl keeps the pairs, and skips tables that are not two columns', () => {
    const doc = mutate('table-to-dl', TABLE);
    expect(doc.querySelector('table')).toBeNull();
    expect(pairsAsText(doc)).toEqual([
      ['Firmenname', 'Muster GmbH'],
      ['Adresse', 'Hauptstr. 1, 10115 Berlin'],
    ]);
    const wide = page('<table><tr><th>a</th><td>1</td><td>2</td></tr></table>');
    expect(perturb(wide, operatorNamed('table-to-dl'), { url: URL, seed: 's' })).toBeNull();
  });

  it('table-to-lines writes the label before a colon', () => {
    const doc = mutate('table-to-lines', TABLE);
    expect(Array.from(doc.querySelector('.t')?.children ?? []).map(text)).toEqual([
      'Firmenname: Muster GmbH',
      'Adresse: Hauptstr. 1, 10115 Berlin',
    ]);
  });

  it('finds "Label: value" lines, with an address continued over several lines', () => {
    const doc = documentFrom(page(LINES));
    const runs = findLineRuns(doc.body);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.lines.map(text)).toEqual([
      'Firmenname:Muster GmbH',
      'Telefon: +49 30 123',
      'Adresse:',
      'Hauptstr. 1',
      '10115 Berlin',
    ]);
  });

  it('does not read prose or a warnings list as label lines', () => {
    const prose = '<div><p>Achtung: Nicht für Kinder unter 3 Jahren.</p><p>Nur unter Aufsicht verwenden.</p></div>';
    const url = '<div><p>Siehe https://a.example/x</p><p>Uhrzeit 12:30 Uhr</p></div>';
    expect(findLineRuns(documentFrom(page(prose + url)).body)).toEqual([]);
  });

  it('lines-to-dl and lines-to-table keep every pair, the continued address in its value', () => {
    for (const name of ['lines-to-dl', 'lines-to-table']) {
      const doc = mutate(name, LINES);
      expect(pairsAsText(doc), name).toEqual([
        ['Firmenname', 'Muster GmbH'],
        ['Telefon', '+49 30 123'],
        ['Adresse', 'Hauptstr. 110115 Berlin'],
      ]);
      expect(text(doc.querySelector('h3')), name).toBe('Impressum');
      expect(doc.querySelectorAll('.indent'), name).toHaveLength(2);
    }
  });

  it('converts a whole list of label items, never part of one', () => {
    const doc = mutate(
      'lines-to-dl',
      '<ul class="k"><li><span>Marke</span>: <span>ACME</span></li><li>EAN: 4006381333931</li></ul>',
    );
    expect(doc.querySelector('ul')).toBeNull();
    expect(doc.querySelector('dl')?.getAttribute('class')).toBe('k');
    const partial = page('<ul><li>Marke: ACME</li><li>EAN: 4006381333931</li><li>Made with care</li></ul>');
    expect(perturb(partial, operatorNamed('lines-to-dl'), { url: URL, seed: 's' })).toBeNull();
  });
});

describe('class operators', () => {
  const body = '<div class="price price--big"><span class="price">1 €</span><b>x</b></div>';

  it('class-hash-suffix changes every class, the same name the same way', () => {
    const doc = mutate('class-hash-suffix', body);
    const classes = Array.from(doc.querySelectorAll('[class]')).flatMap((el) =>
      (el.getAttribute('class') ?? '').split(' '),
    );
    expect(classes).toHaveLength(3);
    for (const name of classes) expect(name).toMatch(/^price(--big)?--[A-Za-z0-9]{5}$/);
    expect(classes[0]).toBe(classes[2]);
    expect(mutate('class-hash-suffix', body).body.innerHTML).toBe(doc.body.innerHTML);
  });

  it('class-css-prefix gives each element one generated class', () => {
    const doc = mutate('class-css-prefix', body);
    for (const el of Array.from(doc.querySelectorAll('[class]')))
      expect(el.getAttribute('class')).toMatch(/^css-[a-z0-9]{6}$/);
    expect(doc.querySelector('div')?.getAttribute('class')).not.toBe(doc.querySelector('span')?.getAttribute('class'));
  });
});

describe('heading operators', () => {
  const body = '<h1>Title</h1><h2 id="a">Hersteller</h2><h3>Adresse</h3>';

  it('heading-level moves h2–h6 down by the same step and leaves h1', () => {
    const doc = mutate('heading-level', body);
    expect(text(doc.querySelector('h1'))).toBe('Title');
    const moved = [doc.querySelector('#a'), doc.querySelector('#a ~ *')].map((el) => el?.tagName.toLowerCase());
    expect(['h3,h4', 'h4,h5']).toContain(moved.join(','));
  });

  it('heading-role and heading-strong keep the text and the id', () => {
    const role = mutate('heading-role', body);
    const heading = role.querySelector('#a');
    expect([
      heading?.tagName.toLowerCase(),
      heading?.getAttribute('role'),
      heading?.getAttribute('aria-level'),
      text(heading),
    ]).toEqual(['div', 'heading', '2', 'Hersteller']);
    const strong = mutate('heading-strong', body);
    expect(strong.querySelector('#a')?.outerHTML).toBe('<p id="a"><strong>Hersteller</strong></p>');
    expect(strong.querySelectorAll('h2, h3')).toHaveLength(0);
  });
});

describe('structure operators', () => {
  it('wrap-elements adds wrappers and keeps the text and the content model', () => {
    const body =
      '<div><p>Preis: <span>1 €</span></p><ul><li>a</li></ul><table><tr><td>x</td></tr></table></div>'.repeat(5);
    const doc = mutate('wrap-elements', body);
    expect(text(doc.body)).toBe(text(documentFrom(page(body)).body));
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(documentFrom(page(body)).querySelectorAll('*').length);
    expect(doc.querySelectorAll('ul > li, tr > td').length).toBe(10);
    expect(doc.querySelectorAll('p div')).toHaveLength(0);
  });

  it('reorder-sections changes the order of sibling sections, each kept whole', () => {
    const body =
      '<main><section><h2>A</h2><p>1</p></section><section><h2>B</h2></section><section><h2>C</h2></section></main>';
    const doc = mutate('reorder-sections', body);
    const order = Array.from(doc.querySelectorAll('section')).map((s) => text(s.querySelector('h2')));
    expect(order).not.toEqual(['A', 'B', 'C']);
    expect([...order].sort()).toEqual(['A', 'B', 'C']);
    expect(text(Array.from(doc.querySelectorAll('section')).find((s) => s.querySelector('p')))).toBe('A1');
  });

  it('reorder-sections leaves sections that follow a heading', () => {
    const html = page('<h2>Safety</h2><section>manufacturer</section><section>person</section>');
    expect(perturb(html, operatorNamed('reorder-sections'), { url: URL, seed: 's' })).toBeNull();
  });
});

describe('text operators', () => {
  const body = '<table><tr><th>Adresse:</th><td>Hauptstr. 1, 10115 Berlin</td></tr></table><p>Telefon: +49 30 123</p>';

  it('whitespace-padding and invisible-chars keep the text once whitespace is collapsed', () => {
    for (const name of ['whitespace-padding', 'invisible-chars']) {
      const doc = mutate(name, body);
      expect(doc.body.innerHTML, name).not.toBe(documentFrom(page(body)).body.innerHTML);
      // Whitespace at block edges shows as nothing; between words, any amount shows as one space.
      const squeeze = (d: Document) => text(d.body).replace(/\s+/g, '');
      expect(squeeze(doc), name).toBe(squeeze(documentFrom(page(body))));
    }
  });

  it('never puts a soft hyphen or an invisible character inside a word', () => {
    const body = '<p>DE314579201 service@x.de</p>'.repeat(8);
    for (const seed of ['a', 'b', 'c']) {
      const doc = mutate('invisible-chars', body, seed);
      for (const p of Array.from(doc.querySelectorAll('p'))) {
        // Invisible characters only at the edges of words: taking them away leaves the words whole.
        const edges = /^[\u200b\u2060\ufeff\u200e]+|[\u200b\u2060\ufeff\u200e]+$/g;
        const words = (p.textContent ?? '')
          .split(/[ \t\n]+/)
          .map((w) => w.replace(edges, ''))
          .filter((w) => w !== '');
        expect(words).toEqual(['DE314579201', 'service@x.de']);
        expect(p.textContent).not.toMatch(/\u00ad/);
      }
    }
  });

  it('translate-labels writes known labels in another language and leaves values', () => {
    const doc = mutate(
      'translate-labels',
      '<dl><dt>Hersteller</dt><dd>Hersteller GmbH</dd><dt>E-Mail:</dt><dd>a@b.de</dd></dl><p>Telefon: 030 123</p>',
    );
    const labels = Array.from(doc.querySelectorAll('dt')).map(text);
    expect(labels[0]).not.toBe('Hersteller');
    expect(['Manufacturer', 'Fabricant', 'Fabricante', 'Produttore', 'Fabrikant', 'Producent']).toContain(labels[0]);
    expect(labels[1]).toMatch(/:$/);
    expect(text(doc.querySelector('dd'))).toBe('Hersteller GmbH');
    expect(text(doc.querySelector('p'))).toMatch(/^(Phone|Téléphone|Teléfono|Telefono|Telefoon|Telefon): 030 123$/);
  });
});

describe('URL and frame operators', () => {
  const body =
    '<a href="https://shop.example/help?x=1#top">h</a><a href="https://other.example/p">o</a><img src="https://shop.example/i.jpg">';

  it('urls-protocol-relative and urls-root-relative respell same-host URLs only; every URL resolves the same', () => {
    for (const [name, prefix] of [
      ['urls-protocol-relative', '//shop.example/'],
      ['urls-root-relative', '/'],
    ] as const) {
      const doc = mutate(name, body);
      const [same, other] = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
      expect(same?.startsWith(prefix) && !same.startsWith('https:'), name).toBe(true);
      expect(other, name).toBe('https://other.example/p');
      expect(new globalThis.URL(same ?? '', URL).href).toBe('https://shop.example/help?x=1#top');
      expect(new globalThis.URL(doc.querySelector('img')?.getAttribute('src') ?? '', URL).href).toBe(
        'https://shop.example/i.jpg',
      );
    }
  });

  it('description-iframe moves the outermost description element into a srcdoc frame', () => {
    const body =
      '<h1>T</h1><div id="nav-description"><h2>Beschreibung</h2><div data-pl="product-description"><p>Text <a href="/x">x</a></p></div></div><p>after</p>';
    expect(descriptionElement(documentFrom(page(body)))?.id).toBe('nav-description');
    const doc = mutate('description-iframe', body);
    expect(doc.querySelector('#nav-description')).toBeNull();
    const frame = documentFrom(doc.querySelector('iframe')?.getAttribute('srcdoc') ?? '');
    expect(text(frame.querySelector('#nav-description'))).toBe('BeschreibungText x');
    expect(text(doc.querySelector('iframe + p'))).toBe('after');
  });

  it('every operator is deterministic for a seed', () => {
    const html = readPageHtml(listPerturbPages()[0] ?? (undefined as never));
    for (const op of OPERATORS) {
      const a = perturb(html, op, { url: URL, seed: 'same' });
      expect(perturb(html, op, { url: URL, seed: 'same' }), op.name).toBe(a);
    }
    expect(seededRng('x').next()).toBe(seededRng('x').next());
  });
});

/** The words a person reads (colons aside), in the page and in srcdoc frames, as a sorted list. */
function visibleWords(doc: Document): string[] {
  const words: string[] = [];
  // Adjacent text nodes read as one text (the parser splits text at character references).
  let run = '';
  const flush = () => {
    words.push(
      ...run
        .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
        .replace(/:/g, ' ')
        .split(/\s+/),
    );
    run = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) run += child.textContent ?? '';
      else if (child.nodeType === 1) {
        flush();
        const el = child as Element;
        if (['script', 'style', 'template', 'noscript'].includes(el.tagName.toLowerCase())) continue;
        const srcdoc = el.getAttribute('srcdoc');
        if (srcdoc !== null) words.push(...visibleWords(documentFrom(srcdoc)));
        walk(el);
        flush();
      }
    }
  };
  walk(doc.body);
  flush();
  return words.filter((w) => w !== '').sort();
}

describe('operators keep the words of every fixture page', () => {
  for (const pageInfo of listPerturbPages().filter((p) => p.name.startsWith('pages/'))) {
    it(pageInfo.name, () => {
      const html = readPageHtml(pageInfo);
      const before = visibleWords(documentFrom(html));
      for (const op of OPERATORS.filter((o) => o.name !== 'translate-labels')) {
        const mutant = perturb(html, op, { url: pageInfo.url, seed: op.name, language: pageInfo.language });
        if (mutant !== null) expect(visibleWords(documentFrom(mutant)), op.name).toEqual(before);
      }
    });
  }
});

function analysis(overrides: Partial<Analysis> = {}): Analysis {
  const party = { name: null, address: null, email: null };
  return {
    schema: 'flagpost-analysis/1',
    url: URL,
    platform: 'generic',
    pageType: 'product',
    language: 'de',
    listing: { id: '1', title: 'Lampe', price: { amount: 1, currency: 'EUR' }, category: [] },
    trader: {
      name: 'Shop',
      legalName: 'Muster GmbH',
      address: 'Hauptstr. 1, 10115 Berlin',
      country: 'DE',
      email: null,
      phone: null,
      registrationNumber: null,
      vatNumber: null,
      status: 'trader',
      storeId: null,
      storeUrl: null,
    },
    safety: {
      manufacturer: party,
      euResponsiblePerson: party,
      ceMarking: 'unknown',
      warnings: ['a', 'b'],
      identifiers: { brand: null, model: null, gtin: [] },
    },
    links: [
      { href: 'https://bit.ly/x', text: 'x', kind: 'shortener', suspicious: true, reasons: [], source: 'description' },
    ],
    findings: [],
    unreadable: [],
    ...overrides,
  };
}

describe('compareFacts', () => {
  it('accepts whitespace, invisible characters and a new order of warnings', () => {
    const base = analysis();
    const mutant = analysis({
      trader: { ...base.trader, address: '\u200bHauptstr.\u00a01,\n 10115 Berlin ' },
      safety: { ...base.safety, warnings: ['b', 'a'] },
    });
    expect(compareFacts(base, mutant)).toEqual({ violations: [], excused: [], newlyUnreadable: [] });
  });

  it('flags a different value unless the field or a parent is unreadable', () => {
    const base = analysis();
    const changed = analysis({ trader: { ...base.trader, address: null } });
    expect(compareFacts(base, changed).violations).toEqual([
      { kind: 'different value', field: 'trader.address', original: 'Hauptstr. 1, 10115 Berlin', mutant: null },
    ]);
    for (const unreadable of [['trader.address'], ['trader']]) {
      const result = compareFacts(base, { ...changed, unreadable });
      expect(result.violations).toEqual([]);
      expect(result.excused).toEqual(['trader.address']);
    }
  });

  it('flags a new accusing finding, not a new informative one', () => {
    const finding = (id: Analysis['findings'][number]['id']) => ({
      id,
      severity: 'high' as const,
      title: '',
      detail: '',
      legalBasis: '',
      evidence: [],
    });
    const mutant = analysis({
      findings: [finding('trader.contact-missing'), finding('trader.registration-invalid'), finding('links.shortener')],
    });
    expect(compareFacts(analysis(), mutant).violations.map((v) => v.mutant)).toEqual([
      'trader.contact-missing',
      'trader.registration-invalid',
    ]);
  });

  it('flags a link whose kind changes, or that disappears, unless links are unreadable', () => {
    const base = analysis();
    const [link] = base.links;
    const other = analysis({ links: [{ ...(link as Analysis['links'][number]), kind: 'off-platform' }] });
    expect(compareFacts(base, other).violations).toEqual([
      { kind: 'different value', field: 'links[https://bit.ly/x]', original: ['shortener'], mutant: ['off-platform'] },
    ]);
    expect(compareFacts(base, analysis({ links: [], unreadable: ['links'] })).violations).toEqual([]);
  });
});
