import { z } from 'zod';
import { checkEngineOutput } from '../domain/check-engine-output.ts';
import { boundedText } from '../domain/bounded-text.ts';
import { LIMITS, tooLong } from '../domain/limits.ts';
import type { Engine, Store } from '../domain/ports.ts';
import { TaskAudit } from '../domain/schemas.ts';
import { parseOrThrow } from '../domain/validate.ts';
import { taskMarketContext } from '../parse/market-context.ts';

export interface AuditTasksDeps {
  engine: Engine;
  store: Store;
}

const Task = boundedText('task', LIMITS.taskChars, 'Name each task in a line or two.');

/** Tasks as a list, or as text with one task a line (bullets and numbering are stripped). */
export const AuditRequest = z.object({
  tasks: z.union([z.array(Task), boundedText('task list', LIMITS.taskListChars, `Give at most ${LIMITS.tasks} tasks, one a line.`)]),
});
export type AuditRequest = z.infer<typeof AuditRequest>;

/** Splits a pasted list into tasks: one a line, without bullets or numbers, blanks and repeats dropped. */
function splitTasks(tasks: string[] | string): string[] {
  const lines = typeof tasks === 'string' ? tasks.split(/\r?\n/) : tasks;
  const cleaned = lines.map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim()).filter(Boolean);
  return [...new Set(cleaned)];
}

/** Labels each task automatable, AI-assisted or human-critical, with a reason and a repackaging idea. */
export async function auditTasks(request: AuditRequest, deps: AuditTasksDeps): Promise<TaskAudit> {
  const parsed = parseOrThrow(AuditRequest, request, 'The task list');
  const tasks = splitTasks(parsed.tasks);
  const checked = parseOrThrow(
    z
      .array(Task)
      .min(1, 'the task list is empty: give one task a line, e.g. "Write blog posts"')
      .max(LIMITS.tasks, {
        error: (issue) => tooLong('task list', (issue.input as unknown[]).length, LIMITS.tasks, 'tasks', 'Audit the rest in another run.'),
      }),
    tasks,
    'The task list',
  );
  const profile = await deps.store.getProfile();
  const raw = await deps.engine.auditTasks({ tasks: checked, profile });
  const draft = checkEngineOutput(TaskAudit.omit({ engine: true }), raw, deps.engine.name);
  // Market context per task whose kind of work is known: shown beside the label, never deciding it.
  const items = draft.items.map((item) => ({ ...item, market: taskMarketContext(item.task) }));
  return { ...draft, items, engine: deps.engine.name };
}
