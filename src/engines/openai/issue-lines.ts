/**
 * zod issues as the model reads them in a repair request: the JSON path of each field and zod's
 * own words ("deliverables: Too small: ..."), since the model writes JSON by field name. People
 * never see these; they get src/domain/plain-issue.ts.
 */
export function issueLines(issues: ReadonlyArray<{ path?: readonly unknown[]; message?: string }>, max = 5): string {
  return issues
    .slice(0, max)
    .map((issue) => `${issue.path?.length ? issue.path.join('.') : '(root)'}: ${issue.message ?? 'invalid'}`)
    .join('; ');
}
