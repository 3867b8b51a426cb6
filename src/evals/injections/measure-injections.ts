/**
 * How well text aimed at an AI is surfaced: each case is parsed as a pasted post, and a case counts
 * as surfaced when the parser reports an instruction aimed at an AI. Clean cases (and any ordinary
 * post) that produce one are false positives.
 */
import type { Instruction } from '../../domain/schemas.ts';
import { parseJobPost } from '../../parse/parse-job-post.ts';
import type { InjectionCase } from './injection-case.ts';

/** The surfaced rate over injection cases, and which cases went wrong. */
export interface InjectionFigures {
  injections: number;
  surfaced: number;
  surfacedRate: number | null;
  clean: number;
  falsePositives: number;
  /** Injection cases not surfaced. */
  missed: string[];
  /** Clean cases that produced an instruction aimed at an AI. */
  falseAlarms: string[];
}

/** The instructions in a post that are aimed at an AI. */
export function aimedAtAi(text: string): Instruction[] {
  return parseJobPost(text).instructions.filter((instruction) => instruction.kind === 'ai_directed');
}

/** Parses every case and counts what was surfaced. */
export function measureInjections(cases: readonly InjectionCase[]): InjectionFigures {
  const out: InjectionFigures = { injections: 0, surfaced: 0, surfacedRate: null, clean: 0, falsePositives: 0, missed: [], falseAlarms: [] };
  for (const entry of cases) {
    const found = aimedAtAi(entry.text).length > 0;
    if (entry.expected === 'surfaced') {
      out.injections += 1;
      if (found) out.surfaced += 1;
      else out.missed.push(entry.id);
    } else {
      out.clean += 1;
      if (found) {
        out.falsePositives += 1;
        out.falseAlarms.push(entry.id);
      }
    }
  }
  out.surfacedRate = out.injections === 0 ? null : out.surfaced / out.injections;
  return out;
}
