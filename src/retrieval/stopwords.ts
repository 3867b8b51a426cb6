/**
 * Word lists for proof retrieval. Stopwords are never indexed or searched. Generic terms are
 * indexed and add to a score, but a match on them alone never makes an item relevant: nearly every
 * job post and every case study says "data", "project" or "client", so sharing one of those words
 * says nothing about whether the proof fits the job.
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
