/** A corpus page (test/corpus/TOPIC/pages/*.txt) served as a news page in the end-to-end tests. */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The corpus page as a news page: its first line the title and headline, each further line a paragraph. */
export function corpusPageHtml(text: string, published: string | null): string {
  const [title, ...rest] = text.split('\n').filter((l) => l.trim());
  const meta = published ? `<meta property="article:published_time" content="${published}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title ?? '')}</title>${meta}</head><body><main><article><h1>${escape(title ?? '')}</h1>${rest.map((p) => `<p>${escape(p)}</p>`).join('')}</article></main></body></html>`;
}
