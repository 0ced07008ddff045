/** Sorts items by where their ranges start in the document. */
export function inDocumentOrder<T extends { range: Range }>(items: T[]): T[] {
  return [...items].sort((a, b) => {
    try {
      return a.range.compareBoundaryPoints(0 /* Range.START_TO_START */, b.range);
    } catch {
      return 0;
    }
  });
}
