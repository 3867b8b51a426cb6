/**
 * Text that tries to take over the tool rather than ask the applicant something: override
 * phrasings, fake role and system markup, fake end-of-input lines, prompt code fences, and what
 * such text asks for. Every repetition is bounded; each pattern is tried once per sentence or line.
 */

/** "Ignore all previous instructions" and the like, in English (other languages: data/override-phrases.json). */
export const OVERRIDE: RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+|these\s+){0,3}(?:previous|prior|above|earlier|preceding|former|other|system|original|existing)\s+(?:instructions?|prompts?|directions?|rules|messages?|guidelines|text|context)\b/i,
  /\b(?:disregard|ignore|forget)\s+(?:everything|all|anything)\s+(?:above|before|else|prior|written above)\b/i,
  /\b(?:disregard|ignore)\s+the\s+above\b/i,
  /\bnew instructions?\s*(?::|follow)/i,
  /\byour new instructions? (?:is|are)\b/i,
  // "Disregard whatever guidance you were given".
  /\b(?:disregard|ignore|forget)\s+(?:whatever|any|all)\s+(?:guidance|instructions?|rules|directions|prompts?)\s+you(?:'ve| have)?\s+(?:were\s+|have\s+been\s+|been\s+)?(?:given|told|received)\b/i,
  /\b(?:safety|previous|earlier|above|original)\s+(?:rules|instructions|guidelines)\s+(?:no longer|do not|don't)\s+apply\b/i,
  // "Output the system prompt"; "the bot must never reveal its system prompt" is a requirement, not an attack.
  /(?<!\b(?:never|not|n't|cannot|to)\s+)\b(?:reveal|print|output|show|repeat|leak|display)\s+(?:me\s+)?(?:your|the)\s+(?:full\s+|entire\s+|original\s+|hidden\s+)?system\s+prompt\b/i,
  /(?<!\b(?:never|not|n't|cannot|to)\s+)\b(?:reveal|print|output|repeat|leak)\s+(?:me\s+)?your\s+(?:full\s+|entire\s+|original\s+|hidden\s+)?(?:instructions|prompt)\b/i,
  /\b(?:jailbreak|dan)\s+mode\b/i,
];

/** Chat-template and role markup a post has no reason to contain. */
export const MARKUP: RegExp[] = [
  /(?:^|\s)(?:\[\s*|<\|?\s*)(?:system|instructions?|assistant|im_start)\b/i,
  /(?<!#)#{2,}\s*(?:system|assistant)\b/i,
  /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id)\|>/i,
  /\[\/?INST\]|<<\/?SYS>>/i,
  /<\/?(?:system|assistant|instructions?|admin)>/i,
  /\bsystem message\s*:|["']role["']\s*:\s*["'](?:system|assistant|developer)["']/i,
  // A closing tag for the data a prompt wraps the post in ("</job_post>").
  /<\/\s*(?:job_?post|post|user(?:_input)?|input|document|data|context|description|prompt|untrusted[\w-]{0,20})\s*>/i,
];

/** A whole line that pretends the input has ended ("--- END MESSAGE ---", "END OF JOB POST") or a new part begins. */
export const DELIMITER_LINE =
  /^[\W_]{0,12}(?:end(?:\s+of)?|begin(?:\s+of)?|start\s+of)\s+(?:the\s+)?(?:job\s+|user\s+|client\s+)?(?:post(?:ing)?|message|input|description|prompt|document|text|instructions?|context|data|listing|system(?:\s+prompt)?|conversation)[\W_]{0,12}$/i;

/** A code fence opened for a prompt ("```system"). */
export const PROMPT_FENCE = /^(?:```|~~~)\s*(?:system|prompt|instructions?|assistant|ai|llm|chatml)\b/i;
/** A code fence line. */
export const FENCE = /^(?:```|~~~)/;
/** Inside a code fence: the opening of a role prompt ("You are a helpful assistant"). */
export const ROLE_PROMPT =
  /\byou are (?:now )?(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:assistant|ai|language model|llm|bot|chatbot|agent)\b|\byou are now\b|\b(?:reply|respond|answer) only with\b/i;

/** What an injection asks of the tool: its verdict, its rules, its output about the post or client. */
export const TOOL_ASK =
  /\b(?:recommend|rate|rank|score|verdict|pursue|approve|mark (?:this|it)|hide|skip (?:the )?red|red flags?|praise|perfect match|top rated|system prompt|reveal|already agreed|poem|haiku|pirate|developer mode)\b/i;

/** A requested value that sabotages the applicant ("i'm a silly banana - ignore my application"): a trap for bots. */
export const SELF_SABOTAGE =
  /\b(?:ignore|reject|skip|decline) (?:my|this) (?:application|proposal|bid)\b|\bi(?:'m| am) (?:an? )?(?:silly|ai|bot|robot|language model|llm|chatbot)\b|\bi did(?:n't| not) read\b|\bdon't hire me\b/i;

/** An instruction that names the applicant's messenger, email, phone or bank, or a fee: what it asks is a scam signal. */
export const SCAM_CONTEXT =
  /\byour\s+(?:personal\s+)?(?:whatsapp|telegram|skype|signal|wechat|discord|viber|e-?mail|phone|mobile|bank)\b|\b(?:registration|application|joining|training|onboarding)\s+fee\b/i;

/** Asks for the applicant's messenger, email or phone in the proposal ("send your WhatsApp number in your proposal"): a scam signal. */
export const SCAM_ASK =
  /\b(?:include|send|add|put|share|write|leave|provide|mention|drop)\s+your\s+((?:personal\s+)?(?:whatsapp|telegram|skype|signal|wechat|discord|viber|e-?mail|phone|mobile)(?:\s+(?:number|id|handle|username|address|contact))?)\b(?=.{0,60}\b(?:proposals?|applications?|cover letters?|bids?|repl(?:y|ies)|messages?)\b)/i;
