// custom-elements.json, generated from the components' JSDoc: the source of the reference docs
// and of editor/IDE support for users of the kit.
export default {
  // The widgets' shared base class too, so that each element lists the attributes it inherits.
  globs: ['src/**/*.component.ts', 'src/internal/widget-element.ts'],
  outdir: 'dist',
  litelement: true,
};
