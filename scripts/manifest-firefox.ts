/**
 * The Firefox manifest, derived at build time from the one root manifest.json so the two builds cannot drift.
 * Only what Firefox needs differently is changed:
 * - MV3 in Firefox has no background service worker: the same module runs as a non-persistent background
 *   script (`background.scripts`), which is also what @crxjs/vite-plugin reads with `browser: 'firefox'`.
 *   https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/background
 * - `browser_specific_settings.gecko`: the add-on id (required for storage.sync and for signing), the oldest
 *   Firefox it supports, and the built-in data-collection consent: Sourcelight collects nothing.
 *   https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
 */

/** The add-on id. AMO ties it to the listing on first upload: never change it after publishing. */
export const GECKO_ID = 'sourcelight@sourcelight.app';

/**
 * Firefox 140 (an ESR) is the first release with `data_collection_permissions`; it also has everything else
 * the extension uses: MV3 background scripts of `type: module` (109+), storage.session (115+) and the CSS
 * Custom Highlight API (140+). The code still detects storage.session and CSS.highlights and falls back to
 * memory and to <sourcelight-mark> elements where they are missing.
 */
export const FIREFOX_MIN_VERSION = '140.0';

/**
 * Firefox for Android gained `data_collection_permissions` in 142 (desktop in 140); without its own minimum,
 * the desktop one would claim support for Android 140-141, which web-ext lint rightly flags.
 */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** esbuild/oxc target for the Firefox bundles, kept in step with FIREFOX_MIN_VERSION. */
export const FIREFOX_BUILD_TARGET = `firefox${FIREFOX_MIN_VERSION.split('.')[0]}`;

interface SourceManifest {
  background?: { service_worker?: string; type?: string };
}

export interface GeckoSettings {
  gecko: {
    id: string;
    strict_min_version: string;
    data_collection_permissions: { required: 'none'[] };
  };
  gecko_android: { strict_min_version: string };
}

/** The source manifest with Firefox's background and gecko settings in place of Chromium's service worker. */
export type FirefoxManifest<M> = Omit<M, 'background'> & {
  background: { scripts: string[]; type: string };
  browser_specific_settings: GeckoSettings;
};

export function firefoxManifest<M extends SourceManifest>(source: M): FirefoxManifest<M> {
  const worker = source.background?.service_worker;
  if (!worker) throw new Error('manifest.json must declare background.service_worker (the Chromium entry)');
  const { background: _chromeOnly, ...rest } = source;
  return {
    ...rest,
    background: { scripts: [worker], type: source.background?.type ?? 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
