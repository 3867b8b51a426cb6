// Server-Sent Events over fetch: EventSource cannot POST, so the stream is read and split here.

function dispatch(block, onEvent) {
  let event = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length > 0) onEvent(event, JSON.parse(data.join('\n')));
}

/** Calls `onEvent(name, parsedJson)` for each event in the body; throws what `onEvent` throws. */
export async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    buffer = (buffer + chunk.value).replace(/\r\n/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      dispatch(buffer.slice(0, end), onEvent);
      buffer = buffer.slice(end + 2);
      // Events often arrive several to a chunk; yielding lets observers see each partial draft.
      await Promise.resolve();
    }
  }
  if (buffer.trim() !== '') dispatch(buffer, onEvent);
}

/** The detail of a problem+json answer, or a plain description of the status. */
export async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `the server answered ${response.status}.`;
  } catch {
    return `the server answered ${response.status}.`;
  }
}
