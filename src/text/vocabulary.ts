/**
 * Word lists the rubric checks against. They are defaults: a profile's `avoidWords` adds to the
 * AI-tell list, and a run may replace it.
 */

/** Words and phrases that mark text as machine-written to a client who has read a thousand proposals. */
export const AI_TELL_WORDS: readonly string[] = [
  'delve',
  'leverage',
  'leveraging',
  'seamless',
  'seamlessly',
  'robust',
  'cutting-edge',
  'testament',
  'tapestry',
  'realm',
  'synergy',
  'game-changer',
  'game changer',
  'elevate',
  'unlock',
  'unleash',
  'navigate the complexities',
  "in today's fast-paced",
  'ever-evolving',
  'meticulous',
  'meticulously',
  'embark',
  'paramount',
  'pivotal',
  'holistic',
  'streamline',
  'empower',
  'foster',
  'harness',
  'bespoke',
  'state-of-the-art',
  'world-class',
  'best-in-class',
  'look no further',
  'rest assured',
];

/** Empty self-praise: claims that cost nothing to write and prove nothing. */
export const SELF_PRAISE_PHRASES: readonly string[] = [
  'hardworking',
  'hard-working',
  'passionate',
  'highly skilled',
  'highly motivated',
  'dedicated professional',
  'detail-oriented',
  'results-driven',
  'team player',
  'go-getter',
  "i'm confident i can",
  'i am confident i can',
  "i'm the perfect fit",
  'i am the perfect fit',
  'perfect candidate',
  'ideal candidate',
  'extensive experience',
  'years of experience in various',
];

/** Openers that talk about the applicant before the client's problem. */
export const THROAT_CLEARING_OPENERS: readonly string[] = [
  'hi, i am',
  'hi i am',
  "hi, i'm",
  "hi i'm",
  'hello, i am',
  "hello, i'm",
  'hello i am',
  'my name is',
  'i came across',
  "i'm excited to apply",
  'i am excited to apply',
  'i am writing to apply',
  'dear sir',
  'dear hiring manager',
  'to whom it may concern',
  'i have read your job',
  'i read your job post',
  'greetings',
];

/** Words that promise an outcome nobody can promise. */
export const GUARANTEE_PHRASES: readonly string[] = [
  'guarantee',
  'guaranteed',
  'guarantees',
  '100% success',
  'risk-free',
  'will definitely',
  'promise you',
  'i promise',
  'money-back',
  'no risk',
];
