/**
 * Word lists for deciding which proof is evidence. Broad terms are indexed and add to a score, but
 * a match on them alone never makes an item evidence: nearly every job post and case study says
 * "marketing", "app" or "google", so sharing one of those words says nothing about whether the
 * proof fits the job. Boilerplate phrases are taken out of a query before it is analysed. Stopwords
 * and generic job words are the text toolkit's (src/text/stopwords.ts).
 */

/**
 * Words that add to a score but never show, alone, that a proof item is evidence for a post: they
 * name a market, a channel or a vendor rather than a kind of work ("saas", "app", "google"), or the
 * hire rather than the problem ("developer", "specialist", "lead" as in "Senior/Lead"). A churn
 * model for a subscription app is not evidence for Shopify subscription work; "3D models" are not
 * a churn model. A skill named whole ("Google Analytics", "Data Analysis") still counts.
 */
export const BROAD_TERMS: readonly string[] = (
  // Areas too wide to say two pieces of work are alike.
  'marketing management design development sales content analysis analytics strategy support ' +
  'optimization optimisation growth online digital social media report system solution product ' +
  'page site website web platform software tool app application api automation model plan review ' +
  'fix setup integration performance research test clean cleanup price video ' +
  // Markets and client shapes, not work.
  'saas startup subscription ecommerce commerce retail store shop brand agency enterprise consumer ' +
  'small industry mobile ' +
  // Vendors whose products differ ("Google Drive" work is not "Google Sheets" work).
  'google microsoft apple adobe amazon meta power ' +
  // The hire, the seniority and the terms, not the problem.
  'expert specialist professional consultant consultation developer designer engineer writer ' +
  'editor assistant manager analyst associate integrator programmer coordinator administrator ' +
  'creator builder contractor lead head chief senior junior principal remote part full ' +
  'account first workflow'
).split(' ').filter((word) => word !== '');

/**
 * Phrases every kind of post uses whose words would otherwise look like a topic: "a proven track
 * record" is not about tracking. They are taken out of a query before it is analysed.
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  'proven track record',
  'track record',
  'track records',
  'cover letter',
  'time zone',
  'time zones',
  'long term',
  'short term',
  'full time',
  'part time',
  'look forward',
];
