/**
 * The shadow roots Crosscheck's page UI lives in (the card, the "Undo" notice): WXT's
 * `createShadowRootUi`, at the end of `<body>`, events isolated, marked `data-crosscheck-ui` (the
 * page reader skips it), a Preact tree unmounted when it is removed.
 */
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { render } from 'preact';

/** Makes (but does not mount) a shadow-root UI named `name` (a `crosscheck-*` tag) styled by `css`. */
export async function pageShadowUi(ctx: ContentScriptContext, name: string, css: string): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name,
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    isolateEvents: true,
    css,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.shadowHost.setAttribute('data-crosscheck-ui', '');
  return ui;
}
