import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../src/evals/reporters/junit.ts';
import { escapeXml } from '../../../src/evals/reporters/xml.ts';
import { makeRun } from './fixtures.ts';

describe('escapeXml', () => {
  it('escapes markup characters and strips control characters XML cannot carry', () => {
    expect(escapeXml('a<b & "c" ]]> \'d\'\u0001\u001f\ttab')).toBe('a&lt;b &amp; &quot;c&quot; ]]&gt; &apos;d&apos;\ttab');
  });
});

describe('formatJunit', () => {
  it('writes one testsuite per suite and one testcase per case with classname, name and seconds', () => {
    const xml = formatJunit(makeRun());
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('<testcase classname="proposals" name="clean-shopify" time="0.120"/>');
    expect(xml).toContain('<testsuite name="proposals" tests="2" failures="1"');
  });

  it('puts the failed checks and their messages in a failure element, escaped', () => {
    const xml = formatJunit(makeRun());
    expect(xml).toContain('<failure message="1 check(s) failed: P14" type="EvalFailure">');
    expect(xml).toContain('P14 (1/2 runs passed): The draft contains a messenger &lt;handle&gt; &amp; &quot;route&quot; ]]&gt;');
  });

  it('stays well-formed with hostile text: no raw "<" in bodies, no "]]>", no control characters', () => {
    const run = makeRun();
    const hostile = 'x<y&z]]>\u0000\u0008<script>';
    const first = run.suites[0]!.cases[1]!;
    first.caseId = `id-${hostile}`;
    first.checks[0]!.messages = [hostile];
    const xml = formatJunit(run);
    expect(xml).not.toContain(']]>');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    expect(xml).not.toContain('<script>');
    // Every "<" left opens a known element.
    const tags = [...xml.matchAll(/<\/?([A-Za-z?]+)/g)].map((match) => match[1]);
    expect(new Set(tags)).toEqual(new Set(['?xml', 'testsuites', 'testsuite', 'testcase', 'failure']));
  });

  it('adds a gate testcase when a pass-rate gate fails while every case passed', () => {
    const run = makeRun();
    run.suites[1]!.rules[0]!.gatePassed = false;
    const xml = formatJunit(run);
    expect(xml).toContain('<testcase classname="triage" name="gates"');
    expect(xml).toContain('pass-rate gate failed: T10');
  });
});
