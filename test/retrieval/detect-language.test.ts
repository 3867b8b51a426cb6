import { describe, expect, it } from 'vitest';
import { termTokens } from '../../src/text/terms.ts';
import { postQuery } from '../../src/retrieval/build-query.ts';
import { detectLanguage } from '../../src/retrieval/detect-language.ts';
import { rankProof } from '../../src/retrieval/rank-proof.ts';
import { parseJobPost } from '../../src/parse/parse-job-post.ts';
import { ProofItem } from '../../src/domain/schemas.ts';

const detect = (text: string) => detectLanguage(termTokens(text));

describe('detectLanguage', () => {
  it.each([
    ['es', 'Somos una tienda de ropa y buscamos a alguien para traducir las fichas de producto con cuidado.'],
    ['de', 'Wir suchen einen Texter für die Produktseiten und den Blog, der auch SEO versteht.'],
    ['fr', 'Nous cherchons un rédacteur pour les fiches produits et le blog de notre boutique en ligne.'],
    ['pt', 'Precisamos de uma pessoa para traduzir os textos do site e das campanhas com você.'],
    ['it', 'Cerchiamo un traduttore per il sito della nostra azienda, che sia anche esperto di SEO.'],
  ] as const)('reads %s from a post written in it', (language, text) => {
    expect(detect(text)).toBe(language);
  });

  it('reads English, the default, from an English post that names a few foreign words', () => {
    expect(detect('We need a translator to localise our store for Spain: el carrito, la tienda and the checkout emails.')).toBe('en');
  });

  it('says English when there is too little text to tell', () => {
    expect(detect('Shopify tienda')).toBe('en');
    expect(detect('')).toBe('en');
  });
});

describe('a post in another language', () => {
  const spanishPost =
    'Traducción de fichas de producto al español\n\nSomos una tienda de muebles y necesitamos traducir las fichas de producto para el mercado de España, con un glosario.';

  it('adds the language name to the lead of the query', () => {
    const query = postQuery(parseJobPost(spanishPost));
    expect(query.evidence.lead.has('spanish')).toBe(true);
    expect(query.terms.some((term) => term.term === 'spanish')).toBe(true);
  });

  it('does not add a language name to an English post', () => {
    const query = postQuery(parseJobPost('Product page copy for a furniture store\n\nWe need twenty product pages rewritten for our furniture store.'));
    expect(query.terms.some((term) => ['spanish', 'german', 'french', 'portuguese', 'italian'].includes(term.term))).toBe(false);
  });

  it('finds proof in that language, which shares no word with the post otherwise', () => {
    const item = (id: string, title: string, skills: string[]) => ProofItem.parse({ id, kind: 'case_study', title, problem: 'p', result: 'r', skills });
    const library = [
      item('es-catalogue', 'Spanish catalogue for a lighting brand', ['Spanish Translation']),
      item('de-manual', 'German manual for a pump maker', ['German Translation']),
    ];
    const ranked = rankProof(library, parseJobPost(spanishPost), 3);
    expect(ranked.map((r) => r.item.id)).toEqual(['es-catalogue']);
  });
});
