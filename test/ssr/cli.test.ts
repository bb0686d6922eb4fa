import { expect } from '@open-wc/testing';
import { fixtures, renderOnServer } from './helpers.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Files the command wrote into "$TMP". */
  files: Record<string, string>;
}

/** `node bin/care-elements.js …args` in the project folder. */
const cli = async (...args: string[]): Promise<Run> =>
  (await fetch('/test-server/ssr/cli', { method: 'POST', body: JSON.stringify({ args }) })).json();

const [first] = fixtures.filter(({ invalid, document }) => !invalid && !document);
const firstTag = first!.tag;

describe('npx care-elements render', () => {
  it('prints the snippet for a content file, finding the element from its folder', async () => {
    const { code, stdout, stderr } = await cli('render', first!.file);
    expect({ code, stderr }).to.deep.equal({ code: 0, stderr: '' });
    const result = await renderOnServer(firstTag, JSON.parse(await (await fetch(`/${first!.file}`)).text()));
    if (!result.ok) expect.fail(JSON.stringify(result.errors));
    expect(stdout).to.equal(`${result.html}\n`);
  });

  for (const { tag, file } of fixtures.filter(({ document }) => document)) {
    it(`finds the element of ${file} from its content, and writes a page for it`, async () => {
      const { code, stdout } = await cli('render', file, '--page');
      expect(code).to.equal(0);
      expect(stdout).to.match(new RegExp(`<main>\\n<${tag} content=`));
    });
  }

  it('takes --element and --attribute', async () => {
    const { code, stdout } = await cli('render', first!.file, '--element', firstTag, '--attribute', 'lang=es', '--attribute', 'data-plain');
    expect(code).to.equal(0);
    const element = new DOMParser().parseFromString(stdout, 'text/html').querySelector(firstTag)!;
    expect(element.getAttribute('lang')).to.equal('es');
    expect(element.getAttribute('data-plain')).to.equal('');
  });

  it('writes a whole page with --page, loading the hydrating bundle from beside the page after the content, or another with --bundle', async () => {
    const { code, stdout } = await cli('render', first!.file, '--page', '--attribute', 'lang=es');
    expect(code).to.equal(0);
    const page = new DOMParser().parseFromString(stdout, 'text/html');
    expect(stdout.startsWith('<!doctype html>')).to.equal(true);
    expect(page.documentElement.lang).to.equal('es');
    expect(page.querySelector(`main > ${firstTag}`)).to.not.equal(null);
    const scripts = [...page.querySelectorAll('script[src]')];
    expect(scripts.map((script) => script.getAttribute('src'))).to.deep.equal(['care-elements-hydrate.js']);
    expect(page.body.lastElementChild).to.equal(scripts[0]);
    const local = await cli('render', first!.file, '--page', '--bundle', '/assets/care-elements.js');
    expect(local.stdout).to.include('<script src="/assets/care-elements.js"></script>');
  });

  it('writes to a file with --out and prints nothing', async () => {
    const { code, stdout, files } = await cli('render', first!.file, '--out', '$TMP/snippet.html');
    expect(code).to.equal(0);
    expect(stdout).to.equal('');
    expect(files['snippet.html']).to.match(new RegExp(`^<${firstTag} `));
  });

  it('prints warnings, such as ignored fields, and still renders', async () => {
    for (const { tag, file } of fixtures.filter(({ invalid }) => invalid)) {
      const result = await renderOnServer(tag, await (await fetch(`/${file}`)).text());
      if (!result.ok || !result.warnings.length) continue;
      const { code, stdout, stderr } = await cli('render', file);
      expect(code).to.equal(0);
      expect(stdout).to.equal(`${result.html}\n`);
      expect(stderr).to.equal(result.warnings.map((warning) => `${file}: ${warning}\n`).join(''));
      return;
    }
    expect.fail('no fixture with only warnings');
  });

  for (const { tag, file } of fixtures.filter(({ invalid }) => invalid)) {
    it(`exits 1 for ${file} when it is invalid, naming each problem by its path`, async () => {
      const result = await renderOnServer(tag, await (await fetch(`/${file}`)).text());
      const { code, stdout, stderr } = await cli('render', file);
      if (result.ok) {
        expect(code).to.equal(0);
        return;
      }
      expect(code).to.equal(1);
      expect(stdout).to.equal('');
      const [heading, ...lines] = stderr.trimEnd().split('\n');
      expect(heading).to.equal(`${file}: invalid <${tag}> content`);
      // The message of malformed JSON comes from Node's parser, worded unlike Chromium's.
      expect(lines.map((line) => line.split(': ')[0]!.trim())).to.deep.equal(result.errors.map(({ path }) => path || '(document)'));
    });
  }

  it('exits 1 for a file it cannot read or place, and 2 for wrong usage', async () => {
    const missing = await cli('render', 'content/none.json');
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.equal('content/none.json: cannot be read (ENOENT)\n');
    const unplaced = await cli('render', 'package.json');
    expect(unplaced.code).to.equal(1);
    expect(unplaced.stderr).to.match(/^package\.json: cannot tell which element it is for .*; pass --element\n$/);
    const unknown = await cli('render', first!.file, '--element', 'care-nothing');
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.include('unknown element "care-nothing"');
    expect((await cli('render')).code).to.equal(2);
    expect((await cli('render', first!.file, '--colour')).code).to.equal(2);
    expect((await cli('paint')).code).to.equal(2);
  });

  it('lists its commands, and each command its options', async () => {
    const help = await cli('--help');
    expect(help.code).to.equal(0);
    expect(help.stdout).to.match(/^ {2}render {5}\S/m);
    const renderHelp = await cli('render', '--help');
    expect(renderHelp.code).to.equal(0);
    for (const option of ['--element', '--attribute', '--page', '--title', '--description', '--bundle', '--icon', '--out']) expect(renderHelp.stdout).to.include(option);
  });
});
