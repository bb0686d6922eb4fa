// Test endpoints for `src` loading: slow, failing and wrong answers.
export const testServer = async (context, next) => {
  const match = /^\/test-server\/([a-z-]+)/.exec(context.path);
  if (!match) return next();
  switch (match[1]) {
    case 'feedback':
      return feedbackEndpoint(context);
    case 'hang':
      // Never answers within any test's timeout.
      await new Promise((resolve) => setTimeout(resolve, 30000));
      context.status = 504;
      return;
    case 'html':
      context.type = 'text/html';
      context.body = '<!doctype html><title>Not found</title><p>This is a web page, not JSON.</p>';
      return;
    case 'server-error':
      context.status = 500;
      context.body = 'Internal error';
      return;
    case 'bundle-alone':
      // A bundle served where nothing is beside it: the modules it loads from beside itself are not found.
      if (!/^\/test-server\/bundle-alone\/care-elements(?:-hydrate)?\.js$/.test(context.path)) return next();
      context.type = 'text/javascript';
      context.body = readText(new URL(`dist/${context.path.split('/').pop()}`, root), 'utf8');
      return;
    case 'slow-json': {
      // Answers with the JSON given in ?body= after ?delay= milliseconds.
      await new Promise((resolve) => setTimeout(resolve, Number(context.query.delay ?? 300)));
      context.type = 'application/json';
      context.body = context.query.body ?? '{}';
      return;
    }
    default:
      return next();
  }
};

// ---- care-feedback ---------------------------------------------------------
// POST /test-server/feedback/ok answers 204 and POST /test-server/feedback/fail
// answers 500; both record what they received. GET /test-server/feedback/last
// returns { count, body, contentType } of the requests since the last
// POST /test-server/feedback/reset. Each browser has its own record (by its
// User-Agent), since the engines run their tests at the same time.
const feedbackReceived = new Map();
const nothingReceived = { count: 0, body: null, contentType: null };

const feedbackEndpoint = async (context) => {
  const action = context.path.slice('/test-server/feedback/'.length);
  const browser = context.get('user-agent');
  if (context.method === 'GET' && action === 'last') {
    context.type = 'application/json';
    context.body = JSON.stringify(feedbackReceived.get(browser) ?? nothingReceived);
    return;
  }
  if (context.method !== 'POST') {
    context.status = 405;
    return;
  }
  if (action === 'reset') {
    feedbackReceived.set(browser, nothingReceived);
    context.status = 204;
    return;
  }
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  feedbackReceived.set(browser, {
    count: (feedbackReceived.get(browser) ?? nothingReceived).count + 1,
    body: Buffer.concat(chunks).toString('utf8'),
    contentType: context.get('content-type'),
  });
  context.status = action === 'fail' ? 500 : 204;
  if (action === 'fail') context.body = 'Internal error';
};

// ---- reliability: element catalogue, src faults, strict policies ----------
// Endpoints for test/reliability/. Separate from the switch above so that
// element folders added later are covered without an edit here.
import { existsSync as fileExists, readdirSync as listDir, readFileSync as readText } from 'node:fs';
import { elementFolders } from '../scripts/elements.js';

const root = new URL('../', import.meta.url);
const jsonFiles = (folder) =>
  fileExists(new URL(folder, root))
    ? listDir(new URL(folder, root))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => `${folder.slice('content/'.length)}${file}`)
    : [];

/** Documents at the top of content/ (the seed article), by the schema their "$schema" names. */
const topLevelDocuments = (name) =>
  listDir(new URL('content/', root))
    .filter((file) => file.endsWith('.json'))
    .filter((file) => JSON.parse(readText(new URL(`content/${file}`, root), 'utf8')).$schema?.endsWith(`/care-${name}.schema.json`))
    .sort();

/** Every element with its JSON Schema and fixtures (largest first), read from the folders at request time. */
const catalogue = () =>
  elementFolders().map((name) => {
    const schemaFile = new URL(`schemas/care-${name}.schema.json`, root);
    if (!fileExists(schemaFile)) throw new Error(`schemas/care-${name}.schema.json is missing: run npm run build first`);
    return {
      name,
      tag: `care-${name}`,
      schema: JSON.parse(readText(schemaFile, 'utf8')),
      fixtures: [...topLevelDocuments(name), ...jsonFiles(`content/${name}/`)].sort(
        (a, b) => readText(new URL(`content/${b}`, root)).length - readText(new URL(`content/${a}`, root)).length,
      ),
      invalidFixtures: jsonFiles(`content/${name}/invalid/`),
    };
  });

/**
 * How many documents of each kind the fuzz tests try per element, and from
 * which seed; both reproducible from the environment. Chromium, the fuzzing
 * engine, tries FUZZ_RUNS (default 400); Firefox and WebKit, slower here,
 * FUZZ_RUNS_FIREFOX and FUZZ_RUNS_WEBKIT (default a quarter of that) to keep CI short.
 */
const fuzzSettings = (userAgent = '') => {
  const runs = Math.max(1, Number(process.env.FUZZ_RUNS) || 400);
  return {
    runs: userAgent.includes('Firefox/')
      ? Math.max(1, Number(process.env.FUZZ_RUNS_FIREFOX) || Math.ceil(runs / 4))
      : userAgent.includes('AppleWebKit/') && !userAgent.includes('Chrome')
        ? Math.max(1, Number(process.env.FUZZ_RUNS_WEBKIT) || Math.ceil(runs / 4))
        : runs,
    seed: Number.isInteger(Number(process.env.FUZZ_SEED)) && process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20240304,
  };
};


/**
 * The policy of the strict page. Lit creates one Trusted Types policy,
 * "lit-html", for its template HTML, so `trusted-types` names it; nothing
 * else is relaxed. ?trusted-types= replaces that list (structured data
 * needs "care-elements" as well; 'none' shows that Lit needs its policy).
 */
export const strictPolicy = (trustedTypes = 'lit-html') =>
  `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A page with every element (its largest fixture) from every content source:
 * attribute, JSON script child, src and, by properties.js, the property.
 * `head` goes before the elements script, `script` loads them.
 */
const elementsPage = ({ title, head = '', script = '<script src="/dist/care-elements.js"></script>', structuredData = false, after = '<script src="/test/pages/strict/properties.js"></script>' }) => {
  const sources = catalogue().flatMap(({ tag, fixtures }) => {
    const fixture = fixtures[0];
    if (!fixture) return [];
    // A feedback widget is shown only where something collects its answers; these pages do.
    const extra = (structuredData ? ' structured-data' : '') + (tag === 'care-feedback' ? ' collect="event"' : '');
    const json = readText(new URL(`content/${fixture}`, root), 'utf8').trim();
    return [
      `<${tag} id="${tag}-attribute"${extra} content="${escapeAttribute(json)}"></${tag}>`,
      // Escaping "<" keeps any "</script>" in the text from ending the script.
      `<${tag} id="${tag}-script"${extra}><script type="application/json">${json.replace(/</g, '\\u003c')}</script></${tag}>`,
      `<${tag} id="${tag}-src"${extra} src="/content/${fixture}"></${tag}>`,
      `<${tag} id="${tag}-property"${extra} data-fixture="/content/${fixture}"></${tag}>`,
    ];
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script src="/test/pages/strict/record.js"></script>
    ${head}
    ${script}
  </head>
  <body>
    ${sources.join('\n    ')}
    ${after}
  </body>
</html>
`;
};

/** For strictPolicy(): ?build=esm loads the npm build instead of the bundle, ?structured-data=on asks for JSON-LD. */
const strictPage = (build, structuredData) =>
  elementsPage({
    title: 'Every element under a strict Content Security Policy',
    script: build === 'esm' ? '<script type="module" src="/dist/esm/index.js"></script>' : undefined,
    structuredData,
  });

/**
 * Hostile host pages, ?with= naming what the page does to the elements:
 * css (test/pages/hostile/hostile.css), base (a <base href> elsewhere),
 * globals (patched built-ins), frozen (frozen built-ins), broken-json
 * (JSON.parse throws), late-bundle (properties set before the elements are
 * defined), older-copy-first (another copy of some elements, with its own
 * lit, defined before the bundle).
 */
const hostilePage = (what) => {
  const has = (name) => what.includes(name);
  const head = [
    has('base') ? '<base href="/elsewhere/deeper/" />' : '',
    has('css') ? '<link rel="stylesheet" href="/test/pages/hostile/hostile.css" />' : '',
    has('globals') ? '<script src="/test/pages/hostile/globals.js"></script>' : '',
    has('frozen') ? '<script src="/test/pages/hostile/frozen.js"></script>' : '',
    has('broken-json') ? '<script src="/test/pages/hostile/broken-json.js"></script>' : '',
    has('older-copy-first')
      ? catalogue()
          .slice(0, 2)
          .map(({ name }) => `<script type="module" src="/dist/esm/${name}/care-${name}.js"></script>`)
          .join('')
      : '',
  ].join('\n    ');
  return elementsPage({
    title: `A hostile host page: ${what.join(', ')}`,
    head,
    script: has('late-bundle') ? '' : has('older-copy-first') ? '<script type="module" src="/dist/care-elements.js"></script>' : undefined,
    after: has('late-bundle') ? '<script src="/test/pages/hostile/late-bundle.js"></script>' : undefined,
  });
};

/**
 * src under faults: /test-server/fault/<kind>?delay=<ms>&body=<JSON>&id=<name>.
 * json answers the body; status answers ?status=; drop closes the connection
 * without answering; truncated promises the whole body and sends half; type
 * answers with the content type ?type=; huge streams ?mb= megabytes of valid
 * JSON (with Content-Length when ?length=on; never ending the answer when
 * ?hold=on); drip sends one byte every
 * 50 ms. A request with an id is logged: GET /test-server/fault/log?id=
 * says whether the client hung up before the answer was complete, and
 * GET /test-server/fault/closed?id= says so once the connection has closed.
 */
const faultLog = new Map();
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const faultEndpoint = async (context) => {
  const kind = context.path.slice('/test-server/fault/'.length);
  const { id, delay = '0', fixture, comment } = context.query;
  // ?fixture= answers a file of content/, with ?comment= as its $comment to tell answers apart; ?body= answers itself.
  const body = fixture
    ? JSON.stringify({ ...JSON.parse(readText(new URL(`content/${fixture}`, root), 'utf8')), ...(comment ? { $comment: comment } : {}) })
    : (context.query.body ?? '{}');
  if (kind === 'log') {
    context.type = 'application/json';
    const { closed, ...state } = faultLog.get(id) ?? {};
    context.body = JSON.stringify(closed ? state : null);
    return;
  }
  if (kind === 'closed') {
    const entry = faultLog.get(id);
    if (!entry) {
      context.status = 404;
      return;
    }
    await entry.closed;
    context.type = 'application/json';
    context.body = JSON.stringify({ hungUp: entry.hungUp, complete: entry.complete });
    return;
  }
  let closed;
  const entry = { requested: true, complete: false, hungUp: false, closed: new Promise((resolve) => (closed = resolve)) };
  if (id) faultLog.set(id, entry);
  context.res.on('close', () => {
    entry.hungUp = !context.res.writableFinished;
    closed();
  });
  context.res.on('finish', () => (entry.complete = true));
  await pause(Number(delay));
  if (entry.hungUp) {
    // The client left: nothing to answer (and no 404 to report).
    context.status = 204;
    context.respond = false;
    return;
  }
  switch (kind) {
    case 'json':
      context.type = 'application/json';
      context.body = body;
      return;
    case 'status':
      context.status = Number(context.query.status ?? 500);
      context.body = 'Failure';
      return;
    case 'type':
      context.type = context.query.type;
      context.body = body;
      return;
    case 'drop':
      context.status = 204;
      context.respond = false;
      context.req.socket.destroy();
      return;
    case 'truncated': {
      context.status = 200;
      context.respond = false;
      const bytes = Buffer.from(body);
      context.res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
      context.res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      await pause(50);
      context.req.socket.destroy();
      return;
    }
    case 'huge':
    case 'drip': {
      context.status = 200;
      context.respond = false;
      const size = kind === 'huge' ? Number(context.query.mb ?? 20) * 1024 * 1024 : body.length;
      const headers = { 'content-type': 'application/json' };
      if (kind === 'drip' || context.query.length === 'on') headers['content-length'] = size;
      context.res.writeHead(200, headers);
      if (kind === 'drip') {
        for (let i = 0; i < body.length && !entry.hungUp; i++) {
          context.res.write(body[i]);
          await pause(50);
        }
        if (!entry.hungUp) context.res.end();
        return;
      }
      // {"body":"xxxx…"}: valid JSON of exactly `size` bytes, written as fast as the client reads.
      const chunk = Buffer.alloc(64 * 1024, 'x');
      context.res.write('{"body":"');
      let sent = 9;
      while (sent + chunk.length + 2 < size && !entry.hungUp) {
        if (!context.res.write(chunk)) await new Promise((resolve) => context.res.once('drain', resolve));
        sent += chunk.length;
      }
      if (entry.hungUp) return;
      const tail = `${'x'.repeat(Math.max(0, size - sent - 2))}"}`;
      // ?hold=on keeps the connection open after the last byte: kernel and browser buffers can take
      // many megabytes a client never reads, so only a hang-up shows that the client gave up.
      if (context.query.hold === 'on') context.res.write(tail);
      else context.res.end(tail);
      return;
    }
    default:
      context.status = 404;
  }
};

export const reliabilityServer = async (context, next) => {
  if (context.path === '/test-server/catalogue') {
    context.type = 'application/json';
    context.body = JSON.stringify({ elements: catalogue(), fuzz: fuzzSettings(context.get('user-agent')) });
    return;
  }
  if (context.path.startsWith('/test-server/fault/')) return faultEndpoint(context);
  if (context.path === '/test-server/hostile/page.html') {
    context.type = 'text/html';
    context.body = hostilePage(String(context.query.with ?? '').split(','));
    return;
  }
  if (context.path === '/test-server/strict/page.html') {
    context.set('Content-Security-Policy', strictPolicy(context.query['trusted-types']));
    context.type = 'text/html';
    context.body = strictPage(context.query.build, context.query['structured-data'] === 'on');
    return;
  }
  return next();
};
