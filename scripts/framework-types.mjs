// Types and editor data for the kit's users, generated from dist/custom-elements.json (itself
// generated from the components' JSDoc) at the end of `npm run build`:
// - dist/types/elements.d.ts: each element's attributes (typed as the properties they set) and
//   events (typed as `GlobalEventHandlersEventMap` types them), which the framework files map:
//   dist/types/{react,preact,solid}.d.ts (JSX), vue.d.ts (`GlobalComponents`), svelte.d.ts;
// - dist/types/<tag>.d.ts: each element's entry with the typed event map;
// - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json (VS Code) and
//   dist/web-types.json (JetBrains IDEs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { entries } from './entries.mjs';

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

/** The elements in the manifest, each with the entry that defines it. */
export function elements(manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  return entries
    .filter((e) => e.tag)
    .map((entry) => ({ entry, declaration: declarations.find((d) => d.tagName === entry.tag) }));
}

/** A JSDoc comment of one line (a description in a type shows in editors' hover help). */
const doc = (text = '', indent = '  ') => `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replaceAll('*/', '*\\/')} */\n`;

function elementsDts(list) {
  const imports = list.map(({ entry, declaration }) => `import type { ${declaration.name} } from '../${entry.name}.js';\n`).join('');
  const attributes = list
    .map(({ entry, declaration }) => {
      const fields = (declaration.attributes ?? [])
        .map((a) => `${doc(a.description, '    ')}    '${a.name}'?: ${declaration.name}['${a.fieldName}'];\n`)
        .join('');
      return `${doc(declaration.description)}  '${entry.tag}': {\n${fields}  };\n`;
    })
    .join('');
  const events = list
    .map(({ entry, declaration }) => {
      const fields = (declaration.events ?? [])
        .map((e) => `${doc(e.description, '    ')}    '${e.name}': GlobalEventHandlersEventMap['${e.name}'];\n`)
        .join('');
      return `  '${entry.tag}': {\n${fields}  };\n`;
    })
    .join('');
  return `${HEADER}import '../events.js';
${imports}
/** Each element's attributes, typed as the properties they set. */
export interface ElementAttributes {
${attributes}}

/** The events each element fires, with their \`detail\`. */
export interface ElementEvents {
${events}}

/** The kit's tag names. */
export type ElementTag = keyof ElementAttributes;

/** \`lc-claim-start\` → \`lcClaimStart\`. */
export type Camel<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<Camel<Tail>>}\` : S;
`;
}

/** JSX (React 19, Preact, Solid): an intrinsic element per tag, its events as `on<event>` props. */
const jsxDts = ({ module, imports, attributes, eventPrefix }) => `${HEADER}import type { ${imports} } from '${module}';
import type { ElementAttributes, ElementEvents, ElementTag } from './elements.js';

type Events<T extends ElementTag> = {
  [K in keyof ElementEvents[T] as \`${eventPrefix}\${K & string}\`]?: (event: ElementEvents[T][K]) => void;
};

type Elements = {
  [T in ElementTag]: ${attributes('HTMLElementTagNameMap[T]')} & ElementAttributes[T] & Events<T>;
};

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends Elements {}
  }
}
`;

const vueDts = () => `${HEADER}import type { DefineComponent } from 'vue';
import type { Camel, ElementAttributes, ElementEvents, ElementTag } from './elements.js';

/** Props as Vue's templates check them: \`activity-id\` and \`@lc-claim-start\` (\`onLcClaimStart\`). */
type Props<T extends ElementTag> = {
  [K in keyof ElementAttributes[T] as Camel<K & string>]: ElementAttributes[T][K];
} & {
  [K in keyof ElementEvents[T] as \`on\${Capitalize<Camel<K & string>>}\`]?: (event: ElementEvents[T][K]) => void;
};

type Components = { [T in ElementTag]: DefineComponent<Props<T>> };

declare module 'vue' {
  interface GlobalComponents extends Components {}
}
`;

const svelteDts = () => `${HEADER}import type { HTMLAttributes } from 'svelte/elements';
import type { ElementAttributes, ElementEvents, ElementTag } from './elements.js';

type Events<T extends ElementTag> = {
  [K in keyof ElementEvents[T] as \`on\${K & string}\`]?: (event: ElementEvents[T][K]) => void;
};

type Elements = { [T in ElementTag]: HTMLAttributes<HTMLElementTagNameMap[T]> & ElementAttributes[T] & Events<T> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends Elements {}
}
`;

/** `'full' | 'compact'` → the values an editor offers, or none for an open type. */
const values = (type = '') => {
  const literals = type.split('|').map((t) => t.trim());
  return literals.every((t) => /^'[^']*'$/.test(t)) ? literals.map((t) => ({ name: t.slice(1, -1) })).filter((v) => v.name) : undefined;
};

/** The element's section of the README's reference, as the repository's page shows it. */
const referenceUrl = (pkg, tag) => `${pkg.homepage.replace(/#.*$/, '')}#${tag}`;

function htmlCustomData(list, pkg) {
  return {
    version: 1.1,
    tags: list.map(({ entry, declaration: d }) => ({
      name: entry.tag,
      description: d.description,
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        description: a.description,
        ...(values(a.type?.text) && { values: values(a.type?.text) }),
      })),
      references: [{ name: 'Reference', url: referenceUrl(pkg, entry.tag) }],
    })),
  };
}

function cssCustomData(list) {
  const properties = new Map();
  const parts = new Map();
  for (const { entry, declaration: d } of list) {
    for (const p of d.cssProperties ?? []) properties.set(p.name, { name: p.name, description: p.description });
    for (const p of d.cssParts ?? []) {
      const known = parts.get(p.name);
      parts.set(p.name, { name: `::part(${p.name})`, description: `${known ? `${known.description}\n` : ''}<${entry.tag}>: ${p.description}` });
    }
  }
  return { version: 1.1, properties: [...properties.values()], pseudoElements: [...parts.values()] };
}

function webTypes(list, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: list.map(({ entry, declaration: d }) => ({
          name: entry.tag,
          description: d.description,
          'doc-url': referenceUrl(pkg, entry.tag),
          source: { module: `${pkg.name}/${entry.tag}.js`, symbol: d.name },
          attributes: (d.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description,
            ...(a.default && { default: a.default }),
            value: { type: a.type?.text ?? 'string' },
          })),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description, ...(e.type && { type: e.type.text }) })),
          slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description })),
          css: {
            properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description })),
            parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}

/** The files to write under dist/, by path. */
export function generate(manifest, pkg) {
  const list = elements(manifest);
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'types/elements.d.ts': elementsDts(list),
    // React 19 and Preact listen to `on<event>` props of custom elements; Solid to `on:<event>`.
    'types/react.d.ts': jsxDts({
      module: 'react',
      imports: 'DetailedHTMLProps, HTMLAttributes',
      attributes: (e) => `DetailedHTMLProps<HTMLAttributes<${e}>, ${e}>`,
      eventPrefix: 'on',
    }),
    'types/preact.d.ts': jsxDts({ module: 'preact', imports: 'HTMLAttributes', attributes: (e) => `HTMLAttributes<${e}>`, eventPrefix: 'on' }),
    'types/solid.d.ts': jsxDts({ module: 'solid-js', imports: 'JSX', attributes: (e) => `JSX.HTMLAttributes<${e}>`, eventPrefix: 'on:' }),
    'types/vue.d.ts': vueDts(),
    'types/svelte.d.ts': svelteDts(),
    ...Object.fromEntries(
      list.map(({ entry }) => [`types/${entry.tag}.d.ts`, `${HEADER}import '../events.js';\nexport * from '../${entry.name}.js';\n`]),
    ),
    'vscode.html-custom-data.json': json(htmlCustomData(list, pkg)),
    'vscode.css-custom-data.json': json(cssCustomData(list)),
    'web-types.json': json(webTypes(list, pkg)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  mkdirSync('dist/types', { recursive: true });
  for (const [path, text] of Object.entries(generate(manifest, pkg))) writeFileSync(`dist/${path}`, text);
}
