/**
 * Audits the tasks a freelancer is paid for: each labelled automatable, AI-assisted or
 * human-critical with the reason and a repackaging suggestion from the task pattern table, and a
 * summary that says which to repackage first. Task texts are untrusted data, only matched and quoted.
 */
import { BidwrightError } from '../../domain/errors.ts';
import type { AuditContext, TaskAuditDraft } from '../../domain/ports.ts';
import type { AiExposureLevel, TaskAuditItem } from '../../domain/schemas.ts';
import { classifyTask, findTaskPattern } from './classify-task.ts';
import { offlineContent } from './content/load-content.ts';
import { extractActivityCount } from './offer/extract-count.ts';
import { genericFrame } from './offer/generic-frame.ts';
import { bannedTerms, scrubTerms, taskPhrase } from './offer/plain-words.ts';

const QUOTE_MAX = 60;

function quote(task: string): string {
  const flat = task.replace(/\s+/g, ' ').trim();
  return `“${flat.length <= QUOTE_MAX ? flat : `${flat.slice(0, QUOTE_MAX - 3).trimEnd()}...`}”`;
}

function auditOne(task: string, banned: readonly string[]): TaskAuditItem {
  const { level, reason } = classifyTask(task);
  const pattern = findTaskPattern(task);
  const suggestion = pattern?.repackage ?? genericFrame(taskPhrase(task, extractActivityCount(task), banned), level, reason).repackage;
  return { task, label: level, reason: scrubTerms(reason, banned), suggestion: scrubTerms(suggestion, banned) };
}

function listOf(items: readonly TaskAuditItem[]): string {
  return items.map((item) => quote(item.task)).join(', ');
}

/** The summary: label counts, then which tasks to repackage first (the most exposed) and why. */
function summarise(items: readonly TaskAuditItem[]): string {
  const byLabel = (label: AiExposureLevel): TaskAuditItem[] => items.filter((item) => item.label === label);
  const automatable = byLabel('automatable');
  const assisted = byLabel('ai_assisted');
  const critical = byLabel('human_critical');
  const noun = items.length === 1 ? 'task' : 'tasks';
  const name = (level: AiExposureLevel): string => offlineContent().labels.exposureLevels[level].name;
  const counts =
    `${items.length} ${noun} audited: ${automatable.length} ${name('automatable')}, ` +
    `${assisted.length} ${name('ai_assisted')}, ${critical.length} ${name('human_critical')}.`;
  let advice: string;
  if (automatable.length > 0) {
    advice =
      `Repackage first: ${listOf(automatable)}. Automatable work is the most exposed, because buyers can get the activity ` +
      'itself from software; sell the checked result around it instead.';
    if (assisted.length > 0) advice += ` Then ${listOf(assisted)}: price the judgement a person adds, not the drafting.`;
  } else if (assisted.length > 0) {
    advice = `Repackage first: ${listOf(assisted)}. AI now does part of this work, so sell the outcome and the judgement around it rather than the hours.`;
  } else {
    advice =
      'None of these tasks is highly exposed: they rest on judgement or presence. Keep selling them on outcomes and proof, ' +
      'and raise prices where your proof is strongest.';
  }
  return `${counts} ${advice}`;
}

/**
 * Labels each task with its AI exposure, the reason and a repackaging suggestion, and summarises the
 * counts per label with which tasks to repackage first. Blank tasks are skipped; throws
 * INVALID_INPUT when no task is left.
 */
export function auditTasks(context: AuditContext): TaskAuditDraft {
  const banned = bannedTerms(context.profile.avoidWords);
  const tasks = context.tasks.map((task) => task.trim()).filter((task) => task !== '');
  if (tasks.length === 0) {
    throw new BidwrightError('INVALID_INPUT', 'The task list is empty: give at least one task you are paid for, one per line.');
  }
  const items = tasks.map((task) => auditOne(task, banned));
  return { items, summary: summarise(items) };
}
