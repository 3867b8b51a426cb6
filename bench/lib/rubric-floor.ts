/**
 * The floor under a cold `bidwright lint`: the rubric loaded and run once on a draft, with the
 * empty profile and library of a fresh data folder, and nothing else (no CLI, configuration, store,
 * draft history or output). bench/measure-cold-start.ts bundles it as the build bundles src/ (one
 * file, so cheaper to load than the CLI's chunks) and starts it cold: a lint cannot start faster
 * without checking less. Run, once bundled: node rubric-floor.mjs DRAFT
 */
import { readFileSync } from 'node:fs';
import { Profile } from '../../src/domain/schemas.ts';
import { scoreProposalInTurns } from '../../src/rubric/run-rubric.ts';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: node rubric-floor.mjs DRAFT');
const text = readFileSync(file, 'utf8');
const { findings } = await scoreProposalInTurns(
  { text, citations: [], screeningAnswers: [] },
  { post: null, proof: [], profile: Profile.parse({}), earlierDrafts: [] },
);
process.stdout.write(`${findings.length} finding(s)\n`);
