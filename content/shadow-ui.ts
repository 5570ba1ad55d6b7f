/**
 * The shadow roots Crosscheck's page UI lives in (the card, the "Undo" notice): a `crosscheck-*`
 * element at the end of `<body>` holding an open shadow root with its own `<html>`, `<head>` (the
 * styles, after a reset of everything the page could pass down) and `<body>` (the UI); keys typed
 * inside do not reach the page; marked `data-crosscheck-ui` (the page reader skips it); the Preact
 * tree unmounted when it is removed, and removed when the extension goes. The same shape WXT's
 * `createShadowRootUi` builds, without its context object and auto-mount machinery, which cost the
 * card about 4 KB gzipped (docs/PERFORMANCE.md, sizes).
 */
import { render } from 'preact';
import type { ContentLife } from './page-life';

/** One shadow-root UI: made once, mounted while shown. */
export interface PageShadowUi {
  readonly shadowHost: HTMLElement;
  readonly shadow: ShadowRoot;
  /** The element the UI renders into while mounted, else null. */
  readonly mounted: HTMLElement | null;
  mount(): void;
  remove(): void;
}

/** Keys typed in the UI stay in it: the page's shortcuts must not see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'];

/** Makes (but does not mount) a shadow-root UI named `name` (a `crosscheck-*` tag) styled by `css`, ended with `life`. */
export function pageShadowUi(life: ContentLife, name: string, css: string, doc: Document = document): PageShadowUi {
  const host = doc.createElement(name);
  host.setAttribute('data-crosscheck-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  head.append(style);
  const body = doc.createElement('body');
  for (const type of ISOLATED_EVENTS) body.addEventListener(type, (e) => e.stopPropagation());
  html.append(head, body);
  shadow.append(html);
  let mounted: HTMLElement | null = null;
  const ui: PageShadowUi = {
    shadowHost: host,
    shadow,
    get mounted() {
      return mounted;
    },
    mount() {
      (doc.body ?? doc.documentElement).append(host);
      mounted = body;
    },
    remove() {
      if (mounted) render(null, mounted);
      host.remove();
      body.replaceChildren();
      mounted = null;
    },
  };
  life.onInvalidated(() => ui.remove());
  return ui;
}
