// custom-elements.json, generated from the components' JSDoc: the source of the reference docs
// and of editor/IDE support for users of the kit.
import { readFileSync } from 'node:fs';
import { entries } from './scripts/entries.mjs';

/** `'lc-claim' → 'CustomEvent<ClaimDetail>'`, as `GlobalEventHandlersEventMap` types each event. */
function eventTypes() {
  const source = readFileSync('src/events.ts', 'utf8');
  const map = source.slice(source.indexOf('interface GlobalEventHandlersEventMap'));
  return new Map([...map.matchAll(/'(lc-[\w-]+)':\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** `src/a/b.ts` (or `/src/a/b.js`) → `dist/a/b.js`: the published file. */
const published = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/**
 * Makes the manifest describe the published package rather than the source: paths point into
 * `dist/` (the package has no `src/`), each event carries its type with its detail, and each
 * element's own entry (`dist/components/activity-card/activity-card.js`) is listed as the module
 * that defines its tag.
 */
const publishedPackage = () => ({
  name: 'published-package',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const types = eventTypes();
    const declarations = new Map();
    for (const module of manifest.modules) {
      module.path = published(module.path);
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName) declarations.set(declaration.tagName, { name: declaration.name, module: module.path });
        for (const event of declaration.events ?? []) {
          const type = types.get(event.name);
          if (!type) throw new Error(`${declaration.tagName} fires ${event.name}, which src/events.ts does not type`);
          event.type = { text: type };
        }
      }
    }
    // Every `module` reference (exports, superclasses, inherited members) to its published file.
    const relink = (value) => {
      if (Array.isArray(value)) value.forEach(relink);
      else if (value && typeof value === 'object') {
        if (typeof value.module === 'string') value.module = published(value.module);
        Object.values(value).forEach(relink);
      }
    };
    relink(manifest.modules);
    for (const { name, tag } of entries.filter((e) => e.tag)) {
      manifest.modules.push({
        kind: 'javascript-module',
        path: `dist/${name}.js`,
        exports: [
          { kind: 'js', name: declarations.get(tag).name, declaration: declarations.get(tag) },
          { kind: 'custom-element-definition', name: tag, declaration: declarations.get(tag) },
        ],
      });
    }
  },
});

export default {
  // The widgets' shared base classes too, so that each element lists the attributes it inherits.
  globs: ['src/**/*.component.ts', 'src/internal/widget-element.ts', 'src/internal/headed-element.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publishedPackage()],
};
