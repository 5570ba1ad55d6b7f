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
  let timer: ReturnType<typeof setTimeout> | null = null;
  const moved = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onNewPage();
    }, settleMs);
  };
  const stop = (): void => {
    if (timer !== null) clearTimeout(timer);
  };
  const navigation = (view as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    // The entry left and the entry reached, compared when it happens: nothing is read on pages
    // that never navigate (the first touch of `location` from a content script's world costs).
    const onChange = (event: Event): void => {
      const from = (event as Event & { from?: { url?: string | null } }).from?.url;
      const now = navigation.currentEntry?.url;
      if (now && from && pageOf(now) !== pageOf(from)) moved();
    };
    navigation.addEventListener('currententrychange', onChange);
    return () => {
      navigation.removeEventListener('currententrychange', onChange);
      stop();
    };
  }
  let last = pageOf(view.location.href);
  const poll = setInterval(() => {
    const now = pageOf(view.location.href);
    if (now === last) return;
    last = now;
    moved();
  }, LOCATION_POLL_MS);
  return () => {
    clearInterval(poll);
    stop();
  };
}

/** The parts of the Navigation API used here. */
interface NavigationLike extends EventTarget {
  currentEntry?: { url?: string | null } | null;
}
