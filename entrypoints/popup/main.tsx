import { render } from 'preact';

render(<main>Crosscheck</main>, document.getElementById('app')!);
