/**
 * Calls back when a single-page app moves to another URL without a page load. The Navigation API reports
 * pushState/replaceState navigations to content scripts; where it is missing (Firefox), a new document
 * title is the cheap tell, and popstate catches back/forward. The controller then waits for the new route
 * to render and settle before the gate looks at it.
 */

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigatesuccess', listener: () => void): void;
}

export function watchNavigation(win: Window & typeof globalThis, onChange: () => void): () => void {
  let lastUrl = win.location.href.replace(/#.*$/, '');
  const check = () => {
    const url = win.location.href.replace(/#.*$/, '');
    if (url === lastUrl) return; // hash changes are in-page jumps, not new stories
    lastUrl = url;
    onChange();
  };
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  win.addEventListener('popstate', check);
  let titleWatch: MutationObserver | null = null;
  const head = win.document.head;
  if (!navigation && head) {
    titleWatch = new win.MutationObserver(check);
    titleWatch.observe(head, { childList: true, subtree: true, characterData: true });
  }
  return () => {
    navigation?.removeEventListener('navigatesuccess', check);
    win.removeEventListener('popstate', check);
    titleWatch?.disconnect();
  };
}
