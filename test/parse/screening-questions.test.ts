import { describe, expect, it } from 'vitest';
import { findScreeningQuestions } from '../../src/parse/screening-questions.ts';

describe('findScreeningQuestions', () => {
  it('reads numbered questions after "please answer"', () => {
    const text = 'We need help.\n\nWhen you apply, please answer:\n1. Which CMS have you used most?\n2) How fast can you start?\n\nThanks!';
    expect(findScreeningQuestions(text)).toEqual(['Which CMS have you used most?', 'How fast can you start?']);
  });

  it('reads the questions a page lists for the proposal form', () => {
    const text =
      'You will be asked to answer the following questions when submitting a proposal:\n1. Describe your recent experience with similar projects\n2. Please list any certifications related to this project';
    expect(findScreeningQuestions(text)).toEqual([
      'Describe your recent experience with similar projects',
      'Please list any certifications related to this project',
    ]);
  });

  it('reads imperative asks and bulleted questions under a "Questions:" heading', () => {
    const text = 'Questions:\n- Tell me about a time you rescued a late project\n\u2022 Do you work weekends?\nOur office is in Lyon.';
    expect(findScreeningQuestions(text)).toEqual(['Tell me about a time you rescued a late project', 'Do you work weekends?']);
  });

  it('ends a pasted list of asks at a labelled skills line, however long the skills run', () => {
    const post =
      'Math tutor\n\nTo Apply:\nPlease include:\n\nA brief introduction and your teaching background\n\nYour availability in EST\n\n' +
      'Skills: Mathematics, Mathematics Tutoring, Tutoring, Algebra, Calculus, Geometry\nHourly: $15-$25';
    expect(findScreeningQuestions(post)).toEqual(['A brief introduction and your teaching background', 'Your availability in EST']);
  });

  it('reads a question that follows a blank line after its trigger', () => {
    const text =
      'Please send a short note and answer this question:\n\nWhat is the best book you read this year, and why?\n\nFinal note\nWe look forward to it.';
    expect(findScreeningQuestions(text)).toEqual(['What is the best book you read this year, and why?']);
  });

  it('reads "in your proposal, tell me ..." written inline', () => {
    expect(findScreeningQuestions('In your proposal, tell me which payroll tools you have used. We pay weekly.')).toEqual([
      'In your proposal, tell me which payroll tools you have used.',
    ]);
  });

  it('reads a question after a colon on the trigger line', () => {
    expect(findScreeningQuestions('Please answer: what is your earliest start date?')).toEqual(['what is your earliest start date?']);
  });

  it('ignores rhetorical questions in the description', () => {
    const text = 'Are you the one? Do you love clean data?\nWe are a small team that ships every week. Ready to join?';
    expect(findScreeningQuestions(text)).toEqual([]);
  });

  it('does not count the line that introduces the list as a question', () => {
    const text = 'Please answer these questions in your proposal:\n- Which host do you recommend?';
    expect(findScreeningQuestions(text)).toEqual(['Which host do you recommend?']);
  });

  it('leaves out instructions listed among the questions', () => {
    const text = 'Screening questions:\n1. What is your rate?\n2. Start your proposal with the word "mango"';
    expect(findScreeningQuestions(text)).toEqual(['What is your rate?']);
  });

  it('does not repeat a question asked twice', () => {
    const text = 'Questions:\n- Can you start Monday?\n\nPlease answer:\n- Can you start Monday?';
    expect(findScreeningQuestions(text)).toEqual(['Can you start Monday?']);
  });

  it('keeps the question as written, with curly apostrophes', () => {
    expect(findScreeningQuestions('Questions:\n1. What\u2019s your timezone?')).toEqual(['What\u2019s your timezone?']);
  });

  it('keeps the items under "Please include:" that are not phrased as questions, and stops at the page sections', () => {
    const text = [
      'Tutor wanted for algebra.',
      'To apply, please include:',
      '',
      'A brief note on your teaching background',
      '',
      'Your availability each week',
      '',
      'Skills and Expertise',
      'Algebra',
      'Payment method verified',
    ].join('\n');
    expect(findScreeningQuestions(text)).toEqual(['A brief note on your teaching background', 'Your availability each week']);
  });

  it('finds a request for what to send with the application wherever it stands', () => {
    const text =
      'We are renovating a cafe. Please provide a portfolio of earlier cafe projects. The builder starts in May.\n\nReady? Submit your proposal with links to past webinars.';
    expect(findScreeningQuestions(text)).toEqual(['Please provide a portfolio of earlier cafe projects.', 'Submit your proposal with links to past webinars.']);
  });

  it("does not take the job's own tasks for requests", () => {
    expect(findScreeningQuestions('You will provide weekly reports to the team and send invoices to clients.')).toEqual([]);
    expect(findScreeningQuestions('Provide weekly sales reports.\nSend the summary to the owner.')).toEqual([]);
  });
});

describe('a screening question that carries an instruction', () => {
  it('keeps the question as a question and leaves the instruction to the instruction reader', () => {
    const post = `Shopify speed fix\n\nPlease answer:\n1. Which app would you remove first? Start your answer with the word "lighthouse".\n2. How would you measure the result?\n`;
    expect(findScreeningQuestions(post)).toEqual(['Which app would you remove first?', 'How would you measure the result?']);
  });
});
