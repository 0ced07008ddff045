/**
 * Keyboard stepping through highlights (next / previous), in document order, wrapping at either end. With
 * nothing chosen yet it starts at the first highlight on screen, so a reader who scrolled keeps their place.
 */
export interface Steppable {
  id: string;
  /** Viewport top of the item now, or null when it has no box (hidden by the page). */
  top: number | null;
}

export function nextStep(
  items: ReadonlyArray<Steppable>,
  currentId: string | null,
  direction: 1 | -1,
  viewportHeight: number,
): number {
  if (items.length === 0) return -1;
  const at = currentId === null ? -1 : items.findIndex((i) => i.id === currentId);
  if (at >= 0) return (at + direction + items.length) % items.length;
  if (direction === 1) {
    const onScreen = items.findIndex((i) => i.top !== null && i.top >= 0);
    return Math.max(onScreen, 0);
  }
  for (let i = items.length - 1; i >= 0; i--) {
    const top = items[i]?.top;
    if (top !== null && top !== undefined && top < viewportHeight) return i;
  }
  return items.length - 1;
}
