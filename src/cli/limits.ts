/**
 * What the CLI takes on. The extension refuses article text above 2,000,000 characters (the background's
 * MAX_TEXT_CHARS); the CLI uses the same limit, so both give the same answer for the same text, and a
 * runaway input gets a clear error instead of minutes of work.
 */
export const MAX_TEXT_CHARS = 2_000_000;
/** Saved pages and fetched pages above this are refused before they are parsed. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

const formatter = new Intl.NumberFormat('en');

export function tooLongText(chars: number): string {
  return `text is ${formatter.format(chars)} characters; the limit is ${formatter.format(MAX_TEXT_CHARS)}`;
}

export function tooLargePage(what: string, bytes: number): string {
  return `${what} is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_PAGE_BYTES / 1024 / 1024} MB`;
}
