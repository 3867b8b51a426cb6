/**
 * Market context: what the market data (data/market-facts.json) says about a post's or a task's
 * kind of work, with each fact's source named. It is shown beside a verdict, never fed into one.
 * The kinds are the one kind-of-work table (src/text/work-kinds.json); a kind the table cannot
 * name, or one no fact speaks to, gets nothing.
 */
import { z } from 'zod';
import type { Budget, Deliverable, MarketContext, MarketFact } from '../domain/schemas.ts';
import { leadingKind, scoreKinds, workKind } from '../text/work-kind.ts';
import factFile from './data/market-facts.json' with { type: 'json' };

const FactEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kinds: z.array(z.string()).min(1).optional(),
  /** Only when the post's kind was named by one of these cues (each a cue of one of `kinds`). */
  cues: z.array(z.string().min(1)).min(1).optional(),
  /** Only when the post is a fixed price under this many dollars. */
  budgetUnder: z.number().positive().optional(),
  direction: z.enum(['up', 'down']),
  text: z.string().min(1),
  source: z.string().min(1),
});
type FactEntry = z.infer<typeof FactEntry>;

const MarketFactFile = z
  .object({ about: z.string(), sources: z.record(z.string(), z.string().min(1)), facts: z.array(FactEntry).min(1) })
  .superRefine((file, ctx) => {
    file.facts.forEach((fact, at) => {
      const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['facts', at, field], message });
      if (file.sources[fact.source] === undefined) issue('source', `unknown source "${fact.source}"`);
      if ((fact.kinds === undefined) === (fact.budgetUnder === undefined)) issue('kinds', 'give either kinds or budgetUnder');
      for (const kind of fact.kinds ?? []) if (workKind(kind) === undefined) issue('kinds', `unknown kind of work "${kind}" (see src/text/work-kinds.json)`);
      const known = new Set((fact.kinds ?? []).flatMap((kind) => (workKind(kind)?.cues ?? []).map((cue) => (typeof cue === 'string' ? cue : cue.cue))));
      for (const cue of fact.cues ?? []) if (!known.has(cue)) issue('cues', `"${cue}" is not a cue of ${fact.kinds?.join(', ')}`);
    });
  });

function loadFacts(raw: unknown): { facts: FactEntry[]; sources: Record<string, string> } {
  const result = MarketFactFile.safeParse(raw);
  if (!result.success) throw new Error(`src/parse/data/market-facts.json is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}

const FILE = loadFacts(factFile);

const shown = (fact: FactEntry): MarketFact => ({ id: fact.id, direction: fact.direction, text: fact.text, source: FILE.sources[fact.source] ?? fact.source });

const isSmallFixed = (budget: Budget | null, under: number): boolean =>
  budget !== null && budget.type === 'fixed' && budget.currency === 'USD' && budget.max !== null && budget.max < under;

/** The facts for `kind`, narrowed by the cues that named it and the post's budget; null when none apply. */
function contextFor(kind: string, cues: readonly string[], budget: Budget | null): MarketContext | null {
  const entry = workKind(kind);
  if (entry === undefined) return null;
  const facts = FILE.facts.filter((fact) =>
    fact.budgetUnder !== undefined
      ? isSmallFixed(budget, fact.budgetUnder)
      : (fact.kinds?.includes(kind) ?? false) && (fact.cues === undefined || fact.cues.some((cue) => cues.includes(cue))),
  );
  if (facts.length === 0) return null;
  return { kind, kindLabel: entry.label, facts: facts.map(shown) };
}

/** The market context for a parsed post: its deliverable's kind of work (never a mere leaning) and its budget. */
export function postMarketContext(deliverable: Deliverable, budget: Budget): MarketContext | null {
  return deliverable.domain === null ? null : contextFor(deliverable.domain, deliverable.cues, budget);
}

/** The market context for one task of an audit, from the kind of work the task names on its own. */
export function taskMarketContext(task: string): MarketContext | null {
  const lead = leadingKind(scoreKinds([{ text: task, weight: 1 }]));
  return lead === null ? null : contextFor(lead.kind, lead.cues, null);
}
