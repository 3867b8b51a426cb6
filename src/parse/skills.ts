/**
 * The skills a post lists under "Skills and Expertise" (one per line, as pages paste them) or
 * "Skills: a, b, c". Prose lines end the list, and so do the page's next headings.
 */
import { originalOf, prepareDoc, type Doc } from './doc.ts';
import { isMetaLine } from './meta-lines.ts';
import { clientSectionStart } from './sections.ts';

// Inline values only after a colon, so "Skills & Qualifications" (a prose heading) is not a list.
const HEADING = /^(?:skills(?: and | & )expertise|(?:required |mandatory |key |desired )?skills(?: required| needed)?|expertise|tags)\s*(?::\s*(.*))?$/i;
const SUB_HEADING =
  /^(?:mandatory|required|nice[- ]to[- ]have|preferred|optional|other|additional)\s+skills\s*:?$|^(?:skills|tools|languages|frameworks)\s*:$/i;
const STOP =
  /^(?:activity on this job|about the (?:client|buyer)|proposals\s*:|interviewing\s*:|invites sent\s*:|project type|preferred qualifications|client(?:'s)? recent history|payment (?:method )?(?:verified|not verified|unverified)|member since|job link|connects|send a proposal|how to apply|to apply|responsibilities|requirements|about (?:us|the (?:role|job|project)))\b/i;
const MORE = /^\+?\s*\d+\s+more$|^(?:show|see) (?:more|less)$/i;
const MAX_SKILL = 60;
const MAX_SKILLS = 50;

function splitList(value: string): string[] {
  return value
    .split(/\s*[,;|•·]\s*/)
    .map((s) => s.replace(/^[-*\u2022]\s*/, '').trim())
    .filter((s) => s !== '' && !MORE.test(s));
}

function isSkillLine(text: string): boolean {
  const bare = text.replace(/^[-*\u2022]\s*/, '');
  return bare.length > 0 && bare.length <= MAX_SKILL && !/[.!?:]$/.test(bare) && bare.split(/\s+/).length <= 6;
}

function collect(doc: Doc, from: number, end: number, into: string[]): void {
  let blanks = 0;
  for (let i = from; i < end && into.length < MAX_SKILLS; i += 1) {
    const line = doc.lines[i];
    if (!line) break;
    if (line.text === '') {
      blanks += 1;
      if (blanks >= 2 && into.length > 0) return;
      continue;
    }
    blanks = 0;
    // Page lines such as "Proposals: 20 to 50" or "Hourly" end the list: they are labels, not skills.
    if (STOP.test(line.text) || HEADING.test(line.text) || isMetaLine(line.text)) return;
    if (SUB_HEADING.test(line.text) || MORE.test(line.text)) continue;
    if (!isSkillLine(line.text)) {
      if (line.text.includes(',') && line.text.length <= 300) {
        into.push(...splitList(originalOf(doc, line.start, line.end)));
        continue;
      }
      return;
    }
    into.push(...splitList(originalOf(doc, line.start, line.end)));
  }
}

/**
 * True when `line` (normalised, trimmed) lists skills after a label, however long the list runs:
 * "Skills: Python, SQL" lists skills; "Skills needed for success include..." is prose.
 */
export function isSkillsListLine(line: string): boolean {
  const inline = HEADING.exec(line)?.[1] ?? '';
  return inline !== '' && line.length <= 300 && (inline.includes(',') || isSkillLine(inline));
}

/** The listed skills, in order, without duplicates (case-insensitive); empty when the post lists none. */
export function parseSkills(text: string): string[] {
  const doc = prepareDoc(text);
  const end = clientSectionStart(doc.lines) ?? doc.lines.length;
  const found: string[] = [];
  for (let i = 0; i < end; i += 1) {
    const line = doc.lines[i];
    const m = line ? HEADING.exec(line.text) : null;
    if (!line || !m) continue;
    const inline = m[1] ?? '';
    if (inline !== '') {
      if (isSkillsListLine(line.text)) found.push(...splitList(originalOf(doc, line.end - inline.length, line.end)));
      continue;
    }
    collect(doc, i + 1, end, found);
  }
  const seen = new Set<string>();
  return found
    .map((s) => s.slice(0, MAX_SKILL * 2))
    .filter((s) => {
      const key = s.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
