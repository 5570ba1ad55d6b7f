/**
 * The data model shared by the engine, the extension and the scripts: figures found in text,
 * facts and claims of the index, and the verdicts given to a page's figures. Every shape that
 * crosses a trust boundary (the generated index, user packs, messages) is a zod schema here, and
 * its type is inferred from it. See docs/fact-model.md for what the fields mean.
 */
import { z } from 'zod/mini';

/** The interval of values a phrase allows: "more than 20" is (20, +inf), "about 228" is [~225.7, ~230.3]. */
export const IntervalSchema = z.object({
  min: z.number(),
  max: z.number(),
  /** Whether `min` itself is allowed ("at least 20": yes, "more than 20": no). */
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
});
export type Interval = z.infer<typeof IntervalSchema>;

/** What kind of figure a phrase states. */
export const FigureKindSchema = z.enum([
  'count', // 40 agreements, a dozen, forty
  'money', // $175 billion, 1.2 trillion yuan
  'quantity', // 38 billion cubic metres, 2,000 km
  'percent', // 30%
  'ordinal', // 25th visit, third term
  'duration', // four-day visit, 47-page declaration is 'count' of pages
  'date', // March 20 to 22, 2 September 2025
  'year', // in 2023, through 2027
  'weekday', // on Sunday (read for the evidence engine only)
  'clock', // at 2:40 a.m. (read for the evidence engine only)
]);
export type FigureKind = z.infer<typeof FigureKindSchema>;

/** How the writer hedged the number. */
export const QualifierSchema = z.enum([
  'exact',
  'more-than', // more than, over, 20+
  'at-least',
  'less-than', // fewer than, under
  'at-most', // up to, no more than
  'about', // about, around, approximately, some, roughly
  'nearly', // nearly, almost, close to
  'range', // 38 to 44
]);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** A calendar span a figure or an article refers to, at the precision the text allows. */
export const TimeSpanSchema = z.object({
  /** First day, ISO `YYYY-MM-DD`. */
  from: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Last day, ISO `YYYY-MM-DD` (inclusive). */
  to: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  precision: z.enum(['day', 'month', 'year']),
});
export type TimeSpan = z.infer<typeof TimeSpanSchema>;

/** One figure found in a text by the extractor. Offsets are UTF-16 indices into that text. */
export const FigureSchema = z.object({
  /** The figure as written, qualifier included: "more than 20", "$175 billion", "47-page". */
  text: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  kind: FigureKindSchema,
  /** The number with scale applied (228bn -> 228e9); for ranges, the lower end. */
  value: z.number(),
  interval: IntervalSchema,
  qualifier: QualifierSchema,
  /** USD, CNY, EUR, RUB, bcm, km, %, days, pages, count, ordinal, date, year… */
  unit: z.nullable(z.string()),
  /** What is counted, readable: "cooperation agreements", "bilateral trade". Empty when unknown. */
  measure: z.string(),
  /** The measure normalised so synonyms meet: "agreement" for deals, accords, documents, pacts. */
  measureKey: z.string(),
  /** The sentence the figure stands in, and where that sentence starts in the text. */
  sentence: z.string(),
  sentenceStart: z.int().check(z.nonnegative()),
  /** For dates and years: the span they name (a year alone gives a year-precision span). */
  time: z.nullable(TimeSpanSchema),
  /**
   * What the wording says of the figure, for the evidence model to weigh: `foreseen` (a goal, a
   * threshold or a forecast: "the $200 billion mark", "is expected to reach"), `name` (a number
   * inside a proper-noun phrase: "Boeing 737", "Congress 99"). Absent when none.
   */
  cues: z.optional(z.array(z.enum(['foreseen', 'name']))),
});
export type Figure = z.infer<typeof FigureSchema>;
/** One cue of a figure's wording. */
export type FigureCue = NonNullable<Figure['cues']>[number];

/** One seed article as described by `seeds/sources.json`. */
export const SourceSchema = z.object({
  /** The article's file name inside the seeds folder, e.g. "002_d8b002aab001f159.txt". */
  file: z.string().check(z.minLength(1)),
  outlet: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  url: z.url(),
  /** Publication date `YYYY-MM-DD` or `YYYY-MM` (month known only), or null when nothing dates it. */
  published: z.nullable(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/))),
  /** The main place the article reports from or about, e.g. "Beijing"; null when none. */
  place: z.nullable(z.string()),
  /** One line saying what the article reports. */
  reports: z.string().check(z.minLength(1)),
});
export type Source = z.infer<typeof SourceSchema>;

/** The manifest of a seeds folder. */
export const SourcesManifestSchema = z.array(SourceSchema).check(z.minLength(1));
export type SourcesManifest = z.infer<typeof SourcesManifestSchema>;

/** A source as the index keeps it: the manifest entry, where it came from, and what it is about. */
export const IndexedSourceSchema = z.extend(SourceSchema, {
  /** 'seed' for the bundled pack, 'user' for sources the reader added. */
  origin: z.enum(['seed', 'user']),
  /** Named entities the article is about, most salient first ("Putin", "Xi Jinping", "Beijing"…). */
  entities: z.array(z.string()),
});
export type IndexedSource = z.infer<typeof IndexedSourceSchema>;

/** Where in time and space a fact (or a page) refers to, and how that was decided. */
export const EventRefSchema = z.object({
  time: z.nullable(TimeSpanSchema),
  /** How the time was found: a date in the sentence, in nearby text, the publication date, or not at all. */
  timeBasis: z.enum(['sentence', 'context', 'publication', 'none']),
  place: z.nullable(z.string()),
  /** Readable label: "Beijing, May 2026", "Moscow, 20–22 March (year unknown)", "undated". */
  label: z.string(),
});
export type EventRef = z.infer<typeof EventRefSchema>;

/** A figure of a source article kept in the index, with its event and its role. */
export const FactSchema = z.extend(FigureSchema, {
  id: z.string(),
  /** The article's file name (the manifest's `file`). */
  source: z.string(),
  event: EventRefSchema,
  /** 'part' when the text says the figure counts only part of a total ("20 signed, 20 more expected"). */
  role: z.enum(['whole', 'part']),
  /** For a part: a readable note of what it leaves out, e.g. "20 more were expected". */
  note: z.nullable(z.string()),
  /** The text before the sentence in the same paragraph (up to a few hundred characters): what the figure is about when its own sentence does not say. */
  context: z.string(),
  /** The claim this fact belongs to ("" until the index groups facts into claims). */
  claimId: z.string(),
});
export type Fact = z.infer<typeof FactSchema>;

/** One source with the facts extracted from it: the unit user sources are stored and exchanged in. */
export const SourceFactsSchema = z.object({
  source: IndexedSourceSchema,
  facts: z.array(FactSchema),
});
export type SourceFacts = z.infer<typeof SourceFactsSchema>;

/** Facts about the same measure of the same event, and how their sources relate. */
export const ClaimSchema = z.object({
  id: z.string(),
  measureKey: z.string(),
  measure: z.string(),
  unit: z.nullable(z.string()),
  event: EventRefSchema,
  factIds: z.array(z.string()),
  /**
   * Pairs of fact ids whose values agree / conflict (parts are never in conflict with wholes): the
   * first `MAX_PAIRS` (core/index/claim-pairs.ts) of each kind; read only as "has a conflict".
   */
  agree: z.array(z.tuple([z.string(), z.string()])),
  conflict: z.array(z.tuple([z.string(), z.string()])),
  /** Named entities the claim's sources are about; a page must share them to be matched. */
  subject: z.array(z.string()),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** The generated fact index bundled with the extension (and built from user sources). */
export const FactIndexSchema = z.object({
  version: z.literal(1),
  builtAt: z.string(),
  /**
   * Which engine checks pages against these sources: the rule matcher (absent or 'rules': the
   * bundled seeds it was written on) or the evidence engine ('evidence': a folder of another topic,
   * built with `CROSSCHECK_ENGINE=evidence`; docs/decisions/033).
   */
  engine: z.optional(z.enum(['rules', 'evidence'])),
  sources: z.array(IndexedSourceSchema),
  facts: z.array(FactSchema),
  claims: z.array(ClaimSchema),
});
export type FactIndex = z.infer<typeof FactIndexSchema>;

/** The four verdicts a checked figure can get. */
export const VerdictSchema = z.enum(['corroborated', 'conflicting', 'mixed', 'related']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** How one source relates to a page's figure. */
export const RelationSchema = z.enum(['corroborates', 'conflicts', 'related']);
export type Relation = z.infer<typeof RelationSchema>;

/** A page's metadata as read from its markup (zod/mini; defined in `page-meta.ts`). */
export { PageMetaSchema, type PageMeta } from './page-meta';

/** The time and place a page was found to be about, and how. */
export const PageContextSchema = z.object({
  url: z.nullable(z.string()),
  title: z.string(),
  published: z.nullable(TimeSpanSchema),
  /** Where the date came from: "article:published_time", "JSON-LD datePublished", "address"…; null when undated. */
  dateBasis: z.nullable(z.string()),
  places: z.array(z.string()),
  event: EventRefSchema,
});
export type PageContext = z.infer<typeof PageContextSchema>;

/** One source entry of a checked figure, as shown on a card. */
export const SourceMatchSchema = z.object({
  /** The article's file name (seeds) or the user source's id. */
  source: z.string(),
  outlet: z.string(),
  url: z.string(),
  published: z.nullable(z.string()),
  relation: RelationSchema,
  /** False when the relation rests on an undated side and is only possible. */
  certain: z.boolean(),
  /** The source's figure as written, and its sentence. */
  text: z.string(),
  quote: z.string(),
  value: z.number(),
  event: z.string(),
  /** One line: why this relation ("reports 40; this page says 42", "a different event: Beijing, September 2025"). */
  reason: z.string(),
});
export type SourceMatch = z.infer<typeof SourceMatchSchema>;

/** A page figure that speaks to a claim of the index, with its verdict. */
export const CheckedFigureSchema = z.object({
  text: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  value: z.number(),
  unit: z.nullable(z.string()),
  measure: z.string(),
  measureKey: z.string(),
  verdict: VerdictSchema,
  /** One line a reader understands. */
  reason: z.string(),
  /** "why this matched": the value, measure and event it was matched on. */
  why: z.string(),
  event: z.string(),
  sources: z.array(SourceMatchSchema),
});
export type CheckedFigure = z.infer<typeof CheckedFigureSchema>;

/** The engine's answer for a whole page. */
export const PageCheckSchema = z.object({
  page: PageContextSchema,
  figures: z.array(CheckedFigureSchema),
});
export type PageCheck = z.infer<typeof PageCheckSchema>;
