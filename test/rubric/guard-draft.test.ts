import { describe, expect, it } from 'vitest';
import { guardDraft } from '../../src/rubric/guard-draft.ts';
import { draft, makeContext, makeProfile } from './fixtures.ts';

const context = makeContext({ profile: makeProfile({ allowedLinks: ['https://rowan.dev/work'] }) });

describe('guardDraft', () => {
  it('removes a sentence that asks for payment off the platform, and a line it empties', () => {
    const guarded = guardDraft(draft('Your report is slow. I can fix it.\n\nPay me directly by PayPal to skip the fees.\n\nWhich tool do you use?'), context);
    expect(guarded.draft.text).toBe('Your report is slow. I can fix it.\n\nWhich tool do you use?');
    expect(guarded.changes).toEqual([
      {
        ruleId: 'P15',
        severity: 'error',
        message: 'Removed a sentence with payment off the platform.',
        evidence: 'Pay me directly by PayPal to skip the fees.',
      },
    ]);
  });

  it('keeps an allowed link, a Markdown link as its text and address, and the gap markers the drafter meant', () => {
    const text = 'See [my work](https://rowan.dev/work/reports) for the report. [fill in: your availability]. Which tool do you use?';
    const guarded = guardDraft(draft(text), context);
    expect(guarded.draft.text).toBe('See my work (https://rowan.dev/work/reports) for the report. [fill in: your availability]. Which tool do you use?');
    expect(guarded.changes.map((entry) => [entry.ruleId, entry.message, entry.evidence])).toEqual([
      ['P20', 'Removed a Markdown link (marketplaces show proposals as plain text).', '[my work](https://rowan.dev/work/reports)'],
    ]);
  });

  it('turns every kind of template slot into a gap marker', () => {
    const guarded = guardDraft(draft('Hi {{client_name}}, the XXX report for <COMPANY> is slow.'), context);
    expect(guarded.draft.text).toBe('Hi [fill in: client name], the [fill in: the missing detail] report for [fill in: company] is slow.');
  });

  it('guards the screening answers too, and leaves an emptied answer as a gap to fill', () => {
    const answers = [
      { question: 'How do we reach you?', answer: 'Message me on WhatsApp at +1 415 555 0100.' },
      { question: 'Which tools?', answer: '**Power BI** and SQL.' },
    ];
    const guarded = guardDraft(draft('Your report is slow.', { screeningAnswers: answers }), context);
    expect(guarded.draft.screeningAnswers.map((entry) => entry.answer)).toEqual(['[fill in: your answer]', 'Power BI and SQL.']);
  });

  it('turns headings and star bullets into plain lines and leaves plain text as it was', () => {
    expect(guardDraft(draft('## Plan\n* audit\n* fix'), context).draft.text).toBe('Plan\n- audit\n- fix');
    const plain = draft('Your report is slow.\n\n- audit the model\n- rebuild it\n\nWhich tool do you use?');
    expect(guardDraft(plain, context)).toEqual({ draft: plain, changes: [] });
  });

  it('guards a 200 KB hostile draft, taking its Markdown out and adding nothing', () => {
    const hostile = `${'**a '.repeat(25_000)}${'[x '.repeat(20_000)}${'a.b.'.repeat(10_000)}`;
    const guarded = guardDraft(draft(hostile), context);
    expect(guarded.draft.text).not.toContain('**');
    expect(guarded.draft.text.length).toBeLessThan(hostile.length);
  });
});
