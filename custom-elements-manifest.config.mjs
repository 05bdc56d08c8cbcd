// custom-elements.json, generated from the components' JSDoc: the source of the reference docs
// and of editor/IDE support for users of the kit.
export default {
  globs: ['src/**/*.component.ts'],
  outdir: 'dist',
  litelement: true,
};
