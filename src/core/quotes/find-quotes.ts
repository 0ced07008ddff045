import type { TextDoc } from '../text/document';
import { findDirectQuotes } from './direct';
import type { RawQuote } from './raw-quote';
import { findReportedSpeech } from './reported';

/** All attributions in the text: direct quotes first, then reported (indirect and mixed) speech around them. */
export function findQuotes(doc: TextDoc): RawQuote[] {
  const direct = findDirectQuotes(doc);
  const reported = findReportedSpeech(doc, direct);
  return [...direct, ...reported].sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
}
