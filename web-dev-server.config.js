// The pages `npm start` serves (scripts/start.js runs @web/dev-server with
// this configuration). A page is one entry in `pages`; the first is also
// what `/` leads to, the address a newcomer opens first.

/** Each page `npm start` serves and prints, by name and path. */
export const pages = [
  { name: 'Demo', path: '/demo/' },
  { name: 'Editor', path: '/demo/editor.html' },
];

export default {
  rootDir: '.',
  nodeResolve: true,
  middleware: [
    (context, next) => (context.path === '/' ? context.redirect(pages[0].path) : next()),
    (await import('./scripts/feedback-endpoint.js')).feedbackEndpoint(),
  ],
};
