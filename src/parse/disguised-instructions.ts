/**
 * Text aimed at an AI that a reader of the page would not see as such: hidden in Unicode tag
 * characters, split by invisible characters, encoded as base64 or hex, or a second "About the
 * client" block typed into the description to pass for the page's own. Each becomes an
 * instruction whose text says what was hidden and what it reads; none is ever acted on.
 */
import type { Instruction } from '../domain/schemas.ts';
import { decodeBlobs } from '../text/decode-blobs.ts';
import { matchingCopy } from '../text/fold.ts';
import { findHiddenText } from '../text/hidden-text.ts';
import { isClientLine } from './client-signals.ts';
import type { Doc } from './doc.ts';
import { classifyInstruction } from './classify-instruction.ts';
import { copiedClientBlocks } from './sections.ts';

// Fewer split words than this can be a stray character from a web page.
const MIN_SPLIT_WORDS = 3;
const MAX_SHOWN = 300;

const clipped = (text: string): string => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}...` : text);

/**
 * Hidden or encoded text as an instruction aimed at an AI: what it asks when it asks something
 * (a plain ask becomes a canary: no person can read it), else an injection with no value.
 */
function hiddenInstruction(label: string, hidden: string): Instruction {
  const readable = matchingCopy(hidden).trim();
  const found = classifyInstruction(readable);
  const value = found?.value ? readable.slice(found.value.start, found.value.end).trim() || null : null;
  const purpose = found === null ? 'injection' : found.purpose === 'read_check' ? 'ai_canary' : found.purpose;
  return { kind: 'ai_directed', purpose, text: `${label}: "${clipped(readable)}"`, value };
}

/** Instructions a post hides from its readers (see the module comment); `raw` is the post before cleaning. */
export function disguisedInstructions(raw: string, doc: Doc): Instruction[] {
  const out: Instruction[] = [];
  const hidden = findHiddenText(raw);
  for (const text of hidden.tagged) out.push(hiddenInstruction('Hidden in invisible Unicode tag characters', text));
  if (hidden.splitWords >= MIN_SPLIT_WORDS) {
    out.push({
      kind: 'ai_directed',
      purpose: 'injection',
      text: `Invisible characters split words ${hidden.splitWords} times (text hidden from readers and filters)`,
      value: null,
    });
  }
  for (const blob of decodeBlobs(doc.norm)) {
    if (classifyInstruction(matchingCopy(blob.decoded)) === null) continue;
    out.push(hiddenInstruction(`${blob.encoding} "${clipped(blob.encoded)}" decodes to`, blob.decoded));
  }
  for (const block of copiedClientBlocks(doc.lines, isClientLine)) {
    const facts = doc.lines.slice(block.start + 1, block.end).flatMap((line) => (line.text === '' ? [] : [doc.text.slice(line.start, line.end)]));
    out.push({
      kind: 'ai_directed',
      purpose: 'scam',
      text: `A second "About the client" block inside the description (the page's own client section is used): "${clipped(facts.join(' | '))}"`,
      value: null,
    });
  }
  return out;
}
