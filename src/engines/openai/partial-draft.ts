import type { ProposalDraft } from '../../domain/ports.ts';

/** Turns a partial object from the stream into a partial draft; screening answers appear once both fields have begun. */
export function toPartialDraft(partial: unknown): Partial<ProposalDraft> | null {
  if (partial === null || typeof partial !== 'object') return null;
  const raw = partial as Record<string, unknown>;
  const draft: Partial<ProposalDraft> = {};
  if (typeof raw.text === 'string') draft.text = raw.text;
  if (Array.isArray(raw.citations)) draft.citations = raw.citations.filter((id): id is string => typeof id === 'string' && id !== '');
  if (Array.isArray(raw.screeningAnswers)) {
    draft.screeningAnswers = raw.screeningAnswers.filter(
      (entry): entry is { question: string; answer: string } =>
        entry !== null && typeof entry === 'object' && typeof entry.question === 'string' && typeof entry.answer === 'string',
    );
  }
  return Object.keys(draft).length === 0 ? null : draft;
}
