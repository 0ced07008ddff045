import type { Analysis } from '../core/types';
import type { Detection } from '../page/detect/detect';
import type { ExtractedArticle } from '../page/extract/extract';
import { checkFor, isRecord, type Shapes } from './message-shapes';

/**
 * The message protocol, one map per direction. Each entry documents a message and names its reply type.
 * Errors cross the boundary as values (`Result`), never as thrown exceptions.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the background keeps per tab (in storage.session) and what the popup renders. */
export type TabState =
  | { status: 'analyzing'; url: string }
  | { status: 'not-article'; url: string; detection: Detection }
  | { status: 'skipped'; url: string; reason: SkipReason }
  | { status: 'no-text'; url: string }
  | { status: 'error'; url: string; error: string }
  | {
      status: 'done';
      url: string;
      article: ExtractedArticle;
      analysis: Analysis;
      ms: number;
      /** 'selection' when only the text the reader selected was analysed (context menu). */
      scope?: AnalysisScope;
    };

/**
 * Why an article page was not analysed on its own: the reader skips the site, turned automatic runs off, or
 * the page is too large to analyse without blocking it (src/content/page-size.ts).
 */
export type SkipReason = 'site-skipped' | 'auto-run-off' | 'too-large';

/** What was analysed: the page's article, or only the reader's selection. */
export type AnalysisScope = 'page' | 'selection';

/** Content script → background. */
export type ContentRequests = {
  /** The page was extracted: analyse it, cache the result for the tab and reply with it. */
  'content/article': {
    request: { article: ExtractedArticle; detection: Detection; scope?: AnalysisScope };
    reply: Result<Analysis>;
  };
  /** An article page could not be analysed, or analysis started: record that for the popup and badge. */
  'content/status': { request: { state: Exclude<TabState, { status: 'done' }> }; reply: Result<null> };
};

/** Popup or options page → background. */
export type PageRequests = {
  /** The cached state of a tab, or null when the tab has not been looked at (yet). */
  'popup/get-state': { request: { tabId: number }; reply: Result<TabState | null> };
};

/** What the content script knows about its page without the background (the gate's verdict). */
export type ContentStatus =
  | { status: 'idle' }
  | { status: 'not-article'; detection: Detection }
  | { status: 'skipped'; reason: SkipReason; detection: Detection }
  | { status: 'analyzing' | 'done' | 'no-text' | 'error'; detection: Detection };

/** Background or popup → content script (sent to one tab). */
export type TabRequests = {
  /** The gate's verdict for this page; non-article pages never message the background on their own. */
  'tab/status': { request: Record<string, never>; reply: Result<ContentStatus> };
  /**
   * Run detection and analysis now; `force` analyses even a page the gate rejected. With scope 'selection'
   * only the selected text is analysed (fails when nothing is selected).
   */
  'tab/run': { request: { force: boolean; scope?: AnalysisScope }; reply: Result<null> };
  /** Scroll to the highlight of a quote, source or date and flash it. */
  'tab/reveal': { request: { id: string }; reply: Result<boolean> };
  /** Show or hide every highlight (the keyboard shortcut). */
  'tab/toggle-highlights': { request: Record<string, never>; reply: Result<boolean> };
  /**
   * Step to the next (1) or previous (-1) highlight and pin its card (the keyboard shortcuts); `hint` names
   * the shortcuts for the card. Replies with the highlight's id, or null when there is none.
   */
  'tab/step': { request: { direction: 1 | -1; hint?: string }; reply: Result<string | null> };
};

type AnyMap = Record<string, { request: unknown; reply: unknown }>;
export type Message<M extends AnyMap, K extends keyof M = keyof M> = K extends keyof M
  ? { type: K } & M[K]['request']
  : never;
export type Reply<M extends AnyMap, K extends keyof M> = M[K]['reply'];

export type BackgroundMessage = Message<ContentRequests> | Message<PageRequests>;
export type TabMessage = Message<TabRequests>;

/**
 * Shape check for anything that arrives over runtime messaging: only known types whose fields all have the
 * right kinds pass (message-shapes.ts has the check for each type).
 */
export function isMessageOf<M extends AnyMap>(value: unknown, shapes: Shapes<M>): value is Message<M> {
  if (!isRecord(value)) return false;
  const check = checkFor(shapes, value.type);
  return check?.(value) === true;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
