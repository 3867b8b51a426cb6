/** The triage fields a hand-built triage in a test does not care about: nothing known, nothing required. */
import type { Triage } from '../../src/domain/schemas.ts';

const unknown = { answer: 'unknown', evidence: 'not assessed in this test' } as const;

export const TRIAGE_EXTRAS: Pick<Triage, 'deliverable' | 'criteria' | 'mustHaves' | 'market'> = {
  deliverable: { summary: null, domain: null, domainLabel: null, cues: [], leaning: null },
  criteria: { provenWork: unknown, ableToPay: unknown, beyondProduction: unknown, firstStep: unknown, worthIt: unknown },
  mustHaves: [],
  market: null,
};
