// `npm start`: serves the demo page, which uses the built dist/care-elements.js.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  middleware: [(await import('./scripts/feedback-endpoint.js')).feedbackEndpoint()],
  plugins: [{ name: 'demo-address', serverStart: () => console.log(`\n  Demo: http://localhost:${port}/demo/\n`) }],
};
