// The draft page's editor: marks follow the text as the user types, and the rubric re-checks the
// edit after a pause (POST /api/lint with the draft's id, not kept). Marks sit in a backdrop behind
// a transparent textarea, at the first place each finding's evidence occurs, as the server places
// them (src/http/web/views/draft-marks.ts). Text is always set with textContent.

// Checks share the server's work limit (60 a minute by default), so one waits for a real pause.
const PAUSE_MS = 700;

function needleOf(evidence) {
  return (evidence ?? '').replace(/\.\.\.$/, '').trim();
}

function findIn(text, needle) {
  const exact = text.indexOf(needle);
  if (exact >= 0) return exact;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower.indexOf(needle.toLowerCase()) : -1;
}

export function placeMarks(text, findings) {
  const marks = [];
  const beside = [];
  const narrowestFirst = [...findings].sort((a, b) => needleOf(a.evidence).length - needleOf(b.evidence).length);
  for (const finding of narrowestFirst) {
    const needle = needleOf(finding.evidence);
    const start = needle.length < 2 ? -1 : findIn(text, needle);
    const end = start + needle.length;
    if (start < 0 || marks.some((mark) => start < mark.end && end > mark.start)) beside.push(finding);
    else marks.push({ start, end, finding });
  }
  return { marks: marks.sort((a, b) => a.start - b.start), beside };
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function findingItem(finding, names, marked) {
  const item = el('li', `finding finding--${finding.severity}`);
  item.dataset.rule = finding.ruleId;
  const head = el('p', 'finding-head');
  head.append(el('span', `badge badge--${finding.severity}`, finding.severity === 'error' ? 'error' : 'warning'), ' ');
  head.append(el('span', 'rule-name', names[finding.ruleId] ?? finding.ruleId));
  item.append(head, el('p', 'finding-message', finding.message));
  if (finding.evidence && !marked) {
    const evidence = el('p', 'finding-evidence');
    evidence.append(el('span', 'label', 'Evidence:'), ' ', el('q', '', finding.evidence));
    item.append(evidence);
  }
  return item;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Draws the backdrop's marks and the two finding lists for `text` and `findings`. */
function render(parts, text, findings, names) {
  const { marks, beside } = placeMarks(text, findings);
  const runs = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) runs.push(document.createTextNode(text.slice(at, mark.start)));
    const node = el('mark', `mark mark--${mark.finding.severity}`, text.slice(mark.start, mark.end));
    node.dataset.rule = mark.finding.ruleId;
    runs.push(node);
    at = mark.end;
  }
  runs.push(document.createTextNode(`${text.slice(at)} `));
  parts.backdrop.replaceChildren(...runs);
  parts.marked.replaceChildren(...marks.map((mark) => findingItem(mark.finding, names, true)));
  parts.beside.replaceChildren(...beside.map((finding) => findingItem(finding, names, false)));
  parts.markedTitle.hidden = marks.length === 0;
  parts.besideTitle.hidden = beside.length === 0;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  parts.summary.textContent =
    findings.length === 0
      ? 'No findings: every rule passed.'
      : `${[errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')}.`;
}

/** Grows the textarea to its content, so it never scrolls away from its backdrop. */
function growToFit(textarea) {
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight}px`;
}

/** Turns the draft page's form into a live editor; a page without one is left alone. */
export function enableDraftEditor() {
  const form = document.getElementById('draft-editor');
  const textarea = document.getElementById('draft-text');
  if (!form || !textarea) return;
  const parts = {
    backdrop: document.getElementById('editor-backdrop'),
    marked: document.getElementById('marked-findings'),
    beside: document.getElementById('beside-findings'),
    markedTitle: document.getElementById('marked-title'),
    besideTitle: document.getElementById('beside-title'),
    summary: document.getElementById('editor-summary'),
  };
  const status = document.getElementById('editor-status');
  const names = JSON.parse(form.dataset.ruleNames || '{}');
  const draftId = form.dataset.draftId;
  // The findings the server drew the page with.
  let findings = JSON.parse(form.dataset.findings || '[]');
  let timer = null;
  let asked = 0;
  let live = true;
  const check = async () => {
    const text = textarea.value;
    if (!live || text.trim() === '') return;
    const ask = ++asked;
    status.textContent = 'Checking…';
    try {
      const response = await fetch('/api/lint', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ text, draftId, keep: false }),
      });
      if (response.status === 401) {
        // The API wants a token this page does not have: the Check again button still works.
        live = false;
        status.textContent = 'Live checking is off here; press Check again to check your edit.';
        return;
      }
      if (response.status === 429) {
        // Over the work limit: try again when the server says it may.
        const wait = Number(response.headers.get('Retry-After')) || 10;
        status.textContent = `Many checks in a short time; checking again in ${wait} seconds.`;
        clearTimeout(timer);
        timer = setTimeout(check, wait * 1000);
        return;
      }
      const report = await response.json();
      if (ask !== asked) return;
      if (!response.ok) throw new Error(report.detail || 'the check failed.');
      findings = report.findings;
      render(parts, textarea.value, findings, names);
      status.textContent = 'Checked.';
    } catch (error) {
      if (ask === asked) status.textContent = `Could not check: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  textarea.addEventListener('input', () => {
    growToFit(textarea);
    // Marks move with the text at once; the findings themselves wait for the check.
    render(parts, textarea.value, findings, names);
    status.textContent = 'Edited; checking after a pause…';
    clearTimeout(timer);
    timer = setTimeout(check, PAUSE_MS);
  });
  form.closest('.editor-grid')?.classList.add('editor-grid--live');
  growToFit(textarea);
}
