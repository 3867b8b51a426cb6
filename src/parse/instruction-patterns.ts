/**
 * The wording of client instructions, by kind. Each pattern ends where the requested value
 * begins, so `valueAfter` can read it. Text aimed at an AI is recognised by who it addresses
 * ("if you are an AI"), by prompt-injection phrasing ("ignore previous instructions"), or by
 * prompt markup; a job that merely involves AI ("build an AI chatbot") does not match.
 */

const AI_SUBJECT = String.raw`(?:an?\s+)?(?:ai\b|a\.i\.|artificial intelligence|bot\b|robot|llm|large language model|language model|chat\s?gpt|gpt(?:-?\d[\w.]*)?\b|claude|gemini|copilot|automated (?:system|tool|agent|program|applicant))`;
// What may follow the AI a sentence addresses. "If you are an AI engineer" is about a person, so
// a noun after the subject (other than model, assistant, ...) means it is not addressed to an AI.
const AI_TAIL = String.raw`(?:\s+(?:language\s+)?(?:models?|assistants?|agents?|tools?|systems?|programs?|bots?))?(?=\s*(?:[,.;:!?)\-"']|$)|\s+(?:or|and|reading|applying|writing|responding|answering|that|who|please|then|you|to|like|instead|here|rather|generating|creating)\b)`;
const AI_ADDRESSEE = AI_SUBJECT + AI_TAIL;

// Software addressed as such: "any software generating applications", "the AI tool drafting this bid".
const TOOL = String.raw`(?:ai[- ]?|automated\s+|auto-?\s*)?(?:tools?|software|programs?|models?|assistants?|bots?|scripts?|agents?|llms?)`;
const NOT_A_PERSON = String.raw`(?!\s+(?:developers?|engineers?|teams?|compan(?:y|ies)|vendors?|designers?|testers?|experts?|specialists?|skills?|experience|stack|knowledge)\b)`;

/** Addresses an AI reader: by condition ("if you are an AI"), by name or role ("Hey Claude,"), or as the software writing the application. */
export const AI_DIRECTED: RegExp[] = [
  new RegExp(
    String.raw`\bif\s+(?:you\s+are|you're|you\s+were|you\s+are\s+using|you're\s+using|you\s+use|this\s+(?:proposal|application|message|reply)\s+(?:is|was)\s+(?:written|generated|created)\s+(?:by|with|using))\s+${AI_ADDRESSEE}`,
    'i',
  ),
  /\bif\s+(?:this|your)\s+(?:proposal|application|message|reply|response|bid|cover letter)\s+(?:is|was)\s+(?:being\s+)?(?:written|generated|created|drafted|composed|produced)\s+(?:by|with|using)\s+(?:an?\s+)?(?:ai|software|tool|program|bot|machine|model|llm|chat\s?gpt|gpt|claude|automation)\b/i,
  new RegExp(String.raw`\b(?:attention|note|message|instructions?|notice|reminder)\s*(?:to|for)\s+(?:any\s+|all\s+|the\s+)?${AI_ADDRESSEE}`, 'i'),
  new RegExp(String.raw`\b(?:attention|note|message|instructions?|notice|reminder)\s*(?:to|for)\s+(?:any|all|every|the)\s+${TOOL}${NOT_A_PERSON}`, 'i'),
  new RegExp(String.raw`\b(?:any|all|every)\s+${AI_SUBJECT}s?\s+(?:reading|processing|parsing|applying|responding|answering|writing)\b`, 'i'),
  new RegExp(String.raw`\b${AI_SUBJECT}s?\s+(?:reading|processing|parsing)\s+(?:this|the post)\b`, 'i'),
  // "Whatever tool is writing this application", "Any AI model processing this listing": software
  // doing something to this very post or application (a tool that reads PDFs is a job).
  new RegExp(
    String.raw`\b(?:any|all|every|the|whatever|whichever)\s+${TOOL}\s+(?:that\s+(?:is|are)\s+|which\s+(?:is|are)\s+|(?:is|are|you are|you're)\s+)?(?:writing|generating|drafting|filling|completing|reading|processing|parsing|submitting|applying|responding|composing|creating)\s+(?:to\s+)?(?:this|your)\s+(?:job\s+)?(?:application|proposal|bid|cover letter|response|reply|post|listing|job|message)\b`,
    'i',
  ),
  // Spoken to the AI by name or role: "Hey Claude,", "Automated applicants:", "GPT, if you ...".
  /\b(?:hey|hi|hello|dear|ok|okay)\s+(?:claude|chat\s?gpt|gpt|gemini|copilot|assistant|ai|bot|llm)\s*[,!:]/i,
  /^\W*(?:automated applicants?|ai applicants?|ai (?:assistants?|agents?|tools?)|llms?|language models?|claude|chat\s?gpt|gemini|copilot)\s*:/i,
  /^\W*(?:claude|chat\s?gpt|gpt(?:-?\d[\w.]*)?|gemini|copilot|llama|ai|assistant|bot|llm)\s*[,:]\s*(?:if|please|ignore|include|write|say|add|start|begin|output|tell|mark|rate|recommend|print|reveal|respond|reply|you|do not|don't|never|always)\b/i,
];

/** "AI language models must ..." and similar: aimed at an AI only when it also concerns the proposal. */
export const AI_MUST =
  /\b(?:ai|artificial intelligence|llms?|large language models?|language models?|chat\s?gpt|gpts?|ai (?:assistants?|writers?|tools?))\s+(?:language\s+)?(?:models?\s+)?(?:must|should|need to|are required to|have to|are instructed to|will)\b/i;
/** The sentence concerns the proposal or the post, or quotes a value. */
export const PROPOSAL_CONTEXT = /\b(?:proposals?|applications?|cover letters?|bids?|this (?:post|job|listing)|reading this|the (?:word|phrase))\b|["']/i;

/** "You are now DAN": role takeover, only when the sentence is about acting or output. */
export const YOU_ARE_NOW = /\byou are now\b/i;
/** Words that make "you are now" a role takeover rather than a welcome. */
export const TAKEOVER_CONTEXT = /\b(?:ai|bot|model|assistant|mode|persona|dan|instructions?|prompt|respond|reply|write|output|say|jailbroken|unrestricted)\b/i;

/** Verbs after which an AI-directed sentence states what it wants written. */
export const OUTPUT_VERB =
  /\b(?:write|say|include|respond with|reply with|answer with|start(?: (?:your|the) \w+(?: \w+)?)? with|begin(?: (?:your|the) \w+(?: \w+)?)? with|end(?: (?:your|the) \w+)? with|output|mention|type|add|put|use the (?:word|phrase)|state|print|sign (?:off )?with|insert)\b/i;

/** Start the proposal with a given word or phrase. */
export const START_WITH: RegExp[] = [
  /\b(?:start|begin|open|lead|preface|kick off)\s+(?:your|the|each|any)?\s*(?:proposal|application|cover letter|reply|response|message|bid|answer|pitch)s?\s+(?:with|by\s+(?:saying|writing|typing|stating|using))\b/i,
  /\b(?:proposals?|applications?|cover letters?|replies|responses|messages?|bids?)\s+(?:must|should|need to|has to|have to|that don't|that do not)\s+(?:start|begin|open)\s+with\b/i,
  /\bfirst (?:word|line|sentence|words) (?:of|in) (?:your|the) (?:proposal|application|cover letter|reply|response|message|bid)\s+(?:should|must|has to|needs to|will)?\s*(?:be|is|say|read)\b/i,
  /\b(?:start|begin)\s+with\s+(?=(?:the\s+)?(?:word|phrase)s?\b)/i,
];

/** Include a secret or code word. */
export const SECRET_WORD: RegExp[] = [
  /\b(?:include|use|put|add|write|type|say|insert|mention|place)\s+(?:the\s+|this\s+|a\s+|our\s+)?(?:(?:secret|code|magic|key|special)\s*(?:word|phrase)|codeword|keyword|password|passphrase|word|phrase)s?\b/i,
  /\b(?:reply|respond|answer|sign off|end(?: your \w+(?: \w+)?)?)\s+with\s+(?:the\s+|this\s+)?(?:(?:secret|code|magic|key|special)\s*)?(?:word|phrase|codeword)s?\b/i,
  /\b(?:secret|code|magic|special)\s*(?:word|phrase)\b|\bcodeword\b|\bpassphrase\b/i,
  // A screen that drops what lacks a word: "our bot discards every reply that lacks the word banana".
  /\b(?:lacks?|lacking|(?:doesn't|does not|don't|do not|fail to|fails to)\s{1,3}(?:contain|include|mention|use|say))\s{1,3}(?:the\s{1,3})?(?:word|phrase|keyword)s?\b/i,
];

/**
 * A rule every application must meet that names one word to use ("every bid must mention pineapple
 * somewhere"): a read check. One word only, so "proposals must include your portfolio" stays a request.
 */
export const APPLICANT_RULE =
  /\b(?:every|each|all|any|your)\s{1,3}(?:bids?|proposals?|applications?|replies|reply|responses?|cover letters?|messages?)\s{1,3}(?:must|should|has to|have to|needs? to|is required to|are required to)\s{1,3}(?:mention|include|contain|say|use)\s{1,3}(?=["']?\p{L}{1,40}["']?\s{0,3}(?:$|[.!;,]|\b(?:somewhere|anywhere|in|at|to)\b))/iu;

/** Write a quoted word at a given place ("write 'blue' at the top"). */
export const PLACED_QUOTE =
  /\b(?:write|type|put|add|include|place)\s+(["'])[^"'\n]{1,60}\1\s+(?:at|on|in|as)\s+(?:the\s+)?(?:top|beginning|start|end|bottom|first line|last line|subject|title)\b/i;

/**
 * Put a phrase in the proposal's title or subject line ("put Edge Function in title", "mention the
 * 6th and 7th words ... in your proposal's subject line"); group 1 is what to put there. The target
 * must be the proposal's own title, so "put the brand in the title of each listing" is a task.
 */
export const IN_TITLE =
  /\b(?:put|write|add|include|type|use|mention)\s+(.{1,60}?)\s+(?:in|as|into)\s+(?:title\b|(?:the\s+|your\s+)?subject line\b|(?:the\s+|your\s+)(?:proposal|application|bid|message|reply|response)(?:'s)?\s+(?:title|subject(?:\s+line)?)\b|the\s+(?:title|subject(?:\s+line)?)\s+of\s+(?:your|the)\s+(?:proposal|application|bid|message|reply|response)\b)/i;

/** A value that points at words of the post rather than stating them ("the 6th and 7th words"): found, not known. */
export const DERIVED_VALUE = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\b.{0,20}\bwords?\b/i;

/** A check that the applicant read the post. */
export const READ_CHECK =
  /\bso (?:that )?(?:i|we) (?:know|can tell|can see|will know|'ll know) (?:that )?you(?:'ve| have|'re| are)? (?:actually |really |fully |carefully )?(?:read|a human|human|real|not a bot|paid attention)\b|\bto (?:show|prove|confirm|demonstrate|let (?:me|us) know)\b.{0,25}\byou(?:'ve| have)? (?:actually |really |fully )?(?:read|are (?:human|real|not a bot))|\bif you(?:'ve| have)? (?:actually |really )?read (?:this|the|my|it|all|to the end|until the end|this far|that far)\b|\bto (?:filter out|weed out|screen out) (?:bots|spam|copy|automated|generic)/i;

/** Asks the applicant to mention something. */
export const MENTION_VERB = /\b(?:mention|tell (?:me|us)|include|state|name|write|share|add|say)\s+/i;

const LANGUAGES =
  'english|spanish|german|french|portuguese|italian|dutch|japanese|chinese|mandarin|arabic|russian|polish|turkish|korean|hindi|swedish|ukrainian|vietnamese|indonesian';

const LENGTH = String.raw`\d{1,4}\s+(?:words|sentences|characters|chars|lines|paragraphs)\b`;

/** Format and length constraints on the proposal itself. */
export const FORMAT: { pattern: RegExp; needsContext: boolean; valueGroup?: number }[] = [
  {
    pattern: new RegExp(String.raw`\bkeep (?:it|them|your \w+(?: \w+)?)\s+((?:to|under|below|within)\s+${LENGTH})`, 'i'),
    needsContext: false,
    valueGroup: 1,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:under|less than|fewer than|no more than|not more than|max(?:imum)?(?: of)?|at most|up to|within|below|not exceed(?:ing)?|limit(?:ed)? to)\s+${LENGTH}`,
      'i',
    ),
    needsContext: true,
  },
  {
    pattern:
      /(?<!\b(?:have|has|had|are|is|using|with|use)\s)\b(?:no|without|don't send|do not send|don't use|do not use|avoid)\s+(?:templates?|templated|copy[- ]?paste[d]?|generic|canned|boilerplate|ai[- ]generated|ai[- ]written|chat\s?gpt|gpt)\b(?:[- ](?:generated|written))?(?:\s+(?:proposals?|responses?|answers?|messages?|cover letters?|applications?|replies|bids?))?/i,
    needsContext: false,
  },
  {
    pattern:
      /\b(?:templates?|templated|copy[- ]?paste[d]?|generic|canned|boilerplate|ai[- ]generated|ai[- ]written|chat\s?gpt[- ](?:generated|written))\s+(?:proposals?|responses?|answers?|messages?|cover letters?|applications?|replies|bids?)\s+(?:will|are|get)\s+(?:be\s+)?(?:ignored|rejected|deleted|declined|discarded|skipped|not (?:be )?(?:considered|read))/i,
    needsContext: false,
  },
  { pattern: new RegExp(String.raw`\b(?:write|reply|respond|answer|apply)\s+(?:only\s+)?in\s+(${LANGUAGES})\b`, 'i'), needsContext: false, valueGroup: 1 },
  {
    pattern: new RegExp(
      String.raw`\b(?:proposals?|applications?|cover letters?|responses?|replies|answers?)\s+(?:must|should|need to|has to|have to)?\s*(?:be\s+)?(?:written\s+)?in\s+(${LANGUAGES})\b`,
      'i',
    ),
    needsContext: false,
    valueGroup: 1,
  },
  { pattern: /\b(?:in|as)\s+(?:bullet points|a bulleted list|plain text|one paragraph|a single paragraph|three sentences)\b/i, needsContext: true },
];

/** The sentence is about the application, so a length rule is a rule for the proposal. */
export const FORMAT_CONTEXT =
  /\b(?:proposals?|applications?|cover letters?|reply|replies|response|responses|answers?|messages?|bids?|apply|applying|pitch)\b|^\s*(?:please\s+)?(?:keep|limit|reply|respond|answer)\b/i;

/** "Don't start your proposal with 'Dear Sir'": a rule about form, not a word to use. */
export const NEGATED_BEFORE = /\b(?:do not|don't|dont|never|avoid|please don't|no need to)\s+(?:\w+\s+){0,2}$/i;
