/**
 * Distinctive terms: the words of a text that say what it is about, with function words and the
 * boilerplate every job post shares taken out. Rules compare drafts, posts and proof through them.
 */
import { words } from './text.ts';

/** Function words that carry no topic. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
  don't down during each either else even ever every few for from further get gets got had hadn't has
  hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's
  however i i'd i'll i'm i've if in into is isn't it it's its itself just let let's like make many may
  me might more most much must mustn't my myself no nor not now of off on once one only or other ought
  our ours ourselves out over own per quite rather really same shall shan't she she'd she'll she's
  should shouldn't so some such than that that's the their theirs them themselves then there there's
  these they they'd they'll they're they've this those though through thus to too two under until up
  upon us very via was wasn't way we we'd we'll we're we've well were weren't what what's when when's
  where where's whether which while who who's whom whose why why's will with within without won't
  would wouldn't yes yet you you'd you'll you're you've your yours yourself yourselves etc also able
  already always another anyone anything around back best better big come done each easy else enough
  etc first found give go going good great hi hello hey dear thanks thank regards cheers know last
  less lot lots new next old put right see seem seems since still sure take takes taking tell three
  thing things think time times today two use used uses using want wants way ways week weeks day days
  month months year years hour hours several plenty feel feels felt sort sorted kind lot little
  much many bit pretty`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/** Words every job post uses, so sharing them with a post shows nothing specific. */
export const GENERIC_JOB_WORDS: ReadonlySet<string> = new Set(
  `looking need needs needed project projects experience experienced help helping job jobs work working
  works worked freelancer freelancers someone somebody person candidate candidates applicant applicants
  skill skills skilled expert experts expertise professional professionals team company business
  client clients task tasks role position hire hiring hired budget rate rates hourly fixed price
  quality fast quick quickly asap urgent urgently long term short start started ongoing opportunity
  please apply proposal proposals cover letter interested seeking require required requirements must
  ideal strong excellent proven track record communication detail details attention deadline
  deadlines deliver delivery deliverables available availability contract upwork fiverr platform
  send share example examples sample samples portfolio include including including based able
  various different specific simple basic general support services service solution solutions
  developer developers designer designers writer writers specialist specialists consultant
  consultants engineer engineers assistant freelance build building create creating fix fixing
  improve improving done want good
  result results outcome outcomes post posts posting posted listing across extensive confident
  hardworking hard-working passionate dedicated reliable motivated great amazing awesome perfect fit
  love happy glad excited eager thrilled read reading came carefully interest value valuable
  successful success results-driven years background believe understand understanding handle
  clear request requests exactly finish throughout sharing description past check type similar
  ready specialize specialise happen`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ies', 'ied', 'ed', 'es', 's', 'ly'];

/**
 * A crude stem so "migration", "migrating" and "migrate" meet: strips one common suffix while at
 * least four letters remain. Good enough for overlap, not for linguistics.
 */
export function stem(word: string): string {
  const base = word.replace(/'s$/, '');
  // A plain plural of a short word ("apps", "bots") keeps three letters; "class" is no plural.
  if (base.length === 4 && base.endsWith('s') && !base.endsWith('ss')) return base.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (base.endsWith(suffix) && base.length - suffix.length >= 4) {
      const cut = base.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') return `${cut}y`;
      // "migration" and "migrate" should meet at "migrat".
      if (suffix === 'ations' || suffix === 'ation') return `${cut}at`;
      return cut.replace(/e$/, '');
    }
  }
  return base.replace(/e$/, '');
}

/** True when a word says something about a topic: not a stopword, not generic, not a bare number. */
export function isDistinctive(word: string): boolean {
  if (word.length < 3 && !/\d/.test(word)) return false;
  if (/^\d+(?:[.,]\d+)*$/.test(word)) return false;
  return !STOPWORDS.has(word) && !GENERIC_JOB_WORDS.has(word);
}

/** The distinctive words of a text, lower-cased, in order, each once. */
export function distinctiveTerms(text: string): string[] {
  return [...new Set(words(text).filter(isDistinctive))];
}

/** The stems of a text's distinctive words. */
export function termStems(text: string): Set<string> {
  return new Set(distinctiveTerms(text).map(stem));
}

/** The distinctive words of `text` whose stems are in `stems`, each once. */
export function sharedTerms(text: string, stems: ReadonlySet<string>): string[] {
  return distinctiveTerms(text).filter((word) => stems.has(stem(word)));
}
