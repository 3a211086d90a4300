import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterfeitSignalCheck } from '../../../src/core/checks/product/counterfeit-signal';
import { prohibitedCheck } from '../../../src/core/checks/product/prohibited';
import type { Check } from '../../../src/core/checks/types';
import { foldForMatching } from '../../../src/core/text/normalize';
import { termMatcher } from '../../../src/core/text/terms';
import { judgedPage, readable } from '../links/support';

function run(check: Check, title: string, description = '') {
  return check.run(judgedPage({ texts: { title, description } }), readable);
}

describe('product.prohibited', () => {
  it.each([
    ['Sildenafil 100mg tablets, 30 pcs', 'high'],
    ['Kamagra Oral Jelly 7 sachets', 'high'],
    ['Semaglutid Pen 1 mg – Abnehmspritze', 'high'],
    ['Tirzépatide stylo 5 mg', 'high'],
    ['Tadalafilo 20 mg comprimidos', 'high'],
    ['Ostarine MK-2866 SARM 10mg x 60 caps', 'high'],
    ['DNP fat burner capsules', 'high'],
    ['Sibutramina 15 mg dimagrante', 'high'],
    ['Klenbuterol 40 mcg', 'high'],
    ['Schlagring aus Messing', 'high'],
    ['Butterfly knife balisong stainless', 'high'],
    ['Poing américain en acier', 'high'],
    ['Boksbeugel zwart', 'high'],
    ['Kastet stalowy', 'high'],
    ['Nóż sprężynowy 22 cm', 'high'],
    ['Elektroschocker 5000 kV mit LED', 'medium'],
    ['Pepper spray 40 ml with holster', 'medium'],
    ['Pfefferspray 40 ml', 'medium'],
    ['Gaz pieprzowy 50 ml', 'medium'],
    ['Yohimbine HCl 5 mg', 'medium'],
  ])('%s → %s', (title, severity) => {
    expect(run(prohibitedCheck, title)?.severity).toBe(severity);
  });

  it('gives the words found, an excerpt and the legal basis', () => {
    const draft = run(prohibitedCheck, 'Sildenafil 100mg', 'Fast shipping. Also tadalafil available.');
    expect(draft?.params).toEqual(['sildenafil, tadalafil']);
    expect(draft?.evidence).toEqual(['Sildenafil 100mg', 'Fast shipping. Also tadalafil available.']);
    expect(draft?.legalBasis).toBe('Directive 2001/83/EC Art. 85c; DSA Art. 16 (notice)');
  });

  it('takes the highest severity and every legal basis', () => {
    const draft = run(prohibitedCheck, 'Pepper spray + knuckle duster set');
    expect(draft?.severity).toBe('high');
    expect(draft?.legalBasis).toContain('Regulation (EU) 2019/1020');
  });

  it.each([
    // medicine cabinets and everyday words
    ['Medicine cabinet with mirror, white'],
    ['Arzneimittelschrank abschließbar'],
    ['Armoire à pharmacie murale'],
    ['Botiquín de medicamentos de pared'],
    ['Armadietto dei medicinali'],
    ['Medicijnkastje met spiegel'],
    ['Apteczka ścienna'],
    // pepper as food, "taser"-like words
    ['Black pepper 500 g, organic'],
    ['Pfeffermühle aus Holz mit Pfeffer'],
    ['Poivre noir en grains'],
    ['Pimienta negra molida'],
    ['Pepe nero macinato'],
    ['Zwarte peper gemalen'],
    ['Pieprz czarny mielony'],
    ['Laser pointer, teaser trailer, phaser toy'],
    // accessories and books
    ['Ozempic pen case, insulin cooler'],
    ['Kühltasche für Ozempic Pen'],
    ['Cooler bag for Wegovy pens'],
    ['Étui pour stylo Ozempic'],
    ['Funda para Ozempic'],
    ['Custodia per penna Mounjaro'],
    ['Koeltas voor Ozempic pen'],
    ['Etui do Ozempic'],
    ['The Semaglutide Diet Cookbook', 'A cookbook about semaglutide and healthy meals'],
    ['Taser holster, black nylon'],
    ['Switchblade comb, retro style'],
    ['Butterfly knife trainer (blunt, no edge)'],
    ['Automatic knife sharpener, electric'],
    ['Phenolphthalein indicator solution 1%, 100 ml'],
    ['Phenolphthalein-Lösung 1 % für den Chemieunterricht'],
    ['Natural Viagra alternative, herbal'],
    ['DNP DS620 photo printer ribbon'],
    ['Sarm-free protein, DMAA-free pre-workout'],
  ])('not prohibited: %s', (title, description = '') => {
    expect(run(prohibitedCheck, title, description)).toBeNull();
  });

  it('skips a description the adapter could not read', () => {
    const page = judgedPage({
      texts: { title: 'Vitamin C', description: 'sildenafil' },
      unreadable: ['texts.description'],
    });
    expect(prohibitedCheck.run(page, { isUnreadable: (p) => p === 'texts.description' })).toBeNull();
  });
});

describe('product.counterfeit-signal', () => {
  it.each([
    ['Luxury 1:1 replica watch automatic', 'medium'],
    ['AAA quality designer bag', 'medium'],
    ['Mirror quality sneakers', 'medium'],
    ['Super clone 904L steel', 'medium'],
    ['Brand-inspired handbag', 'medium'],
    ['Uhr AAA-Qualität, Markenimitat', 'medium'],
    ['Sac qualité miroir', 'medium'],
    ['Bolso calidad AAA', 'medium'],
    ['Borsa qualità specchio', 'medium'],
    ['Horloge AAA kwaliteit', 'medium'],
    ['Torebka jakość AAA', 'medium'],
    ['Replica sneakers, inspired by famous brands', 'medium'],
    ['Nachbildung, 1:1 gefertigt', 'low'],
    ['Réplique, imitation parfaite', 'low'],
    ['Imitación, inspirado en marcas de lujo', 'low'],
    ['Namaak, geïnspireerd op bekende merken', 'low'],
    ['Podróbka, replika torebki', 'low'],
  ])('%s → %s', (title, severity) => {
    expect(run(counterfeitSignalCheck, title)?.severity).toBe(severity);
  });

  it.each([
    ['Replica Watch Box, 12 slots, PU leather'],
    ['Official replica jersey 2024/25 home'],
    ['Camiseta réplica oficial Real Club'],
    ['Maglia replica ufficiale'],
    ['Replica football shirt, kids'],
    ['Photo frame 1:1 square, 20x20'],
    ['Model car 1:18 die-cast, 1:43 and 1:24 scale'],
    ['Monitor 16:9, aspect ratio 1:1 mode'],
    ['1:1 replacement for the original filter'],
    ['Mix 1:1 with water'],
    ['Maßstab 1:1 Schnittmuster'],
    ['Batteries: 2x AAA included', 'Requires 3 AAA batteries'],
    ['Sofa aus Leder-Imitat, grau'],
    ['Imitation leather jacket'],
    ['Veste simili cuir'],
    ['Chaqueta imitación piel'],
    ['Giacca similpelle'],
    ['Jas van imitatieleer, namaak bont kraag'],
    ['Kurtka z imitacji skóry, imitacja skóry'],
    ['Réplique airsoft M4, 1,2 J'],
    ['Replika ASG M4'],
    ['Inspired by nature: wooden lamp'],
    ['100% original, not a replica', 'We never sell fakes. No replica, no imitation.'],
    ['Original Ware, keine Fälschung, kein Imitat'],
    ['Produit authentique, pas une réplique'],
    ['Producto original, no es una réplica'],
    ['Prodotto originale, non è una replica'],
    ['Origineel, geen namaak'],
    ['Oryginał, nie podróbka', 'Uwaga na podróbki!'],
    ['Beware of fakes: buy only from us'],
    ['Vorsicht vor Fälschungen', 'Fälschungssicheres Hologramm'],
    ['Eiffel Tower replica, 30 cm'],
  ])('not a counterfeit signal: %s', (title, description = '') => {
    expect(run(counterfeitSignalCheck, title, description)).toBeNull();
  });

  it('reports the words and the trade-mark basis', () => {
    const draft = run(counterfeitSignalCheck, '1:1 replica watch');
    expect(draft?.params).toEqual(['1:1 replica']);
    expect(draft?.legalBasis).toContain('Regulation (EU) 2017/1001 Art. 9');
  });
});

describe('termMatcher positions and excerpts', () => {
  const match = termMatcher({ en: ['replica', 'pepper spray'], de: ['Fälschung'] });

  it('points into the text as given and quotes it as written', () => {
    const text = '  Luxus UHR — 1:1  REPLICA  Édition,\u200B keine   FÄLSCHUNG!';
    const found = match(text);
    expect(found.map((m) => m.term)).toEqual(['replica', 'falschung']);
    expect(found.map((m) => text.slice(m.index, m.index + m.length))).toEqual(['REPLICA', 'FÄLSCHUNG']);
    expect(found[0]?.excerpt).toBe('Luxus UHR — 1:1 REPLICA Édition, keine FÄLSCHUNG!');
  });

  it('keeps whole-word matching: no match inside a word, none across a hidden character', () => {
    expect(match('replicas and replicated')).toEqual([]);
    expect(match('pepper\u200Bspray')).toEqual([]);
    expect(match('PEPPER \n SPRAY').map((m) => [m.index, m.length])).toEqual([[0, 14]]);
  });

  it('maps decomposed accents and ligatures back to their characters', () => {
    const text = 'Fa\u0308lschung ﬁne';
    const [m] = termMatcher({ de: ['Fälschung'], en: ['fine'] })(text);
    expect(m).toMatchObject({ term: 'falschung', index: 0, length: 10 });
    const fine = termMatcher({ en: ['fine'] })(text)[0];
    expect(fine && text.slice(fine.index, fine.index + fine.length)).toBe('ﬁne');
  });

  it('finds what matching the folded text finds, at places that fold to the term', () => {
    const words = fc.constantFrom(
      'replica',
      'REPLICA',
      'Réplica',
      'pepper',
      'spray',
      'Fälschung',
      'ﬁ',
      'Σ',
      'x',
      '1:1',
    );
    const gaps = fc.constantFrom(' ', '  ', '\n', '\u200B', '-', '', '\u00A0', 'e\u0301');
    fc.assert(
      fc.property(fc.array(fc.tuple(words, gaps), { maxLength: 12 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const found = match(text);
        expect(found.map((m) => m.term)).toEqual(match(foldForMatching(text)).map((m) => m.term));
        for (const m of found) expect(foldForMatching(text.slice(m.index, m.index + m.length))).toBe(m.term);
      }),
    );
  });
});

describe('product evidence as the page writes it', () => {
  it('quotes counterfeit wording in its own case and accents', () => {
    expect(run(counterfeitSignalCheck, 'Montre Luxe 1:1 RÉPLIQUE Automatique')?.evidence).toEqual([
      'Montre Luxe 1:1 RÉPLIQUE Automatique',
    ]);
  });

  it('still reads the words around a match folded (negations in capitals count)', () => {
    expect(run(counterfeitSignalCheck, 'Original watch, NOT A 1:1 REPLICA')).toBeNull();
  });
});
