import { describe, expect, it } from 'vitest';
import { fieldErrorText, makeWebApp, postForm, textareaValue } from '../web-app.ts';

describe('audit page', () => {
  it('labels each task in a table', async () => {
    const { app } = await makeWebApp();
    const tasks = '- Transcribe interview recordings\n- Decide which product line to cut\n2) Resize product photos';
    const page = await (await postForm(app, '/audit', { tasks })).text();
    const rows = page.match(/<tr><th scope="row">/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(page).toContain('<th scope="row">Transcribe interview recordings</th>');
    expect(page).toMatch(/<span class="label label--(automatable|ai_assisted|human_critical)">/);
  });

  it('says in plain words when it has no rule for a task, never naming its own tables', async () => {
    const { app } = await makeWebApp();
    const page = await (await postForm(app, '/audit', { tasks: '- Tune two pianos in Lyon\n- Sit with grieving families at the funeral home' })).text();
    expect(page).toContain('bidwright has no rule for this task yet');
    expect(page).not.toMatch(/task table/i);
  });

  it('keeps the list and shows the error when it is empty', async () => {
    const { app } = await makeWebApp();
    const response = await postForm(app, '/audit', { tasks: '\n - \n' });
    expect(response.status).toBe(400);
    const page = await response.text();
    const message = fieldErrorText(page, 'tasks') ?? '';
    expect(message).toMatch(/empty/);
    // Said once, beside the field; the summary above the form points to it.
    expect(page.split(message.replace(/"/g, '&quot;').replace(/'/g, '&#39;'))).toHaveLength(2);
    expect(page).toContain('<a href="#tasks">Fix the field marked below.</a>');
    expect(textareaValue(page, 'tasks')).toBe('\n - \n');
  });
});
