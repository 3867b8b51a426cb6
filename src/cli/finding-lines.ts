/**
 * The pieces of plain-text views that findings, gaps and model usage share: small and free of
 * schemas, so a view that needs only these (lint-view.ts) loads nothing else.
 */
import type { Finding, Usage } from '../domain/schemas.ts';

/** Findings with the colour and padded severity the templates print. */
export function findingsView(findings: Finding[]) {
  return findings.map((finding) => ({
    ...finding,
    severityStyle: finding.severity === 'error' ? 'red' : 'yellow',
    severity: finding.severity === 'error' ? 'error' : 'warn ',
  }));
}

/** One line on what the model calls cost, or an empty string when no model ran. */
export function usageLine(usage: Usage | null): string {
  if (usage === null) return '';
  const calls = usage.calls.length;
  const models = [...new Set(usage.calls.map((call) => call.model))].join(', ');
  const cost = usage.costUsd === null ? 'cost unknown (model not in the price table)' : `about $${usage.costUsd.toFixed(4)}`;
  return `Model usage: ${calls} call${calls === 1 ? '' : 's'} to ${models}, ${usage.inputTokens} input + ${usage.outputTokens} output tokens, ${cost}.`;
}

/** How many gaps the freelancer still has to fill, and what they ask for; empty when there are none. */
export function gapLine(gaps: readonly string[]): string {
  if (gaps.length === 0) return '';
  return `${gaps.length} ${gaps.length === 1 ? 'gap' : 'gaps'} to fill before you send: ${gaps.join(', ')}`;
}
