/**
 * Positioning (DESIGN.md, capability 10): from the profile, the proof library and the task audit, an
 * outcome-led headline, a micro-niche, the tasks sorted by AI exposure, and one service repackaged
 * around a measurable outcome with the proof behind it. Figures come only from proof; where nothing
 * backs a suggestion it is withheld and `abstentions` says why.
 */
import { z } from 'zod';
import { Id, Metric, Offer, TaskAuditItem, Usage } from './schemas.ts';

/** A proof item behind a suggestion, with the metrics a claim may quote. */
const BackingProof = z.object({ id: Id, title: z.string(), metrics: z.array(Metric) });

/** The one service repackaged around a before/after outcome, and what backs it. */
const RepackagedService = z.object({
  /** The task as the freelancer named it. */
  task: z.string(),
  offer: Offer,
  /** The library's items that back the offer (empty when none does). */
  proof: z.array(BackingProof),
  /** Why this service was chosen, and whether proof backs it. */
  note: z.string(),
});

export const PositioningSuggestion = z.object({
  /** A profile headline led by the outcome a buyer gets; null when none could be backed. */
  headline: z.string().nullable(),
  /** A narrower niche than the profile's, from the work the proof shows; null when the proof names none. */
  niche: z.string().nullable(),
  /** Why these, in plain words, naming the proof they rest on. */
  rationale: z.string(),
  /** The proof ids the headline and niche rest on. */
  proof: z.array(Id),
  /** The freelancer's tasks, each labelled automatable, AI-assisted or human-critical, with the audit's summary. */
  tasks: z.object({ items: z.array(TaskAuditItem), summary: z.string() }),
  service: RepackagedService,
  /** What was withheld and why, e.g. "No proof in your library backs ...". */
  abstentions: z.array(z.string()),
  engine: z.string(),
  usage: Usage.nullable().default(null),
});
export type PositioningSuggestion = z.infer<typeof PositioningSuggestion>;

/** What an engine suggests: the headline and niche, why, and the proof ids they rest on. */
export const PositioningDraft = z.object({
  headline: z.string().trim().min(1).max(300),
  niche: z.string().trim().min(1).max(300),
  rationale: z.string().trim().min(1),
  proof: z.array(z.string()),
});
export type PositioningDraft = z.infer<typeof PositioningDraft>;

/** Tasks that share a label and a reason, shown once: "Google Analytics, GA4, Google Tag Manager". */
export interface TaskGroup {
  tasks: string[];
  label: TaskAuditItem['label'];
  reason: string;
}

/** Groups audit items with the same label and reason, in order of first appearance. */
export function groupTasks(items: readonly TaskAuditItem[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const item of items) {
    const key = `${item.label}\n${item.reason}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { tasks: [item.task], label: item.label, reason: item.reason });
    else group.tasks.push(item.task);
  }
  return [...groups.values()];
}
