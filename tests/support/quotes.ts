import { analyze } from '../../src/core/analyze';
import { quoteTable } from './spans';

/** The engine's quotes for one of our own test sentences, read back as text (a fixed publication date). */
export function quotesIn(text: string) {
  return quoteTable(text, analyze(text, { published: '2024-05-12' }));
}
