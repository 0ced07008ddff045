/**
 * A small stand-in for webextension-polyfill's `browser` in unit tests: storage areas that enforce a byte
 * quota the way Chrome does (JSON size of the stored values), change listeners, the toolbar action and
 * runtime messaging. Tests install it with `vi.mock('webextension-polyfill', ...)`.
 */

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export class FakeStorageArea {
  readonly data = new Map<string, unknown>();
  /** Make the next calls fail, as a disabled sync or a broken profile does. */
  failWith: Error | null = null;

  constructor(
    private readonly area: string,
    private readonly listeners: Set<Listener>,
    public quotaBytes = Number.POSITIVE_INFINITY,
  ) {}

  bytesInUse(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + JSON.stringify(v).length;
    return n;
  }

  async get(key?: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failWith) throw this.failWith;
    const keys = key == null ? [...this.data.keys()] : Array.isArray(key) ? key : [key];
    const out: Record<string, unknown> = {};
    for (const k of keys) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWith) throw this.failWith;
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, JSON.parse(JSON.stringify(v)));
    let n = 0;
    for (const [k, v] of next) n += k.length + JSON.stringify(v).length;
    if (n > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) changes[k] = { oldValue: this.data.get(k), newValue: v };
    for (const [k, v] of next) this.data.set(k, v);
    for (const l of this.listeners) l(changes, this.area);
  }

  async remove(key: string | string[]): Promise<void> {
    for (const k of Array.isArray(key) ? key : [key]) this.data.delete(k);
  }

  async clear(): Promise<void> {
    this.data.clear();
  }
}

export function createFakeBrowser() {
  const listeners = new Set<Listener>();
  const badges = new Map<number, { text?: string; title?: string; color?: string }>();
  const badge = (tabId: number) => {
    const b = badges.get(tabId) ?? {};
    badges.set(tabId, b);
    return b;
  };
  return {
    badges,
    runtime: {
      id: 'sourcelight-test',
      getURL: (path: string) => `chrome-extension://sourcelight-test/${path}`,
      sendMessage: async (_message: unknown): Promise<unknown> => undefined,
      onMessage: { addListener() {}, removeListener() {} },
    },
    storage: {
      sync: new FakeStorageArea('sync', listeners),
      session: new FakeStorageArea('session', listeners),
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    action: {
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
        badge(tabId).text = text;
      },
      async setBadgeBackgroundColor({ tabId, color }: { tabId: number; color: string }) {
        badge(tabId).color = color;
      },
      async setTitle({ tabId, title }: { tabId: number; title: string }) {
        badge(tabId).title = title;
      },
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
