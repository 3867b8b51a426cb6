/**
 * A rubric rule as people read it: what the rule asks for, with its id after it ("Every number
 * appears in the proof, profile or job post (P05)"), never a bare id. The streaming script gets the
 * same names from the proposal panel's data attribute, so a streamed draft reads the same.
 */
import { html } from 'hono/html';
import { allRules } from '../../../rubric/registry.ts';
import type { Html } from './fields.ts';

/** Every rule's id and what it asks for. */
export function ruleNames(): Record<string, string> {
  return Object.fromEntries(allRules().map((rule) => [rule.id, rule.title]));
}

/** The rule's name and its id in brackets; an id no rule has is shown as it is. */
export function ruleName(ruleId: string, names: Record<string, string> = ruleNames()): Html {
  const title = names[ruleId];
  return title === undefined
    ? html`<span class="rule-name">${ruleId}</span>`
    : html`<span class="rule-name">${title} <span class="rule-id">(${ruleId})</span></span>`;
}
