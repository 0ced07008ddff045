import { useEffect, useMemo, useRef } from 'preact/hooks';
import { createCustomHighlighter, customHighlightsSupported } from '../page/highlight/custom-highlights';
import { attachHoverCard } from '../page/highlight/hover-card';
import { createMarkHighlighter } from '../page/highlight/mark-elements';
import { toneColor } from '../page/highlight/palette';
import type { Highlighter, HighlightItem } from '../page/highlight/types';
import { t } from '../shared/i18n';
import { type Settings, visibleCategories } from '../shared/settings';
import { type PreviewSpan, parsePreview } from './preview-text';

const CARD_LABELS = {
  directQuotes: 'categoryDirectQuotes',
  reportedQuotes: 'categoryReportedQuotes',
  speakers: 'categorySpeakers',
  unnamed: 'categoryUnnamed',
  dates: 'categoryDates',
} as const;

function itemsFor(paragraph: HTMLElement, spans: PreviewSpan[], prefix: string): HighlightItem[] {
  const node = paragraph.firstChild;
  if (node?.nodeType !== 3) return [];
  return spans.map((span, i) => {
    const range = document.createRange();
    range.setStart(node, span.start);
    range.setEnd(node, span.end);
    return {
      id: `${prefix}${i}`,
      category: span.category,
      range,
      card: {
        label: t(CARD_LABELS[span.category]),
        heading: range.toString(),
        lines: [t('previewCardLine')],
      },
      ...(span.tone !== undefined ? { tone: span.tone } : {}),
    };
  });
}

/**
 * The sample paragraph, on a light and on a dark page, highlighted by the same code that highlights
 * articles: what the reader sees here is what pages will look like, updated as they change a setting.
 */
export function HighlightPreview({ settings }: { settings: Settings }) {
  const { text, spans } = useMemo(() => parsePreview(t('previewMarkup')), []);
  const light = useRef<HTMLParagraphElement>(null);
  const dark = useRef<HTMLParagraphElement>(null);
  const highlighter = useRef<Highlighter | null>(null);
  const current = useRef(settings);
  current.current = settings;

  useEffect(() => {
    if (!light.current || !dark.current) return;
    const look = { colors: settings.colors, speakerColors: settings.speakerColors };
    const h = customHighlightsSupported(window)
      ? createCustomHighlighter(window, look)
      : createMarkHighlighter(window, look);
    h.show([...itemsFor(light.current, spans, 'light'), ...itemsFor(dark.current, spans, 'dark')]);
    h.setVisible(visibleCategories(settings));
    const card = attachHoverCard(window, h, {
      swatch: (item) =>
        item.tone !== undefined && current.current.speakerColors
          ? toneColor(item.tone)
          : current.current.colors[item.category],
    });
    highlighter.current = h;
    return () => {
      card.dispose();
      h.dispose();
      highlighter.current = null;
    };
    // The highlighter is built once; later settings go through setLook/setVisible below.
  }, [spans]);

  useEffect(() => {
    highlighter.current?.setLook({ colors: settings.colors, speakerColors: settings.speakerColors });
    highlighter.current?.setVisible(visibleCategories(settings));
  }, [settings]);

  return (
    <figure class="preview" aria-labelledby="preview-caption">
      <figcaption id="preview-caption">{t('previewCaption')}</figcaption>
      <div class="preview-pages">
        <div class="preview-page light">
          <span class="preview-label">{t('previewLightPage')}</span>
          <p ref={light} data-testid="preview-light">
            {text}
          </p>
        </div>
        <div class="preview-page dark">
          <span class="preview-label">{t('previewDarkPage')}</span>
          <p ref={dark} data-testid="preview-dark">
            {text}
          </p>
        </div>
      </div>
    </figure>
  );
}
