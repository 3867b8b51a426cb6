/**
 * Answers the method's five pursuit criteria from what triage already knows: the relevant proof,
 * the budget against the rate floor and the client's history, the task's AI exposure, the post's
 * kind of work, and competition, freshness and Connects. Each answer is yes, no or unknown, with
 * the evidence in words; unknown is never guessed into yes.
 */
import type { TriageSignals } from '../domain/ports.ts';
import type { AiExposureLevel, ClientSignals, Criterion, Deliverable, ProofMatch, PursuitCriteria } from '../domain/schemas.ts';

export interface CriteriaInput {
  deliverable: Deliverable;
  bestProof: readonly ProofMatch[];
  librarySize: number;
  signals: TriageSignals;
  client: ClientSignals;
  aiExposure: AiExposureLevel;
}

const answer = (value: Criterion['answer'], evidence: string): Criterion => ({ answer: value, evidence });

function provenWork({ bestProof, librarySize }: CriteriaInput): Criterion {
  const top = bestProof[0];
  if (top !== undefined) return answer('yes', `"${top.title}" is relevant (${top.relevance.toFixed(2)}): ${top.reasons.join('; ')}.`);
  if (librarySize === 0) return answer('no', 'Your proof library is empty: add the work you can show.');
  return answer('no', 'No relevant proof: nothing in your library is this kind of work.');
}

function ableToPay({ signals, client }: CriteriaInput): Criterion {
  const { status, detail } = signals.budgetFit;
  if (status === 'below_floor') return answer('no', detail);
  if (client.paymentVerified === false) return answer('no', 'The payment method is not verified.');
  const history = client.totalSpent !== null && client.totalSpent > 0 ? ` The client has spent $${client.totalSpent.toLocaleString('en-US')}.` : '';
  if (status === 'fair' || status === 'above_target') return answer('yes', `${detail}${history}`);
  // A budget that cannot be judged (a fixed price, no floor set) still has a client record behind it.
  if (client.paymentVerified === true && history !== '') return answer('yes', `${detail} Payment verified.${history}`);
  return answer('unknown', `${detail}${history}`);
}

function beyondProduction({ aiExposure }: CriteriaInput): Criterion {
  if (aiExposure === 'automatable') return answer('no', 'The task reads as raw production that AI tools already do cheaply.');
  return answer('yes', aiExposure === 'human_critical' ? 'The task needs judgement a person must bring.' : 'AI can help, but the task needs your judgement.');
}

function firstStep({ deliverable, bestProof }: CriteriaInput): Criterion {
  if (deliverable.domain === null) return answer('unknown', 'The post does not say clearly what it wants delivered; ask before you name a first step.');
  if (bestProof.length === 0)
    return answer('unknown', `The work is ${deliverable.domainLabel ?? deliverable.domain}, but no proof of yours shows how you would start it.`);
  return answer('yes', `The deliverable (${deliverable.summary ?? deliverable.domainLabel}) is work your proof shows; start from what it did.`);
}

function worthIt({ signals }: CriteriaInput): Criterion {
  const { competition, freshness, connectsCost } = signals;
  const cost = connectsCost === null ? '' : ` It costs ${connectsCost.connects} Connects ($${connectsCost.dollars.toFixed(2)}).`;
  if (competition.status === 'high') return answer('no', `${competition.detail}${cost}`);
  if (freshness.status === 'stale') return answer('no', `${freshness.detail}${cost}`);
  if (competition.status === 'unknown' && freshness.status === 'unknown') return answer('unknown', `Competition and freshness are not shown.${cost}`);
  return answer('yes', `${competition.detail} ${freshness.detail}${cost}`.trim());
}

/** The five criteria, each answered with its evidence. */
export function assessCriteria(input: CriteriaInput): PursuitCriteria {
  return {
    provenWork: provenWork(input),
    ableToPay: ableToPay(input),
    beyondProduction: beyondProduction(input),
    firstStep: firstStep(input),
    worthIt: worthIt(input),
  };
}
