import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import {
  FIREFOX_ANDROID_MIN_VERSION,
  FIREFOX_BUILD_TARGET,
  FIREFOX_MIN_VERSION,
  firefoxManifest,
  GECKO_ID,
} from '../../../scripts/manifest-firefox';

describe('the Firefox manifest derived from manifest.json', () => {
  const firefox = firefoxManifest(manifest);

  it('runs the background entry as an MV3 background script, not a service worker', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox.background).not.toHaveProperty('service_worker');
  });

  it('declares the add-on id, the oldest supported Firefox and that no data is collected', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    });
    expect(GECKO_ID).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(FIREFOX_BUILD_TARGET).toBe(`firefox${Number.parseInt(FIREFOX_MIN_VERSION, 10)}`);
  });

  it('changes nothing else: permissions, content scripts, CSP and pages stay those of the root manifest', () => {
    const {
      background: _a,
      browser_specific_settings: _b,
      ...rest
    } = firefox as typeof firefox & {
      browser_specific_settings?: unknown;
    };
    const { background: _c, ...source } = manifest;
    expect(rest).toEqual(source);
  });

  it('leaves the root manifest untouched (the Chromium build reads it after this)', () => {
    expect(manifest.background).toHaveProperty('service_worker');
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('refuses a manifest without a background entry to convert', () => {
    expect(() => firefoxManifest({ ...manifest, background: {} })).toThrow(/service_worker/);
  });
});
