/**
 * The proposal rules whose breaking takes judgement, with the question the model judge answers for
 * each, and the strict schema of its reply: every field required, one verdict per judged rule.
 */
import { z } from 'zod';

/** The rules the judge rules on, in id order. */
export const JUDGED_RULE_IDS = ['P01', 'P03', 'P07', 'P08'] as const;
export type JudgedRuleId = (typeof JUDGED_RULE_IDS)[number];

/** What "breaks" means for each judged rule, as the judge is told it. */
export const JUDGED_RULES: Record<JudgedRuleId, string> = {
  P01: 'The opening (about the first 150 characters) does not name anything specific to this job post: it could open a letter to any client.',
  P03: "The draft gives no diagnosis of the client's problem, or only a generic one: it never says what is likely wrong or why, in terms of this post.",
  P07: 'The proof the draft cites is missing, more than three items, or not relevant to a requirement of this post.',
  P08: 'The draft proposes no concrete first step: nothing the freelancer would actually do first, with what, on this job.',
};

export const JudgeVerdict = z.object({
  ruleId: z.enum(JUDGED_RULE_IDS),
  breaks: z.boolean(),
  reason: z.string(),
});
export type JudgeVerdict = z.infer<typeof JudgeVerdict>;

/** The judge's reply as the model is asked for it (strict JSON schema: no optional fields). */
export const JudgeOutput = z.object({ verdicts: z.array(JudgeVerdict) });
export type JudgeOutput = z.infer<typeof JudgeOutput>;

/** A reply with exactly one verdict per judged rule, in id order, or what is wrong with it. */
export function checkVerdicts(output: JudgeOutput): { ok: true; value: JudgeVerdict[] } | { ok: false; issues: string } {
  const missing = JUDGED_RULE_IDS.filter((id) => !output.verdicts.some((verdict) => verdict.ruleId === id));
  const repeated = JUDGED_RULE_IDS.filter((id) => output.verdicts.filter((verdict) => verdict.ruleId === id).length > 1);
  if (missing.length > 0 || repeated.length > 0) {
    const parts = [
      missing.length > 0 ? `no verdict for ${missing.join(', ')}` : '',
      repeated.length > 0 ? `more than one verdict for ${repeated.join(', ')}` : '',
    ];
    return { ok: false, issues: `verdicts: give exactly one per rule (${parts.filter((part) => part !== '').join('; ')})` };
  }
  const value = JUDGED_RULE_IDS.map((id) => output.verdicts.find((verdict) => verdict.ruleId === id) as JudgeVerdict);
  return { ok: true, value: value.map((verdict) => ({ ...verdict, reason: verdict.reason.trim() })) };
}
