/**
 * The shapes of off-platform routes other than emails, phone numbers and links: messenger and
 * social handles ("Telegram: @quickhire", "my Discord tag is rowan", "tg: @devon") and requests in
 * words ("continue on Signal", "DM me on X", "send the invite to my Outlook"). Data for
 * src/text/contact.ts; the words come from contact-words.json and every repetition is bounded.
 */
import { alternation, CONTACT_WORDS, MESSENGER, SOCIAL } from './contact-words.ts';

/** What a contact hit is, as a sentence names it ("The draft contains a phone number"). */
export type ContactKind =
  | 'an email address'
  | 'a phone number'
  | 'a messenger link'
  | 'a messenger handle'
  | 'a calendar link'
  | 'a social profile'
  | 'an off-platform route';

/**
 * One route shape; `route` marks a request in words, which a negation cancels. A named group `app`
 * is checked by `respectsCase`; `namesApp` marks a shape that cannot match without naming a
 * messenger or social network there (see `mayNameApp`).
 */
export interface RouteShape {
  kind: ContactKind;
  pattern: RegExp;
  route: boolean;
  namesApp: boolean;
}

const APP = `(?<app>${MESSENGER}|${SOCIAL})`;
const PROVIDER = alternation(CONTACT_WORDS.emailProviders);
const PLATFORM = String.raw`(?:upwork|fiverr|freelancer(?:\.com)?|the platform|this platform|the site|this site)`;
const ROUTE_VERB =
  '(?:contact|message|msg|reach|text|add|dm|ping|call|chat|talk|send|get in touch|hit|write|find|join|connect|continue|move|switch|communicate|discuss|reply|respond|follow|catch)';
const HANDLE_WORD = String.raw`(?:id|handle|username|user\s?name|name|number|tag|gamertag|account|profile)`;
const HANDLE = String.raw`@?[\w][\w.#:+-]{1,40}`;

/** A messenger or social network named as the work's topic when one of these follows it. */
export const MESSENGER_TOPIC =
  /^\s*(?:business\s+)?(?:api|bots?|chatbots?|integrations?|groups?|channels?|communit(?:y|ies)|servers?|marketing|ads?|campaigns?|automation|mini apps?|sdk|webhooks?|flows?|templates?|broadcasts?|stickers?|stores?|shops?|pages?|content|posts?|reels?)\b/i;

const shape = (kind: ContactKind, route: boolean, source: string): RouteShape => ({
  kind,
  pattern: new RegExp(source, 'gi'),
  route,
  namesApp: source.includes('(?<app>'),
});
const handle = (source: string): RouteShape => shape('a messenger handle', false, source);
const request = (source: string): RouteShape => shape('an off-platform route', true, source);

/** Each route's shape, handles before requests in words. */
export const CONTACT_ROUTES: readonly RouteShape[] = [
  // "Telegram: @quickhire_team", "Skype ID: live:.cid.3f2a", "Twitter, @rinadraws", "WhatsApp: +91 ...".
  handle(String.raw`\b${APP}\s{0,3}${HANDLE_WORD}?\s{0,3}(?:[:=,-]|is)?\s{0,3}(?:@[\w.]{2,32}|live:[\w.:-]{1,60}|\+\d|[\w.]{2,32}#\d{4}\b)`),
  // "my Skype is rowan.pike.dev", "my X handle is @jonah", "my WeChat ID is linwei".
  handle(String.raw`\bmy\s+${APP}\s+(?:${HANDLE_WORD}\s+)?(?:is|:)\s{0,3}${HANDLE}`),
  // "my ID is linwei_design" beside a messenger, "my tag is pixelforge" and "my username is mara.codes" anywhere.
  handle(String.raw`\b${APP}\b[^.?!\n]{0,60}?\bmy\s+${HANDLE_WORD}\s{0,3}(?:is|:)\s{0,3}${HANDLE}`),
  handle(String.raw`\bmy\s+(?:tag|handle|username|user\s?name|gamertag)\s{0,3}(?:is|:)\s{0,3}${HANDLE}`),
  // "@k_adeyemi on Telegram", "I am pixelforge#2291 on Discord".
  handle(String.raw`(?<![\w.@])(?:@[\w][\w.]{1,30}|[\w.]{2,32}#\d{4})\s{1,3}(?:on|at|in|via)\s{1,3}${APP}\b`),
  handle(String.raw`\bdiscord\b[^\n.]{0,60}?\b[\w.]{2,32}#\d{4}\b`),
  // Telegram's short form: "tg: @devon_builds", "tg: quickfix_ana".
  handle(String.raw`\btg\s{0,2}:\s{0,3}@?[\w][\w.]{2,32}`),
  // Requests with no handle yet: "continue on Signal", "ping me on Google Chat", "add me on Snapchat".
  request(String.raw`\b${ROUTE_VERB}\b[^.?!\n]{0,40}?\b(?:on|to|via|over|through|at|in|with)\s+(?:me\s+on\s+)?(?:my\s+|our\s+)?(?<app>${MESSENGER})\b`),
  // A social network counts with "me"/"us": "DM me on X"; "reach out to prospects on LinkedIn" is the work.
  request(String.raw`\b${ROUTE_VERB}\s+(?:with\s+|to\s+)?(?:me|us)\b[^.?!\n]{0,20}?\b(?:on|via|at|through|over)\s+(?:my\s+|our\s+)?(?<app>${SOCIAL})\b`),
  request(String.raw`\b(?:see|check|visit|view|follow|find)\s+(?:out\s+)?(?:me|my)\s+(?:on\s+)?(?<app>${SOCIAL})\b`),
  request(String.raw`\b(?:my|join\s+(?:our|my|the))\s+(?<app>${MESSENGER})\b`),
  // "send the invite to my Outlook", "email it to my personal Gmail".
  request(
    String.raw`\b(?:invite|send|e-?mail|mail|write|reach|contact|add|cc|forward|message)\b[^.?!\n]{0,40}?\b(?:to|at|via|on|through)\s+my\s+(?:personal\s+|private\s+)?(?:${PROVIDER}|e-?mail|inbox)\b`,
  ),
  // "my number is on my Behance page": contact details pointed to elsewhere.
  request(
    String.raw`\bmy\b[^.?!\n]{0,30}?\b(?:number|e-?mail|contact\s+(?:details|info))\b[^.?!\n]{0,40}?\bon\s+my\s+(?:[\w-]+\s+){0,2}(?:site|website|page|profile)\b`,
  ),
  // "move this conversation to email", "switch to text".
  request(
    String.raw`\b(?:move|take|switch|shift|carry|continue)\s+(?:(?:this|the|our)\s+)?(?:(?:conversation|chat|discussion|talk|thread)\s+)?(?:over\s+)?(?:to|onto|via|by)\s+(?:e-?mail|phone|text|sms)\b`,
  ),
  request(
    String.raw`\b(?:(?:communicat\w*|talk|chat|discuss|continue|contact|message|connect|reach)\b(?:\s+\w+){0,4}\s+(?:outside|off)\s+(?:of\s+)?${PLATFORM}|(?:e-?mail|mail|text|sms|call|phone|whats ?app|telegram|skype)\s+(?:me|us)\b|(?:reach|contact|find|add)\s+(?:me|us)\s+(?:at|on|via|through|directly|outside|off)\b|my\s+(?:personal\s+)?(?:email|e-mail|phone|cell|mobile|number)(?:\s+address|\s+number)?\s+is\b|off-platform\s+(?:chat|contact|communication))`,
  ),
];
