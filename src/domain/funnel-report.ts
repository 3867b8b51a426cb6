/**
 * The funnel's shape: the stages with their rates and the counts behind each rate, breakdowns,
 * Connects, objections and the diagnosis. Every rate says how many cases it rests on and whether
 * that is a small sample, so a reader never takes 1 of 2 for "50%" without seeing the 2.
 */
import { z } from 'zod';

/** `count` of `of`; `value` is null when `of` is zero (no rate, rather than a made-up 0). */
export const Rate = z.object({
  count: z.number().int().min(0),
  of: z.number().int().min(0),
  value: z.number().min(0).max(1).nullable(),
  small: z.boolean(),
});
export type Rate = z.infer<typeof Rate>;

export const FunnelStageName = z.enum(['sent', 'viewed', 'replied', 'interviewed', 'hired']);
export type FunnelStageName = z.infer<typeof FunnelStageName>;

/** One stage: how many proposals reached it, the rate from the stage before, and from sent. */
export const FunnelStage = z.object({
  stage: FunnelStageName,
  count: z.number().int().min(0),
  fromPrevious: Rate.nullable(),
  fromSent: Rate.nullable(),
});
export type FunnelStage = z.infer<typeof FunnelStage>;

export const BreakdownRow = z.object({
  key: z.string(),
  sent: z.number().int().min(0),
  viewed: z.number().int().min(0),
  replied: Rate,
  interviewed: z.number().int().min(0),
  hired: Rate,
});
export type BreakdownRow = z.infer<typeof BreakdownRow>;

export const BreakdownName = z.enum(['offer', 'proof', 'tone', 'verdict', 'rubric']);
export type BreakdownName = z.infer<typeof BreakdownName>;

export const Breakdowns = z.object({
  offer: z.array(BreakdownRow),
  proof: z.array(BreakdownRow),
  tone: z.array(BreakdownRow),
  verdict: z.array(BreakdownRow),
  rubric: z.array(BreakdownRow),
});
export type Breakdowns = z.infer<typeof Breakdowns>;

/** A cost that may not exist yet: `value` null with the reason why. */
export const Cost = z.object({ value: z.number().min(0).nullable(), reason: z.string().nullable() });
export type Cost = z.infer<typeof Cost>;

export const ConnectsSummary = z.object({
  spent: z.number().min(0),
  /** How many of the proposals sent recorded their Connects. */
  recorded: z.number().int().min(0),
  perReply: Cost,
  perHire: Cost,
});
export type ConnectsSummary = z.infer<typeof ConnectsSummary>;

export const Objection = z.object({ text: z.string(), count: z.number().int().min(1) });
export type Objection = z.infer<typeof Objection>;

export const DiagnosisCode = z.enum(['insufficient-data', 'market', 'positioning', 'sales', 'healthy']);
export type DiagnosisCode = z.infer<typeof DiagnosisCode>;

export const Diagnosis = z.object({ code: DiagnosisCode, message: z.string() });
export type Diagnosis = z.infer<typeof Diagnosis>;

export const Funnel = z.object({
  days: z.number().int().min(1),
  since: z.string(),
  until: z.string(),
  diagnosis: Diagnosis,
  sent: z.number().int().min(0),
  viewed: z.number().int().min(0),
  replied: z.number().int().min(0),
  interviewed: z.number().int().min(0),
  hired: z.number().int().min(0),
  declined: z.number().int().min(0),
  noResponse: z.number().int().min(0),
  stages: z.array(FunnelStage),
  breakdowns: Breakdowns,
  connects: ConnectsSummary,
  objections: z.array(Objection),
});
export type Funnel = z.infer<typeof Funnel>;
