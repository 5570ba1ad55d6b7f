/**
 * Client-side navigation (a single-page site moving to another article), for both stages of the
 * content script. No extension API and no imports: the first stage, on every page, carries it.
 */

/** How often the address is looked at where the Navigation API is missing (as WXT does). */
const LOCATION_POLL_MS = 1000;

/**
 * Calls `onNewPage` after a client-side navigation to another page (not a jump within one),
 * `settleMs` later, so the site has had a moment to render it. Uses the Navigation API where there
 * is one (no cost between navigations); else looks at the address every second. Returns a stop.
 */
export function watchNavigation(view: Window, settleMs: number, onNewPage: () => void): () => void {
  const pageOf = (href: string): string => href.replace(/#.*$/, '');
  let last = pageOf(view.location.href);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const look = (): void => {
    const now = pageOf(view.location.href);
    if (now === last) return;
    last = now;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onNewPage();
    }, settleMs);
  };
  const navigation = (view as Window & { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', look);
    return () => {
      navigation.removeEventListener('currententrychange', look);
      if (timer !== null) clearTimeout(timer);
    };
  }
  const poll = setInterval(look, LOCATION_POLL_MS);
  return () => {
    clearInterval(poll);
    if (timer !== null) clearTimeout(timer);
  };
}
