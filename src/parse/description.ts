/**
 * The body of a post: what the client wrote, without the title, the page's term lines and skills
 * list, and the activity and client sections that follow it. When nothing is left, the whole text is
 * the description, so a bare description comes back as given.
 */
import { prepareDoc, type Doc } from './doc.ts';
import { isClientLine } from './client-signals.ts';
import { isMetaLine } from './meta-lines.ts';
import { trailingSectionStart } from './sections.ts';
import { isSkillsListLine } from './skills.ts';
import { titleLineIndex } from './title.ts';

/**
 * The description from a prepared doc (see `extractDescription`). When the caller already knows
 * the title, the first line is dropped only if it repeats that title.
 */
function descriptionOf(doc: Doc, knownTitle?: string): string {
  const title = knownTitle === undefined ? titleLineIndex(doc) : repeatedTitleLine(doc, knownTitle);
  const from = title === null ? 0 : title + 1;
  const end = trailingSectionStart(doc.lines, from) ?? doc.lines.length;
  const kept: string[] = [];
  for (let i = from; i < end; i += 1) {
    const line = doc.lines[i];
    // The page's skill tags are not the client's words, however long their line runs.
    if (!line || isMetaLine(line.text) || isSkillsListLine(line.text) || isClientLine(line.text)) continue;
    const original = doc.text.slice(line.start, line.end);
    // One blank line between paragraphs is enough.
    if (original === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(original);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.length > 0 ? kept.join('\n') : doc.text.trim();
}

function repeatedTitleLine(doc: Doc, title: string): number | null {
  const first = doc.lines.findIndex((line) => line.text !== '');
  const line = doc.lines[first];
  return line && doc.text.slice(line.start, line.end).toLowerCase() === title.trim().toLowerCase() ? first : null;
}

/** The body text of a post (see the module comment); pass `knownTitle` when the title came separately. */
export function extractDescription(text: string, knownTitle?: string): string {
  return descriptionOf(prepareDoc(text), knownTitle);
}
