/**
 * Where a run's results came from: hashes of the prompt templates, the output schemas and the
 * rubric, and the engine, model and recording mode. Two runs with the same provenance and engine
 * answers must score the same; a changed hash explains a changed score.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Offer, Proposal, TaskAudit, Triage } from '../domain/schemas.ts';
import type { Engine } from '../domain/ports.ts';
import type { PromptLibrary } from '../prompts/create-prompt-library.ts';
import { allRules } from '../rubric/registry.ts';
import type { Provenance } from './eval-result.ts';

/** Short hashes: 12 hex digits tell versions apart and stay readable in reports. */
const short = (material: string) => createHash('sha256').update(material).digest('hex').slice(0, 12);

/** A hash over every prompt template (each template's hash already covers the partials). */
export function promptHash(prompts: Pick<PromptLibrary, 'names' | 'templateHash'>): string {
  return short(
    prompts
      .names()
      .map((name) => `${name}:${prompts.templateHash(name)}`)
      .join('\n'),
  );
}

/** A hash over the JSON Schema of the results evals score. */
export function schemaVersion(): string {
  const schemas = { Triage, Proposal, Offer, TaskAudit };
  return short(JSON.stringify(Object.entries(schemas).map(([name, schema]) => [name, z.toJSONSchema(schema, { io: 'output' })])));
}

/** A hash over the rubric's rule ids, severities and default thresholds. */
export function rubricVersion(): string {
  const rules = allRules().map((rule) => [rule.id, rule.severity, Object.entries(rule.thresholds).sort(([a], [b]) => a.localeCompare(b))]);
  return short(JSON.stringify(rules));
}

export interface ProvenanceOptions {
  engine: Pick<Engine, 'name' | 'model'>;
  prompts: Pick<PromptLibrary, 'names' | 'templateHash'>;
  recording: Provenance['recording'];
}

/** The provenance of a run with this engine, prompts and recording mode. */
export function createProvenance(options: ProvenanceOptions): Provenance {
  return {
    engine: options.engine.name,
    model: options.engine.model,
    promptHash: promptHash(options.prompts),
    schemaVersion: schemaVersion(),
    rubricVersion: rubricVersion(),
    recording: options.recording,
  };
}
