import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/domain/schemas.ts';
import { placeMarks as serverPlaceMarks } from '../../../../src/http/web/views/draft-marks.ts';

interface EditorModule {
  placeMarks(text: string, findings: Finding[]): { marks: { start: number; end: number; finding: Finding }[]; beside: Finding[] };
}

// A browser module without type declarations: imported by URL so TypeScript does not resolve it.
const MODULE = new URL('../../../../src/http/web/assets/draft-editor.js', import.meta.url).href;
const load = () => import(MODULE) as Promise<EditorModule>;

const finding = (ruleId: string, evidence: string | null): Finding => ({ ruleId, severity: 'warn', message: 'm', evidence });

// Texts and findings where the placement rules matter: case, clipped quotes, overlaps, absent
// evidence, one-character evidence, and a script whose lower case changes the length.
const SAMPLES: [string, Finding[]][] = [
  ['We leverage data. Leverage again. I am passionate.', [finding('P18', 'passionate'), finding('P16', 'LEVERAGE'), finding('P21', 'overlap 0.62')]],
  [
    'Hi, I am Ada and I will delve into your shop.',
    [finding('P03', 'Hi, I am Ada and I will delve into your shop.'), finding('P02', 'Hi, I am Ada...'), finding('P16', 'delve')],
  ],
  ['A short draft.', [finding('P10', null), finding('P11', 'a'), finding('P12', 'short draft')]],
  ['İstanbul shop, istanbul team.', [finding('P16', 'istanbul'), finding('P17', 'SHOP')]],
  ['first second third', [finding('P01', 'second third'), finding('P02', 'first second'), finding('P03', 'third')]],
];

describe('the draft editor in the browser places marks as the server does', () => {
  it.each(SAMPLES)('on %j', async (text, findings) => {
    const browser = await load();
    const server = serverPlaceMarks(text, findings);
    const inBrowser = browser.placeMarks(text, findings);
    expect(inBrowser.marks.map(({ start, end, finding: { ruleId } }) => [start, end, ruleId])).toEqual(
      server.marks.map(({ start, end, finding: { ruleId } }) => [start, end, ruleId]),
    );
    expect(inBrowser.beside.map((entry) => entry.ruleId)).toEqual(server.beside.map((entry) => entry.ruleId));
  });
});
