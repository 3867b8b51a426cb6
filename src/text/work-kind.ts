/**
 * Kinds of work: what a job post asks for, what a proof item shows and what a draft talks about,
 * named from one table (work-kinds.json) so that parse, retrieval and the rubric agree on when two
 * texts are about the same kind of job. A kind is recognised by its cues where they appear: a cue
 * in a title weighs more than one in a skills list, which weighs more than one in running text, and
 * each cue counts once per field, so a long description cannot outvote its own title.
 */
import { z } from 'zod';
import kindFile from './work-kinds.json' with { type: 'json' };
import { stem, termTokens } from './terms.ts';

export const WorkKind = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  related: z.array(z.string()),
  cues: z.array(z.union([z.string().min(1), z.object({ cue: z.string().min(1), weight: z.number().positive() })])).min(1),
});
export type WorkKind = z.infer<typeof WorkKind>;

const WorkKindFile = z.object({ about: z.string(), kinds: z.array(WorkKind).min(1) }).superRefine(({ kinds }, ctx) => {
  const ids = new Set(kinds.map((kind) => kind.id));
  kinds.forEach((kind, at) => {
    for (const other of kind.related) {
      if (!ids.has(other)) ctx.addIssue({ code: 'custom', path: ['kinds', at, 'related'], message: `unknown kind "${other}"` });
    }
  });
});

function loadKinds(raw: unknown): WorkKind[] {
  const result = WorkKindFile.safeParse(raw);
  if (!result.success) throw new Error(`src/text/work-kinds.json is invalid: ${z.prettifyError(result.error)}`);
  return result.data.kinds;
}

const keysOf = (text: string): string[] => termTokens(text).map((token) => stem(token));

interface Cue {
  kind: string;
  cue: string;
  weight: number;
  keys: string[];
}

interface Tables {
  /** Every kind of work the project can name, in the table's order. */
  kinds: readonly WorkKind[];
  byId: ReadonlyMap<string, WorkKind>;
  /** Cues by their first key, longest first, so "google tag manager" wins over "google". */
  cues: ReadonlyMap<string, Cue[]>;
}

function buildTables(): Tables {
  const kinds = loadKinds(kindFile);
  const cues = new Map<string, Cue[]>();
  for (const kind of kinds) {
    for (const entry of kind.cues) {
      const { cue, weight } = typeof entry === 'string' ? { cue: entry, weight: 1 } : entry;
      const keys = keysOf(cue);
      const first = keys[0];
      if (first === undefined) continue;
      cues.set(first, [...(cues.get(first) ?? []), { kind: kind.id, cue, weight, keys }]);
    }
  }
  for (const list of cues.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { kinds, byId: new Map(kinds.map((kind) => [kind.id, kind])), cues };
}

// Validated and stemmed on first use, not at load: a command that never names a kind of work
// (`--help`, most of `lint`) does not pay for the table.
let built: Tables | undefined;
const tables = (): Tables => (built ??= buildTables());

/** The cues a text holds, each once, longest match first at every position. */
function cuesIn(text: string): { kind: string; cue: string; weight: number }[] {
  const keys = keysOf(text);
  const found = new Map<string, { kind: string; cue: string; weight: number }>();
  for (let at = 0; at < keys.length; ) {
    const match = tables()
      .cues.get(keys[at] as string)
      ?.find((cue) => cue.keys.every((key, offset) => keys[at + offset] === key));
    if (match === undefined) {
      at += 1;
      continue;
    }
    found.set(match.cue, { kind: match.kind, cue: match.cue, weight: match.weight });
    at += match.keys.length;
  }
  return [...found.values()];
}

/** Text and how much its cues count. */
export interface WeightedText {
  text: string;
  weight: number;
}

/** One kind's weight in a text, with the cues that gave it. */
export interface KindScore {
  kind: string;
  score: number;
  cues: string[];
}

/** The kinds a text's fields point to, heaviest first (ties by the table's order); [] when no cue is found. */
export function scoreKinds(fields: readonly WeightedText[]): KindScore[] {
  const scores = new Map<string, KindScore>();
  for (const { text, weight } of fields) {
    for (const { kind, cue, weight: cueWeight } of cuesIn(text)) {
      const entry = scores.get(kind) ?? { kind, score: 0, cues: [] };
      entry.score += weight * cueWeight;
      if (!entry.cues.includes(cue)) entry.cues.push(cue);
      scores.set(kind, entry);
    }
  }
  const { kinds } = tables();
  const order = (kind: string) => kinds.findIndex((entry) => entry.id === kind);
  return [...scores.values()].sort((a, b) => b.score - a.score || order(a.kind) - order(b.kind));
}

/** The kind a short text such as a skill tag names ("Intercom" -> CRM work), or undefined. */
export function kindOf(text: string): string | undefined {
  return scoreKinds([{ text, weight: 1 }])[0]?.kind;
}

/** The heaviest kind when it leads alone and weighs at least `minScore`; null when no kind stands out. */
export function leadingKind(ranked: readonly KindScore[], minScore = 0): KindScore | null {
  const [top, next] = ranked;
  return top !== undefined && top.score >= minScore && (next === undefined || top.score > next.score) ? top : null;
}

/** The kind's entry, or undefined for an id the table does not hold. */
export function workKind(id: string): WorkKind | undefined {
  return tables().byId.get(id);
}

/** True when proof of one kind can speak to the other: the same kind, or listed as related either way. */
export function kindsRelated(a: string, b: string): boolean {
  const { byId } = tables();
  return a === b || (byId.get(a)?.related.includes(b) ?? false) || (byId.get(b)?.related.includes(a) ?? false);
}
