import { render } from 'preact';
import seedIndex from '../../core/generated/seed-index.json';
import type { FactIndex } from '../../core/model';
import { OptionsApp } from './App';
import './style.css';

function download(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

render(
  <OptionsApp seed={seedIndex as unknown as FactIndex} download={download} review={location.hash === '#review'} />,
  document.getElementById('app')!,
);
