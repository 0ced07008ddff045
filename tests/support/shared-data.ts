import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Third-party evaluation data lives in ../shared/data and is never copied into this repository.
 * Tests that need it skip, with this message, when it is absent.
 */
export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const SHARED_DATA = resolve(SHARED, 'data');
export const SCORER = resolve(SHARED, 'eval/score.mjs');
export const hasSharedData = existsSync(SHARED_DATA) && existsSync(SCORER);
export const SKIP_REASON = `../shared/data or ../shared/eval/score.mjs not found at ${SHARED}: dev-set checks skipped`;

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DATA, ...parts);
}
