/**
 * Calls back when a single-page app moves to another URL without a page load. The Navigation API reports
 * pushState/replaceState navigations to content scripts too; where it is missing, popstate catches
 * back/forward. A short delay lets the new route render before the gate looks at it.
 */

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigatesuccess', listener: () => void): void;
}

const SETTLE_MS = 600;

export function watchNavigation(win: Window & typeof globalThis, onChange: () => void): () => void {
  let lastUrl = win.location.href.replace(/#.*$/, '');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const url = win.location.href.replace(/#.*$/, '');
    if (url === lastUrl) return; // hash changes are in-page jumps, not new stories
    lastUrl = url;
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  };
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  win.addEventListener('popstate', check);
  return () => {
    clearTimeout(timer);
    navigation?.removeEventListener('navigatesuccess', check);
    win.removeEventListener('popstate', check);
  };
}
