import { describe, expect, it } from 'vitest';
import { finalizeAudit, finalizeCaseStudy, finalizeOffer, finalizeProposal, finalizeTriage } from '../../../src/engines/openai/finalize.ts';
import type { CaseStudyOutput, TriageOutput } from '../../../src/engines/openai/schemas.ts';
import { AUDIT_CONTEXT, GOOD_AUDIT, GOOD_CASE_STUDY, GOOD_OFFER, GOOD_TRIAGE, offerContext } from '../../helpers/openai/fixtures.ts';

describe('finalizeProposal', () => {
  it('rejects an empty letter with the reason', () => {
    expect(finalizeProposal({ text: '  ', citations: [], screeningAnswers: [] })).toEqual({ ok: false, issues: 'text: the letter is empty' });
  });

  it('trims and de-duplicates citations but keeps unknown ones for the core to report', () => {
    const checked = finalizeProposal({ text: 'A letter.', citations: [' a ', 'a', 'ghost'], screeningAnswers: [] });
    expect(checked.ok && checked.value.citations).toEqual(['a', 'ghost']);
  });
});

describe('finalizeTriage', () => {
  it('needs at least one reason', () => {
    const checked = finalizeTriage({ ...(GOOD_TRIAGE as TriageOutput), reasons: [] });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.issues).toContain('reasons: give at least one reason');
  });
});

describe('finalizeOffer', () => {
  it('sets the input and keeps only proof ids the model was shown', () => {
    const checked = finalizeOffer(GOOD_OFFER as Parameters<typeof finalizeOffer>[0], offerContext('Build dashboards'));
    expect(checked.ok && checked.value.input).toBe('Build dashboards');
    expect(checked.ok && checked.value.proof).toEqual(['deli-sales-model']);
  });

  it('rejects an offer without value levers', () => {
    const checked = finalizeOffer({ ...(GOOD_OFFER as Parameters<typeof finalizeOffer>[0]), valueLevers: [] }, offerContext());
    expect(!checked.ok && checked.issues).toMatch(/^valueLevers: Too small/);
  });
});

describe('finalizeAudit', () => {
  it('asks for one item per task when the count differs', () => {
    const checked = finalizeAudit({ ...(GOOD_AUDIT as Parameters<typeof finalizeAudit>[0]), items: GOOD_AUDIT.items.slice(0, 2) as never }, AUDIT_CONTEXT);
    expect(checked).toEqual({ ok: false, issues: 'items: expected 3 items, one per task in order, got 2' });
  });

  it('carries each task exactly as the user wrote it', () => {
    const items = GOOD_AUDIT.items.map((item) => ({ ...item, task: item.task.toUpperCase() }));
    const checked = finalizeAudit({ ...(GOOD_AUDIT as Parameters<typeof finalizeAudit>[0]), items: items as never }, AUDIT_CONTEXT);
    expect(checked.ok && checked.value.items.map((item) => item.task)).toEqual(AUDIT_CONTEXT.tasks);
  });
});

describe('finalizeCaseStudy', () => {
  const output = GOOD_CASE_STUDY as CaseStudyOutput;

  it('uses the requested id, else one from the title', () => {
    const given = finalizeCaseStudy(output, { notes: 'n', id: 'florist-log' });
    const derived = finalizeCaseStudy(output, { notes: 'n', id: null });
    expect(given.ok && given.value.proof.id).toBe('florist-log');
    expect(derived.ok && derived.value.proof.id).toBe('order-log-for-a-two-shop-florist');
  });

  it('treats a blank link as none', () => {
    const checked = finalizeCaseStudy({ ...output, proof: { ...output.proof, link: '  ' } }, { notes: 'n', id: null });
    expect(checked.ok && checked.value.proof.link).toBeNull();
  });

  it('rejects an empty title', () => {
    const checked = finalizeCaseStudy({ ...output, proof: { ...output.proof, title: '' } }, { notes: 'n', id: null });
    expect(!checked.ok && checked.issues).toContain('proof.title');
  });
});
