// `npm run build:wordpress`: the WordPress plugin (integrations/wordpress/) as the folder
// build/wordpress/care-elements/ and the zip a site owner uploads,
// build/wordpress/care-elements.zip. Needs `npm run build` first (the bundles and the
// custom elements manifest). One block per element, its block.json written from the manifest.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const file = (path) => new URL(path, root);
const pluginSource = file('integrations/wordpress/');
const out = file('build/wordpress/care-elements/');
const { version } = JSON.parse(readFileSync(file('package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(file('custom-elements.json'), 'utf8'));

/** What the inserter shows for each element, and the sample content its preview uses. */
const blocks = {
  // Structured data on by default: the page's one FAQPage merges every FAQ block's questions (faq-structured-data.php).
  faq: { title: 'FAQ', icon: 'editor-help', keywords: ['questions', 'answers', 'accordion'], example: 'faq/immunotherapy-faq.json', defaults: { structuredData: true } },
  'therapy-card': { title: 'Therapy card', icon: 'heart', keywords: ['treatment', 'medicine', 'therapy'], example: 'therapy-card/car-t-cell-therapy.json' },
  article: { title: 'Health article', icon: 'media-document', keywords: ['patient education', 'reviewed', 'sources'], example: 'article/reviewed.json' },
  stat: { title: 'Statistic', icon: 'chart-bar', keywords: ['figure', 'number', 'percentage'], example: 'stat/cll-remission.json' },
  callout: { title: 'Callout', icon: 'info-outline', keywords: ['note', 'warning', 'disclaimer'], example: 'callout/disclaimer.json' },
  quote: { title: 'Expert quote', icon: 'format-quote', keywords: ['quotation', 'expert', 'citation'], example: 'quote/bollard.json' },
  takeaways: { title: 'Key takeaways', icon: 'yes-alt', keywords: ['summary', 'key points', 'tl;dr'], example: 'takeaways/main-takeaways.json' },
  feedback: { title: 'Feedback', icon: 'feedback', keywords: ['helpful', 'rating', 'survey'], example: 'feedback/minimal.json' },
};

/** Element attributes that are block settings; content comes from the block, the others are for pages without WordPress. */
const NOT_SETTINGS = new Set(['content', 'src', 'src-timeout', 'open', 'endpoint', 'collect', 'page']);
const CHOICES = {
  'heading-level': ['2', '3', '4', '5', '6'],
  variant: ['info', 'takeaway', 'limitation', 'warning', 'disclaimer'],
  visual: ['icons', 'bar', 'none'],
};
/** Short labels for the settings; the element's description of each becomes the setting's help. */
const LABELS = {
  'heading-level': 'Heading level',
  'no-contents': 'No contents list',
  'structured-data': 'Structured data',
  variant: 'Kind of note',
  single: 'One answer open at a time',
  filter: 'Search field',
  'no-expand-all': 'No "Expand all" button',
  visual: 'Proportion drawn as',
  compact: 'Compact',
  expanded: 'Details shown at first',
};
/** Help that differs on WordPress from the element's own description. */
const HELP = {
  faq: { 'structured-data': 'Adds the questions to the page’s one schema.org FAQPage, with those of its other FAQ blocks, for search engines.' },
};
const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
// A sentence that introduces a list ("…drawn:") ends with a full stop on its own.
const firstSentence = (text) => (text.replace(/\s+/g, ' ').match(/^.*?[.:](\s|$)/)?.[0].trim() ?? text).replace(/:$/, '.');

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const blockJson = (name, info) => {
  const declaration = declarations.find((candidate) => candidate.tagName === `care-${name}`);
  if (!declaration) throw new Error(`care-${name} is not in custom-elements.json: run npm run build first`);
  // No default for the content: WordPress hands a PHP default of {} to the editor as [], an array.
  const attributes = { content: { type: 'object' } };
  for (const attribute of declaration.attributes ?? []) {
    if (NOT_SETTINGS.has(attribute.name)) continue;
    const boolean = attribute.type?.text === 'boolean';
    attributes[camelCase(attribute.name)] = {
      type: boolean ? 'boolean' : 'string',
      ...(CHOICES[attribute.name] ? { enum: CHOICES[attribute.name] } : {}),
      ...(info.defaults?.[camelCase(attribute.name)] !== undefined ? { default: info.defaults[camelCase(attribute.name)] } : {}),
      careOption: attribute.name,
      careLabel: LABELS[attribute.name] ?? attribute.name,
      careHelp: HELP[name]?.[attribute.name] ?? firstSentence(attribute.description ?? '').replace(' into the light DOM', ' into the page'),
    };
  }
  const { $schema, ...example } = JSON.parse(readFileSync(file(`content/${info.example}`), 'utf8'));
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `care-elements/${name}`,
    version,
    title: info.title,
    category: 'care-elements',
    icon: info.icon,
    description: firstSentence(declaration.description ?? ''),
    keywords: info.keywords,
    textdomain: 'care-elements',
    attributes,
    supports: { html: false },
    example: { attributes: { content: example } },
    editorScript: 'care-elements-blocks',
    viewScript: 'care-elements',
  };
};

rmSync(file('build/wordpress/'), { recursive: true, force: true });
for (const [name, info] of Object.entries(blocks)) {
  mkdirSync(new URL(`blocks/${name}/`, out), { recursive: true });
  writeFileSync(new URL(`blocks/${name}/block.json`, out), `${JSON.stringify(blockJson(name, info), null, 2)}\n`);
}
mkdirSync(new URL('assets/', out), { recursive: true });
copyFileSync(file('dist/care-elements.js'), new URL('assets/care-elements.js', out));
// Loaded from beside care-elements.js only by blocks with structured data on.
copyFileSync(file('dist/care-elements-structured-data.js'), new URL('assets/care-elements-structured-data.js', out));
// Loaded from beside it by feedback blocks.
copyFileSync(file('dist/care-elements-feedback.js'), new URL('assets/care-elements-feedback.js', out));
// Loaded from beside it by blocks whose content comes from a URL.
copyFileSync(file('dist/care-elements-src.js'), new URL('assets/care-elements-src.js', out));
// Loaded from beside it by blocks that list sources.
copyFileSync(file('dist/care-elements-references.js'), new URL('assets/care-elements-references.js', out));
copyFileSync(file('dist/care-editor.js'), new URL('assets/care-editor.js', out));
// The editor imports its editorial checks, and its labels in languages other than English, from beside itself.
for (const name of readdirSync(file('dist/')).filter((name) => /^care-editor-.+\.js$/.test(name))) copyFileSync(file(`dist/${name}`), new URL(`assets/${name}`, out));
await build({
  entryPoints: [new URL('src/blocks.js', pluginSource).pathname],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: new URL('assets/blocks.js', out).pathname,
  define: { CARE_BLOCKS: JSON.stringify(Object.keys(blocks).map((name) => `care-elements/${name}`)) },
  logLevel: 'warning',
});
// Not part of the plugin: the sample posts `npm run wordpress` (scripts/wordpress.js) and the tests create.
await build({
  entryPoints: [new URL('src/sample-posts.js', pluginSource).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: file('build/wordpress/sample-posts.mjs').pathname,
  logLevel: 'warning',
});
for (const name of ['care-elements.php', 'readme.txt']) {
  writeFileSync(new URL(name, out), readFileSync(new URL(name, pluginSource), 'utf8').replaceAll('@VERSION@', version));
}
cpSync(new URL('includes/', pluginSource), new URL('includes/', out), { recursive: true });
copyFileSync(file('LICENSE'), new URL('LICENSE', out));
execFileSync('zip', ['-q', '-r', '-X', 'care-elements.zip', 'care-elements'], { cwd: file('build/wordpress/') });
console.log('build/wordpress/care-elements.zip');
