/**
 * The engine's public vocabulary. It mirrors the batch contract in ../shared/eval/FORMAT.md so the same
 * objects go to the scorer, the popup and the highlighter without translation.
 *
 * All offsets are UTF-16 code-unit indices into the analysed text, 0-based and end-exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * How a source is typed (rules in src/core/sources/classify.ts):
 * - named-person: a person named by name ("Jake Sullivan", later "Sullivan", "he").
 * - named-organization: a named organization speaking as itself, or unnamed staff of one
 *   ("a White House spokesperson").
 * - document: a report, filing, study or publication ("a report in the Washington Post", "the paper").
 * - anonymous: identity known to the reporter but withheld ("people familiar with the discussions").
 * - unnamed-person: one unnamed individual without anonymity language ("a police officer").
 * - unnamed-group: a vague group ("critics", "analysts", "officials").
 * - unresolved: the engine could not type it.
 */
export type SourceType =
  | 'named-person'
  | 'named-organization'
  | 'document'
  | 'anonymous'
  | 'unnamed-person'
  | 'unnamed-group'
  | 'unresolved';

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export interface Quote {
  id: string;
  kind: QuoteKind;
  /** One or more fragments: a quote interrupted by "she said" has two. */
  content: Span[];
  /** The reporting verb or phrase ("said", "according to"). */
  cue: Span | null;
  /** The local mention of the speaker ("he", "the paper", "Smith"). */
  speaker: Span | null;
  /** Id of the resolved source in `Analysis.sources`. */
  source: string | null;
  /** 0..1, how sure the engine is that this is attributed speech with this speaker. */
  confidence: number;
}

export interface Source {
  id: string;
  /** Canonical name: the fullest name seen ("Jake Sullivan"), or the describing phrase for unnamed sources. */
  name: string;
  type: SourceType;
  /** Title or role seen with the name ("US National Security Advisor"). */
  title?: string;
  mentions: Span[];
  /** Mentions together with the clause that describes them, where there is one ("… who spoke on condition of anonymity"). */
  descriptions?: Span[];
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Span {
  type: DateType;
  /** TIMEX3 value: 2022-11-05, 2022-W44, 2022-Q3, P8M, PRESENT_REF, ... */
  value: string;
}

/** One distinct unnamed source, counted once however often it is quoted. */
export interface UnnamedSource {
  sourceId: string;
  type: Extract<SourceType, 'anonymous' | 'unnamed-person' | 'unnamed-group'>;
  /** The phrases that make it unnamed ("people familiar with the discussions"). */
  evidence: Span[];
}

export interface UnnamedSummary {
  count: number;
  anonymous: number;
  unnamedPeople: number;
  vagueGroups: number;
  sources: UnnamedSource[];
}

export interface ArticleMeta {
  title?: string | null;
  /** YYYY-MM-DD (optionally followed by a time): the anchor for relative dates. */
  published?: string | null;
}

/** "declined to comment", "did not respond to requests for comment", "could not be reached". */
export interface NoComment {
  /** The whole sentence that says so. */
  sentence: Span;
  /** Who did not comment ("The White House National Security Council and the State Department"). */
  who: Span | null;
  kind: 'declined' | 'no-response' | 'unreachable';
}

/** Another outlet's reporting that the story relies on ("a report in the Washington Post"). */
export interface SecondhandReport {
  outlet: string;
  /** The document source that carries it. */
  sourceId: string;
  mentions: Span[];
}

export interface Analysis {
  quotes: Quote[];
  sources: Source[];
  dates: DateMention[];
  unnamed: UnnamedSummary;
  noComment: NoComment[];
  secondhand: SecondhandReport[];
}
