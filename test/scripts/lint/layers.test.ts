/**
 * The layers rule (scripts/lint/layers.js) run through ESLint's own API with the project's
 * config, on probe sources that are never written to disk: a cross-layer import is an error at
 * any depth, and the imports each layer is allowed pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The layers rule's messages for `code` as if it were the file at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'crosscheck/layers').map((m) => m.message);
}

describe('crosscheck/layers', () => {
  it('stops core/ from importing page/ three folders down', async () => {
    expect(await layerErrors('core/a/b/probe.ts', "import { x } from '../../../page/x';\nexport const y = x;\n")).toEqual([
      'core/ may not import from page/ (it may import: core). See docs/DEVELOPERS.md, "Layout".',
    ]);
  });

  it('stops core/ from importing messaging/, storage/ or background/ at any depth', async () => {
    const code = [
      "import { a } from '../../messaging/protocol';",
      "import { b } from '../../storage/settings';",
      "import type { C } from '../../background/index-service';",
      'export const d = [a, b] as C[];',
    ].join('\n');
    expect(await layerErrors('core/match/probe.ts', code)).toHaveLength(3);
  });

  it('catches dynamic imports and re-exports too', async () => {
    const code = "export { x } from '../../components/i18n';\nexport const p = import('../../entrypoints/background');\n";
    expect(await layerErrors('core/text/probe.ts', code)).toHaveLength(2);
  });

  it('lets page/ import core/ only', async () => {
    expect(await layerErrors('page/deep/probe.ts', "import { x } from '../../core/model';\nexport const y = x;\n")).toEqual([]);
    expect(await layerErrors('page/deep/probe.ts', "import { x } from '../../storage/sites';\nexport const y = x;\n")).toEqual([
      'page/ may not import from storage/ (it may import: page, core). See docs/DEVELOPERS.md, "Layout".',
    ]);
  });

  it('lets components/ take only types from storage/ and messaging/', async () => {
    expect(await layerErrors('components/options/Probe.tsx', "import type { Settings } from '../../storage/settings';\nexport type S = Settings;\n")).toEqual([]);
    expect(await layerErrors('components/options/Probe.tsx', "import { readSettings } from '../../storage/settings';\nexport const r = readSettings;\n")).toEqual([
      'components/ may import only types from storage/: use `import type`.',
    ]);
    expect(await layerErrors('components/Probe.tsx', "import { mark } from '../page/highlighter';\nexport const m = mark;\n")).toHaveLength(1);
  });

  it('lets storage/ and messaging/ import core/ but not each other upwards', async () => {
    expect(await layerErrors('storage/probe.ts', "import { PageMetaSchema } from '../messaging/protocol';\nexport const s = PageMetaSchema;\n")).toHaveLength(1);
    expect(await layerErrors('messaging/probe.ts', "import { t } from '../components/i18n';\nexport const s = t;\n")).toHaveLength(1);
  });

  it('lets background/ use the interface words but no component', async () => {
    expect(await layerErrors('background/probe.ts', "import { t } from '../components/i18n';\nexport const s = t;\n")).toEqual([]);
    expect(await layerErrors('background/probe.ts', "import { FactCard } from '../components/FactCard';\nexport const s = FactCard;\n")).toHaveLength(1);
  });

  it('keeps entrypoints/ on top: nothing below imports them', async () => {
    expect(await layerErrors('entrypoints/content/probe.ts', "import { x } from '../../page/highlighter';\nexport const y = x;\n")).toEqual([]);
    expect(await layerErrors('storage/probe.ts', "import { x } from '../entrypoints/background';\nexport const y = x;\n")).toHaveLength(1);
  });
});
