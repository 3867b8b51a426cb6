/**
 * The shapes of off-platform routes other than emails and phone numbers: messenger links and
 * handles, calendar links, social profiles, and requests in words ("continue on Telegram",
 * "contact me outside Upwork"). Data for src/text/contact.ts; every repetition is bounded.
 */

/** What a contact hit is, as a sentence names it ("The draft contains a phone number"). */
export type ContactKind =
  | 'an email address'
  | 'a phone number'
  | 'a messenger link'
  | 'a messenger handle'
  | 'a calendar link'
  | 'a social profile'
  | 'an off-platform route';

const MESSENGER = '(?:whats ?app|telegram|skype|discord|signal|wechat|viber|kik|imessage|google chat|hangouts)';
const SOCIAL = '(?:linkedin|instagram|facebook|twitter|tiktok)';
const PLATFORM = String.raw`(?:upwork|fiverr|freelancer(?:\.com)?|the platform|this platform|this site)`;
const ROUTE_VERB =
  '(?:contact|message|msg|reach|text|add|dm|ping|call|chat|talk|send|get in touch|hit|write|find|join|connect|continue|move|switch|communicate|discuss|reply|respond|follow)';
const LINK_TAIL = String.raw`[^\s<>"')\],;]{1,100}`;

/** A messenger or social network named as the work's topic when one of these follows it. */
export const MESSENGER_TOPIC =
  /^\s*(?:business\s+)?(?:api|bots?|chatbots?|integrations?|groups?|channels?|communit(?:y|ies)|servers?|marketing|ads?|campaigns?|automation|mini apps?|sdk|webhooks?|flows?|templates?|broadcasts?|stickers?|stores?|shops?|pages?|content|posts?|reels?)\b/i;

/** Each route's pattern and kind; `route` marks a request in words, which a negation cancels. */
export const CONTACT_ROUTES: readonly { kind: ContactKind; pattern: RegExp; route: boolean }[] = [
  {
    kind: 'a messenger link',
    pattern: new RegExp(
      String.raw`\b(?:https?://)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me|telegram\.dog|discord\.gg|discord(?:app)?\.com/invite|join\.skype\.com|signal\.me|m\.me|viber\.click|line\.me)/${LINK_TAIL}`,
      'gi',
    ),
    route: false,
  },
  {
    kind: 'a calendar link',
    pattern: new RegExp(
      String.raw`\b(?:https?://)?(?:www\.)?(?:calendly\.com|cal\.com|savvycal\.com|tidycal\.com|zcal\.co|meetings\.hubspot\.com)/${LINK_TAIL}`,
      'gi',
    ),
    route: false,
  },
  {
    kind: 'a social profile',
    pattern: new RegExp(
      String.raw`\b(?:https?://)?(?:www\.)?(?:linkedin\.com/(?:in|pub)/|instagram\.com/|facebook\.com/|fb\.com/|twitter\.com/|x\.com/|tiktok\.com/@)${LINK_TAIL}`,
      'gi',
    ),
    route: false,
  },
  {
    // "Telegram: @quickhire", "Skype ID: live:.cid.3f2a", "Discord: rowan#1234", "my Skype is rowan.pike".
    kind: 'a messenger handle',
    pattern: new RegExp(
      String.raw`\b(?:${MESSENGER}|${SOCIAL})\s{0,3}(?:id|handle|username|user|name|number|tag)?\s{0,3}(?:[:=-]|is)?\s{0,3}(?:@[\w.]{2,32}|live:[\w.:-]{1,60}|\+\d|[\w.]{2,32}#\d{4}\b)|\bmy\s+${MESSENGER}\s+(?:(?:id|handle|username|name)\s+)?is\s+[\w.@:-]{2,60}|\b[\w.]{2,32}#\d{4}\b(?=[^\n]{0,60}\bdiscord\b)|\bdiscord\b[^\n.]{0,60}?\b[\w.]{2,32}#\d{4}\b`,
      'gi',
    ),
    route: false,
  },
  {
    // A request to move the chat with no handle yet: "continue on Telegram", "DM me on Instagram".
    // A social network counts only with "me"/"us" in the request: "reach out to prospects on LinkedIn" is the work.
    kind: 'an off-platform route',
    pattern: new RegExp(
      String.raw`\b${ROUTE_VERB}\b[^.?!\n]{0,40}?\b(?:on|to|via|over|through|at|in|with)\s+(?:me\s+on\s+)?(?:my\s+|our\s+)?${MESSENGER}\b|\b${ROUTE_VERB}\s+(?:with\s+|to\s+)?(?:me|us)\b[^.?!\n]{0,20}?\b(?:on|via|at|through|over)\s+(?:my\s+|our\s+)?${SOCIAL}\b|\b(?:see|check|visit|view)\s+(?:out\s+)?my\s+${SOCIAL}\b|\bmy\s+${MESSENGER}\b|\bjoin\s+(?:our|my|the)\s+${MESSENGER}\b`,
      'gi',
    ),
    route: true,
  },
  {
    kind: 'an off-platform route',
    pattern: new RegExp(
      String.raw`\b(?:(?:communicat\w*|talk|chat|discuss|continue|contact|message|connect|reach)\b(?:\s+\w+){0,4}\s+(?:outside|off)\s+(?:of\s+)?${PLATFORM}|(?:e-?mail|mail|text|sms|call|phone|whats ?app|telegram|skype)\s+(?:me|us)\b|(?:reach|contact|find|add)\s+(?:me|us)\s+(?:at|on|via|through|directly|outside|off)\b|my\s+(?:personal\s+)?(?:email|e-mail|phone|cell|mobile|number)(?:\s+address|\s+number)?\s+is\b|off-platform\s+(?:chat|contact|communication))`,
      'gi',
    ),
    route: true,
  },
];
