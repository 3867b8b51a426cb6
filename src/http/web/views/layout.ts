/** The page shell every web page shares: head, skip link, navigation, main and footer. */
import { html } from 'hono/html';
import type { Html } from './fields.ts';

export type Section = 'draft' | 'shortlist' | 'drafts' | 'pipeline' | 'proof' | 'profile' | 'offers' | 'audit' | 'lint' | 'none';

const NAV: ReadonlyArray<readonly [Exclude<Section, 'none'>, string, string]> = [
  ['draft', '/', 'Draft'],
  ['shortlist', '/shortlist', 'Shortlist'],
  ['drafts', '/drafts', 'Drafts'],
  ['pipeline', '/pipeline', 'Pipeline'],
  ['proof', '/proof', 'Proof'],
  ['profile', '/profile', 'Profile'],
  ['offers', '/offers', 'Offers'],
  ['audit', '/audit', 'Audit'],
  ['lint', '/lint', 'Lint'],
];

export interface PageOptions {
  title: string;
  section: Section;
  body: Html;
}

/**
 * Wraps a page body in the shared layout; the title is escaped like any other text.
 * The referrer meta relaxes the app's `Referrer-Policy: no-referrer` to same-origin for these pages:
 * under no-referrer browsers send `Origin: null` on form posts, and the CSRF origin check would then
 * rest on Sec-Fetch-Site alone, which browsers omit over plain HTTP to a non-loopback host.
 */
export function page({ title, section, body }: PageOptions): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} · bidwright</title>
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/style.css">
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap header-row">
<a class="brand" href="/">bidwright</a>
<nav aria-label="Main"><ul>${NAV.map(
    ([key, href, label]) => html`<li><a href="${href}"${key === section ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site-footer"><div class="wrap">bidwright prepares; you review and send. It never logs in to or submits anything to a marketplace. <a href="/docs">API reference</a> · <a href="/logout">Log out</a></div></footer>
</body>
</html>`;
}
