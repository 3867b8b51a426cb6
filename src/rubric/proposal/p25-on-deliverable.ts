import { kindsRelated, scoreKinds, workKind } from '../../text/work-kind.ts';
import { sentences } from '../../text/text.ts';
import type { ProposalRule, RuleHit } from '../types.ts';
import { firstStepSentence } from './p08-first-step.ts';
import { openingParagraph, postTopicText } from './sources.ts';

interface P25Thresholds {
  /** How many sentences of the first paragraph count as the opening. */
  openingSentences: number;
  /** Distinct cues of the other kind, not used by the post, a part must name before it counts as about that kind. */
  minCues: number;
  [key: string]: number;
}

/** A kind a part of the draft names, by the cues the post itself never uses. */
interface ForeignKind {
  kind: string;
  cues: string[];
}

/**
 * The kind a part of the draft is clearly about when that kind is foreign to the post: not the
 * post's kind nor related to it, named by enough cues the post never uses (echoing the post's own
 * context, "before the HubSpot import", is not another job's content), and the part names nothing
 * of the post's kind or its relatives. Null when the part fits or says too little.
 */
function foreignKind(part: string, domain: string, postCues: ReadonlySet<string>, minCues: number): ForeignKind | null {
  const ranked = scoreKinds([{ text: part, weight: 1 }]);
  // One cue of the post's kind or a related one means the part speaks to this job, however briefly.
  if (ranked.some((score) => kindsRelated(score.kind, domain))) return null;
  const foreign = ranked.map(({ kind, cues }) => ({ kind, cues: cues.filter((cue) => !postCues.has(cue)) })).sort((a, b) => b.cues.length - a.cues.length)[0];
  return foreign !== undefined && foreign.cues.length >= minCues ? foreign : null;
}

/**
 * P25: the opening and the first step are about this post's main deliverable. A draft written for
 * another kind of job (a store build pitched to a bookkeeping post) fails however polished it is.
 * Abstains when the post's kind of work is unclear: a guess would raise false alarms.
 */
export const p25OnDeliverable: ProposalRule<P25Thresholds> = {
  id: 'P25',
  target: 'proposal',
  title: "The opening and the first step are about this post's main deliverable",
  severity: 'error',
  thresholds: { openingSentences: 2, minCues: 2 },
  check(subject, context, thresholds) {
    const post = context.post;
    const domain = post?.deliverable.domain ?? null;
    if (post === null || domain === null) return [];
    const wanted = workKind(domain)?.label ?? domain;
    const postCues = new Set(scoreKinds([{ text: postTopicText(post), weight: 1 }]).flatMap((score) => score.cues));
    const parts = [
      { name: 'opening', text: sentences(openingParagraph(subject.text)).slice(0, thresholds.openingSentences).join(' ') },
      { name: 'first step', text: firstStepSentence(subject.text) ?? '' },
    ];
    return parts.flatMap(({ name, text }): RuleHit[] => {
      const foreign = foreignKind(text, domain, postCues, thresholds.minCues);
      if (foreign === null) return [];
      const label = workKind(foreign.kind)?.label ?? foreign.kind;
      return [
        {
          message: `The ${name} is about ${label}, but the post asks for ${wanted}; speak to this post's deliverable.`,
          evidence: foreign.cues.map((cue) => `"${cue}"`).join(', '),
        },
      ];
    });
  },
};
