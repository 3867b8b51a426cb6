/**
 * Word lists for proof retrieval. Stopwords are never indexed or searched. Generic and broad terms
 * are indexed and add to a score, but a match on them alone never makes an item evidence: nearly
 * every job post and every case study says "data", "project" or "client", so sharing one of those
 * words says nothing about whether the proof fits the job. Boilerplate phrases are taken out of a
 * query before it is analysed.
 */

/** Function words and job-post filler that carry no topic. Lowercase, compared before stemming. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as',
  'at', 'be', 'been', 'before', 'being', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does',
  'doing', 'dont', 'down', 'during', 'each', 'either', 'etc', 'few', 'for', 'from', 'further',
  'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'if',
  'im', 'in', 'into', 'is', 'isnt', 'it', 'its', 'ive', 'just', 'like', 'may', 'me', 'might',
  'more', 'most', 'must', 'my', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'only', 'or',
  'other', 'our', 'ours', 'out', 'over', 'own', 'per', 'please', 'same', 'she', 'should', 'so',
  'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
  'those', 'through', 'to', 'too', 'under', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we',
  'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'within',
  'without', 'would', 'yes', 'you', 'your', 'youre', 'yours',
  // Filler that job posts share whatever the job is.
  'able', 'someone', 'looking', 'need', 'needed', 'needs', 'want', 'wants', 'seeking', 'hire',
  'hiring', 'freelancer', 'candidate', 'ideal', 'job', 'task', 'tasks', 'help', 'get', 'make',
  'new', 'good', 'great', 'strong', 'well', 'using', 'use', 'used', 'one', 'two', 'thank', 'thanks',
]);

/**
 * Words too common in proof and posts to count as a match on their own (see the file comment).
 * Lowercase surface forms; retrieval compares their stems.
 */
export const GENERIC_TERMS: readonly string[] = [
  'data',
  'project',
  'work',
  'business',
  'client',
  'customer',
  'experience',
  'company',
  'team',
  'service',
  'solution',
  'process',
  'result',
  'time',
  'quality',
  'skill',
];

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
  'small industry ' +
  // Vendors whose products differ ("Google Drive" work is not "Google Sheets" work).
  'google microsoft apple adobe amazon meta power ' +
  // The hire, the seniority and the terms, not the problem.
  'expert specialist professional consultant consultation developer designer engineer writer ' +
  'editor assistant manager analyst associate integrator programmer coordinator administrator ' +
  'creator builder contractor lead head chief senior junior principal remote part full ' +
  'account first'
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
