/**
 * Reads one topic of the labelled corpus (test/corpus/<topic>/, described in its README) and
 * validates it with one zod schema per file, naming the file and field of any problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';
import { SourcesManifestSchema } from '../../core/model';
import { formatZodIssues } from '../../core/zod-errors';

/** topic.json: what the topic is and how its pages were found. */
export const corpusTopicSchema = z.object({
  topic: z.string().check(z.minLength(1)),
  kind: z.string().check(z.minLength(1)),
  summary: z.string().check(z.minLength(1)),
  events: z.array(z.string()),
  queries: z.array(z.string()),
  /**
   * `train` (the default): the model is learned from it and judged on it leave-one-topic-out.
   * `test`: never learned from; the shipped learning is judged on it once, as a reader's new topic
   * (docs/decisions/044).
   */
  split: z.optional(z.enum(['train', 'test'])),
});

/** Which part of the corpus a topic belongs to (topic.json's `split`). */
export type CorpusSplit = NonNullable<z.infer<typeof corpusTopicSchema>['split']>;

/** The split a topic.json gives, `train` when it names none. */
export function splitOf(meta: z.infer<typeof corpusTopicSchema>): CorpusSplit {
  return meta.split ?? 'train';
}

/** The split of the topic folder `dir`, read from its topic.json alone. */
export function topicSplit(dir: string): CorpusSplit {
  return splitOf(readJson(join(dir, 'topic.json'), corpusTopicSchema));
}

/** pages/pages.json: the pages to check, with where their date came from. */
export const corpusPagesSchema = z.array(
  z.object({
    file: z.string().check(z.regex(/\.txt$/)),
    url: z.url(),
    outlet: z.string().check(z.minLength(1)),
    published: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    dateBasis: z.nullable(z.enum(['search-metadata', 'address'])),
    kind: z.enum(['same-event', 'other-event', 'negative']),
    query: z.string(),
  }),
);

/** The relation a label expects between a page figure and the seeds. */
export const expectedRelationSchema = z.enum(['corroborates', 'conflicts', 'mixed', 'related', 'none']);

/** labels.json: one label per figure mention. */
export const corpusLabelsSchema = z.array(
  z.object({
    page: z.string().check(z.minLength(1)),
    figure: z.string().check(z.minLength(1)),
    quote: z.string().check(z.minLength(1)),
    expected: expectedRelationSchema,
    seed_support: z.array(
      z.object({
        source: z.string().check(z.minLength(1)),
        sentence: z.string().check(z.minLength(1)),
        relation: z.enum(['corroborates', 'conflicts', 'related']),
      }),
    ),
    tier: z.enum(['core', 'background', 'trap', 'noise']),
    note: z.string(),
  }),
);

/** One label of labels.json. */
export type CorpusLabel = z.infer<typeof corpusLabelsSchema>[number];

/** One entry of pages/pages.json. */
export type CorpusPage = z.infer<typeof corpusPagesSchema>[number];

/** One topic, read and validated. */
export interface CorpusTopic {
  dir: string;
  meta: z.infer<typeof corpusTopicSchema>;
  seeds: z.infer<typeof SourcesManifestSchema>;
  pages: z.infer<typeof corpusPagesSchema>;
  labels: z.infer<typeof corpusLabelsSchema>;
}

/** Reads a JSON file and validates it with `schema`; throws an error naming the file and field. */
export function readJson<T>(file: string, schema: z.ZodMiniType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    throw new Error(`${file}: ${formatZodIssues(parsed.error.issues.slice(0, 5))}`);
  }
  return parsed.data;
}

/** Reads and validates the topic folder `dir`. Throws an error naming the file and field. */
export function loadCorpusTopic(dir: string): CorpusTopic {
  return {
    dir,
    meta: readJson(join(dir, 'topic.json'), corpusTopicSchema),
    seeds: readJson(join(dir, 'seeds', 'sources.json'), SourcesManifestSchema),
    pages: readJson(join(dir, 'pages', 'pages.json'), corpusPagesSchema),
    labels: readJson(join(dir, 'labels.json'), corpusLabelsSchema),
  };
}
