import { t, tn } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { countUnnamed, type Settings } from '../shared/settings';

const COLORS = { quotes: '#3b4a6b', unnamed: '#a3195b', error: '#b42318' } as const;

export interface BadgeLook {
  text: string;
  title: string;
  color: string;
}

/** What the toolbar button shows for a tab: the count the user chose (quotes or unnamed sources) and why. */
export function badgeFor(state: TabState | null, settings: Settings): BadgeLook {
  const name = t('extShortName');
  if (state?.status === 'done') {
    const { analysis } = state;
    const quotes = analysis.quotes.length;
    const unnamed = countUnnamed(analysis.unnamed, settings);
    const count = settings.badge === 'unnamed' ? unnamed : quotes;
    const counted = settings.badge === 'unnamed' ? t('badgeCountsUnnamed') : t('badgeCountsQuotes');
    return {
      text: count > 999 ? '999+' : String(count),
      title: t('badgeTitleDone', name, counted, tn('quoteCount', quotes), tn('unnamedCount', unnamed)),
      color: COLORS[settings.badge],
    };
  }
  if (state?.status === 'analyzing') return { text: '…', title: t('badgeTitleAnalyzing', name), color: COLORS.quotes };
  if (state?.status === 'error')
    return { text: '!', title: t('badgeTitleError', name, state.error), color: COLORS.error };
  return { text: '', title: name, color: COLORS.quotes };
}
