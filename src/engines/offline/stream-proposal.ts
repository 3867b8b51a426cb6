import type { ProposalDraft, ProposalStream } from '../../domain/ports.ts';

/**
 * Delivers a finished draft as a stream, a sentence at a time, so callers that render partial
 * drafts (the web form, SSE clients) behave the same with every engine. The offline engine has the
 * whole draft at once; it does not pretend to be slow.
 */
export function streamDraft(compose: () => ProposalDraft): ProposalStream {
  let settle: { resolve(draft: ProposalDraft): void; reject(error: unknown): void } | undefined;
  const result = new Promise<ProposalDraft>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A caller that only reads `partials` must not see an unhandled rejection.
  result.catch(() => undefined);
  async function* partials(): AsyncGenerator<Partial<ProposalDraft>> {
    let draft: ProposalDraft;
    try {
      draft = compose();
    } catch (error) {
      settle?.reject(error);
      throw error;
    }
    const pieces = draft.text.match(/[^.!?\n]*(?:[.!?]+|\n+|$)/g)?.filter((piece) => piece !== '') ?? [draft.text];
    let text = '';
    for (const piece of pieces) {
      text += piece;
      yield { text };
    }
    yield draft;
    settle?.resolve(draft);
  }
  return { partials: partials(), result };
}
