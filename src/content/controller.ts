import { type Detection, detectArticle } from '../page/detect/detect';
import { extractArticle } from '../page/extract/extract';
import { t } from '../shared/i18n';
import type { AnalysisScope, ContentStatus } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { isSiteSkipped, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { PageHighlights } from './page-highlights';
import { measurePage, tooLargeForAutoRun } from './page-size';
import { selectionArticle } from './selection-article';
import { SETTLE, type SettleOptions, whenChanged, whenSettled } from './settle';

/** Times the gate looks again at a page that was not an article but is still adding content. */
const GATE_RETRIES = 2;
const RETRY_WINDOW_MS = 3000;
/** After an SPA navigation, how long to wait for the new route to start rendering. */
const ROUTE_RENDER_MS = 3000;

/**
 * The content script's whole job on one page: gate, and only on an article (or a user's request) extract,
 * ask the background to analyse, and highlight. On a non-article page it stops after the gate: no
 * Readability, no message, no DOM write.
 */
export class ContentController {
  status: ContentStatus = { status: 'idle' };
  private highlights: PageHighlights | null = null;
  private settings: Settings | null = null;
  private stopWatchingSettings: (() => void) | null = null;
  private runId = 0;
  /** Set by reset() on SPA navigation: the old story may still be on screen until the new one renders. */
  private newRoute = false;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly settle: SettleOptions = SETTLE,
  ) {}

  detect(): Detection {
    return detectArticle(this.win.document, this.win.location.href);
  }

  /**
   * The automatic run at page load (and after SPA navigation): once the page has settled, the gate; on a
   * page that is not (yet) an article but keeps adding content, the gate again, a bounded number of times.
   */
  async autoRun(): Promise<void> {
    const run = this.runId;
    if (this.newRoute) {
      this.newRoute = false;
      await whenChanged(this.win, ROUTE_RENDER_MS, this.settle);
    } else await whenSettled(this.win, this.settle);
    if (run !== this.runId) return; // navigated away while waiting
    let detection = this.detect();
    for (let retry = 0; !detection.isArticle && retry < GATE_RETRIES; retry++) {
      this.status = { status: 'not-article', detection };
      if (!(await whenChanged(this.win, RETRY_WINDOW_MS, this.settle)) || run !== this.runId) return;
      detection = this.detect();
    }
    if (!detection.isArticle) {
      this.status = { status: 'not-article', detection };
      return;
    }
    const settings = await this.loadSettings();
    const url = this.win.location.href;
    if (isSiteSkipped(settings, this.win.location.hostname)) {
      this.status = { status: 'skipped', reason: 'site-skipped', detection };
      return;
    }
    if (!settings.autoRun) {
      this.status = { status: 'skipped', reason: 'auto-run-off', detection };
      await sendToBackground('content/status', { state: { status: 'skipped', reason: 'auto-run-off', url } });
      return;
    }
    // A giant page would block the reader in Readability, which cannot be sliced: decline on our own and
    // leave it to the popup's "Analyze anyway" (page-size.ts explains the limits).
    if (tooLargeForAutoRun(measurePage(this.win.document))) {
      this.status = { status: 'skipped', reason: 'too-large', detection };
      await sendToBackground('content/status', { state: { status: 'skipped', reason: 'too-large', url } });
      return;
    }
    await this.analyze(detection);
  }

  /** A user's explicit request ("Analyze anyway", context menu): runs whatever the gate said. */
  async runNow(scope: AnalysisScope = 'page'): Promise<void> {
    await this.loadSettings();
    if (scope === 'selection') {
      const url = this.win.location.href;
      const article = selectionArticle(this.win.document, url);
      if (!article) {
        await sendToBackground('content/status', { state: { status: 'error', url, error: t('errorNoSelection') } });
        return;
      }
      await this.analyze(this.detect(), () => article, 'selection');
      return;
    }
    await this.analyze(this.detect());
  }

  async analyze(
    detection: Detection,
    extract = () => extractArticle(this.win.document, this.win.location.href),
    scope: AnalysisScope = 'page',
  ): Promise<void> {
    const run = ++this.runId;
    const url = this.win.location.href;
    this.status = { status: 'analyzing', detection };
    await sendToBackground('content/status', { state: { status: 'analyzing', url } });
    let article: ReturnType<typeof extractArticle>;
    try {
      article = extract();
    } catch (error) {
      this.status = { status: 'error', detection };
      const message = error instanceof Error ? error.message : String(error);
      await sendToBackground('content/status', {
        state: { status: 'error', url, error: `Extraction failed: ${message}` },
      });
      return;
    }
    if (!article) {
      this.status = { status: 'no-text', detection };
      await sendToBackground('content/status', { state: { status: 'no-text', url } });
      return;
    }
    const reply = await sendToBackground('content/article', {
      article,
      detection,
      ...(scope === 'selection' ? { scope } : {}),
    });
    if (run !== this.runId) return; // a newer run (SPA navigation) replaced this one
    if (!reply.ok) {
      this.status = { status: 'error', detection };
      return;
    }
    this.status = { status: 'done', detection };
    this.highlights ??= new PageHighlights(this.win, this.settings ?? (await this.loadSettings()));
    this.highlights.show(article.text, reply.value);
  }

  reveal(id: string): boolean {
    return this.highlights?.reveal(id) ?? false;
  }

  toggleHighlights(): boolean {
    return this.highlights?.toggle() ?? false;
  }

  stepHighlights(direction: 1 | -1, hint?: string): string | null {
    return this.highlights?.step(direction, hint) ?? null;
  }

  /** Drops highlights and state, e.g. when an SPA navigates to another story. */
  reset(): void {
    this.runId++;
    this.highlights?.dispose();
    this.highlights = null;
    this.status = { status: 'idle' };
    this.newRoute = true;
  }

  private async loadSettings(): Promise<Settings> {
    if (this.settings) return this.settings;
    this.settings = await loadSettings();
    // Only pages that got this far watch settings; a non-article page never registers a listener.
    this.stopWatchingSettings ??= onSettingsChanged((next) => {
      this.settings = next;
      this.highlights?.applySettings(next);
      if (isSiteSkipped(next, this.win.location.hostname)) this.reset();
    });
    return this.settings;
  }
}
