/**
 * The schema of content/generic-frame.json: the outcome frame for a task the pattern table does not
 * know. It cannot claim what the work achieves for the buyer, so it sells what any buyer can check:
 * a written standard agreed up front, a log of each delivery and a review point. `{task}` is the
 * user's task in quotes, `{Task}` the same at the start of a sentence; `{count}` and `{unit}` stay
 * for the offer composer, as in the task pattern table.
 */
import type { z } from 'zod';
import { TaskPattern } from './task-pattern.ts';

const SLOTS = new Set(['task', 'Task', 'count', 'unit']);

function knownSlots(value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    for (const [, slot] of value.matchAll(/\{(\w+)\}/g)) {
      if (!SLOTS.has(slot ?? '')) ctx.addIssue({ code: 'custom', path, message: `unknown slot {${slot}}; use {task}, {Task}, {count} or {unit}` });
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) knownSlots(inner, ctx, [...path, Array.isArray(value) ? Number(key) : key]);
  }
}

export const GenericFrame = TaskPattern.omit({ id: true, triggers: true, skills: true, level: true, reason: true }).superRefine((frame, ctx) =>
  knownSlots(frame, ctx),
);
export type GenericFrame = z.output<typeof GenericFrame>;
