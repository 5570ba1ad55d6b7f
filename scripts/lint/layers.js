/**
 * The `crosscheck/layers` lint rule: which of our folders a file may import from, at any depth.
 * Each import's path is resolved against the importing file, so `core/a/b/x.ts` importing
 * `../../../page/y` is caught like `core/x.ts` importing `../page/y` (a pattern on the import's
 * text alone missed the deeper one). Folders not listed (scripts/, test/) may import anything.
 * The table is the one in docs/DEVELOPERS.md; docs/decisions/027-layers-and-folders.md says why.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

/**
 * Layer → the layers (or single files) its files may import values from, and (second list) the
 * ones they may import only types from. A layer may always import from itself; `public/` holds
 * data (the messages).
 */
export const LAYERS = {
  core: [[], []],
  page: [['core'], []],
  components: [['core', 'public'], ['storage', 'messaging']],
  storage: [['core'], []],
  messaging: [['core'], ['storage']],
  // The badge and the menu speak the interface's words (components/i18n.ts), and nothing else of components/.
  background: [['core', 'storage', 'messaging', 'public', 'components/i18n.ts'], []],
  content: [['core', 'page', 'components', 'storage', 'messaging'], []],
  entrypoints: [['core', 'page', 'components', 'storage', 'messaging', 'background', 'content', 'public'], []],
};

/** The layer (top folder) of a path relative to the repo root, or null outside our layers. */
function layerOf(path) {
  if (path.startsWith('..')) return null;
  const top = path.split(sep)[0];
  return top;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each folder to the layers below it (docs/DEVELOPERS.md).' },
    schema: [],
    messages: {
      forbidden: '{{from}}/ may not import from {{to}}/ (it may import: {{allowed}}). See docs/DEVELOPERS.md, "Layout".',
      typeOnly: '{{from}}/ may import only types from {{to}}/: use `import type`.',
    },
  },
  create(context) {
    const file = relative(ROOT, resolve(context.cwd ?? process.cwd(), context.filename));
    const from = layerOf(file);
    if (!from || !(from in LAYERS)) return {};
    const [values, types] = LAYERS[from];
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(ROOT, resolve(ROOT, dirname(file), source));
      const to = layerOf(target);
      const named = (entry) => entry === to || target === entry || `${target}.ts` === entry || `${target}.tsx` === entry;
      if (!to || to === from || values.some(named)) return;
      if (types.some(named)) {
        if (!typeOnly) context.report({ node, messageId: 'typeOnly', data: { from, to } });
        return;
      }
      context.report({ node, messageId: 'forbidden', data: { from, to, allowed: [from, ...values].join(', ') } });
    };
    const allTypes = (node) =>
      node.importKind === 'type' ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, node.source.value, allTypes(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type' || allTypes(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
      TSImportType: (node) => {
        const arg = node.argument?.literal ?? node.argument;
        if (arg?.type === 'Literal') check(node, arg.value, true);
      },
    };
  },
};

/** The rule as an ESLint plugin. */
export default { rules: { layers: layersRule } };
