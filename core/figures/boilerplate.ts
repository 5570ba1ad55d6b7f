/**
 * Lines that are page furniture, not reporting: navigation ("Previous Article") and source lists
 * ("Sources 6 cited · 2 primary" and the numbered citations under it). Figures in them are never
 * facts.
 */

const FURNITURE = [
  /^(previous|next) (article|story|post)$/i,
  /^(read|see) (more|also)\b/i,
  /^(advertisement|sponsored|related( articles| stories)?|share( this( article| story)?)?|subscribe.*|sign up.*)$/i,
];
/** A heading that starts a list of sources or references. */
const SOURCE_LIST_HEADING = /^(sources?|references|citations|footnotes|notes|further reading)\b.{0,40}$/i;
/** A numbered list item: "1. …", "2) …". */
const LIST_ITEM = /^\s*\d{1,3}[.)]\s/;

/** Half-open [start, end) ranges of the text that are boilerplate. Linear in the text. */
export function boilerplateRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let inSourceList = false;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const line = text.slice(pos, nl);
    const trimmed = line.trim();
    if (trimmed.length > 0 && trimmed.length <= 200) {
      if (SOURCE_LIST_HEADING.test(trimmed) && (/\d/.test(trimmed) || trimmed.split(/\s+/).length <= 3)) {
        inSourceList = true;
        out.push([pos, nl]);
      } else if (inSourceList && LIST_ITEM.test(line)) {
        out.push([pos, nl]);
      } else if (FURNITURE.some((r) => r.test(trimmed))) {
        out.push([pos, nl]);
        inSourceList = false;
      } else {
        inSourceList = false;
      }
    } else if (trimmed.length > 200) {
      inSourceList = false;
    }
    pos = nl + 1;
  }
  return out;
}
