import { withoutTagSuffix } from '../../../src/prompts/data-tag.ts';
import { describe, expect, it } from 'vitest';
import { createOpenAIEngine } from '../../../src/engines/openai/index.ts';
import { GOOD_PROPOSAL, proposeContext } from '../../helpers/openai/fixtures.ts';
import { testConfig, useModelServer } from '../../helpers/openai/msw.ts';
import type { Api } from '../../helpers/openai/replies.ts';

const { serve } = useModelServer();

describe.each<Api>(['responses', 'chat'])('a regenerated proposal over the %s API', (api) => {
  const engine = () => createOpenAIEngine({ config: testConfig(api) });
  const withVariant = (variant: number | undefined) => {
    const context = proposeContext();
    return { ...context, options: { ...context.options, ...(variant === undefined ? {} : { variant }) } };
  };

  it('asks the model for alternative N of the draft, keeping its substance', async () => {
    const seen = serve(api, [{ output: GOOD_PROPOSAL }]);
    await engine().propose(withVariant(2));
    const sent = JSON.stringify(seen[0]?.body);
    expect(sent).toContain('This is alternative 2 of this draft');
    expect(sent).toContain('keep the substance (the same proof, first step and closing question)');
  });

  it('sends a first draft (variant 0 or none) the same prompt as before variants existed', async () => {
    const seen = serve(api, [{ output: GOOD_PROPOSAL }, { output: GOOD_PROPOSAL }]);
    await engine().propose(withVariant(0));
    await engine().propose(withVariant(undefined));
    expect(JSON.stringify(seen[0]?.body)).not.toContain('alternative');
    // Each request draws its own data-tag suffix; apart from it the two are the same.
    expect(withoutTagSuffix(JSON.stringify(seen[1]?.body))).toBe(withoutTagSuffix(JSON.stringify(seen[0]?.body)));
  });
});
