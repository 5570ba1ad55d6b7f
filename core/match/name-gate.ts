/**
 * The cheap first test of every page: does its opening name at least two of the index's subject
 * entities? It has no imports on purpose: the content script's first stage, injected into every
 * page, carries it with a few hundred bytes of names and nothing else (docs/decisions/008).
 */

/** Entities a page must share with a claim at the least. */
export const MIN_SHARED_ENTITIES = 2;

/**
 * What the cheap first test needs, computed ahead of time (at build time for the bundled index):
 * every written form of every subject entity ("Chinese" → China, "Kremlin" → Moscow).
 */
export interface SubjectGateData {
  forms: Record<string, string>;
}

/** `base` with more written forms (the reader's own sources' on top of the bundled index's). */
export function withForms(base: SubjectGateData, forms: Record<string, string>): SubjectGateData {
  return { forms: { ...base.forms, ...forms } };
}

/**
 * The gate of `base` with the reader's own sources' `forms` on top; null when there are none to
 * add (the gate of `base` alone is then the whole test).
 */
export function gateWithForms(base: SubjectGateData, forms: Record<string, string> | null): ((sample: string) => boolean) | null {
  return forms && Object.keys(forms).length > 0 ? makeSubjectGate(withForms(base, forms)) : null;
}

/**
 * Builds the cheap first test: does a sample (title + start of the text) name at least two
 * subject entities, each as a whole word (case as written)? A plain substring search per form,
 * with the letters on either side looked at only where a form occurs: no regular expression, so
 * nothing to compile and nothing to backtrack on a page that is about something else.
 */
export function makeSubjectGate(data: SubjectGateData): (sample: string) => boolean {
  const forms = Object.entries(data.forms).filter(([form]) => form.length > 0);
  return (sample: string) => {
    let first: string | null = null;
    for (const [form, entity] of forms) {
      if (entity === first || !occursAsWord(sample, form)) continue;
      if (first !== null) return true; // a second entity: MIN_SHARED_ENTITIES is 2
      first = entity;
    }
    return false;
  };
}

/** Whether `form` occurs in `text` with no letter right before or after it. */
function occursAsWord(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!isLetterAt(text, at - 1) && !isLetterAt(text, at + form.length)) return true;
  }
  return false;
}

/** Whether the character at `i` is a letter (false outside the text). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text.slice(i, i + 1));
}

/** A letter outside ASCII (asked only next to a name, so compiled on few pages). */
const LETTER = /\p{L}/u;
