import { BACKGROUND_ALPHA, SPEAKER_PALETTE, toneColor, withAlpha } from './palette';
import type { HighlightCategory, HighlightLook } from './types';

/**
 * The declarations each highlight gets, shared by the CSS Custom Highlight API rules and the element
 * fallback. Only paint properties (background, text decoration): nothing that can move a line of text.
 * Quotes and unnamed-source phrases get a translucent background; speakers a solid underline (in their
 * own colour when speaker colours are on); dates a dotted underline.
 */
export function categoryDeclarations(category: HighlightCategory, look: HighlightLook): string {
  const color = look.colors[category];
  switch (category) {
    case 'speakers':
      return look.speakerColors ? '' : underline(color, 'solid');
    case 'dates':
      return underline(color, 'dotted');
    default:
      return `background-color: ${withAlpha(color, BACKGROUND_ALPHA)};`;
  }
}

export function toneDeclarations(tone: number): string {
  return underline(toneColor(tone), 'solid');
}

function underline(color: string, style: 'solid' | 'dotted'): string {
  return `text-decoration: underline ${style} ${color} 2px; text-underline-offset: 3px;`;
}

/** The mark of a revealed item (a brief flash) or of the item a keyboard user stepped to. */
export const MARKED_DECLARATIONS = 'background-color: rgba(255, 200, 0, 0.8); color: #111111;';

export const TONE_COUNT = SPEAKER_PALETTE.length;
