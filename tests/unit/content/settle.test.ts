// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { whenChanged, whenSettled } from '../../../src/content/settle';

/** Run timing: the gate waits for a quiet page, bounded in time, and looks again at a page still rendering. */
const win = window as unknown as Window & typeof globalThis;
const quick = { quietMs: 40, maxMs: 400 };
let timers: ReturnType<typeof setInterval>[] = [];

afterEach(() => {
  for (const t of timers) clearInterval(t);
  timers = [];
  document.body.innerHTML = '';
});

function mutateEvery(ms: number): void {
  timers.push(setInterval(() => document.body.append(document.createElement('span')), ms));
}

describe('settle timing', () => {
  it('resolves once the page has been quiet for quietMs', async () => {
    const t0 = performance.now();
    await whenSettled(win, quick);
    const waited = performance.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(35);
    expect(waited).toBeLessThan(300);
  });

  it('waits while the page keeps changing, but never past maxMs', async () => {
    mutateEvery(10);
    const t0 = performance.now();
    await whenSettled(win, quick);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(350);
  });

  it('reports a page that adds content, after it settles', async () => {
    setTimeout(() => document.body.append(document.createElement('article')), 30);
    expect(await whenChanged(win, 300, quick)).toBe(true);
    expect(document.querySelector('article')).not.toBeNull();
  });

  it('reports a page that stays as it is', async () => {
    expect(await whenChanged(win, 80, quick)).toBe(false);
  });
});
