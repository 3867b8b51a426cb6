/**
 * The outcome frame for a task the pattern table does not know, built from the task's own words
 * and the wording in content/generic-frame.json.
 */
import type { AiExposureLevel } from '../../../domain/schemas.ts';
import type { GenericFrame } from '../content/generic-frame.ts';
import { offlineContent } from '../content/load-content.ts';
import type { TaskPattern } from '../content/task-pattern.ts';

// Only the task slots: {count} and {unit} are the offer composer's to fill.
function withTask(text: string, task: string, taskAtStart: string): string {
  return text.replace(/\{(task|Task)\}/g, (_whole, slot: string) => (slot === 'Task' ? taskAtStart : task));
}

function fillFrame(frame: GenericFrame, task: string, taskAtStart: string): GenericFrame {
  const one = (text: string): string => withTask(text, task, taskAtStart);
  return {
    ...frame,
    valueLevers: [...frame.valueLevers],
    buyer: one(frame.buyer),
    problem: one(frame.problem),
    before: one(frame.before),
    after: one(frame.after),
    outcome: one(frame.outcome),
    countedDeliverable: { counted: one(frame.countedDeliverable.counted), uncounted: one(frame.countedDeliverable.uncounted) },
    deliverables: frame.deliverables.map(one),
    inclusions: frame.inclusions.map(one),
    exclusions: frame.exclusions.map(one),
    acceptanceCriteria: frame.acceptanceCriteria.map(one),
    headline: one(frame.headline),
    repackage: one(frame.repackage),
  };
}

/** A pattern-shaped frame for `phrase` (already cleaned by `taskPhrase`), labelled with `level` and `reason`. */
export function genericFrame(phrase: string, level: AiExposureLevel, reason: string): TaskPattern {
  // Mid-sentence the user's phrase reads better in lower case, unless it opens with an acronym.
  const inner = /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
  const task = `“${inner}”`;
  const taskAtStart = `“${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}”`;
  const filled = fillFrame(offlineContent().genericFrame, task, taskAtStart);
  return { id: 'generic', triggers: [], skills: [], level, reason, ...filled };
}
