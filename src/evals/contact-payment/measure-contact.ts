/**
 * How well contact and payment routes are caught: each case's text goes through what the product
 * runs on it (the red flags for a post, rules P14 and P15 for a draft), and what it raises is
 * compared with what the case expects.
 */
import { Profile } from '../../domain/schemas.ts';
import { findRedFlags } from '../../parse/red-flags.ts';
import { p14NoContact } from '../../rubric/proposal/p14-no-contact.ts';
import { p15NoOffPlatformPayment } from '../../rubric/proposal/p15-no-offplatform-payment.ts';
import type { RubricContext } from '../../rubric/types.ts';
import type { ContactCase, ContactRoute } from './contact-case.ts';

/** Where a route was looked for: a draft's rule (P14, P15) or a post's red flag. */
export type ContactCheck = 'P14' | 'P15' | 'off_platform_contact' | 'off_platform_payment';

/** The figures over a set of cases, and the cases that missed or raised a false alarm. */
export interface ContactMeasure {
  expected: number;
  detected: number;
  /** Expected and detected routes per check, so each rule's recall is seen on its own. */
  byCheck: Partial<Record<ContactCheck, { expected: number; detected: number }>>;
  /** Routes raised that the case does not expect (on clean cases or beside the expected one). */
  falsePositives: number;
  misses: string[];
  falseAlarms: string[];
}

const POST_CODES: Readonly<Record<string, ContactRoute>> = { off_platform_contact: 'contact', off_platform_payment: 'payment' };

/** The check that looks for `route` in a case's text. */
function checkFor(where: ContactCase['where'], route: ContactRoute): ContactCheck {
  if (where === 'draft') return route === 'contact' ? 'P14' : 'P15';
  return route === 'contact' ? 'off_platform_contact' : 'off_platform_payment';
}

/** The routes the product raises on a case's text. */
export function routesRaised(item: ContactCase): ContactRoute[] {
  if (item.where === 'post') return findRedFlags(item.text).flatMap((flag) => POST_CODES[flag.code] ?? []);
  const context: RubricContext = { post: null, proof: [], profile: Profile.parse({ allowedLinks: item.allowedLinks ?? [] }), earlierDrafts: [] };
  const subject = { text: item.text, citations: [], screeningAnswers: [] };
  const raised: ContactRoute[] = [];
  if (p14NoContact.check(subject, context, {}).length > 0) raised.push('contact');
  if (p15NoOffPlatformPayment.check(subject, context, {}).length > 0) raised.push('payment');
  return raised;
}

/** Detection and false alarms over every case. */
export function measureContact(cases: readonly ContactCase[]): ContactMeasure {
  const out: ContactMeasure = { expected: 0, detected: 0, byCheck: {}, falsePositives: 0, misses: [], falseAlarms: [] };
  for (const item of cases) {
    const raised = new Set(routesRaised(item));
    for (const route of item.expect) {
      const check = checkFor(item.where, route);
      const counts = out.byCheck[check] ?? { expected: 0, detected: 0 };
      out.byCheck[check] = counts;
      out.expected += 1;
      counts.expected += 1;
      if (raised.has(route)) {
        out.detected += 1;
        counts.detected += 1;
      } else out.misses.push(`${item.id} (${route})`);
    }
    for (const route of raised) {
      if (item.expect.includes(route)) continue;
      out.falsePositives += 1;
      out.falseAlarms.push(`${item.id} (${route})`);
    }
  }
  return out;
}
