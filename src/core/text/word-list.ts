/** A word list written as whitespace-separated words: compact to read and immune to the formatter. */
export function wordList(words: string): string[] {
  return words.trim().split(/\s+/);
}

export function wordSet(words: string): Set<string> {
  return new Set(wordList(words));
}
