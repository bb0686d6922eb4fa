// `npm start`: serves the demo page, which uses the built dist/care-elements.js.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: process.env.CI ? false : '/demo/',
  nodeResolve: true,
};
