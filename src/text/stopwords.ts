/**
 * The one pair of word lists every part of the project filters with: parse, retrieval, the rubric
 * and both engines agree on which words carry no topic. Lower-case, folded, as `words` yields them.
 */

const list = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter((word) => word.length > 0));

/** Function words and filler: never a term, never indexed, never counted as naming anything. */
export const STOPWORDS: ReadonlySet<string> = list(`
  excellent important
  a able about above after again against all already also always am an and another any anyone
  anything are aren't around as at back be because been before being below best better between big
  bit both but by can can't cannot cheers come could couldn't day days dear did didn't do does
  doesn't doing don't done dont down during e.g each easy eg either else enough etc even ever
  every everything feel feels felt few first for found from further get gets getting give go going
  good got great had hadn't has hasn't have haven't having he he'd he'll he's hello her here
  here's hers herself hey hi him himself his hour hours how how's however i i'd i'll i'm i've i.e
  ie if im in into is isn't isnt it it's its itself ive just kind know last less let let's like
  little lot lots make makes making many may me might month months more most much must mustn't my
  myself new next no nor not now of off ok okay old on once one only or other ought our ours
  ourselves out over own per please plenty pretty put quite rather really regards right same see
  seem seems several shall shan't she she'd she'll she's should shouldn't since so some someone
  something sort sorted still such sure take takes taking tell than thank thanks that that's the
  their theirs them themselves then there there's these they they'd they'll they're they've thing
  things think this those though three through thus time times to today too two under until up
  upon us use used uses using very via want wants was wasn't way ways we we'd we'll we're we've
  week weeks well were weren't what what's when when's where where's whether which while who who's
  whom whose why why's will with within without won't would wouldn't year years yes yet you you'd
  you'll you're you've your youre yours yourself yourselves
`);

/**
 * Words every job post and every pitch uses ("looking", "project", "experience", "results"):
 * sharing one says nothing specific. They are terms (retrieval indexes them) but never distinctive,
 * and never evidence on their own. Retrieval compares them by stem, so a word whose stem names a
 * topic ("excellent" and Excel, "listing" and product listings) belongs in STOPWORDS or nowhere.
 */
export const GENERIC_JOB_WORDS: ReadonlySet<string> = list(`
  ability across additional amazing applicant applicants application applications apply applying
  asap assist assistant assisting attention availability available awesome background based basic
  believe budget build building business came candidate candidates carefully check clear client
  clients communication company confident consultant consultants contract contractor cover create
  creating current customer data deadline deadlines dedicated deliver deliverables delivering
  delivery description designer designers detail detail-oriented details develop developer
  developers developing different duties eager engineer engineers english ensure ensuring entry
  exactly example examples excited existing experience experienced expert expertise
  experts extensive familiar familiarity fast finish fit fiverr fix fixed fixing fluent following
  freelance freelancer freelancers full-time future general glad handle happen happy hard-working
  hardworking hear help helping high hire hired hiring hourly ideal immediately implement
  implementing improve improving include includes including interest interested
  intermediate job jobs junior key knowledge large letter level long look looking love
  main manage managing motivated must-have native need needed needs nice ongoing opportunity
  outcome outcomes overall part part-time passionate past perfect person platform portfolio
  position possible post posted posting posts potential previous price process professional
  professionals project projects proposal proposals proven provide providing quality quick quickly
  rate rates reach read reading ready related relevant reliable remote request requests
  require required requirement requirements requires responsibilities responsible result results
  results-driven role sample samples seek seeking send senior service services set setup share
  sharing short similar simple skill skilled skills small solution solutions somebody specialise
  specialist specialists specialize specific start started starting strong success successful
  support supporting task tasks team term thrilled throughout type understand understanding
  upwork urgent urgently valuable value various verbal work worked working works writer writers
  written
`);

/** Words under three letters that still name a topic; every other short word is noise. */
export const SHORT_TERMS: ReadonlySet<string> = list('ai ui ux bi qa hr pr ar vr ml js ts db 2d 3d c# r');
