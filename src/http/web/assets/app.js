// bidwright web form: progressive enhancement only. Every page works without these scripts; with
// them, the proposal streams in from the API, the counts update as it grows, and copy buttons appear.
// Text from job posts, proof and drafts is always set with textContent, never parsed as HTML.
import { enableCopying } from './copy.js';
import { enableDraftEditor } from './draft-editor.js';
import { proposalView } from './proposal-view.js';
import { problemDetail, readEvents } from './sse.js';

// The request is read from the form when a draft starts, so Regenerate uses the tone, length,
// variant and ticked instructions the form holds at that moment.
function requestFrom(form) {
  const data = new FormData(form);
  const request = { jobPost: String(data.get('jobPost') ?? '') };
  if (data.get('tone')) request.tone = String(data.get('tone'));
  if (data.get('length')) request.length = String(data.get('length'));
  request.variant = Number(data.get('variant') || 0);
  request.acceptedInstructions = data.getAll('accept').map(Number);
  return request;
}

function setStreamFlag(form, value) {
  let input = form.querySelector('input[name="stream"]');
  if (!input) {
    input = document.createElement('input');
    input.type = 'hidden';
    input.name = 'stream';
    form.appendChild(input);
  }
  input.value = value;
}

async function streamProposal(view, request, form) {
  view.start();
  try {
    const response = await fetch('/api/proposals', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(request),
    });
    if (response.status === 401) {
      // The API wants a token this page does not have: let the server draft the whole page instead.
      setStreamFlag(form, '0');
      form.submit();
      return;
    }
    if (!response.ok || !response.body) throw new Error(await problemDetail(response));
    let final = null;
    await readEvents(response.body, (event, data) => {
      if (event === 'partial' && typeof data.text === 'string') view.partial(data.text);
      else if (event === 'final') final = data;
      else if (event === 'error') throw new Error(data.detail || data.title || 'the draft failed.');
    });
    if (!final) throw new Error('the stream ended before the draft was finished. Press Regenerate to try again.');
    view.finish(final);
  } catch (error) {
    view.fail(error instanceof Error ? error.message : String(error));
  }
}

function init() {
  enableCopying();
  enableDraftEditor();
  const form = document.getElementById('propose-form');
  if (form?.getAttribute('data-stream') !== 'on') return;
  form.addEventListener('submit', () => setStreamFlag(form, '1'));
  const panel = document.getElementById('proposal');
  if (!panel) return;
  // The post the triage on this page belongs to: an edited post needs a new triage from the server.
  const post = requestFrom(form).jobPost;
  const variant = form.querySelector('input[name="variant"]');
  const label = document.getElementById('proposal-variant');
  const view = proposalView(panel);
  const regenerate = document.getElementById('regenerate');
  let busy = false;
  const run = async () => {
    if (busy) return;
    busy = true;
    if (regenerate) regenerate.disabled = true;
    await streamProposal(view, requestFrom(form), form);
    busy = false;
    if (regenerate) regenerate.disabled = false;
  };
  regenerate?.addEventListener('click', (event) => {
    event.preventDefault();
    if (busy) return;
    if (requestFrom(form).jobPost !== post) {
      form.requestSubmit(regenerate);
      return;
    }
    // Each press asks for the next variant: a different wording of the same substance.
    if (variant) variant.value = String(Number(variant.value || 0) + 1);
    if (label && variant) label.textContent = `Variant ${variant.value}`;
    run();
  });
  if (panel.dataset.state === 'pending') run();
}

init();
