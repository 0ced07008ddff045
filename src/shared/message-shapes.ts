import type { ContentRequests, PageRequests, SkipReason, TabRequests } from './messages';

/**
 * Shape checks for every message type, per direction. Anything that arrives over runtime messaging is
 * untrusted until it passes: a known type and every field of the right kind (extra fields are ignored).
 * The handlers then read only checked fields; sizes are bounded where a field drives work.
 */

type Fields = Record<string, unknown>;
type Check = (message: Fields) => boolean;
export type Shapes<M> = { readonly [K in keyof M]: Check };

const isRecord = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isStringList = (v: unknown) => Array.isArray(v) && v.every(isString);
const isScope = (v: unknown) => v === undefined || v === 'page' || v === 'selection';
const SKIP_REASONS: readonly SkipReason[] = ['site-skipped', 'auto-run-off', 'too-large'];
/** Ids are short ("q12:3", "s4:m17", "d9"); a hint names two shortcuts. */
const isShortString = (v: unknown) => isString(v) && v.length <= 200;

function isDetection(v: unknown): boolean {
  return (
    isRecord(v) &&
    typeof v.isArticle === 'boolean' &&
    typeof v.score === 'number' &&
    Number.isFinite(v.score) &&
    isStringList(v.reasons) &&
    typeof v.liveBlog === 'boolean' &&
    isString(v.kind)
  );
}

function isArticle(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.url) &&
    isString(v.text) &&
    isStringList(v.paragraphs) &&
    ['title', 'byline', 'siteName', 'lang', 'dir', 'published', 'modified'].every((k) => isStringOrNull(v[k]))
  );
}

/** A state the content script may report: everything but 'done', which only the background writes. */
function isReportedState(v: unknown): boolean {
  if (!isRecord(v) || !isString(v.url)) return false;
  switch (v.status) {
    case 'analyzing':
    case 'no-text':
      return true;
    case 'not-article':
      return isDetection(v.detection);
    case 'skipped':
      return SKIP_REASONS.includes(v.reason as SkipReason);
    case 'error':
      return isString(v.error);
    default:
      return false;
  }
}

export const CONTENT_SHAPES: Shapes<ContentRequests> = {
  'content/article': (m) => isArticle(m.article) && isDetection(m.detection) && isScope(m.scope),
  'content/status': (m) => isReportedState(m.state),
};

export const PAGE_SHAPES: Shapes<PageRequests> = {
  'popup/get-state': (m) => Number.isSafeInteger(m.tabId) && (m.tabId as number) >= 0,
};

export const TAB_SHAPES: Shapes<TabRequests> = {
  'tab/status': () => true,
  'tab/run': (m) => typeof m.force === 'boolean' && isScope(m.scope),
  'tab/reveal': (m) => isShortString(m.id),
  'tab/toggle-highlights': () => true,
  'tab/step': (m) => (m.direction === 1 || m.direction === -1) && (m.hint === undefined || isShortString(m.hint)),
};

/** The check for a message's type, if the type is one of `shapes` (never one inherited from Object). */
export function checkFor<M>(shapes: Shapes<M>, type: unknown): Check | null {
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) return null;
  return shapes[type as keyof M];
}

export { isRecord };
