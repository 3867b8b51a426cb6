import type { ProposalRule } from '../types.ts';
import { sharedTerms } from '../../text/terms.ts';
import { clip, sentences, termMatcher } from '../../text/text.ts';
import { openingParagraph, postStems } from './sources.ts';

/** Phrases that mark a sentence as naming a cause, a problem or a risk rather than describing the applicant. */
export const DIAGNOSIS_CUES: readonly string[] = [
  'the real issue',
  'the real problem',
  'the actual problem',
  'the problem is',
  'the issue is',
  'the risk',
  'risk',
  'risky',
  'what usually causes',
  'usually caused',
  'caused by',
  'root cause',
  'the cause',
  'likely',
  'most likely',
  'probably',
  'bottleneck',
  'because',
  'the gap',
  'sounds like',
  'which means',
  'is costing',
  'costs you',
  'the catch',
  'the hard part',
  'the tricky part',
  'underlying',
  'symptom',
  'is slowing',
  'is blocking',
  'leaks',
  'leaking',
  'breaks',
  'breaking',
  'fails',
  'failing',
  'points to',
  'suggests',
  'tends to',
];

const diagnosisCues = termMatcher(DIAGNOSIS_CUES);

/**
 * P03: a diagnosis is what separates a proposal from a generic pitch: the first paragraph names a
 * cause or risk in the client's situation, in terms from their post.
 */
export const p03Diagnosis: ProposalRule = {
  id: 'P03',
  target: 'proposal',
  title: 'A diagnosis of the client problem is present',
  severity: 'warn',
  thresholds: {},
  check(subject, context) {
    const opening = openingParagraph(subject.text);
    const cued = sentences(opening).filter((sentence) => diagnosisCues(sentence).length > 0);
    const stems = context.post === null ? null : postStems(context.post);
    const diagnosed = stems === null ? cued.length > 0 : cued.some((s) => sharedTerms(s, stems).length > 0);
    if (diagnosed) return [];
    const why = cued.length === 0 ? 'no sentence names a cause, problem or risk' : 'the sentences that name a cause or risk do not use any term from the post';
    return [
      {
        message: `The first paragraph has no diagnosis (${why}); say what is likely causing the client's problem, in their terms.`,
        evidence: opening.length > 0 ? clip(opening) : null,
      },
    ];
  },
};
