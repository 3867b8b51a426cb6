import { describe, expect, it } from 'vitest';
import { aimedAtAi, mayFollow, PURPOSE_LABEL } from '../../src/domain/instruction-purpose.ts';
import { InstructionPurpose, type Instruction } from '../../src/domain/schemas.ts';

const of = (purpose: Instruction['purpose']): Instruction => ({ kind: 'secret_word', purpose, text: 'Include the word teal.', value: 'teal' });

describe('instruction purposes', () => {
  it('offer only a read check to follow', () => {
    expect(InstructionPurpose.options.filter((purpose) => mayFollow(of(purpose)))).toEqual(['read_check']);
  });

  it('count canaries and injections as aimed at an AI, not read checks or scam signals', () => {
    expect(InstructionPurpose.options.filter((purpose) => aimedAtAi(of(purpose)))).toEqual(['ai_canary', 'injection']);
  });

  it('name every purpose for the user, saying what bidwright does with it', () => {
    expect(Object.keys(PURPOSE_LABEL).sort()).toEqual([...InstructionPurpose.options].sort());
    expect(PURPOSE_LABEL.ai_canary).toContain('never obeyed');
  });
});
