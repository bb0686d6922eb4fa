// Test endpoints for server rendering, answered by Node inside the test
// runner: the fixtures of every element, renderToString, the `render` CLI.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elementFolders } from '../../scripts/elements.js';

const root = new URL('../../', import.meta.url);
const jsonFiles = (folder) =>
  existsSync(new URL(folder, root))
    ? readdirSync(new URL(folder, root))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => `${folder}${file}`)
    : [];

/**
 * Every element's fixtures (content/<name>/, invalid ones in
 * content/<name>/invalid/), and the whole documents in content/ with the
 * element the CLI finds for them.
 */
const fixtures = async () => {
  const { renderToString } = await serverModule();
  const { elementFor } = await import('../../bin/render.js');
  const documents = jsonFiles('content/').map((file) => {
    const { tag, problem } = elementFor(file, readFileSync(new URL(file, root), 'utf8'), { renderToString });
    if (problem) throw new Error(`${file}: ${problem}`);
    return { tag, file, invalid: false, document: true };
  });
  return [
    ...elementFolders().flatMap((name) => [
      ...jsonFiles(`content/${name}/`).map((file) => ({ tag: `care-${name}`, file, invalid: false, document: false })),
      ...jsonFiles(`content/${name}/invalid/`).map((file) => ({ tag: `care-${name}`, file, invalid: true, document: false })),
    ]),
    ...documents,
  ];
};

const readBody = async (request) => {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text);
};

/** `care-elements render …` run in this process, as the CLI runs it. */
const renderCommand = async (args) => {
  const { run } = await import('../../bin/render.js');
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: { write: (text) => (stdout += text) }, stderr: { write: (text) => (stderr += text) } });
  return { code, stdout, stderr };
};

// Test-only elements (test/ssr/elements.js) join the real ones on the server.
const serverModule = async () => {
  const ssr = await import('../../dist/esm/ssr.js');
  await import('./elements.js');
  return ssr;
};

export const ssrServer = async (context, next) => {
  const match = /^\/test-server\/ssr\/([a-z-]+)$/.exec(context.path);
  if (!match) return next();
  switch (match[1]) {
    case 'fixtures':
      context.body = await fixtures();
      return;
    case 'render': {
      // POST { tag, content, attributes }: renderToString's result.
      const { tag, content, attributes } = await readBody(context.req);
      context.body = (await serverModule()).renderToString(tag, content, attributes);
      return;
    }
    case 'page': {
      // ?file=…&element=…&attribute=…: the page `care-elements render --page` writes.
      await serverModule();
      const { file, element } = context.query;
      const attributes = [context.query.attribute ?? []].flat().flatMap((attribute) => ['--attribute', attribute]);
      const args = [file, '--page', '--bundle', '/dist/care-elements-hydrate.js', ...(element ? ['--element', element] : []), ...attributes];
      let { code, stdout, stderr } = await renderCommand(args);
      // Content with no title of its own (a stat, a callout…) gets its page's h1 from --title.
      if (code === 2 && stderr.includes('--title')) ({ code, stdout, stderr } = await renderCommand([...args, '--title', 'A server-rendered page']));
      context.type = code === 0 ? 'text/html' : 'text/plain';
      context.status = code === 0 ? 200 : 500;
      context.body = code === 0 ? stdout : stderr;
      return;
    }
    case 'cli': {
      // POST { args }: the real executable in a child process; "$TMP" in an
      // argument is an empty folder, whose files come back in `files`.
      const { args } = await readBody(context.req);
      const folder = mkdtempSync(join(tmpdir(), 'care-elements-cli-'));
      const result = await new Promise((resolve) =>
        execFile(process.execPath, ['bin/care-elements.js', ...args.map((arg) => arg.replaceAll('$TMP', folder))], { cwd: root }, (error, stdout, stderr) =>
          resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
        ),
      );
      const files = Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
      rmSync(folder, { recursive: true });
      context.body = { ...result, files };
      return;
    }
    default:
      return next();
  }
};
