/** Every rubric rule by id: proposal, triage and offer rules in one list. */
import { offerRules } from './offer/index.ts';
import { proposalRules } from './proposal/index.ts';
import { triageRules } from './triage/index.ts';
import type { Rule } from './types.ts';

/** Every rule, proposal rules first, then triage, then offer, each group in id order. */
export function allRules(): Rule[] {
  return [...proposalRules, ...triageRules, ...offerRules];
}

/** The rule with this id (e.g. "P05"), or undefined when there is none. */
export function getRule(id: string): Rule | undefined {
  return allRules().find((rule) => rule.id === id);
}
