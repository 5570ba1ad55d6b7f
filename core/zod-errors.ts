/**
 * Turns zod issues into plain words with the path of each bad field, for error messages a
 * person reads ("[2].published: must look like 2026-05-20 or 2026-05, got "May 2026"").
 */
import type { z } from 'zod';

/** Formats one zod path as `[2].published` / `sources[0].url`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

/** Formats every issue as "path: message", joined with "; ". */
export function formatZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
}
