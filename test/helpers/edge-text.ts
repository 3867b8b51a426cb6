import type { ErrorReason } from '../../src/domain/errors.ts';

/** What only the CLI may say: a bidwright command or one of its flags. */
export const CLI_TEXT = /\bbidwright (?:proof|profile|eval|serve|triage|propose|offer|audit|lint|casestudy|track)\b|--(?:data|engine|record|help|json)\b/;

/** One sample of every error reason, with paths an edge must never show. */
export const SAMPLE_REASONS: readonly ErrorReason[] = [
  { reason: 'corrupt-store-file', file: '/d/bidwright.json' },
  { reason: 'unusable-store-file', file: '/d/bidwright.json' },
  { reason: 'engine-not-configured', engine: 'openai' },
  { reason: 'missing-recording', dir: '/d/recordings' },
  { reason: 'unknown-instruction', instruction: 'pineapple' },
];
