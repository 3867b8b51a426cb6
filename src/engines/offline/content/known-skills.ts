/**
 * The schema of content/known-skills.json: what the case study builder counts as a skill in free
 * notes, on top of every skill the task pattern table names.
 */
import { z } from 'zod';

const Terms = z.array(z.string().min(1).refine((term) => term === term.toLowerCase(), 'write skills in lower case')).min(1);

export const KnownSkillLists = z.strictObject({
  /** Common tools and skills that no task pattern names. */
  extraSkills: Terms,
  /** Ordinary words that appear in any notes; as a skill they would be noise, even when a pattern names them. */
  tooOrdinary: Terms,
});
export type KnownSkillLists = z.output<typeof KnownSkillLists>;
