/**
 * Reads the calibration set and its fixtures (library and profile files beside it) and resolves
 * every draft into what the rubric scores: the parsed post, the proof, the profile, earlier drafts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BidwrightError } from '../../domain/errors.ts';
import { Profile, ProofItem } from '../../domain/schemas.ts';
import { resolveAccepted } from '../../parse/accept-instructions.ts';
import { parseJobPost } from '../../parse/parse-job-post.ts';
import { CalibrationFile } from './calibration-set.ts';
import type { CalibrationSet, LabelledDraft } from './calibration-set.ts';

/** The project's calibration folder, `evals/calibration`. */
export const DEFAULT_CALIBRATION_DIR = fileURLToPath(new URL('../../../evals/calibration', import.meta.url));

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BidwrightError('NOT_FOUND', `Cannot read ${path}; restore it or pass the calibration folder that holds it.`, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BidwrightError('INVALID_INPUT', `${path} is not valid JSON: ${(error as Error).message}.`, { cause: error });
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new BidwrightError('INVALID_INPUT', `${path} does not match the calibration format: ${issues.join('; ')}.`);
}

/** Validates a calibration file's content and resolves its drafts; `readFixture` supplies library files by name. */
function resolveCalibrationSet(file: CalibrationFile, fixtures: { libraries: Record<string, ProofItem[]>; profile: Profile }): CalibrationSet {
  const library = (name: string): ProofItem[] => {
    const found = fixtures.libraries[name];
    if (found === undefined)
      throw new BidwrightError('NOT_FOUND', `The calibration set names library "${name}", which was not loaded; add ${name}.json beside drafts.json.`);
    return found;
  };
  const texts = new Map(file.drafts.map((draft) => [draft.id, draft.text]));
  const parsed = new Map<string, ReturnType<typeof parseJobPost>>();
  const drafts = file.drafts.map((draft): LabelledDraft => {
    let post = null;
    if (draft.post !== null) {
      const text = file.posts[draft.post] ?? draft.post;
      post = parsed.get(text) ?? parseJobPost(text);
      parsed.set(text, post);
    }
    return {
      id: draft.id,
      subject: { text: draft.text, citations: draft.citations, screeningAnswers: draft.screeningAnswers },
      post,
      proof: typeof draft.proof === 'string' ? library(draft.proof) : (draft.proof ?? library(file.library)),
      profile: fixtures.profile,
      earlierDrafts: draft.earlierDrafts.map((id) => ({ id, text: texts.get(id) ?? '', postTitle: null, createdAt: null })),
      accepted: resolveAccepted(post?.instructions ?? [], draft.accepted),
      breaks: draft.breaks,
    };
  });
  return { drafts };
}

/** Loads `drafts.json` (or `file`) from `dir` with the library and profile files it names. */
export async function loadCalibrationSet(dir: string = DEFAULT_CALIBRATION_DIR, file = 'drafts.json'): Promise<CalibrationSet> {
  const path = join(dir, file);
  const set = parseWith(CalibrationFile, await readJson(path), path);
  const names = new Set([set.library, ...set.drafts.flatMap((draft) => (typeof draft.proof === 'string' ? [draft.proof] : []))]);
  const libraries: Record<string, ProofItem[]> = {};
  for (const name of names) {
    const libraryPath = join(dir, `${name}.json`);
    libraries[name] = parseWith(z.array(ProofItem), await readJson(libraryPath), libraryPath);
  }
  const profilePath = join(dir, `${set.profile}.json`);
  const profile = parseWith(Profile, await readJson(profilePath), profilePath);
  return resolveCalibrationSet(set, { libraries, profile });
}
