/**
 * A page about gardening with one sentence about the May 2026 summit at its end (`#quote`): how
 * far down the sentence lies decides which stage of the check meets it. With 120 paragraphs it is
 * past the page's 12,000-character opening but inside the first stage's sample (decision 040);
 * with 150 it is past the sample too, and the subject gate turns the page away.
 */
export function gardenPageHtml(paragraphs: number): string {
  const filler = Array.from({ length: paragraphs }, (_, i) => `<p>Week ${i + 1} in the garden: water the tomatoes in the morning, mulch the beds and pick the beans before they grow tough and stringy in the heat of the afternoon sun.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garden notes: a summer of tomatoes</title>
<meta property="article:published_time" content="2026-05-21T09:00:00Z"></head><body><article><h1>Garden notes</h1>${filler}
<p id="quote">At the Great Hall of the People in Beijing on Wednesday, Chinese President Xi Jinping and Russian President Vladimir Putin signed 42 agreements.</p>
</article></body></html>`;
}
