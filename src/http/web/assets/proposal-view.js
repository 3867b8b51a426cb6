// Fills the proposal panel the server rendered, by element id, with the same markup the server
// writes. Every piece of text goes in through textContent.
import { gapsIn, showCopyButtons } from './copy.js';
import { lengthStatus, limitsOf, previewEnd } from './draft-length.js';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

const byId = (id) => document.getElementById(id);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

// The rules' names, as the server wrote them on the panel (views/rule-name.ts makes the same markup).
function ruleName(ruleId) {
  const names = JSON.parse(byId('proposal')?.dataset.ruleNames ?? '{}');
  const name = el('span', 'rule-name', names[ruleId] ?? ruleId);
  if (names[ruleId] !== undefined) name.append(' ', el('span', 'rule-id', `(${ruleId})`));
  return name;
}

function findingItem(finding) {
  const severity = finding.severity === 'error' ? 'error' : 'warn';
  const item = el('li', `finding finding--${severity}`);
  const head = el('p', 'finding-head');
  head.append(ruleName(finding.ruleId), ' ', el('span', `badge badge--${severity}`, severity));
  item.append(head, el('p', 'finding-message', finding.message));
  if (finding.evidence) {
    const evidence = el('p', 'finding-evidence');
    evidence.append(el('span', 'label', 'Evidence:'), ' ', el('q', '', finding.evidence));
    item.append(evidence);
  }
  return item;
}

function setFindings(findings) {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  byId('proposal-findings-summary').textContent =
    findings.length === 0 ? 'No rubric findings: every rule passed.' : `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`;
  byId('proposal-findings').replaceChildren(...[...errors, ...warnings].map(findingItem));
}

// The guard's warning above the draft, worded as src/http/web/views/guard-notice.ts words it.
function setGuard(guard) {
  const problems = guard?.problems ?? [];
  const changes = guard?.changes ?? [];
  const n = problems.length;
  byId('proposal-guard').hidden = n === 0;
  byId('proposal-guard-summary').textContent =
    n === 0
      ? ''
      : `Not ready to send: this draft still breaks ${n} ${n === 1 ? 'rule' : 'rules'} that must pass. Fix ${n === 1 ? 'it' : 'each'} before you send it.`;
  const ruleItem = (finding, quoted) => {
    const item = el('li');
    item.append(ruleName(finding.ruleId), `: ${finding.message}`);
    if (quoted && finding.evidence) item.append(' ', el('q', '', finding.evidence));
    return item;
  };
  byId('proposal-guard-problems').replaceChildren(...problems.map((problem) => ruleItem(problem, false)));
  byId('proposal-guard-changes-box').hidden = changes.length === 0;
  byId('proposal-guard-changes').replaceChildren(...changes.map((change) => ruleItem(change, true)));
}

function setAnswers(answers) {
  const items = answers.map((answer, index) => {
    // An answer with a gap to fill is a text box the user edits in place, as the server renders it.
    const hasGap = gapsIn(answer.answer).length > 0;
    const text = hasGap ? el('textarea', 'answer answer--gap') : el('p', 'answer', answer.answer);
    text.id = `answer-${index + 1}`;
    if (hasGap) {
      text.value = answer.answer;
      text.rows = 3;
      text.setAttribute('aria-label', `Your answer to: ${answer.question}`);
    }
    const button = el('button', 'button button--secondary button--small', 'Copy answer');
    button.type = 'button';
    button.setAttribute('data-copy-target', text.id);
    const item = el('li');
    item.append(el('p', 'question', answer.question), text);
    item.append(button);
    return item;
  });
  byId('proposal-answers').replaceChildren(...items);
  byId('proposal-answers-section').hidden = answers.length === 0;
}

function setCitations(citations) {
  const parts = citations.length === 0 ? ['Cites no proof.'] : ['Cites proof: '];
  citations.forEach((id, index) => {
    if (index > 0) parts.push(', ');
    parts.push(el('code', '', id));
  });
  byId('proposal-citations').replaceChildren(...parts);
}

function engineLine(proposal) {
  const by = proposal.engine === 'offline' ? 'the offline engine (rule-based, no model)' : `the ${proposal.engine} engine`;
  const usage = proposal.usage;
  if (!usage) return `Drafted by ${by}.`;
  const cost = usage.costUsd === null ? 'cost unknown' : `about $${usage.costUsd.toFixed(4)}`;
  return `Drafted by ${by}: ${usage.inputTokens} input + ${usage.outputTokens} output tokens, ${cost}.`;
}

/** "Mark as sent" tracks the draft on show: hidden while drafting, given the finished draft's id and citations. */
function setMarkAsSent(proposal) {
  const form = byId('mark-sent');
  if (!form) return;
  form.elements.namedItem('draftId').value = proposal?.draftId ?? '';
  form.elements.namedItem('proofIds').value = (proposal?.citations ?? []).join(',');
  form.hidden = !proposal?.draftId;
}

/** The panel's states: drafting, a partial draft, the finished proposal, or a failure. */
export function proposalView(panel) {
  const limits = limitsOf(panel);
  const status = byId('proposal-status');

  function setDraft(text, final) {
    const end = previewEnd(text, limits.previewChars);
    const mark = el('mark', 'preview', text.slice(0, end));
    mark.title = 'What the client sees first';
    byId('proposal-text').replaceChildren(mark, document.createTextNode(text.slice(end)));
    const length = lengthStatus(text, limits);
    byId('proposal-meter').className = `meter meter--${final ? length.level : 'ok'}`;
    byId('proposal-words').textContent = String(length.words);
    byId('proposal-chars').textContent = String(length.chars);
    byId('proposal-meter-note').textContent = final ? length.note : '';
    // A finished draft with a gap to fill is edited in place, like an answer with one.
    if (final && gapsIn(text).length > 0) byId('proposal-text').setAttribute('contenteditable', 'plaintext-only');
    else byId('proposal-text').removeAttribute('contenteditable');
  }

  return {
    start() {
      panel.dataset.state = 'streaming';
      panel.setAttribute('aria-busy', 'true');
      status.className = 'stream-status';
      status.textContent = 'Drafting…';
      byId('proposal-findings-summary').textContent = 'Findings appear when the draft is finished.';
      byId('proposal-findings').replaceChildren();
      setGuard(null);
      setMarkAsSent(null);
    },
    partial(text) {
      setDraft(text, false);
    },
    finish(proposal) {
      setDraft(proposal.text, true);
      setFindings(proposal.findings ?? []);
      setGuard(proposal.guard);
      setAnswers(proposal.screeningAnswers ?? []);
      setCitations(proposal.citations ?? []);
      setMarkAsSent(proposal);
      byId('proposal-engine').textContent = engineLine(proposal);
      status.textContent = 'Draft ready. Review it, then copy it into the marketplace yourself.';
      panel.dataset.state = 'done';
      panel.removeAttribute('aria-busy');
      showCopyButtons(panel);
    },
    fail(message) {
      status.className = 'stream-status stream-status--error';
      status.textContent = `Could not draft: ${message}`;
      panel.dataset.state = 'failed';
      panel.removeAttribute('aria-busy');
    },
  };
}
