/** The offer rules (O01-O06; there is no O05), in id order. */
import type { OfferRule } from '../types.ts';
import { o01Boundary } from './o01-boundary.ts';
import { o02OutcomeHeadline } from './o02-outcome-headline.ts';
import { o03ScopeTerms } from './o03-scope-terms.ts';
import { o04ProvenMetrics } from './o04-proven-metrics.ts';
import { o06AiTells } from './o06-ai-tells.ts';

/** Every offer rule, in id order; the registry reads this list. */
export const offerRules: OfferRule[] = [o01Boundary, o02OutcomeHeadline, o03ScopeTerms, o04ProvenMetrics, o06AiTells];
