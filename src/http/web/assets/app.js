// bidwright web form: progressive enhancement only. Every page works without these scripts; with
// them, the proposal streams in from the API, the counts update as it grows, and copy buttons appear.
// Text from job posts, proof and drafts is always set with textContent, never parsed as HTML.
import { enableCopying } from './copy.js';
import { proposalView } from './proposal-view.js';
import { problemDetail, readEvents } from './sse.js';

function requestFrom(form) {
  const data = new FormData(form);
  const request = { jobPost: String(data.get('jobPost') ?? '') };
  if (data.get('tone')) request.tone = String(data.get('tone'));
  if (data.get('length')) request.length = String(data.get('length'));
  return request;
}

// The ticked client instructions, read when a draft starts: ticking them is how regenerate changes.
function acceptedFrom(form) {
  return new FormData(form).getAll('accept').map(Number);
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
  const form = document.getElementById('propose-form');
  if (form?.getAttribute('data-stream') !== 'on') return;
  form.addEventListener('submit', () => setStreamFlag(form, '1'));
  const panel = document.getElementById('proposal');
  if (!panel) return;
  // The page was rendered for what the form holds now; later edits count after a new submit.
  const request = requestFrom(form);
  const view = proposalView(panel);
  const regenerate = document.getElementById('regenerate');
  let busy = false;
  const run = async () => {
    if (busy) return;
    busy = true;
    if (regenerate) regenerate.disabled = true;
    await streamProposal(view, { ...request, acceptedInstructions: acceptedFrom(form) }, form);
    busy = false;
    if (regenerate) regenerate.disabled = false;
  };
  regenerate?.addEventListener('click', (event) => {
    event.preventDefault();
    run();
  });
  if (panel.dataset.state === 'pending') run();
}

init();
