/**
 * The skills the case study builder recognises in free notes: every skill named in the task
 * pattern table plus common tools, minus words too ordinary to signal a skill on their own (the
 * lists are in content/known-skills.json).
 */
import { firstTermMatch } from '../../../text/text.ts';
import { offlineContent } from '../content/load-content.ts';

let known: readonly string[] | null = null;

/**
 * Known skill names (content/known-skills.json plus the skills of every task pattern), each once,
 * longest first so "google ads" is found before "ads". Built on first use.
 */
export function knownSkills(): readonly string[] {
  if (known !== null) return known;
  const { taskPatterns, knownSkills: lists } = offlineContent();
  const tooOrdinary = new Set(lists.tooOrdinary);
  known = [...new Set([...taskPatterns.flatMap((pattern) => pattern.skills), ...lists.extraSkills].map((skill) => skill.toLowerCase()))]
    .filter((skill) => skill.length >= 3 && !tooOrdinary.has(skill))
    .sort((a, b) => b.length - a.length);
  return known;
}

/** The known skills named in `text`, as the text spells them, each once, in order of first mention. */
export function findKnownSkills(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  const taken: Array<[number, number]> = [];
  for (const skill of knownSkills()) {
    const match = firstTermMatch(text, skill);
    if (match === undefined) continue;
    const start = match.index;
    const end = start + match.text.length;
    // "google ads" already claimed these characters; do not also report "ads" inside it.
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    taken.push([start, end]);
    found.push({ at: start, name: match.text });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.name);
}
