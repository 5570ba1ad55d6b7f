import { browser } from '#imports';
import { render } from 'preact';
import { uiLanguage } from '../../components/i18n';
import { Welcome, type Shortcut } from '../../components/welcome/Welcome';
import { markStyleText } from '../../content/mark-style';
import './style.css';

/**
 * The first-run page (docs/decisions/018), opened once when Crosscheck is installed and from the
 * popup's "What the marks mean": the legend of the four marks (drawn with the very style pages
 * get), what stays private, how to add sources, and the keyboard commands as the browser has
 * them bound now.
 */
async function shortcuts(): Promise<Shortcut[]> {
  try {
    const all = await browser.commands.getAll();
    return all.filter((c) => c.name).map((c) => ({ name: c.name!, description: c.description ?? '', keys: c.shortcut ?? '' }));
  } catch {
    return [];
  }
}

document.documentElement.lang = uiLanguage();
// The marks' own style sheet, adopted (the page's policy allows no inline <style>).
const marks = new CSSStyleSheet();
marks.replaceSync(markStyleText());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, marks];
const root = document.getElementById('app')!;
void shortcuts().then((list) => {
  render(<Welcome shortcuts={list} onOpenOptions={() => void browser.runtime.openOptionsPage()} />, root);
  // "#legend" from the popup: the legend in view.
  if (location.hash === '#legend') document.getElementById('legend')?.scrollIntoView();
});
