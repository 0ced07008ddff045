import { describe, expect, it, vi } from 'vitest';

/**
 * MV3 may stop the service worker in the middle of a request: the content script's message is then lost
 * (no answer, or "message port closed"). Every background request is safe to repeat, so a lost one is sent
 * once more; an orphaned content script (extension reloaded) does not keep trying.
 */

const fake = await vi.hoisted(async () => (await import('../../support/fake-browser')).createFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fake }));
const { sendToBackground } = await import('../../../src/shared/send');

function replies(...answers: Array<unknown | Error>) {
  const sent: unknown[] = [];
  fake.runtime.sendMessage = async (message: unknown) => {
    sent.push(message);
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return sent;
}

describe('sending to the background', () => {
  it('sends a lost request once more and returns the second answer', async () => {
    const sent = replies(
      new Error('A listener indicated an asynchronous response by returning true, but the message channel closed'),
      { ok: true, value: null },
    );
    expect(await sendToBackground('popup/get-state', { tabId: 3 })).toEqual({ ok: true, value: null });
    expect(sent).toEqual([
      { type: 'popup/get-state', tabId: 3 },
      { type: 'popup/get-state', tabId: 3 },
    ]);
  });

  it('also retries when no answer came at all, and reports a second loss as an error value', async () => {
    const sent = replies(undefined, undefined);
    expect(await sendToBackground('popup/get-state', { tabId: 3 })).toEqual({
      ok: false,
      error: 'No reply from the background',
    });
    expect(sent).toHaveLength(2);
  });

  it('does not retry an answer, even an error answer', async () => {
    const sent = replies({ ok: false, error: 'The article text is too long to analyse' });
    expect(await sendToBackground('popup/get-state', { tabId: 3 })).toEqual({
      ok: false,
      error: 'The article text is too long to analyse',
    });
    expect(sent).toHaveLength(1);
  });

  it('gives up at once when the extension context is gone', async () => {
    const sent = replies(new Error('Extension context invalidated.'));
    expect(await sendToBackground('popup/get-state', { tabId: 3 })).toEqual({
      ok: false,
      error: 'Extension context invalidated.',
    });
    expect(sent).toHaveLength(1);
  });
});
