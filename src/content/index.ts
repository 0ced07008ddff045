import browser from 'webextension-polyfill';
import { TAB_SHAPES } from '../shared/message-shapes';
import { errorMessage, isMessageOf, type TabMessage, type TabRequests } from '../shared/messages';
import { ContentController } from './controller';
import { watchNavigation } from './navigation';

/** Content-script entry: runs in every top-level http(s) page at document_idle. */

const controller = new ContentController(window);

async function handle(message: TabMessage): Promise<TabRequests[TabMessage['type']]['reply']> {
  switch (message.type) {
    case 'tab/status':
      return {
        ok: true,
        value:
          controller.status.status === 'idle'
            ? { status: 'not-article', detection: controller.detect() }
            : controller.status,
      };
    case 'tab/run':
      await controller.runNow(message.scope === 'selection' ? 'selection' : 'page');
      return { ok: true, value: null };
    case 'tab/reveal':
      return { ok: true, value: controller.reveal(message.id) };
    case 'tab/toggle-highlights':
      return { ok: true, value: controller.toggleHighlights() };
    case 'tab/step':
      return {
        ok: true,
        value: controller.stepHighlights(message.direction === -1 ? -1 : 1, message.hint),
      };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own extension may drive the page (only extension contexts can call tabs.sendMessage, and the
  // id rules out every other extension); the shape check rejects anything malformed.
  if (sender.id !== browser.runtime.id || !isMessageOf<TabRequests>(message, TAB_SHAPES)) return undefined;
  return handle(message).catch((error: unknown) => ({ ok: false, error: errorMessage(error) }));
});

function start(): void {
  controller.autoRun().catch((error: unknown) => console.warn('[Sourcelight]', errorMessage(error)));
}

start();
watchNavigation(window, () => {
  controller.reset();
  start();
});
