import { z } from 'zod';
import { BidwrightError } from '../domain/errors.ts';
import { checkEngineOutput } from '../domain/check-engine-output.ts';
import { TOP_PROOF } from '../domain/judgement.ts';
import { LIMITS } from '../domain/limits.ts';
import type { Engine, ProofRanker, Store } from '../domain/ports.ts';
import { PositioningDraft, type PositioningSuggestion } from '../domain/positioning.ts';
import type { AiExposureLevel, ProofItem, TaskAuditItem } from '../domain/schemas.ts';
import { sumUsage } from '../domain/usage.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { valuesIn } from '../rubric/proposal/number-sources.ts';
import { proofText } from '../rubric/proposal/sources.ts';
import { fold } from '../text/fold.ts';
import { extractNumbers, numberValue } from '../text/text.ts';
import { AuditRequest, auditTasks } from './audit-tasks.ts';
import { rewriteOffer } from './rewrite-offer.ts';

export interface SuggestPositioningDeps {
  engine: Engine;
  store: Store;
  ranker: ProofRanker;
}

/** The tasks the freelancer sells (a list, or one a line); the profile's skills when left out. */
export const PositioningRequest = z.object({ tasks: AuditRequest.shape.tasks.optional() });
export type PositioningRequest = z.infer<typeof PositioningRequest>;

/** Repackaging pays most where AI exposure is highest, so ties go to the more exposed task. */
const EXPOSURE_RANK: Record<AiExposureLevel, number> = { automatable: 2, ai_assisted: 1, human_critical: 0 };

interface Candidate {
  item: TaskAuditItem;
  relevance: number;
  metrics: number;
  /** Metrics per backing item: proof squarely on this task rather than beside it. */
  density: number;
}

/**
 * The service to repackage: the task the library backs best (measured proof first, then relevance,
 * then more measured results, then results from fewer items), ties to the more exposed task, then
 * to the earlier one.
 */
function chooseService(items: readonly TaskAuditItem[], library: readonly ProofItem[], ranker: ProofRanker): Candidate {
  const candidates = items.map((item): Candidate => {
    const ranked = ranker.search([...library], item.task, TOP_PROOF);
    const metrics = ranked.reduce((sum, { item: proof }) => sum + proof.metrics.length, 0);
    return { item, relevance: ranked[0]?.match.relevance ?? 0, metrics, density: ranked.length === 0 ? 0 : metrics / ranked.length };
  });
  const key = (c: Candidate) => [c.metrics > 0 ? 1 : 0, c.relevance, c.metrics, c.density, EXPOSURE_RANK[c.item.label]];
  return candidates.reduce((best, candidate) => {
    const [a, b] = [key(candidate), key(best)];
    const better = a.findIndex((value, index) => value !== b[index]);
    return better !== -1 && (a[better] ?? 0) > (b[better] ?? 0) ? candidate : best;
  });
}

/** The numbers of `text` that none of `allowed` holds. */
function unbackedNumbers(text: string, allowed: Set<number>): string[] {
  return extractNumbers(fold(text)).filter((raw) => {
    const value = numberValue(raw);
    return value === null || !allowed.has(value);
  });
}

/**
 * Suggests an outcome-led headline and a micro-niche, lists the tasks by AI exposure, and repackages
 * the best-backed service around a measurable outcome, with the proof behind it. Any suggestion
 * carrying a number the backing proof does not state is withheld; so is a claim with no proof.
 */
export async function suggestPositioning(request: PositioningRequest, deps: SuggestPositioningDeps): Promise<PositioningSuggestion> {
  const parsed = parseOrThrow(PositioningRequest, request, 'The positioning request');
  const [profile, library] = await Promise.all([deps.store.getProfile(), deps.store.listProof()]);
  const tasks = parsed.tasks ?? profile.skills.slice(0, LIMITS.tasks);
  if (tasks.length === 0 || (typeof tasks === 'string' && tasks.trim() === '')) {
    throw new BidwrightError(
      'INVALID_INPUT',
      'Nothing to position yet: add your skills to the profile, or give the tasks you sell, one a line (e.g. "Set up GA4 tracking").',
    );
  }
  const audit = await auditTasks({ tasks }, deps);
  const choice = chooseService(audit.items, library, deps.ranker);
  const task = choice.item.task;
  const offer = await rewriteOffer({ offer: task }, deps);
  const backing = offer.proof.map((id) => library.find((item) => item.id === id)).filter((item): item is ProofItem => item !== undefined);
  const abstentions: string[] = [];
  if (backing.length === 0) {
    abstentions.push(
      `No proof in your library backs "${task}" yet, so nothing here claims a past result. Turn a finished project into a case study (bidwright casestudy, or the Case studies page) to back it.`,
    );
  }
  const raw = await deps.engine.suggestPositioning({ profile, tasks: audit.items, service: { task, offer }, proof: backing });
  const draft = checkEngineOutput(PositioningDraft, raw, deps.engine.name);
  const allowed = valuesIn(backing.map((item) => fold(proofText(item))));
  const checked = (field: 'headline' | 'niche'): string | null => {
    const unbacked = unbackedNumbers(draft[field], allowed);
    if (unbacked.length === 0) return draft[field];
    abstentions.push(`The suggested ${field} was withheld: it states ${unbacked.join(', ')}, which no proof item behind it holds.`);
    return null;
  };
  const niche = checked('niche');
  const sameNiche = niche !== null && niche.trim().toLowerCase() === profile.niche.trim().toLowerCase();
  if (sameNiche) abstentions.push('No proof behind this service names a kind of client, so no narrower niche is suggested: keep your own.');
  const known = new Set(backing.map((item) => item.id));
  return {
    headline: checked('headline'),
    niche: sameNiche ? null : niche,
    rationale: draft.rationale,
    proof: draft.proof.filter((id) => known.has(id)),
    tasks: { items: audit.items, summary: audit.summary },
    service: {
      task,
      offer,
      proof: backing.map((item) => ({ id: item.id, title: item.title, metrics: item.metrics })),
      note:
        backing.length === 0
          ? 'Chosen as your most exposed task (the first where several tie); no proof backs it yet.'
          : `Chosen because your proof backs it best (${backing.map((item) => item.id).join(', ')}).`,
    },
    abstentions,
    engine: deps.engine.name,
    usage: sumUsage(audit.usage, offer.usage, raw.usage),
  };
}
