/**
 * The output guard: the last step before a draft (any engine's) is returned. What can be fixed
 * without guessing is fixed, and each fix is named: Markdown marks come out (P20), a template slot
 * becomes a gap marker the freelancer fills in (P19; "[fill in: ...]" markers are intended and
 * stay), and a sentence that gives contact details, a route off the platform or off-platform
 * payment is removed whole (P14, P15, through the rules themselves, so their detectors decide).
 * What is left is scored again by the caller; errors still standing are reported, never hidden.
 */
import { gap } from '../domain/gaps.ts';
import type { Finding } from '../domain/schemas.ts';
import { clip } from '../text/text.ts';
import { proposalRules } from './proposal/index.ts';
import { findPlaceholders } from './proposal/p19-placeholders.ts';
import { withoutMarkdown } from './proposal/p20-plain-text.ts';
import type { ProposalSubject, RubricContext } from './types.ts';

// Rules whose hits a sentence cannot keep: contact details and routes off the platform.
const ROUTE_RULES: ReadonlySet<string> = new Set(['P14', 'P15']);
// A slot with no words worth keeping ("XXX", "TODO") asks for the detail itself.
const EMPTY_SLOT = /^(?:x+|todo|tbd|lorem ipsum)?$/i;

/**
 * The draft as the guard returns it, and each change as a finding of the rule the draft broke
 * (its message says what the guard did), so an eval still counts a draft the guard had to fix.
 */
export interface GuardedDraft<D extends ProposalSubject> {
  draft: D;
  changes: Finding[];
}

const change = (ruleId: string, message: string, evidence: string): Finding => ({ ruleId, severity: 'error', message, evidence: clip(evidence, 120) });

/** "[Your Name]" -> "[fill in: your name]", "{{client_name}}" -> "[fill in: client name]". */
function gapFor(slot: string): string {
  const words = slot
    .replace(/[[\]{}<>]/g, ' ')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return gap(EMPTY_SLOT.test(words) ? 'the missing detail' : words);
}

/** Splits a line into sentences, each with the spaces that follow it, so joining them gives the line back. */
function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?])(?=\s+\S)/u);
}

/** One text of the draft (the letter or an answer) through the guard. */
function guardText(text: string, context: RubricContext, changes: Finding[]): string {
  const plain = withoutMarkdown(text);
  for (const { what, found } of plain.removed) changes.push(change('P20', `Removed ${what} (marketplaces show proposals as plain text).`, found));
  let out = plain.text;
  for (const slot of findPlaceholders(out)) {
    const marker = gapFor(slot);
    out = out.replaceAll(slot, marker);
    changes.push(change('P19', `Turned the placeholder ${slot} into ${marker} for you to fill in.`, slot));
  }
  const routeRules = proposalRules.filter((rule) => ROUTE_RULES.has(rule.id));
  const routeHit = (text: string) => {
    const subject = { text, citations: [], screeningAnswers: [] };
    for (const rule of routeRules) for (const hit of rule.check(subject, context, rule.thresholds)) return { ruleId: rule.id, ...hit };
    return null;
  };
  // Most drafts hold no route at all: one look at the whole text, then sentence by sentence only when needed.
  if (routeHit(out) === null) return out;
  let removed = false;
  const lines = out.split('\n').flatMap((line) => {
    const all = sentencesOf(line);
    const kept = all.filter((sentence) => {
      const hit = routeHit(sentence);
      if (hit === null) return true;
      const what = hit.ruleId === 'P15' ? 'payment off the platform' : 'contact details or a route off the platform';
      changes.push(change(hit.ruleId, `Removed a sentence with ${what}.`, sentence.trim()));
      return false;
    });
    if (kept.length === all.length) return [line];
    removed = true;
    // A line the guard empties goes, so no blank paragraph is left where it stood.
    const rest = kept.join('').trim();
    return rest === '' ? [] : [rest];
  });
  return removed
    ? lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : out;
}

/** The draft with Markdown, placeholders and contact routes dealt with (see the module comment), and the changes made. */
export function guardDraft<D extends ProposalSubject>(draft: D, context: RubricContext): GuardedDraft<D> {
  const changes: Finding[] = [];
  const text = guardText(draft.text, context, changes);
  // An answer the guard empties still needs one: the freelancer's, without the contact route.
  const screeningAnswers = draft.screeningAnswers.map((entry) => ({ ...entry, answer: guardText(entry.answer, context, changes) || gap('your answer') }));
  // The same fix in the letter and an answer is said once.
  const unique = new Map(changes.map((entry) => [`${entry.message}\u0000${entry.evidence}`, entry]));
  return { draft: { ...draft, text, screeningAnswers }, changes: [...unique.values()] };
}
