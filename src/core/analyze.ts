import { findDates } from './dates/find-dates';
import { findQuotes } from './quotes/find-quotes';
import { findNoComment } from './sources/no-comment';
import { resolveSources } from './sources/resolve';
import { findSecondhand } from './sources/secondhand';
import { summarizeUnnamed } from './sources/unnamed';
import { buildTextDoc } from './text/document';
import type { Analysis, ArticleMeta } from './types';

/**
 * The engine's one entry point: pure, synchronous, no DOM and no browser API, so the service worker, the
 * CLI and the tests all run exactly this.
 */
export function analyze(text: string, meta: ArticleMeta = {}): Analysis {
  const doc = buildTextDoc(text);
  const { quotes, sources } = resolveSources(doc, findQuotes(doc));
  return {
    quotes,
    sources,
    dates: findDates(text, meta.published),
    unnamed: summarizeUnnamed(text, sources, quotes),
    noComment: findNoComment(doc),
    secondhand: findSecondhand(sources),
  };
}
