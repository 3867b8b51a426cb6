/**
 * Form controls with their labels, hints and errors wired together, so every page's fields are
 * labelled, announce their errors to screen readers and keep what the user typed.
 */
import { html } from 'hono/html';

/** What the html tag produces; pages compose these. */
export type Html = ReturnType<typeof html>;

interface FieldBase {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

function describedBy(field: FieldBase): string | undefined {
  const ids = [field.hint ? `${field.name}-hint` : '', field.error ? `${field.name}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function hintAndError(field: FieldBase): Html {
  return html`${field.hint ? html`<p class="hint" id="${field.name}-hint">${field.hint}</p>` : ''}${
    field.error ? html`<p class="field-error" id="${field.name}-error">${field.error}</p>` : ''
  }`;
}

function attrs(field: FieldBase): Html {
  const described = describedBy(field);
  return html`id="${field.name}" name="${field.name}"${field.required ? html` required` : ''}${
    field.error ? html` aria-invalid="true"` : ''
  }${described ? html` aria-describedby="${described}"` : ''}`;
}

/** A one-line text input. */
export function textField(field: FieldBase & { type?: 'text' | 'url' | 'number' | 'password'; readonly?: boolean; inputmode?: string }): Html {
  return html`<div class="field${field.error ? ' has-error' : ''}">
<label for="${field.name}">${field.label}</label>${hintAndError(field)}
<input type="${field.type ?? 'text'}" ${attrs(field)} value="${field.value ?? ''}"${field.readonly ? html` readonly` : ''}${
    field.inputmode ? html` inputmode="${field.inputmode}"` : ''
  }${field.type === 'number' ? html` step="any" min="0"` : ''}>
</div>`;
}

/** A multi-line text area. The newline after the tag is eaten by HTML parsers, so a value's own leading newline survives. */
export function textArea(field: FieldBase & { rows?: number }): Html {
  return html`<div class="field${field.error ? ' has-error' : ''}">
<label for="${field.name}">${field.label}</label>${hintAndError(field)}
<textarea ${attrs(field)} rows="${field.rows ?? 4}">
${field.value ?? ''}</textarea>
</div>`;
}

/** A drop-down choice; `options` are [value, label] pairs. */
export function selectField(field: FieldBase & { options: ReadonlyArray<readonly [string, string]> }): Html {
  return html`<div class="field${field.error ? ' has-error' : ''}">
<label for="${field.name}">${field.label}</label>${hintAndError(field)}
<select ${attrs(field)}>${field.options.map(
    ([value, label]) => html`<option value="${value}"${value === (field.value ?? '') ? html` selected` : ''}>${label}</option>`,
  )}</select>
</div>`;
}

/** A checkbox with its label beside it. */
export function checkboxField(field: FieldBase & { checked: boolean }): Html {
  return html`<div class="field field--check${field.error ? ' has-error' : ''}">
<input type="checkbox" ${attrs(field)} value="on"${field.checked ? html` checked` : ''}>
<label for="${field.name}">${field.label}</label>${hintAndError(field)}
</div>`;
}

/** What to do next after a failure, with a link when a page helps. */
export interface Hint {
  text: string;
  link?: { href: string; label: string } | undefined;
}

/** A hint as a paragraph: its text, then its link. */
export function hintLine(hint: Hint | undefined): Html {
  if (!hint) return html``;
  return html`<p class="alert-hint">${hint.text}${hint.link ? html` <a href="${hint.link.href}">${hint.link.label}</a>` : ''}</p>`;
}

/** A failure as a form shows it: the message, its hint, and the message beside each field it names. */
interface Failure {
  message: string;
  hint?: Hint | undefined;
  fields?: Record<string, string> | undefined;
}

/**
 * The message above a form that failed, and its hint, announced to screen readers as soon as the
 * page loads. Takes a plain message too, for pages that make their own. A message the page shows
 * beside one of the fields `shownBeside` names is said there only: the summary points to it.
 */
export function formError(error: string | Failure | undefined, shownBeside: readonly string[] = []): Html {
  const failure: Failure | undefined = typeof error === 'string' ? { message: error } : error;
  if (!failure?.message) return html``;
  const field = shownBeside.find((name) => failure.fields?.[name] === failure.message);
  const text = field === undefined ? failure.message : html`<a href="#${field}">Fix the field marked below.</a>`;
  return html`<div class="alert alert--error" role="alert"><strong>Could not do that.</strong> ${text}${hintLine(failure.hint)}</div>`;
}

/** A short confirmation after a successful change. */
export function notice(message: string | undefined): Html {
  if (!message) return html``;
  return html`<div class="alert alert--ok" role="status">${message}</div>`;
}
