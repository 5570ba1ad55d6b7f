/**
 * Zod issues in plain words, each with the path of the bad field, for the people who read the
 * error — a seeds folder's author, someone importing a pack:
 * `sources[2].source.published: should be a date like 2026-05-20 or 2026-05, but is "May 2026"`.
 * Parse with `{ reportInput: true }` so each issue carries the value it rejected. Worded from the
 * issue's code, not zod's message, so zod/mini needs no locale loaded.
 */
import type { z } from 'zod/mini';

/** Formats one zod path as `[2].published` / `sources[0].url`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

/** Formats every issue as "path: plain message", joined with "; ". */
export function formatZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return plainIssues(issues).join('; ');
}

/** Fields whose format deserves a specific explanation. */
const FORMAT_HINTS: Record<string, string> = {
  published: 'a date like 2026-05-20 or 2026-05 (or null when undated)',
  place: 'a place name (or null when none)',
  note: 'text (or null)',
  time: 'a span of days (or null)',
  from: 'a date like 2026-05-20',
  to: 'a date like 2026-05-20',
  url: 'a web address such as https://example.org/article',
};

/** A short readable rendering of a value: `"May 2026"`, `a number (42)`, `missing`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (typeof v === 'string') return v.length > 60 ? `"${v.slice(0, 57)}…"` : `"${v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** One issue in plain words, without its path. */
export function plainIssueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const field = String(issue.path[issue.path.length - 1] ?? '');
  const got = describeValue(input);
  switch (issue.code) {
    case 'invalid_type': {
      // A field that may be null says so ("published: … (or null when undated)"), not just "text".
      const expected = FORMAT_HINTS[field] ?? TYPE_WORDS[issue.expected] ?? issue.expected;
      if (input === undefined) return `is missing (should be ${expected})`;
      return `should be ${expected}, but is ${got}`;
    }
    case 'invalid_format':
      return `should be ${FORMAT_HINTS[field] ?? `in ${issue.format} format`}, but is ${got}`;
    case 'invalid_value':
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, but is ${got}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'should not be empty';
      if (issue.origin === 'array') return `should have at least ${issue.minimum} item(s)`;
      return `should be at least ${issue.minimum}, but is ${got}`;
    case 'too_big':
      return `should be at most ${issue.maximum}, but is ${got}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return `is not in any accepted form (it is ${got})`;
    default:
      return issue.message;
  }
}

/** Every issue as "path: plain message", the path prefixed with `prefix` (e.g. `sources[2]`). */
export function plainIssues(issues: ReadonlyArray<z.core.$ZodIssue>, prefix: ReadonlyArray<PropertyKey> = []): string[] {
  return issues.map((i) => `${formatPath([...prefix, ...i.path])}: ${plainIssueMessage(i)}`);
}

