import type { Engine } from '../../domain/ports.ts';
import { auditTasks } from './audit-tasks.ts';
import { buildCaseStudy } from './build-case-study.ts';
import { offlineContent } from './content/load-content.ts';
import { judgeTriage } from './judge-triage.ts';
import { composeProposal } from './propose/compose-proposal.ts';
import { suggestPositioning } from './positioning/suggest-positioning.ts';
import { rewriteOffer } from './rewrite-offer.ts';
import { streamDraft } from './stream-proposal.ts';

/**
 * The deterministic engine: no network, no model. It composes triage, drafts, offers, audits and
 * case studies from rules and the data files in content/, and says so in its output. The files are
 * read and validated here, once per process, so a malformed one fails at startup (a CONFIG error
 * naming the file and the field) rather than in the middle of a request.
 */
export function createOfflineEngine(): Engine {
  offlineContent();
  return {
    name: 'offline',
    model: null,
    triage: async (context) => judgeTriage(context),
    propose: async (context) => composeProposal(context),
    streamProposal: (context) => streamDraft(() => composeProposal(context)),
    rewriteOffer: async (context) => rewriteOffer(context),
    auditTasks: async (context) => auditTasks(context),
    buildCaseStudy: async (context) => buildCaseStudy(context),
    suggestPositioning: async (context) => suggestPositioning(context),
  };
}
