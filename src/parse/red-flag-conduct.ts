/**
 * Red flags about what the client asks you to do or accept, rather than how you are contacted or
 * paid: work for equity or nothing, fake engagement from several accounts, and getting round a
 * regulation or a platform's rules. Each names the practice itself, so a job about fighting it
 * ("detect fake reviews", "build our KYC flow") is not a flag.
 */
import { firstAffirmed, globalOf, type Detector } from './red-flag-match.ts';

// Verbs that make the practice the thing a job works against, not the thing it asks for.
const AGAINST =
  /\b(?:detect\w*|identify\w*|flag\w*|spot\w*|catch\w*|fight\w*|combat\w*|prevent\w*|stop\w*|remov\w*|moderat\w*|report\w*|filter\w*|block\w*|protect\w*|audit\w*|analy[sz]\w*|classif\w*|research\w*|comply\w*|complian\w*)\s+(?:\w+\s+){0,4}$/i;
const against = (s: string, at: number): boolean => AGAINST.test(s.slice(Math.max(0, at - 50), at));

const EQUITY = globalOf([
  /\b50\s?\/\s?50\s+(?:partner\w*|split|equity|ownership|co-?founder)\b/i,
  /\b(?:paid|pay|compensat\w*|payment)\s+(?:\w+\s+){0,2}?(?:in|with|through)\s+(?:company\s+)?(?:equity|shares|stock|tokens)\b/i,
  /\b(?:equity|revenue[- ]share|profit[- ]share|commission)[- ]only\b|\bequity[- ]based (?:pay|payment|compensation)\b|\bno base (?:pay|salary)\b/i,
  /\b(?:revenue|profit)[- ]shar(?:e|ing)\s+(?:only|basis|instead|model in place of)\b/i,
  /\b(?:for|in exchange for|in return for)\s+(?:\w+\s+){0,2}?(?:equity|sweat equity|a stake|shares)\b(?!\s+(?:and|plus|on top|in addition)\b)/i,
  /\bequity\s+(?:instead of|rather than|in lieu of|in place of)\s+(?:pay|payment|cash|salary|a salary|money)\b/i,
  /\bsweat equity\b/i,
  /\bno (?:upfront |initial )?(?:pay|payment|salary|compensation)\s+(?:until|before|till|for now)\b/i,
  /\b(?:pay|paid|payment|compensat\w*)\s+(?:\w+\s+){0,2}?(?:once|when|after|as soon as)\s+(?:we|the (?:app|product|site|company|project)|it)\s+(?:\w+\s+)?(?:launch\w*|(?:get|are|is|gets) (?:funded|funding|profitable)|raise\w*|make\w* (?:money|a profit|sales|revenue)|start\w* (?:earning|making))\b/i,
  /\b(?:this is (?:an?\s+)?|an?\s+)?(?:unpaid|volunteer|pro bono)\s+(?:role|position|opportunity|internship|project|gig|job|basis)\b/i,
  /\b(?:deferred|delayed)\s+(?:pay|payment|compensation|salary)\b/i,
]);

/** Work offered for equity, a share of future revenue, or nothing until the client succeeds. */
export const equityOrUnpaid: Detector = (s) => firstAffirmed(s, EQUITY);

const REVIEW_SITES = '(?:reddit|quora|yelp|trustpilot|google|amazon|tripadvisor|g2|capterra|product hunt|hacker news|app store|play store)';
const FAKE = globalOf([
  /\b(?:run\w*|manag\w*|operat\w*|creat\w*|use|using|control\w*|post\w* from|switch\w* between)\s+(?:\w+\s+){0,2}?(?:multiple|several|many|different|a few|\d{1,3}|dozens of|hundreds of)\s+(?:\w+\s+)?(?:reddit|quora|yelp|trustpilot|amazon|tripadvisor|hacker news|product hunt|fake|aged|burner|sock ?puppet|alt)\s+accounts\b/i,
  /\b(?:fake|paid|incentivi[sz]ed|bought|purchased)\s+(?:\w+\s+)?(?:reviews|ratings|testimonials)\b/i,
  /\b(?:write|post|leave|publish|creat|buy|purchas)\w*\s+(?:\w+\s+){0,3}?(?:5[- ]star|five[- ]star|positive|glowing)\s+(?:\w+\s+)?(?:reviews|ratings|testimonials)\b/i,
  new RegExp(String.raw`\b(?:write|post|leave|publish)\w*\s+(?:\w+\s+){0,3}?reviews\s+(?:\w+\s+){0,2}?(?:on|for|to)\s+(?:our\s+)?${REVIEW_SITES}\b`, 'i'),
  /\b(?:buy|buying|purchase|get|boost|generate|drive|inflate)\s+(?:\w+\s+){0,2}?(?:upvotes|downvotes|fake (?:likes|followers|views|comments)|bot (?:followers|likes|views|traffic)|followers from bots)\b/i,
  /\b(?:up|down)vot(?:e|ing)\s+(?:\w+\s+){0,2}?(?:our|the client's|each other's|competitor\w*)\s+(?:posts?|threads?|comments?|links?|content)\b/i,
  /\b(?:bot|fake|purchased)\s+(?:followers|likes|views|engagement|accounts|traffic)\b/i,
  /\b(?:sock ?puppet\w*|astroturf\w*|aged (?:reddit|gmail|facebook|instagram|twitter) accounts|review swaps?|vote manipulation)\b/i,
  /\bpretend(?:ing)? to be\s+(?:an?\s+)?(?:real\s+|happy\s+|satisfied\s+|genuine\s+)?(?:customer|user|buyer|client|patient)s?\b/i,
]);

/** Fake engagement: several accounts, fake reviews, bought votes or followers. */
export const fakeEngagement: Detector = (s) => firstAffirmed(s, FAKE, (m) => against(s, m.index ?? 0));

const RULES = String.raw`(?:kyc|aml|know your customer|identity verification|id verification|age verification|regulat\w*|licen[cs]ing requirements?|sanctions|the law|compliance|(?:account |platform |shadow ?)?bans?|suspensions?|platform (?:rules|policies|restrictions)|terms of (?:service|use)|tos|fraud detection|anti-?fraud)`;
const CIRCUMVENT = globalOf([
  new RegExp(
    String.raw`\b(?:bypass\w*|circumvent\w*|evad\w*|evasion of|dodg\w*|get(?:ting)? around|work(?:ing)? around|skirt\w*|sidestep\w*|trick\w*|fool\w*)\s+(?:\w+\s+){0,2}?${RULES}\b`,
    'i',
  ),
  /\baround\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:regulatory|legal|kyc|compliance)\s+(?:separation|restrictions?|requirements?|limits?|rules?|checks?)\b/i,
  /\breverse[- ]?engineer\w*\s+(?:\w+\s+){0,6}?(?:fund|funds|money|payment|payout|wallet)\s+(?:transfers?|withdrawals?|movements?)\b/i,
  /\b(?:ban evasion|multi-?accounting)\b/i,
]);

/** Getting round a regulation or a platform's rules: bypassing KYC, evading bans, moving funds around a regulatory line. */
export const circumvention: Detector = (s) => firstAffirmed(s, CIRCUMVENT, (m) => against(s, m.index ?? 0));
