/**
 * Questions the client asks applicants to answer. Only questions the post sets apart for
 * applicants count: the items after "please answer", "screening questions", "questions:",
 * "in your proposal, tell me ...", and the like, whether they end with "?" or are asks such as
 * "Describe your experience with X". A question in the prose ("Are you the one?") is rhetoric.
 * Requests for what to send ("Please provide a portfolio ...", "Submit your proposal with links
 * to ...") count wherever they stand, and so do the items under "Please include:".
 */
import { prepareDoc, sentencesOfLine, type Doc, type Span } from './doc.ts';
import { classifyInstruction } from './classify-instruction.ts';
import { isMetaLine, opensPageSection } from './meta-lines.ts';
import { trailingSectionStart } from './sections.ts';

const TRIGGER =
  /\b(?:screening questions?|please answer|answer (?:the|these|this|my|our|a few|some|all|following)\b.{0,60}\bquestions?|(?:following|these|few|some|my|our) questions|questions? (?:for you|for applicants|to answer|below)|you will be asked to answer|in your (?:proposal|application|cover letter|reply|response|bid)\b|when (?:you )?apply(?:ing)?\b.{0,60}\b(?:answer|tell|include|describe|explain|share)|to apply\b.{0,60}\b(?:answer|tell|describe|explain|share|questions?)|please (?:include|tell|describe|share|explain|let (?:me|us) know)\b.{0,120}:$)|^(?:questions?|screening|q&a)\s*:?$/i;
const ASK_START =
  /^(?:please\s+)?(?:describe|tell|explain|share|list|provide|give|name|outline|walk (?:me|us) through|show|let (?:me|us) know|what|what's|how|why|which|when|where|who|do you|did you|are you|have you|can you|could you|would you|will you|is your|is there)\b/i;
const INLINE_ASK = /\b(?:tell|describe|explain|share|answer|let (?:me|us) know|list)\b/i;
const LIST_MARK = /^(?:[-*\u2022\u25aa\u25cf\u2013>]+|\(?\d{1,2}[.)]|[a-z][.)]|q\d{1,2}[.):]?)\s*/i;
const MAX_ITEMS = 20;
// A header that asks for things to send ("Please include:", "To apply, share:"), not for answers: its items need not be questions.
const INCLUDE_HEADER = /^(?:to apply,?\s*)?(?:please\s+)?(?:include|provide|share|send|submit|attach)\b(?![^:]*\bquestions?\b)[^.?!]{0,40}:$/i;
// A request for something to send with the application, wherever it stands in the post.
const REQUEST =
  /^(?:please\s+)?(?:submit|send|share|attach|include|provide)\b.{0,160}\b(?:portfolio|resume|résumé|cv|cover (?:note|letter)|work samples?|samples?|examples? of|links? to|demo|proposal with)\b/i;
// An item under an include-header is a short line, not the next paragraph of the post.
const MAX_ITEM_CHARS = 160;

function stripMark(text: string): string {
  return text.replace(LIST_MARK, '');
}

function isAsk(text: string): boolean {
  const bare = stripMark(text).trim();
  return bare.length >= 8 && bare.length <= 400 && (/\?["')]*$/.test(bare) || ASK_START.test(bare));
}

function isInstruction(text: string): boolean {
  return classifyInstruction(text) !== null;
}

function original(doc: Doc, span: Span): string {
  const raw = doc.text.slice(span.start, span.end);
  const mark = LIST_MARK.exec(span.text);
  return (mark ? raw.slice(mark[0].length) : raw).trim();
}

// The ask on the trigger line itself: what follows a colon, or the sentence that carries "in your proposal, tell me ...".
function inlineAsks(doc: Doc, line: Span): Span[] {
  const colon = line.text.indexOf(':');
  if (colon !== -1 && colon < line.text.length - 1) {
    const after = { text: line.text.slice(colon + 1).trim(), start: 0, end: line.end };
    after.start = line.end - after.text.length;
    return isAsk(after.text) ? [after] : [];
  }
  // A sentence ending in ":" introduces the list below it; it is not itself a question.
  return sentencesOfLine(doc.norm, line).filter(
    (s) => !s.text.endsWith(':') && /\bin your (?:proposal|application|cover letter|reply|response|bid)\b/i.test(s.text) && INLINE_ASK.test(s.text),
  );
}

// Items after a trigger: skip up to two blank lines before the first, stop at the first line that is neither an ask nor a list item.
function itemsAfter(doc: Doc, index: number): { items: Span[]; next: number } {
  const items: Span[] = [];
  const includes = INCLUDE_HEADER.test(doc.lines[index]?.text ?? '');
  // The page's own sections (skills, client history) follow the description: never items.
  const end = trailingSectionStart(doc.lines, index + 1) ?? doc.lines.length;
  let blanks = 0;
  let i = index + 1;
  for (; i < end && items.length < MAX_ITEMS; i += 1) {
    const line = doc.lines[i];
    if (!line) break;
    if (line.text === '') {
      blanks += 1;
      if (blanks > 2) break;
      continue;
    }
    blanks = 0;
    if (opensPageSection(line.text)) break;
    if (isAsk(line.text)) items.push(line);
    else if (includes && line.text.length <= MAX_ITEM_CHARS && !line.text.endsWith(':') && !isMetaLine(line.text)) items.push(line);
    else if (!LIST_MARK.test(line.text)) break;
  }
  return { items, next: i };
}

/** The screening questions, in order, as written (list marks removed, no duplicates). */
export function findScreeningQuestions(text: string): string[] {
  const doc = prepareDoc(text);
  const out: string[] = [];
  let i = 0;
  while (i < doc.lines.length) {
    const line = doc.lines[i];
    if (!line || !TRIGGER.test(line.text)) {
      i += 1;
      continue;
    }
    const { items, next } = itemsAfter(doc, i);
    for (const span of [...inlineAsks(doc, line), ...items]) {
      // A question that also carries an instruction keeps its question; the instruction is read apart.
      const asks = isInstruction(span.text) ? sentencesOfLine(doc.norm, span).filter((s) => isAsk(s.text) && !isInstruction(s.text)) : [span];
      for (const ask of asks) {
        const question = original(doc, ask);
        if (question !== '' && !out.includes(question)) out.push(question);
      }
    }
    i = Math.max(next, i + 1);
  }
  for (const line of doc.lines.slice(0, trailingSectionStart(doc.lines) ?? doc.lines.length)) {
    for (const sentence of sentencesOfLine(doc.norm, line)) {
      if (!REQUEST.test(stripMark(sentence.text)) || isInstruction(sentence.text)) continue;
      const request = original(doc, sentence);
      if (request !== '' && !out.some((known) => known.includes(request) || request.includes(known))) out.push(request);
    }
  }
  return out;
}
