/**
 * Which language a post is written in, told cheaply by counting each language's commonest small
 * words. A post in Spanish is itself evidence that the client wants Spanish work, so retrieval adds
 * the language's English name ("spanish") to the query, where proof titled or skilled in it meets
 * it. English is the default: a few foreign words in an English post never change the answer.
 */

/** The languages told apart, English the default. */
export type PostLanguage = 'en' | 'es' | 'de' | 'fr' | 'pt' | 'it';

/** Each language's name in English, as proof items name it ("English to Spanish Translation"). */
export const LANGUAGE_NAMES: Readonly<Record<PostLanguage, string>> = {
  en: 'english',
  es: 'spanish',
  de: 'german',
  fr: 'french',
  pt: 'portuguese',
  it: 'italian',
};

// Small words common in each language and rare in English text (so not "in", "an", "per", "no").
const MARKERS: Readonly<Record<PostLanguage, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'for', 'with', 'you', 'we', 'our', 'are', 'this', 'that', 'will', 'have', 'be', 'your', 'it', 'on', 'or'],
  es: [
    'el',
    'los',
    'las',
    'del',
    'una',
    'unos',
    'unas',
    'para',
    'con',
    'por',
    'que',
    'es',
    'y',
    'en',
    'al',
    'como',
    'más',
    'pero',
    'sus',
    'somos',
    'necesitamos',
    'buscamos',
    'tenemos',
    'nuestro',
    'nuestra',
    'este',
    'esta',
    'también',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'mit',
    'für',
    'wir',
    'sie',
    'ein',
    'eine',
    'einen',
    'nicht',
    'auf',
    'zu',
    'den',
    'dem',
    'von',
    'auch',
    'bei',
    'unsere',
    'suchen',
    'ihre',
    'sind',
  ],
  fr: [
    'le',
    'les',
    'des',
    'du',
    'une',
    'et',
    'est',
    'pour',
    'avec',
    'nous',
    'vous',
    'dans',
    'sur',
    'qui',
    'pas',
    'au',
    'aux',
    'cherchons',
    'notre',
    'nos',
    'votre',
    'sont',
    'être',
    'très',
  ],
  pt: [
    'os',
    'do',
    'da',
    'dos',
    'das',
    'uma',
    'para',
    'com',
    'não',
    'em',
    'na',
    'que',
    'é',
    'e',
    'você',
    'nós',
    'mais',
    'nosso',
    'nossa',
    'procuramos',
    'precisamos',
    'também',
    'ao',
    'pelo',
    'pela',
  ],
  it: [
    'il',
    'lo',
    'gli',
    'della',
    'dei',
    'delle',
    'di',
    'che',
    'con',
    'una',
    'è',
    'non',
    'sono',
    'siamo',
    'anche',
    'nel',
    'nella',
    'alla',
    'cerchiamo',
    'nostro',
    'nostra',
    'abbiamo',
    'questo',
    'questa',
  ],
};

const LOOKUP: ReadonlyMap<string, readonly PostLanguage[]> = (() => {
  const map = new Map<string, PostLanguage[]>();
  for (const [language, words] of Object.entries(MARKERS) as [PostLanguage, readonly string[]][]) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), language]);
  }
  return map;
})();

// Enough words to tell, few enough that a long paste stays cheap.
const SAMPLE_TOKENS = 400;
// Fewer marker words than this is too little to call a post foreign.
const MIN_MARKERS = 4;

/**
 * The language of tokenized text (lowercase tokens, see tokenize): the language whose marker words
 * occur most, if it is not English, occurs at least four times and more often than English's; else
 * English.
 */
export function detectLanguage(tokens: readonly string[]): PostLanguage {
  const counts: Record<PostLanguage, number> = { en: 0, es: 0, de: 0, fr: 0, pt: 0, it: 0 };
  const end = Math.min(tokens.length, SAMPLE_TOKENS);
  for (let at = 0; at < end; at += 1) {
    for (const language of LOOKUP.get(tokens[at] as string) ?? []) counts[language] += 1;
  }
  let best: PostLanguage = 'en';
  for (const language of Object.keys(counts) as PostLanguage[]) {
    if (language !== 'en' && (best === 'en' || counts[language] > counts[best])) best = language;
  }
  return best !== 'en' && counts[best] >= MIN_MARKERS && counts[best] > counts.en ? best : 'en';
}
