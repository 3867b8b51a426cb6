/**
 * The proposal panel: counts, the draft with its first 150 characters marked, copy and regenerate,
 * findings beside it, and screening answers. The streaming script fills the same elements by id,
 * so a page drafted on the server and one streamed in the browser look alike. An answer with a gap
 * to fill ("[fill in: ...]") is a text box the user edits in place; the copy script reads the gap
 * pattern from the panel's data attributes and warns before copying text that still holds one.
 */
import { html } from 'hono/html';
import { GAP_PATTERN_FLAGS, GAP_PATTERN_SOURCE, findGaps } from '../../../domain/gaps.ts';
import type { ScreeningAnswer } from '../../../domain/schemas.ts';
import type { Instruction, InstructionRef, Proposal, Usage } from '../../../domain/schemas.ts';
import type { Html } from './fields.ts';
import { findingsList } from './findings.ts';
import { guardNotice } from './guard-notice.ts';
import { acceptBox } from './instructions.ts';
import { ruleNames } from './rule-name.ts';
import { LENGTH_LIMITS, PREVIEW_CHARS, lengthStatus, previewEnd } from './length-meter.ts';
import { type MarkAsSentOptions, markAsSentForm } from './mark-as-sent.ts';

function engineLine(engine: string, usage: Usage | null): string {
  const by = engine === 'offline' ? 'the offline engine (rule-based, no model)' : `the ${engine} engine`;
  if (usage === null) return `Drafted by ${by}.`;
  const cost = usage.costUsd === null ? 'cost unknown' : `about $${usage.costUsd.toFixed(4)}`;
  return `Drafted by ${by}: ${usage.inputTokens} input + ${usage.outputTokens} output tokens, ${cost}.`;
}

/** The draft text with the whole words the client sees first marked. */
function draftText(text: string): Html {
  const end = previewEnd(text);
  return html`<mark class="preview" title="What the client sees first">${text.slice(0, end)}</mark>${text.slice(end)}`;
}

/** One screening answer with its copy button: a text box to edit when it holds a gap, else plain text. */
function answerItem(answer: ScreeningAnswer, index: number): Html {
  const id = `answer-${index + 1}`;
  const body =
    findGaps(answer.answer).length > 0
      ? html`<textarea class="answer answer--gap" id="${id}" rows="3" aria-label="Your answer to: ${answer.question}">${answer.answer}</textarea>`
      : html`<p class="answer" id="${id}">${answer.answer}</p>`;
  return html`<li><p class="question">${answer.question}</p>${body}
<button type="button" class="button button--secondary button--small" data-copy-target="${id}" hidden>Copy answer</button></li>`;
}

export interface ProposalPanelOptions {
  /** The finished proposal, or null while the browser streams it in. */
  proposal: Proposal | null;
  /** From the triage of the same post, so the choice shows before the draft is done. */
  instructions: Instruction[];
  /** The instructions the user ticked for this draft, by number. */
  accepted: readonly InstructionRef[];
  /** Which variant of the draft this is (0 is the first draft). */
  variant: number;
  /** The job this draft answers, for "Mark as sent"; without it the button is left out. */
  markAsSent?: Omit<MarkAsSentOptions, 'draftId' | 'proofIds'>;
}

/** Renders the proposal panel; with `proposal: null` it is an empty frame the script streams into. */
export function proposalPanel({ proposal, instructions, accepted, variant, markAsSent }: ProposalPanelOptions): Html {
  const text = proposal?.text ?? '';
  const length = lengthStatus(text);
  const limits = LENGTH_LIMITS;
  const answers = proposal?.screeningAnswers ?? [];
  return html`<section class="panel proposal" id="proposal" aria-labelledby="proposal-title" data-state="${proposal ? 'done' : 'pending'}"
 data-min-words="${limits.minWords}" data-max-words="${limits.maxWords}" data-warn-under="${limits.warnUnder}" data-warn-over="${limits.warnOver}" data-max-chars="${limits.maxChars}" data-preview-chars="${PREVIEW_CHARS}" data-gap-pattern="${GAP_PATTERN_SOURCE}" data-gap-flags="${GAP_PATTERN_FLAGS}" data-rule-names="${JSON.stringify(ruleNames())}">
<h2 id="proposal-title">Proposal draft</h2>
<p class="stream-status" id="proposal-status" role="status" aria-live="polite">${proposal ? 'Draft ready. Review it, then copy it into the marketplace yourself.' : 'Drafting…'}</p>
<div class="proposal-grid">
<div class="proposal-main">
<p class="meter meter--${length.level}" id="proposal-meter"><span id="proposal-words">${length.words}</span> words · <span id="proposal-chars">${length.chars}</span> characters. <span id="proposal-meter-note">${proposal ? length.note : ''}</span></p>
${guardNotice(proposal?.guard ?? null)}
<p class="hint">The highlighted start (the first ${PREVIEW_CHARS} characters) is what the client sees before opening your proposal.</p>
<div class="draft" id="proposal-text" tabindex="0" role="region" aria-label="Proposal text"${findGaps(text).length > 0 ? html` contenteditable="plaintext-only"` : ''}>${draftText(text)}</div>
<div class="actions">
<button type="button" class="button" data-copy-target="proposal-text" hidden>Copy proposal</button>
<button type="submit" class="button button--secondary" id="regenerate" form="propose-form" name="action" value="regenerate" title="A different wording of the same draft, with the tone and length now chosen above">Regenerate</button>
<span class="muted" id="proposal-variant">Variant ${variant}</span>
<span class="copy-status" role="status" aria-live="polite"></span>
</div>
${markAsSent ? markAsSentForm({ ...markAsSent, draftId: proposal?.draftId ?? null, proofIds: proposal?.citations ?? [] }) : ''}
${acceptBox(instructions, accepted)}
<section class="answers" aria-labelledby="answers-title"${answers.length === 0 && proposal ? html` hidden` : ''} id="proposal-answers-section">
<h3 id="answers-title">Screening answers</h3>
<p class="hint">Paste each answer into its own box on the application form. Where one holds [fill in: ...], replace that with your own words first.</p>
<ol id="proposal-answers">${answers.map(answerItem)}</ol>
</section>
<p class="citations" id="proposal-citations">${
    proposal
      ? proposal.citations.length > 0
        ? html`Cites proof: ${proposal.citations.map((id, index) => html`${index > 0 ? ', ' : ''}<code>${id}</code>`)}`
        : 'Cites no proof.'
      : ''
  }</p>
<p class="muted" id="proposal-engine">${proposal ? engineLine(proposal.engine, proposal.usage) : ''}</p>
</div>
<aside class="proposal-findings" aria-labelledby="proposal-findings-title">
<h3 id="proposal-findings-title">Rubric findings</h3>
${proposal ? findingsList(proposal.findings, 'proposal-findings') : html`<p class="findings-summary" id="proposal-findings-summary">Findings appear when the draft is finished.</p><ul class="finding-list" id="proposal-findings"></ul>`}
</aside>
</div>
</section>`;
}
