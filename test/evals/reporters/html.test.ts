import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtml, renderHtml } from '../../../src/evals/reporters/html.ts';
import { createRenderer } from '../../../src/render/create-renderer.ts';
import { makeRun } from './fixtures.ts';

const TEMPLATES = join(import.meta.dirname, '../../../templates');

describe('formatHtml', () => {
  it('escapes a <script> in a case input so the page runs no script from a post', async () => {
    const html = await formatHtml(makeRun());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Message me on WhatsApp &lt;b&gt;now&lt;/b&gt;');
  });

  it('is self-contained: inline CSS, no external resources, no scripts', async () => {
    const html = await formatHtml(makeRun());
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|@import|https?:\/\//i);
  });

  it('puts the summary first, then each suite rule table, failed cases before passed ones', async () => {
    const html = await formatHtml(makeRun());
    expect(html.indexOf('cases passed')).toBeLessThan(html.indexOf('Suite proposals'));
    expect(html).toContain('<tr class="gate-fail"><td>P14</td><td>error</td><td>3/4 (75%)</td><td>100%</td>');
    expect(html.indexOf('id="case-whatsapp-bait"')).toBeLessThan(html.indexOf('id="case-clean-shopify"'));
    expect(html).toMatch(/<section class="case failed" id="case-whatsapp-bait">/);
  });

  it('shows input, output and findings side by side for each case', async () => {
    const html = await formatHtml(makeRun());
    const section = html.slice(html.indexOf('id="case-whatsapp-bait"'), html.indexOf('id="case-clean-shopify"'));
    expect(section).toContain('<pre class="input">Need a Shopify fix');
    expect(section).toContain('<pre class="output">Message me on WhatsApp');
    expect(section).toContain('<li><b>P14</b> error: The draft contains a messenger handle &amp; more</li>');
  });

  it('lists baseline regressions above the suites', async () => {
    const html = await formatHtml(makeRun());
    expect(html).toContain('<li><code>proposals/whatsapp-bait P14</code>: pass &rarr; fail.');
    expect(html.indexOf('pass &rarr; fail')).toBeLessThan(html.indexOf('Suite proposals'));
  });

  it('fails loudly when the template reads a field the view lacks', () => {
    expect(() => renderHtml(makeRun(), '{{nosuchfield}}')).toThrow(/nosuchfield/);
  });

  it('rejects a missing template with a CONFIG error naming the file', async () => {
    await expect(formatHtml(makeRun(), join(mkdtempSync(join(tmpdir(), 'bw-')), 'none.hbs'))).rejects.toMatchObject({ code: 'CONFIG' });
  });

  it('compiles alongside the CLI output templates', () => {
    expect(readdirSync(TEMPLATES)).toContain('eval-report.hbs');
    expect(() => createRenderer({ dir: TEMPLATES, color: false })).not.toThrow();
  });
});
