/** The proposal rules (P01-P28), in id order. */
import type { ProposalRule } from '../types.ts';
import { p01SpecificOpening } from './p01-specific-opening.ts';
import { p02NoThroatClearing } from './p02-no-throat-clearing.ts';
import { p03Diagnosis } from './p03-diagnosis.ts';
import { p04ClaimsCiteProof } from './p04-claims-cite-proof.ts';
import { p05NumbersSourced } from './p05-numbers-sourced.ts';
import { p06SkillsHeld } from './p06-skills-held.ts';
import { p07ProofCount } from './p07-proof-count.ts';
import { p08FirstStep } from './p08-first-step.ts';
import { p09ClosingQuestion } from './p09-closing-question.ts';
import { p10ScreeningAnswered } from './p10-screening-answered.ts';
import { p11ClientInstructions } from './p11-client-instructions.ts';
import { p12AiInstructions } from './p12-ai-instructions.ts';
import { p13Length } from './p13-length.ts';
import { p14NoContact } from './p14-no-contact.ts';
import { p15NoOffPlatformPayment } from './p15-no-offplatform-payment.ts';
import { p16AiTellWords } from './p16-ai-tell-words.ts';
import { p17AiTellStructures } from './p17-ai-tell-structures.ts';
import { p18SelfPraise } from './p18-self-praise.ts';
import { p19Placeholders } from './p19-placeholders.ts';
import { p20PlainText } from './p20-plain-text.ts';
import { p21Reuse } from './p21-reuse.ts';
import { p22ClientName } from './p22-client-name.ts';
import { p23RatesTimelines } from './p23-rates-timelines.ts';
import { p24NoGuarantees } from './p24-no-guarantees.ts';
import { p25OnDeliverable } from './p25-on-deliverable.ts';
import { p26RelevantProof } from './p26-relevant-proof.ts';
import { p27AboutClient } from './p27-about-client.ts';
import { p28AcceptedInstructions } from './p28-accepted-instructions.ts';

/** Every proposal rule, in id order; the registry reads this list. */
export const proposalRules: ProposalRule[] = [
  p01SpecificOpening,
  p02NoThroatClearing,
  p03Diagnosis,
  p04ClaimsCiteProof,
  p05NumbersSourced,
  p06SkillsHeld,
  p07ProofCount,
  p08FirstStep,
  p09ClosingQuestion,
  p10ScreeningAnswered,
  p11ClientInstructions,
  p12AiInstructions,
  p13Length,
  p14NoContact,
  p15NoOffPlatformPayment,
  p16AiTellWords,
  p17AiTellStructures,
  p18SelfPraise,
  p19Placeholders,
  p20PlainText,
  p21Reuse,
  p22ClientName,
  p23RatesTimelines,
  p24NoGuarantees,
  p25OnDeliverable,
  p26RelevantProof,
  p27AboutClient,
  p28AcceptedInstructions,
];
