/**
 * The outcome frame for a task the pattern table does not know, built from the task's own words.
 * It cannot claim what the work achieves for the buyer, so it sells what any buyer can check: a
 * written standard agreed up front, a log of each delivery and a review point.
 */
import type { AiExposureLevel } from '../../../domain/schemas.ts';
import type { TaskPattern } from '../content/task-pattern.ts';

/** A pattern-shaped frame for `phrase` (already cleaned by `taskPhrase`), labelled with `level` and `reason`. */
export function genericFrame(phrase: string, level: AiExposureLevel, reason: string): TaskPattern {
  // Mid-sentence the user's phrase reads better in lower case, unless it opens with an acronym.
  const inner = /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
  const task = `“${inner}”`;
  const taskAtStart = `“${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}”`;
  return {
    id: 'generic',
    triggers: [],
    skills: [],
    level,
    reason,
    buyer: `A client who needs ${task} done without having to supervise it`,
    problem: `Without an agreed standard for ${task}, the client has to check the work personally and only finds out it fell short when something goes wrong.`,
    before: `${taskAtStart} bought as time or effort, with no written standard and no record of what was done.`,
    after: `${taskAtStart} delivered to a written standard, with every delivery logged and any issue reported as it happens.`,
    outcome: `${taskAtStart} done to a standard agreed in writing before work starts, with a record of each delivery and a review where the client confirms it met the standard.`,
    valueLevers: ['speed', 'risk'],
    countedDeliverable: {
      counted: '{count} {unit} covered by the written standard, each delivery logged',
      uncounted: `The agreed scope of ${task}, done to the written standard and logged`,
    },
    deliverables: [
      'A written standard agreed before work starts: what done looks like and how it is checked',
      'A delivery log: date, what was done and anything that needs the client’s attention',
      'A review after the first delivery to adjust the standard',
    ],
    inclusions: [
      'Agreeing the standard and the check with the client before work starts',
      'An entry in the delivery log after each delivery',
      'A single adjustment of the standard after the first review',
    ],
    exclusions: [
      'Work outside the written scope unless agreed in writing',
      'Materials, tools or travel costs unless agreed',
      'Decisions that belong to the client',
    ],
    acceptanceCriteria: [
      'Each delivery is logged and matches the written standard',
      'The client reviews the log and approves each delivery',
      'Every issue is reported in the log with the action taken',
    ],
    headline: `Work you can hand off and check: ${task} done to a written standard, with every delivery logged`,
    repackage: `Sell ${task} against a written standard with a delivery log and a review point, so the buyer pays for a checked result rather than for time.`,
  };
}
