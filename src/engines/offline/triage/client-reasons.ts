/**
 * Reasons from the client's history on the platform: payment verification, hire rate, spend and
 * rating. The client's country is never read here: where a client lives is not a reason.
 */
import type { ClientSignals, Reason } from '../../../domain/schemas.ts';

/** Below this hire rate (percent) a client often posts without hiring. */
const LOW_HIRE_RATE = 40;
/** At or above this hire rate (percent) a client usually hires from a post. */
const GOOD_HIRE_RATE = 70;
/** Below this rating, with reviews behind it, freelancers have had trouble with the client. */
const LOW_RATING = 4;
/** At or above this rating freelancers report a good client. */
const GOOD_RATING = 4.7;
/** Spend at or above this many dollars shows a client who pays for work. */
const GOOD_SPEND = 1000;

function percent(rate: number): number {
  // Parsers may store 60% as 60 or as 0.6.
  return rate <= 1 ? Math.round(rate * 100) : rate;
}

function dollars(amount: number): string {
  if (amount >= 1_000_000) return `$${(amount / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
  if (amount >= 1_000) return `$${(amount / 1_000).toFixed(1).replace(/\.0$/, '')}K`;
  return `$${amount}`;
}

function paymentReason(client: ClientSignals): Reason | null {
  if (client.paymentVerified === false) {
    return { signal: 'client.paymentVerified', effect: 'negative', text: 'Payment method not verified.' };
  }
  if (client.paymentVerified === true) {
    return { signal: 'client.paymentVerified', effect: 'positive', text: 'Payment method verified.' };
  }
  return null;
}

function hireRateReason(client: ClientSignals): Reason | null {
  if (client.hireRate === null) return null;
  const rate = percent(client.hireRate);
  const posted = client.jobsPosted === null ? '' : ` across ${client.jobsPosted} jobs posted`;
  if (rate < LOW_HIRE_RATE) {
    return { signal: 'client.hireRate', effect: 'negative', text: `${rate}% hire rate${posted}: this client often posts without hiring.` };
  }
  return { signal: 'client.hireRate', effect: rate >= GOOD_HIRE_RATE ? 'positive' : 'neutral', text: `${rate}% hire rate${posted}.` };
}

function spendReason(client: ClientSignals): Reason | null {
  if (client.totalSpent === null) return null;
  if (client.totalSpent === 0) {
    const jobs = client.jobsPosted ?? 0;
    return jobs >= 1
      ? { signal: 'client.totalSpent', effect: 'negative', text: `No spend on record after ${jobs} jobs posted.` }
      : { signal: 'client.totalSpent', effect: 'neutral', text: 'No spend on record yet: a new client.' };
  }
  const effect = client.totalSpent >= GOOD_SPEND ? 'positive' : 'neutral';
  return { signal: 'client.totalSpent', effect, text: `${dollars(client.totalSpent)} spent on the platform so far.` };
}

function ratingReason(client: ClientSignals): Reason | null {
  if (client.rating === null) return null;
  const reviews = client.reviews;
  if (reviews === null || reviews === 0) {
    return { signal: 'client.rating', effect: 'neutral', text: `Client rating ${client.rating} with no review count shown.` };
  }
  const text = `Client rating ${client.rating} of 5 from ${reviews} reviews.`;
  if (client.rating < LOW_RATING) return { signal: 'client.rating', effect: 'negative', text };
  return { signal: 'client.rating', effect: client.rating >= GOOD_RATING ? 'positive' : 'neutral', text };
}

/** One reason per client signal the post states; unknowns give no reason. */
export function clientReasons(client: ClientSignals): Reason[] {
  return [paymentReason(client), hireRateReason(client), spendReason(client), ratingReason(client)].filter((reason): reason is Reason => reason !== null);
}
