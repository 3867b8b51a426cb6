import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BidwrightError, ERROR_CODES } from '../../../src/domain/errors.ts';
import { webHint } from '../../../src/http/web/failure.ts';
import { createFileStore } from '../../../src/storage/file-store.ts';
import { CLI_TEXT, SAMPLE_REASONS } from '../../helpers/edge-text.ts';
import { BAKERY_PROOF, makeWebApp, postForm } from './web-app.ts';

describe('webHint', () => {
  it('links an unknown proof id to the library', () => {
    const error = new BidwrightError('NOT_FOUND', 'x', { details: { reason: 'unknown-proof-id', id: 'x' } });
    expect(webHint(error)?.link).toEqual({ href: '/proof', label: 'Open the proof library' });
  });

  it("links a taken proof id to that item's edit page, encoding the id", () => {
    const error = new BidwrightError('CONFLICT', 'x', { details: { reason: 'duplicate-proof-id', id: 'a b' } });
    expect(webHint(error)?.link?.href).toBe('/proof/a%20b/edit');
  });

  it('never says a CLI command or flag, nor a file path, whatever the code or reason', () => {
    for (const code of ERROR_CODES) {
      for (const details of [undefined, ...SAMPLE_REASONS]) {
        const hint = JSON.stringify(webHint(new BidwrightError(code, 'x', { details })));
        expect(hint, code).not.toMatch(CLI_TEXT);
        expect(hint, code).not.toContain('/d/');
      }
    }
  });
});

describe('web pages on failures the core reports', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function pageOf(response: Response): Promise<string> {
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).not.toMatch(CLI_TEXT);
    expect(page).not.toMatch(/\bat .*\.ts:\d+/);
    return page;
  }

  it('shows an unknown proof id with a way to the library', async () => {
    const { app } = await makeWebApp();
    const response = await app.request('/proof/ghost-item/delete');
    expect(response.status).toBe(404);
    const page = await pageOf(response);
    expect(page).toContain('No proof item has the id &quot;ghost-item&quot;.');
    expect(page).toContain('The library lists every id you have.');
    expect(page).toContain('<a href="/proof">');
  });

  it('shows a taken id above the form with a link to edit the item that has it', async () => {
    const { app } = await makeWebApp({ proof: BAKERY_PROOF });
    const response = await postForm(app, '/proof/new', { id: 'woo-speed-rescue', kind: 'portfolio', title: 'Same id again' });
    expect(response.status).toBe(409);
    const page = await pageOf(response);
    expect(page).toContain('already exists');
    expect(page).toContain('<a href="/proof/woo-speed-rescue/edit">Edit woo-speed-rescue</a>');
  });

  it('shows a corrupt data file as a 500 page that says nothing was changed, without its path', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bidwright-web-'));
    await writeFile(path.join(dir, 'bidwright.json'), '{ "version": 1, ');
    const { app } = await makeWebApp({ store: await createFileStore({ dir }) });
    for (const url of ['/proof', '/proof/woo-speed-rescue/edit']) {
      const response = await app.request(url);
      expect(response.status, url).toBe(500);
      const page = await pageOf(response);
      expect(page, url).toContain('data file is broken');
      expect(page, url).not.toContain('not valid JSON');
      expect(page, url).toContain('Nothing was changed.');
      expect(page, url).not.toContain(dir);
    }
  });

  it('shows invalid input next to its field, with no command to run', async () => {
    const { app } = await makeWebApp();
    const response = await postForm(app, '/proof/new', { id: 'bad id', kind: 'portfolio', title: 'Spaces in the id' });
    expect(response.status).toBe(400);
    const page = await pageOf(response);
    expect(page).toMatch(/<p class="field-error" id="id-error">[^<]*no spaces/);
  });
});
