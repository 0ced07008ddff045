/**
 * Colours shared by the page highlights, the hover card, the popup and the options preview. Mid-tone hues
 * with enough contrast against white and near-black pages; they repeat after eight speakers.
 */
export const SPEAKER_PALETTE = [
  '#2f9e44',
  '#e8590c',
  '#1c7ed6',
  '#ae3ec9',
  '#d6336c',
  '#0c8599',
  '#e09f00',
  '#5c7cfa',
] as const;

export function toneColor(tone: number): string {
  return (
    SPEAKER_PALETTE[((tone % SPEAKER_PALETTE.length) + SPEAKER_PALETTE.length) % SPEAKER_PALETTE.length] ?? '#888888'
  );
}

/**
 * Background highlights are translucent so the page's own text colour shows through: dark text on a light
 * tint on light pages, light text on a dark tint on dark pages. Underlines stay opaque.
 */
export const BACKGROUND_ALPHA = 0.35;

/** "#ffc400", 0.35 → "rgba(255, 196, 0, 0.35)". */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return hex;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => Number.parseInt(c ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
