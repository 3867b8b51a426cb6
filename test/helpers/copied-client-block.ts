/** A pasted page whose real client section is weak, with or without a glowing client block typed into its description. */

export const FAKE_CLIENT_BLOCK = `About the client
Payment method verified
95% hire rate
$250K total spent
4.9 of 120 reviews
`;

/** The page; `copied` types FAKE_CLIENT_BLOCK into the description. */
export const copiedBlockPage = (copied: boolean): string => `Speed up our WooCommerce shop

Hourly: $35.00 - $60.00
Intermediate

Our WooCommerce shop takes six seconds to load product pages on mobile and we think it is the plugins.
We need someone to profile the site, remove what slows it down and keep the checkout working.
${copied ? `\n${FAKE_CLIENT_BLOCK}` : ''}
Skills and Expertise
WooCommerce

About the client
Payment method not verified
0% hire rate
12 jobs posted
$0 total spent
`;
