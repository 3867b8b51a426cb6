import { describe, expect, it } from 'vitest';
import { GAP_PATTERN_SOURCE } from '../../../../src/domain/gaps.ts';
import { type DraftGuard, Proposal } from '../../../../src/domain/schemas.ts';
import { proposalPanel } from '../../../../src/http/web/views/proposal-panel.ts';

const READY: DraftGuard = { ok: true, changes: [], problems: [] };

function render(text: string, answers: { question: string; answer: string }[], guard: DraftGuard = READY): string {
  const proposal = Proposal.parse({ text, citations: [], screeningAnswers: answers, instructions: [], findings: [], guard, engine: 'offline' });
  return String(proposalPanel({ proposal, instructions: [], accepted: [], variant: 0 }));
}

const decodeEntities = (html: string): string =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the proposal panel', () => {
  it('highlights the whole words within the first 150 characters, never half a word', () => {
    const text = `${'Your shop loses buyers at checkout, and I can fix it. '.repeat(3).slice(0, 146)} What would you change first?`;
    expect(text.slice(146, 152)).toBe(' What ');
    const marked = /<mark class="preview"[^>]*>([^<]*)<\/mark>/.exec(render(text, []))?.[1] ?? '';
    expect(marked).toBe(text.slice(0, 146));
    expect(marked.endsWith('Wha')).toBe(false);
  });

  it('renders an answer with a gap as a text box to edit, and a plain answer as text', () => {
    const html = render('Your checkout loses buyers.', [
      { question: 'Your availability in EST', answer: '[fill in: your availability in EST]' },
      { question: 'Have you used GA4?', answer: 'Yes, GA4 is one of the tools I work with.' },
    ]);
    expect(html).toContain(
      '<textarea class="answer answer--gap" id="answer-1" rows="3" aria-label="Your answer to: Your availability in EST">[fill in: your availability in EST]</textarea>',
    );
    expect(html).toContain('<p class="answer" id="answer-2">Yes, GA4 is one of the tools I work with.</p>');
  });

  it('gives the copy script the one gap pattern, and makes a draft with a gap editable', () => {
    const html = render('Your checkout loses buyers. [fill in: the store you fixed]', []);
    const pattern = /data-gap-pattern="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(decodeEntities(pattern)).toBe(GAP_PATTERN_SOURCE);
    expect(html).toMatch(/id="proposal-text"[^>]*contenteditable="plaintext-only"/);
    expect(render('Your checkout loses buyers.', [])).not.toContain('contenteditable');
  });

  it('escapes the answer text in the box', () => {
    const html = render('Letter.', [{ question: 'Q?', answer: '[fill in: </textarea><b>x</b>]' }]);
    expect(html).not.toContain('<b>x</b>');
  });

  it('warns above the draft that it is not ready to send while an error rule still fails, and lists what the guard changed', () => {
    const problem = { ruleId: 'P24', severity: 'error' as const, message: 'The draft promises a result.', evidence: 'I guarantee' };
    const removed = { ruleId: 'P20', severity: 'error' as const, message: 'Removed bold or italic markers.', evidence: '**match**' };
    const html = render('I guarantee the totals will match.', [], { ok: false, changes: [removed], problems: [problem] });
    const warning = /<div class="alert alert--error" id="proposal-guard" role="alert">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(warning).toContain('Not ready to send: this draft still breaks 1 rule that must pass.');
    expect(warning).toContain('<span class="rule-name">No guarantees <span class="rule-id">(P24)</span></span>: The draft promises a result.');
    expect(html.indexOf('id="proposal-guard"')).toBeLessThan(html.indexOf('id="proposal-text"'));
    expect(html).toMatch(
      /id="proposal-guard-changes-box">[\s\S]*<li><span class="rule-name">Plain text, no Markdown <span class="rule-id">\(P20\)<\/span><\/span>: Removed bold or italic markers. <q>\*\*match\*\*<\/q><\/li>/,
    );
  });

  it('hides the warning and the changes for a draft that is ready', () => {
    const html = render('Your checkout loses buyers.', []);
    expect(html).toContain('id="proposal-guard" role="alert" hidden');
    expect(html).toContain('id="proposal-guard-changes-box" hidden');
  });
});
