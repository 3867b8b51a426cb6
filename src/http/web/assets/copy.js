// Copy buttons: hidden in the server's markup (they need a script), shown and wired here. Text that
// still holds a gap to fill ("[fill in: ...]", pattern from the panel's data-gap-pattern, defined once
// in src/domain/gaps.ts) is copied only after the user confirms the warning.

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

/** The gap markers in `text`, by the pattern the server put on the page; none when the page has no pattern. */
export function gapsIn(text) {
  const holder = document.querySelector('[data-gap-pattern]');
  const source = holder?.getAttribute('data-gap-pattern');
  if (!source) return [];
  return [...text.matchAll(new RegExp(source, holder.getAttribute('data-gap-flags') || 'giu'))].map((match) => match[0]);
}

// A text box (an answer with a gap) holds the user's edits in its value; other targets in their text.
function textOf(target) {
  return target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '');
}

function warningFor(button) {
  const next = button.nextElementSibling;
  return next?.classList.contains('gap-warning') ? next : null;
}

// Selects the first gap in a text box so the user can type over it.
function selectFirstGap(target) {
  target.focus();
  if (!(target instanceof HTMLTextAreaElement)) return;
  const first = gapsIn(target.value)[0];
  if (first) target.setSelectionRange(target.value.indexOf(first), target.value.indexOf(first) + first.length);
}

function warnOfGaps(button, target, gaps) {
  const warning = warningFor(button) ?? document.createElement('p');
  warning.className = 'gap-warning';
  warning.setAttribute('role', 'alert');
  const anyway = document.createElement('button');
  anyway.type = 'button';
  anyway.className = 'button button--small';
  anyway.textContent = 'Copy anyway';
  anyway.setAttribute('data-copy-target', target.id);
  anyway.setAttribute('data-copy-anyway', '');
  const edit = document.createElement('button');
  edit.type = 'button';
  edit.className = 'button button--secondary button--small';
  edit.textContent = 'Fill them in';
  edit.addEventListener('click', () => {
    warning.remove();
    selectFirstGap(target);
  });
  const count = gaps.length === 1 ? '1 gap' : `${gaps.length} gaps`;
  warning.replaceChildren(`${count} still to fill: ${gaps.join(', ')}. Copy anyway? `, anyway, ' ', edit);
  if (!warning.isConnected) button.after(warning);
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
    const text = textOf(target);
    const gaps = button.hasAttribute('data-copy-anyway') ? [] : gapsIn(text);
    const origin = button.hasAttribute('data-copy-anyway') ? button.closest('.gap-warning')?.previousElementSibling : button;
    if (gaps.length > 0) {
      warnOfGaps(button, target, gaps);
      return;
    }
    if (origin) warningFor(origin)?.remove();
    const status = (target.closest('.panel') ?? document).querySelector('.copy-status');
    const ok = await copyText(text);
    if (status) status.textContent = ok ? 'Copied to the clipboard.' : 'Could not copy: select the text and copy it yourself.';
  });
  showCopyButtons(document);
}
