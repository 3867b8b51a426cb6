/**
 * The offline engine's proposal drafter: a deterministic, rule-based composer. It names the client's
 * problem in the post's own words, adds a domain insight and diagnosis from content/insights.json, cites
 * only proof it was given, proposes a small first deliverable, and ends on one specific question.
 * Client instructions in the post are acted on only when the user accepted them (follow-instructions.ts).
 */
import { LENGTH_OPTIONS } from '../../../domain/judgement.ts';
import type { ProposalDraft, ProposeContext } from '../../../domain/ports.ts';
import type { Length } from '../../../domain/schemas.ts';
import { countWords, findTerms } from '../../../text/text.ts';
import { draftSeed, makeChooser, shuffled } from './hash.ts';
import { REQUIRED, fitToBand, render } from './pieces.ts';
import type { LengthBand, Piece } from './pieces.ts';
import { fillers as fillerSentences, frames } from './phrasing.ts';
import { pickInsight } from './pick-insight.ts';
import { clientQualifier, postSubject } from './post-subject.ts';
import { distinctiveTerms, namesRole } from './post-terms.ts';
import { findSurface, postText, sentenceCasePhrase } from './post-text.ts';
import { listedParts, sayTask } from './listed-parts.ts';
import type { PostText } from './post-text.ts';
import { proofPieces } from './proof-section.ts';
import { reflectSentence } from './reflect.ts';
import { isSafeText } from './safe-text.ts';
import { answerScreeningQuestions } from './screening-answers.ts';
import { followInstructions } from './follow-instructions.ts';
import { closingPiece, openingPieces, stepPieces } from './sections.ts';
import { readSituation, situated } from './situation.ts';
import { firstNumberedTask } from '../triage/scope-signals.ts';
import { setsTerms } from '../../../parse/sets-terms.ts';
import { mustHaveGaps } from './must-have-gaps.ts';
import { offlineContent } from '../content/load-content.ts';

/** How many characters of a proposal a client sees in the list before opening it. */
const PREVIEW_CHARS = 150;
/** The rubric's proof-count rule allows up to three cited items. */
const MAX_CITATIONS = 3;

function bandFor(context: ProposeContext, greeting: string): LengthBand {
  const band = LENGTH_OPTIONS[context.options.length];
  const used = countWords(greeting);
  return { min: band.min - used, target: band.target - used, max: band.max - used };
}

const MAX_FILLERS: Readonly<Record<Length, number>> = { short: 1, standard: 2, long: Number.POSITIVE_INFINITY };

/**
 * The work as the closing question names it: a name the client writes ("Constant Contact", "Looker
 * Studio") before a generic phrase ("email marketing"), and only what they wrote: a skill tag alone
 * ("Power BI" on a Looker Studio post) may not be the tool they use, so then the post's subject is asked about.
 */
function questionSurface(surfaces: readonly string[], text: PostText, avoidWords: readonly string[]): string | undefined {
  const usable = surfaces.filter((s) => isSafeText(s, avoidWords) && !namesRole(s));
  // Singular, as the question uses it as a modifier ("the Facebook ad account").
  const written = usable
    .map((s) => findSurface(text.description, s, text.folded.description, true) ?? findSurface(text.title, s, text.folded.title, true))
    .filter((s): s is string => s !== null);
  return written.find((s) => /^\p{Lu}/u.test(s)) ?? written[0];
}

/** The post's first numbered task, as a sentence says it, when it is safe to say back ("monthly sales trends"). */
function listedTask(post: ProposeContext['post'], text: PostText, avoidWords: readonly string[]): string | null {
  const task = firstNumberedTask(post);
  return task === null || !isSafeText(task, avoidWords) || setsTerms(task) ? null : sayTask(task, text);
}

/** Drafts a proposal for the post from rules and data; the same context always gives the same draft. */
export function composeProposal(context: ProposeContext): ProposalDraft {
  const { post, profile, options } = context;
  const seed = draftSeed(post.text, options.variant);
  const isClean = (sentence: string): boolean => findTerms(sentence, profile.avoidWords).length === 0;
  const choose = makeChooser(seed, isClean);
  const text = postText(post);
  const match = pickInsight(text, post.deliverable.domain);
  const situation = readSituation(post);
  const insight = situated(match.insight, situation);
  const subject = postSubject(text, match, profile.avoidWords, post.deliverable);
  // A long subject reads once; later sentences name it by its last words.
  const subjectWords = subject.split(/\s+/);
  const subjectAgain = subjectWords.length > 3 ? subjectWords.slice(-2).join(' ') : subject;
  const surface = questionSurface(match.surfaces, text, profile.avoidWords);
  const questionTerm = surface === undefined ? subject : sentenceCasePhrase(surface, text);
  const maxItems = options.length === 'short' ? 1 : 2;
  // Retrieval hands over only items that are evidence for this post (src/retrieval/relevant-proof.ts).
  const evidence = context.proof;
  const proof = proofPieces({
    proof: evidence,
    tone: options.tone,
    choose,
    avoidWords: profile.avoidWords,
    postText: `${text.title}\n${text.description}\n${text.skills.join(', ')}`,
    skillsText: text.skills.join(', '),
    forbidden: text.forbidden,
    maxItems,
    allowedLinks: profile.allowedLinks,
    subject: subjectAgain,
  });
  const hasProof = proof.some((piece) => piece.cites !== undefined);
  const keyTerms = [...match.surfaces, ...text.skills, ...distinctiveTerms(text, profile.avoidWords).slice(0, 8)];
  const reflection = reflectSentence(text, keyTerms, profile.avoidWords);
  const greeting = choose(frames('greeting')[options.tone], 'greeting');
  const openingChars = PREVIEW_CHARS - greeting.length;
  const abstain = match.insight.id === offlineContent().insights.generic.id;
  const sectionInput = {
    post,
    insight,
    subject,
    subjectAgain,
    questionTerm,
    client: clientQualifier(text, profile.avoidWords),
    // A role's numbered list is its duties, not tasks in order.
    listedTask: situation.role ? null : listedTask(post, text, profile.avoidWords),
    parts: listedParts(post, text, profile.avoidWords),
    abstain,
    tone: options.tone,
    seed,
    choose,
    hasProof,
    reflection,
    openingChars,
  };
  // Optional sentences with a word the user avoids are dropped; required ones already prefer clean wordings.
  const pieces: Piece[] = [...openingPieces(sectionInput), ...proof, ...stepPieces(sectionInput), closingPiece(sectionInput)].filter(
    (piece) => piece.priority === REQUIRED || isClean(piece.text),
  );
  // A must-have the profile does not show is the freelancer's to answer, never skipped or claimed.
  mustHaveGaps(
    post,
    profile,
    evidence.map((ranked) => ranked.item),
  ).forEach((marker, index) => {
    pieces.push({ paragraph: 2, order: 8 + index, priority: REQUIRED, text: marker });
  });
  // A second reassurance about process reads as padding, not as care, unless a long letter was asked for.
  const fillers = shuffled(fillerSentences().filter(isClean), seed, 'fillers')
    .slice(0, MAX_FILLERS[options.length])
    .map(
      (sentence, index): Piece => ({
        paragraph: 2,
        order: 10 + index,
        priority: 9,
        text: sentence,
      }),
    );
  const chosen = fitToBand(pieces, fillers, bandFor(context, greeting));
  const citations = [...new Set(chosen.flatMap((piece) => (piece.cites === undefined ? [] : [piece.cites])))];
  const screening = answerScreeningQuestions({
    questions: post.screeningQuestions,
    proof: evidence,
    profile,
    insight,
    seed,
    cited: citations,
    maxCitations: MAX_CITATIONS,
  });
  return {
    text: followInstructions(render(chosen, greeting), context.accepted, options.tone),
    citations: [...new Set([...citations, ...screening.cites])],
    screeningAnswers: screening.answers,
  };
}
