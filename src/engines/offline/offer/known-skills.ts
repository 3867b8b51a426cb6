/**
 * The skills the case study builder recognises in free notes: every skill named in the task
 * pattern table plus common tools, minus words too ordinary to signal a skill on their own.
 */
import { termPattern } from '../../../text/text.ts';
import { TASK_PATTERNS } from '../data/task-patterns.ts';

const EXTRA_SKILLS: readonly string[] = [
  'typescript', 'javascript', 'react', 'vue', 'angular', 'svelte', 'node.js', 'django', 'flask', 'rails', 'laravel',
  'postgresql', 'mysql', 'mongodb', 'aws', 'gcp', 'azure', 'docker', 'kubernetes', 'hubspot', 'salesforce',
  'notion', 'airtable', 'google analytics', 'ga4', 'google tag manager', 'canva', 'photoshop', 'premiere pro',
  'indesign', 'tailwind', 'html', 'css', 'seo', 'copywriting', 'zapier',
];

// Ordinary words that appear in any notes; as a skill they would be noise.
const TOO_ORDINARY = new Set([
  'make', 'copy', 'research', 'email', 'video', 'book', 'search', 'audio', 'conversion', 'catalog', 'memoir', 'b2b',
  'mobile', 'interviews', 'surveys', 'typing', 'messaging', 'storytelling', 'website', 'online store', 'backend',
  'reporting', 'analytics', 'automation', 'integrations', 'article', 'articles', 'blog', 'newsletter', 'logo',
  'presentation', 'drawing', 'captions', 'subtitles', 'transcribing', 'translator', 'illustrator',
  'landing page', 'dashboard', 'forecasting', 'spreadsheets', 'data processing', 'administrative support', 'lab',
]);

/** Known skill names, each once, longest first so "google ads" is found before "ads". */
export const KNOWN_SKILLS: readonly string[] = [
  ...new Set([...TASK_PATTERNS.flatMap((pattern) => pattern.skills), ...EXTRA_SKILLS].map((skill) => skill.toLowerCase())),
]
  .filter((skill) => skill.length >= 3 && !TOO_ORDINARY.has(skill))
  .sort((a, b) => b.length - a.length);

/** The known skills named in `text`, as the text spells them, each once, in order of first mention. */
export function findKnownSkills(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  const taken: Array<[number, number]> = [];
  for (const skill of KNOWN_SKILLS) {
    const match = termPattern(skill, 'iu').exec(text);
    if (match === null) continue;
    const start = match.index;
    const end = start + match[0].length;
    // "google ads" already claimed these characters; do not also report "ads" inside it.
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    taken.push([start, end]);
    found.push({ at: start, name: match[0] });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.name);
}
