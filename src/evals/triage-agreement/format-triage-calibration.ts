/** The triage calibration as text: the figures with their counts, then every post that disagreed. */
import type { DraftsMeasured } from '../drafts/measure-drafts.ts';
import { MAX_REPEAT_SHARE } from '../drafts/repetition.ts';
import type { TriageFigures } from './figures.ts';
import type { Tally, TriageAgreement } from './measure-triage.ts';

const ratio = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(2));
const counts = (tally: Tally): string => `${tally.tp} agreed, ${tally.fp} found only by triage, ${tally.fn} labelled only`;

/** What disagreed on one post, or null when nothing did. */
function disagreements(post: TriageAgreement['posts'][number]): string | null {
  const lines: string[] = [];
  if (!post.allowed.includes(post.verdict)) lines.push(`verdict ${post.verdict}, labels allow ${post.allowed.join(' or ')}`);
  const diff = (name: string, found: string[], labelled: string[]): void => {
    const extra = found.filter((value) => !labelled.includes(value));
    const missed = labelled.filter((value) => !found.includes(value));
    if (extra.length > 0) lines.push(`${name} found but not labelled: ${extra.join('; ')}`);
    if (missed.length > 0) lines.push(`${name} labelled but not found: ${missed.join('; ')}`);
  };
  diff('proof', post.proof.found, post.proof.labelled);
  diff('red flags', post.redFlags.found, post.redFlags.labelled);
  diff('questions', post.questions.found, post.questions.labelled);
  diff('instructions (purpose:value)', post.instructions.found, post.instructions.labelled);
  return lines.length === 0 ? null : `${post.id}\n${lines.map((line) => `  - ${line}`).join('\n')}`;
}

function draftRows(drafts: DraftsMeasured): string[] {
  const top = drafts.repetition.repeated[0];
  const rows = [
    `drafts           ${drafts.total}: for another kind of job (P25) ${drafts.misfires}, citing irrelevant proof (P26) ${drafts.irrelevantCited}, with an error ${drafts.withErrors}`,
    `boilerplate      ${drafts.repetition.overLimit.length} sentences in more than ${MAX_REPEAT_SHARE * 100}% of drafts; most repeated: ${top === undefined ? 'none' : `${top.drafts}/${drafts.total} "${top.sentence}"`}`,
  ];
  for (const entry of drafts.repetition.overLimit) rows.push(`  ${entry.drafts}/${drafts.total} "${entry.sentence}"`);
  for (const post of drafts.posts) if (post.errors.length > 0) rows.push(`  draft for ${post.id}: ${post.errors.join(', ')}`);
  return rows;
}

/** The report; `drops` are the gate's failures against the baseline. */
export function formatTriageCalibration(agreement: TriageAgreement, figures: TriageFigures, drops: readonly string[]): string {
  const { verdict } = agreement;
  const rows = [
    `Triage calibration on ${verdict.total} labelled shared posts`,
    `verdict within the labels    ${ratio(figures.verdictAgreement)}  (${verdict.agree}/${verdict.total}; pursue where the labels allow none: ${verdict.pursueNotAllowed})`,
    `kind of work     ${ratio(figures.domainAgreement)}  (${agreement.domain.agree}/${agreement.domain.total} posts with the labelled domain)`,
    `missing must-haves named  precision ${ratio(figures.mustHavePrecision)}  recall ${ratio(figures.mustHaveRecall)}  (per post: ${counts(agreement.mustHaves)})`,
    `proof relevance  precision ${ratio(figures.relevancePrecision)}  recall ${ratio(figures.relevanceRecall)}  (${counts(agreement.relevance)})`,
    `red flags        precision ${ratio(figures.redFlagPrecision)}  recall ${ratio(figures.redFlagRecall)}  (${counts(agreement.redFlags)})`,
    `questions        precision ${ratio(figures.questionPrecision)}  recall ${ratio(figures.questionRecall)}  (${counts(agreement.questions)})`,
    `instructions     precision ${ratio(figures.instructionPrecision)}  recall ${ratio(figures.instructionRecall)}  (${counts(agreement.instructions)})`,
    ...draftRows(agreement.drafts),
  ];
  const posts = agreement.posts.map(disagreements).filter((text): text is string => text !== null);
  const detail = posts.length === 0 ? 'Every post agreed with its labels.' : `Posts that disagreed (${posts.length}):\n${posts.join('\n')}`;
  const gate =
    drops.length === 0
      ? 'Triage calibration gate: passed (no figure fell below the baseline)'
      : `Triage calibration gate: FAILED\n${drops.map((drop) => `  ${drop}`).join('\n')}`;
  return `${rows.join('\n')}\n\n${detail}\n\n${gate}`;
}
