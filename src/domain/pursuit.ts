/**
 * The verdict rule: the method's pursuit criteria and the post's must-haves cap whatever verdict
 * an engine gives; they never raise it.
 *
 * - No `pursue` unless (a) the work matches proof and (b) the client appears able to pay.
 * - No `pursue` when (c) the scope is raw production, (d) no specific first step can be named, or
 *   (e) the job is not worth the Connects and time (crowded, stale).
 * - A must-have the profile and proof do not meet: a language, location or licence makes it `skip`
 *   (you cannot do the job as posted); a tool makes it at most `consider`. One the profile cannot
 *   confirm (where you are based) makes it at most `consider`, and is named for you to check.
 */
import type { MustHave, PursuitCriteria, Verdict } from './schemas.ts';

/** The criteria as the method names them, in its order, for every edge that shows them. */
export const CRITERION_NAMES: readonly (readonly [keyof PursuitCriteria, string])[] = [
  ['provenWork', 'Work you can prove'],
  ['ableToPay', 'Client able to pay'],
  ['beyondProduction', 'More than raw production'],
  ['firstStep', 'A specific first step'],
  ['worthIt', 'Worth the Connects'],
];

/** What each must-have answer means to the user. */
export const MUST_HAVE_STATUS: Record<MustHave['met'], string> = {
  yes: 'you have it',
  no: 'not in your profile or proof',
  unknown: 'check you meet it',
};

const RANK: Record<Verdict, number> = { skip: 0, consider: 1, pursue: 2 };
const lower = (a: Verdict, b: Verdict): Verdict => (RANK[a] <= RANK[b] ? a : b);

/** The most a post may get, with the reasons for any cap, from its criteria and must-haves. */
export function verdictCap(criteria: PursuitCriteria, mustHaves: readonly MustHave[]): { cap: Verdict; why: string[] } {
  const why: string[] = [];
  let cap: Verdict = 'pursue';
  const limit = (to: Verdict, reason: string) => {
    if (RANK[to] < RANK.pursue) why.push(reason);
    cap = lower(cap, to);
  };
  if (criteria.provenWork.answer !== 'yes') limit('consider', 'no proof of this kind of work');
  if (criteria.ableToPay.answer !== 'yes') limit('consider', 'the ability to pay is not shown');
  if (criteria.beyondProduction.answer === 'no') limit('consider', 'the scope is raw production');
  if (criteria.firstStep.answer === 'no') limit('consider', 'no specific first step can be named');
  if (criteria.worthIt.answer === 'no') limit('consider', 'not worth the Connects and time');
  for (const must of mustHaves) {
    if (must.met === 'no') limit(must.kind === 'tool' ? 'consider' : 'skip', `must-have not met: ${must.requirement}`);
    else if (must.met === 'unknown') limit('consider', `must-have to confirm: ${must.requirement}`);
  }
  return { cap, why };
}

/** The engine's verdict, lowered to the cap when it is above it. */
export function applyVerdictCap(verdict: Verdict, cap: Verdict): Verdict {
  return lower(verdict, cap);
}
