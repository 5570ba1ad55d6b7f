/**
 * Hand-built checked figures for component tests, shaped like the engine's output for the
 * "42 agreements" page (test/fixtures/pages/may2026-42-agreements-conflict.*).
 */
import type { CheckedFigure, SourceMatch } from '../../core/model';

export const courant: SourceMatch = {
  source: '002_d8b002aab001f159.txt',
  outlet: 'American Courant',
  url: 'https://americancourant.pages.dev/world/xi-putin-beijing-summit-multipolar-world-declaration-may-2026/',
  published: '2026-05-20',
  relation: 'conflicts',
  certain: true,
  text: '40 cooperation agreements',
  quote:
    'Russian President Vladimir Putin arrived in Beijing on Wednesday for his 25th visit to China, and left with a 47-page joint declaration, 40 cooperation agreements, and a co-signed warning to Washington that the two countries will resist what they called a return to the “law of the jungle” in global affairs.',
  value: 40,
  event: 'Beijing, May 2026',
  reason: 'reports 40; this page says 42',
};

export const reviewCo: SourceMatch = {
  source: '001_0d44532527916ebe.txt',
  outlet: 'The Review Co',
  url: 'https://thereviewco.com/china-russia-deepen-alliance-42-agreements-signed/',
  published: null,
  relation: 'corroborates',
  certain: false,
  text: '42 new agreements',
  quote: 'China and Russia signed 42 new agreements during meetings in Beijing.',
  value: 42,
  event: 'Beijing, undated',
  reason: 'reports 42 too, but is undated',
};

export const indianRepublic: SourceMatch = {
  source: '000_4428a17b24a18e0d.txt',
  outlet: 'Indian Republic',
  url: 'https://www.indianrepublic.in/2025/09/xi-putin-beijing-summit-china-russia-strategic-axis-wwii-multipolar-world.html',
  published: '2025-09',
  relation: 'related',
  certain: true,
  text: 'more than 20',
  quote: 'Xi and Putin signed more than 20 cooperation agreements on energy, space and AI.',
  value: 20,
  event: 'Beijing, 2 September 2025',
  reason: 'a different event: Beijing, September 2025',
};

export const conflicting42: CheckedFigure = {
  text: '42',
  start: 310,
  end: 312,
  value: 42,
  unit: 'count',
  measure: 'agreements',
  measureKey: 'agreement',
  verdict: 'conflicting',
  reason: 'American Courant (20 May 2026) reports 40; this page says 42',
  why: 'Matched 42 agreements (count) to the claim "cooperation agreements, Beijing, May 2026"',
  event: 'Beijing, May 2026',
  sources: [courant, reviewCo, indianRepublic],
};
