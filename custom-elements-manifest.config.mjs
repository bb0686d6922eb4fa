export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/styles.ts'],
  outdir: '.',
  litelement: true,
};
