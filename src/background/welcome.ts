import browser from 'webextension-polyfill';

/**
 * On first install, open the options page with its welcome note: how to pin the button, what happens on an
 * article, and a live sample of the highlights. Only once: updates and browser restarts open nothing.
 */
export function installWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#welcome') }).catch(() => undefined);
  });
}
