/**
 * The manifest describes the public API that editors, IDEs and Storybook's
 * docs pages read, so it leaves out what users cannot touch and names the
 * content type that each element's `content` takes.
 */
const publicApiOnly = () => {
  // Class name → content type text, from `extends CareElement<CalloutContent>`.
  const contentTypes = new Map();
  return {
    name: 'care-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const clause of node.heritageClauses ?? []) {
        for (const type of clause.types) {
          if (type.expression.getText() === 'CareElement' && type.typeArguments?.length === 1) {
            contentTypes.set(node.name.getText(), type.typeArguments[0].getText());
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            // Fields named in `static get properties()` come out marked public; the others carry no privacy.
            declaration.members = declaration.members
              .filter((member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'))
              .map(({ privacy: _public, ...member }) => member);
          }
          // `this.dispatchEvent(new CareContentLoadEvent(…))` yields an event without a name; `@fires` documents it.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          const contentType = contentTypes.get(declaration.name);
          if (!contentType) continue;
          // Inherited entries are shared with the base class, so they are replaced, not edited.
          const withContentType = (entry) =>
            entry.name === 'content' && entry.type ? { ...entry, type: { text: entry.type.text.replace(/\bT\b/, contentType) } } : entry;
          declaration.members = declaration.members?.map(withContentType);
          declaration.attributes = declaration.attributes?.map(withContentType);
        }
      }
    },
  };
};

export default {
  globs: ['src/**/*.ts'],
  // The editor is a tool for authors, not a content element: the IDE data, JSX typings and docs built from the manifest list only the elements.
  exclude: ['src/**/styles.ts', 'src/editor/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
