// Copy buttons: hidden in the server's markup (they need a script), shown and wired here.

function copyWithSelection(text) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Copies with the Clipboard API where the page may use it, else through a selected text area. */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return copyWithSelection(text);
    }
  }
  return copyWithSelection(text);
}

/** Shows the copy buttons under `root`. */
export function showCopyButtons(root) {
  root.querySelectorAll('[data-copy-target]').forEach((button) => {
    button.hidden = false;
  });
}

/** One listener for every copy button, present or added later: it copies its target's text. */
export function enableCopying() {
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-copy-target]') : null;
    const target = button ? document.getElementById(button.getAttribute('data-copy-target')) : null;
    if (!target) return;
    const status = (button.closest('.panel') ?? document).querySelector('.copy-status');
    const ok = await copyText(target.textContent ?? '');
    if (status) status.textContent = ok ? 'Copied to the clipboard.' : 'Could not copy: select the text and copy it yourself.';
  });
  showCopyButtons(document);
}
