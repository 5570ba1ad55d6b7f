/**
 * When and where a figure refers to: a date in its sentence, else in the sentence before it
 * (same paragraph), else the publication date; the place named in its sentence, else the
 * article's place. Used alike for source facts and for a page's figures.
 */
import type { EventRef, Figure, TimeSpan } from '../model';
import type { ExtractedText } from '../figures/extract-figures';
import { CITY_COUNTRY, findLocativeCountries, findLocativePlaces } from '../text/places';
import { daySpan, monthLabel } from '../time/spans';
import { nearestCue, timeCuesIn, type TimeCue } from '../time/time-cues';
import { firstIndex } from '../sorted';

/** What is known about the article a figure stands in. */
export interface ArticleContext {
  published: TimeSpan | null;
  /** The article's main place, used when a sentence names none. */
  place: string | null;
}

/** Caches time cues per sentence of one analysed text. */
export class EventResolver {
  private cues = new Map<number, TimeCue[]>();
  private amounts = new Map<number, Figure[]>();

  constructor(
    private readonly ex: ExtractedText,
    private readonly ctx: ArticleContext,
  ) {}

  /** The event of a figure of this text. */
  eventOf(figure: Figure): EventRef {
    const sIdx = this.sentenceIndex(figure.sentenceStart);
    const { time, basis } = this.timeOf(figure, sIdx);
    const place = this.placeOf(figure, time, basis);
    return { time, timeBasis: basis, place, label: eventLabel(place, time, figure) };
  }

  private timeOf(figure: Figure, sIdx: number): { time: TimeSpan | null; basis: EventRef['timeBasis'] } {
    if ((figure.kind === 'date' || figure.kind === 'year') && figure.time) return { time: figure.time, basis: 'sentence' };
    if (figure.kind === 'date' && this.ctx.published) {
      // "March 20 to 22" in an article of 21 March 2023: the nearest such days, read against the publication.
      const inferred = yearlessDate(figure, this.ctx.published);
      if (inferred) return { time: inferred, basis: 'publication' };
    }
    if (figure.kind === 'date' || figure.kind === 'year') return { time: null, basis: 'none' };
    const best = nearestCue(this.cuesOf(sIdx), figure.start, figure, this.cueWindow(sIdx, figure));
    if (best) return { time: best.time, basis: 'sentence' };
    // The sentence before, when in the same paragraph (no line break between).
    const prev = this.ex.sentences[sIdx - 1];
    const cur = this.ex.sentences[sIdx];
    if (prev && cur && !this.ex.text.slice(prev.end, cur.start).includes('\n')) {
      const c = nearestCue(this.cuesOf(sIdx - 1), prev.end);
      if (c) return { time: c.time, basis: 'context' };
    }
    if (this.ctx.published) return { time: this.ctx.published, basis: 'publication' };
    return { time: null, basis: 'none' };
  }

  private placeOf(figure: Figure, time: TimeSpan | null, basis: EventRef['timeBasis']): string | null {
    // A yearly figure ("trade reached $228 billion in 2025") belongs to no one place.
    if (basis === 'sentence' && time?.precision === 'year' && figure.kind !== 'date' && figure.kind !== 'year') return null;
    // Only places the sentence locates things in count: "according to the Kremlin" is not a place of the event.
    const named = findLocativePlaces(figure.sentence);
    // A date or year is placed only by its own sentence ("the February 2022 invasion" did not happen in Beijing).
    if (figure.kind === 'date' || figure.kind === 'year') return named[0] ?? null;
    if (this.ctx.place && named.includes(this.ctx.place)) return this.ctx.place;
    if (named[0]) return named[0];
    // "… signed during Putin's official visit to China": a sentence set in another country than
    // the page's city is not at the page's place (a page's place is a guess, its most named city).
    const page = this.ctx.place;
    const country = page ? CITY_COUNTRY[page] : undefined;
    if (country && findLocativeCountries(figure.sentence).some((c) => c !== country)) return null;
    return page;
  }

  /**
   * Where in its sentence a figure's cue may stand: anywhere before it (a sentence's opening "Last
   * year," dates all it says), but after it only up to the next amount, whose own cue a later one
   * is ("reached $228.1 billion, down from the $244.8 billion achieved in 2024": 2024 is the
   * second amount's year, not the first's).
   */
  private cueWindow(sIdx: number, figure: Figure): { from: number; to: number } {
    const amounts = this.amountsOf(sIdx);
    const next = amounts[firstIndex(amounts.length, (i) => amounts[i]!.start <= figure.start)];
    return { from: 0, to: next ? next.start : Infinity };
  }

  /** The figures of a sentence that are amounts (not dates, years or ordinals, which no "in 2024" follows). */
  private amountsOf(sIdx: number): Figure[] {
    let list = this.amounts.get(sIdx);
    if (!list) {
      const s = this.ex.sentences[sIdx];
      const figs = this.ex.figures;
      list = [];
      if (s) {
        // Figures are in text order: find the sentence's first by bisection.
        for (let i = firstIndex(figs.length, (k) => figs[k]!.start < s.start); i < figs.length && figs[i]!.start < s.end; i++) {
          const f = figs[i]!;
          if (f.kind === 'date' || f.kind === 'year' || f.kind === 'ordinal') continue;
          // "$240bn (£191bn) in 2023": an amount converted in brackets is the same amount, no other.
          const prev = list[list.length - 1];
          if (prev && /^\s*\(\s*(?:about|approximately|around|some|roughly)?\s*$/.test(this.ex.text.slice(prev.end, f.start))) continue;
          list.push(f);
        }
      }
      this.amounts.set(sIdx, list);
    }
    return list;
  }

  private cuesOf(sIdx: number): TimeCue[] {
    let c = this.cues.get(sIdx);
    if (!c) {
      const s = this.ex.sentences[sIdx];
      c = s ? timeCuesIn(this.ex.tokens, s.firstToken, s.endToken, this.ctx.published) : [];
      this.cues.set(sIdx, c);
    }
    return c;
  }

  private sentenceIndex(start: number): number {
    // The last sentence starting at or before `start` (sentences start in increasing order).
    const ss = this.ex.sentences;
    return firstIndex(ss.length, (i) => ss[i]!.start <= start) - 1;
  }
}

/** The span of a date written without its year ("March 20 to 22", value MMDD), in the publication's year. */
function yearlessDate(figure: Figure, published: TimeSpan): TimeSpan | null {
  const month = Math.floor(figure.interval.min / 100);
  const from = figure.interval.min % 100;
  const to = figure.interval.max % 100;
  if (month < 1 || month > 12 || from < 1) return null;
  return daySpan(Number(published.from.slice(0, 4)), month, from, Math.max(from, to));
}

/** "Beijing, May 2026", "Moscow, March 20 to 22 (year unknown)", "Beijing, undated", "2025". */
export function eventLabel(place: string | null, time: TimeSpan | null, figure?: Figure): string {
  const when = time ? monthLabel(time) : figure?.kind === 'date' ? `${figure.text} (year unknown)` : 'undated';
  return place ? `${place}, ${when}` : when;
}
