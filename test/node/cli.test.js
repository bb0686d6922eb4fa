// `care-elements validate`, run as a user runs it, on the fixtures and on
// files written for each way of picking a schema.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { contentWarnings } from '../../bin/content-warnings.js';
import { readingGrade, textStatistics } from '../../bin/plain-language.js';
import { fixtures, parseOrUndefined, root, tags } from './helpers.js';

const BIN = join(root, 'bin/care-elements.js');

const cli = (...args) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8' });
  return { status, stdout, stderr };
};
const cliJson = (...args) => {
  const run = cli('validate', '--json', ...args);
  return { ...run, report: JSON.parse(run.stdout) };
};

const scratch = mkdtempSync(join(tmpdir(), 'care-validate-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const write = (path, content) => {
  const file = join(scratch, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

const [firstTag] = tags;
const firstFixture = () => parseOrUndefined(fixtures(firstTag).find((each) => each.valid).text);

describe('care-elements validate on the fixtures', () => {
  it('accepts every valid fixture, exit code 0', () => {
    const files = tags.flatMap((tag) => fixtures(tag).filter((each) => each.valid).map((each) => each.file));
    const { status, report } = cliJson(...files);
    assert.equal(report.results.length, files.length);
    assert.deepEqual(report.results.filter((each) => !each.valid), []);
    assert.equal(status, 0);
  });

  it('names the file, the JSON Pointer and the problem for each invalid fixture, exit code 1', () => {
    const { status, stdout } = cli('validate', 'content/callout/invalid/missing-body.json', 'content/callout/invalid/wrong-types.json', 'content/callout/invalid/malformed.json');
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      'content/callout/invalid/missing-body.json /body error: is required',
      'content/callout/invalid/wrong-types.json /variant error: expected one of "info", "takeaway", "limitation", "warning", "disclaimer", got "urgent"',
      'content/callout/invalid/wrong-types.json /title error: expected a string, got a number',
      'content/callout/invalid/wrong-types.json /body error: expected a string, got an array',
      "content/callout/invalid/malformed.json (document) error: is not valid JSON (Expected ',' or '}' after property value in JSON at position 60, line 1 column 61)",
    ]);
    assert.equal(lines.at(-1), '3 files checked: 0 valid, 3 invalid, 0 warnings');
  });

  it('rejects every invalid fixture except unknown-field ones, which pass with warnings; warns about hostile links', () => {
    const files = tags.flatMap((tag) => fixtures(tag).filter((each) => !each.valid));
    const { report } = cliJson(...files.map((each) => each.file));
    for (const [index, result] of report.results.entries()) {
      const { name } = files[index];
      if (/hostile/.test(name)) {
        assert.ok(result.warnings.some((warning) => /is not a web link/.test(warning.message)), `${result.file} has no link warning`);
      } else if (/unknown-field/.test(name)) {
        assert.ok(result.valid, `${result.file}: ${JSON.stringify(result.errors)}`);
        assert.ok(result.warnings.length > 0, `${result.file} has no warning`);
      } else {
        assert.equal(result.valid, false, result.file);
        assert.ok(result.errors.every(({ path }) => path === '' || path.startsWith('/')), JSON.stringify(result.errors));
      }
    }
  });

  it('takes folders and globs, and fails on a pattern that matches nothing', () => {
    const inFolder = cliJson('content/callout/invalid').report.results.map((each) => each.file);
    assert.deepEqual(inFolder, fixtures('care-callout').filter((each) => !each.valid).map((each) => join('content/callout/invalid', each.name)));
    const invalidFixtures = tags.flatMap((tag) => fixtures(tag).filter((each) => !each.valid).map((each) => join('content', tag.slice(5), 'invalid', each.name)));
    for (const glob of ['content/**/invalid/*.json', './content/**/invalid/*.json', 'content/*/invalid/????*.json'])
      assert.deepEqual(cliJson(glob).report.results.map((each) => each.file), invalidFixtures, glob);
    const missing = cli('validate', 'content/**/nothing-*.json');
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /^content\/\*\*\/nothing-\*\.json \(document\) error: no such file, or no JSON file matches$/m);
  });
});

describe('care-elements validate picks the schema', () => {
  it('from "$schema", as a URL or a relative path', () => {
    const url = write('a/by-url.json', { $schema: `https://unpkg.com/care-elements@1.0.0/schemas/${firstTag}.schema.json`, ...firstFixture() });
    const path = write('a/by-path.json', { $schema: `../node_modules/care-elements/schemas/${firstTag}.schema.json`, ...firstFixture() });
    const { status, report } = cliJson(url, path);
    assert.equal(status, 0);
    assert.deepEqual(report.results.map(({ element, by }) => [element, by]), [[firstTag, '$schema'], [firstTag, '$schema']]);
  });

  it('rejects a "$schema" that names no element schema', () => {
    const file = write('a/other.json', { $schema: 'https://json-schema.org/draft/2020-12/schema', ...firstFixture() });
    const { status, report } = cliJson(file);
    assert.equal(status, 1);
    assert.deepEqual(report.results[0].errors, [{ path: '/$schema', message: '"$schema" names no care-elements schema: https://json-schema.org/draft/2020-12/schema' }]);
  });

  it('from --element, as a tag or a folder name', () => {
    const file = write('a/plain.json', firstFixture());
    for (const element of [firstTag, firstTag.slice(5)]) assert.deepEqual(cliJson('--element', element, file).report.results.map(({ element: tag, by }) => [tag, by]), [[firstTag, '--element']]);
    assert.equal(cli('validate', '--element', 'care-nothing', file).status, 2);
  });

  it('from the nearest folder named after an element', () => {
    const file = write(`site/${firstTag.slice(5)}/drafts/one.json`, firstFixture());
    assert.deepEqual(cliJson(file).report.results.map(({ element, by }) => [element, by]), [[firstTag, 'folder']]);
  });

  it('--element before "$schema", "$schema" before the folder', () => {
    const other = tags.find((tag) => tag !== firstTag);
    const declared = write(`${other}/declared.json`, { $schema: `${firstTag}.schema.json`, ...firstFixture() });
    assert.deepEqual(cliJson('--element', other, declared).report.results.map(({ element, by }) => [element, by]), [[other, '--element']]);
    assert.deepEqual(cliJson(declared).report.results.map(({ element, by }) => [element, by]), [[firstTag, '$schema']]);
  });

  it('otherwise from the element that knows the most of its fields, with a warning that says so', () => {
    const file = write('loose/thing.json', firstFixture());
    const { status, report } = cliJson(file);
    assert.equal(status, 0);
    assert.equal(report.results[0].element, firstTag);
    assert.equal(report.results[0].by, 'closest');
    assert.match(report.results[0].warnings[0].message, new RegExp(`checked as ${firstTag}, the element it fits best`));
  });
});

describe('care-elements validate and render tell the element from the fields alone', () => {
  // Every content file and fixture that parses, without "$schema", in a folder named after no element.
  const loose = tags.flatMap((tag) =>
    fixtures(tag).flatMap(({ text, name, valid }) => {
      const document = parseOrUndefined(text);
      if (!document) return [];
      delete document.$schema;
      return [{ tag, file: write(`unsorted/${tag}-${valid ? '' : 'invalid-'}${name}`, document) }];
    }),
  );

  it('validate matches each to its own element', () => {
    assert.ok(loose.length >= 50, `only ${loose.length} files`);
    const { report } = cliJson(...loose.map(({ file }) => file));
    assert.deepEqual(
      report.results.map(({ file, element, by }) => [file, element, by]),
      loose.map(({ file, tag }) => [file, tag, 'closest']),
    );
  });

  it('render matches each to its own element', async () => {
    const { elementFor } = await import('../../bin/render.js');
    for (const { file, tag } of loose) assert.deepEqual(elementFor(file, readFileSync(file, 'utf8')), { tag }, file);
  });

  // The seed article with one FAQ answer that is not text.
  const article = () => {
    const document = parseOrUndefined(readFileSync(join(root, 'content/immunotherapy-leukemia.json'), 'utf8'));
    delete document.$schema;
    const faq = document.blocks.findIndex((block) => block.type === 'faq');
    document.blocks[faq].items[0].answer = 42;
    return { document, answer: `/blocks/${faq}/items/0/answer` };
  };

  it('checks an article as an article, with its errors, exit code 1', () => {
    const { document, answer } = article();
    const { status, report } = cliJson(write('unsorted/article.json', document));
    assert.equal(status, 1);
    assert.equal(report.results[0].element, 'care-article');
    assert.deepEqual(report.results[0].errors, [{ path: answer, message: 'expected a string, got a number' }]);
    const rendered = cli('render', write('unsorted/article.json', document));
    assert.equal(rendered.status, 1);
    assert.equal(rendered.stderr, `${join(scratch, 'unsorted/article.json')}: invalid <care-article> content\n  ${answer}: expected a string, got a number\n`);
  });

  it('rejects a document none of whose fields its element knows, naming the element it looks like', () => {
    const { document } = article();
    const expected = 'none of its fields (title, published, audience, blocks, …) is a care-feedback field, so it is not care-feedback content; it looks like care-article content';
    const files = [write('feedback/article.json', document), write('unsorted/declared.json', { $schema: 'care-feedback.schema.json', ...document })];
    for (const args of [[files[1]], [files[0]], ['--element', 'feedback', files[1]]]) {
      const { status, report } = cliJson(...args);
      assert.equal(status, 1, args.join(' '));
      assert.deepEqual(report.results[0].errors, [{ path: '', message: expected }], args.join(' '));
      assert.deepEqual(report.results[0].warnings, [], args.join(' '));
    }
    const rendered = cli('render', files[0]);
    assert.equal(rendered.status, 1);
    assert.equal(rendered.stderr, `${files[0]}: ${expected}\n`);
    // One known field is enough: the others are reported as ignored.
    assert.equal(cliJson(write('feedback/partly.json', { question: 'Helpful?', colour: 'red' })).status, 0);
  });

  it('fails a file that fits no element, or two equally', () => {
    const cases = [
      [{ name: 'care-elements', version: '1.0.0', license: 'MIT', scripts: {} }, 'care-therapy-card, the closest, knows only 1 of its 4 fields: name'],
      [{ colour: 'red', size: 2 }, 'no element has a field named colour, size'],
      [{ title: 'A title' }, 'it fits care-article and care-callout and care-faq and care-takeaways equally'],
      [['A list'], 'content is a JSON object, and this is an array'],
    ];
    const { status, report } = cliJson(...cases.map(([document], index) => write(`unsorted/unclear-${index}.json`, document)));
    assert.equal(status, 1);
    assert.deepEqual(
      report.results.map(({ errors }) => errors),
      cases.map(([, reason]) => [{ path: '', message: `cannot tell which element it is for (${reason}); pass --element` }]),
    );
  });
});

describe('care-elements validate output and usage', () => {
  it('--json gives every file with its element, errors and warnings', () => {
    const { status, report } = cliJson('content/callout/invalid/unknown-field.json', 'content/callout/invalid/missing-body.json');
    assert.equal(status, 1);
    assert.deepEqual(report, {
      results: [
        {
          file: 'content/callout/invalid/unknown-field.json',
          element: 'care-callout',
          by: 'folder',
          valid: true,
          errors: [],
          warnings: [{ path: '/colour', message: 'is not a known field, so it is ignored' }],
          plainLanguage: { lang: 'en', formula: 'Flesch–Kincaid', grade: 6.6, maxGrade: 8, fields: 1, words: 4, sentences: 1, aboveGrade: 0, longSentences: 0, termsBeforeDefinition: 0 },
        },
        {
          file: 'content/callout/invalid/missing-body.json',
          element: 'care-callout',
          by: 'folder',
          valid: false,
          errors: [{ path: '/body', message: 'is required' }],
          warnings: [],
          plainLanguage: { lang: 'en', formula: 'Flesch–Kincaid', maxGrade: 8, fields: 0, words: 0, sentences: 0, aboveGrade: 0, longSentences: 0, termsBeforeDefinition: 0 },
        },
      ],
      invalid: 1,
    });
  });

  it('prints help, and exits 2 on a usage mistake', () => {
    assert.match(cli('--help').stdout, /validate +check JSON content files/);
    const help = cli('validate', '--help').stdout;
    assert.match(help, /first match wins/);
    assert.match(help, /otherwise the element that knows the most of its top-level fields/);
    assert.equal(cli('validate').status, 2);
    assert.equal(cli('validate', '--colour').status, 2);
    const unknown = cli('frobnicate');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
  });
});

describe('editor warnings', () => {
  const messages = (tag, document, now) => contentWarnings(tag, document, now).map(({ path, message }) => `${path} ${message}`);

  it('a statistic or a study result without a source', () => {
    assert.deepEqual(messages('care-stat', { value: 'Over 70%', label: 'respond' }), [' is a figure without a source, so readers cannot check it']);
    assert.deepEqual(messages('care-stat', { value: 'Over 70%', label: 'respond', source: { title: 'A study' } }), []);
    assert.deepEqual(messages('care-stat', { value: 'Over 70%', label: 'respond', source: 'study', sources: [{ id: 'study', title: 'A study' }] }), []);
    assert.deepEqual(messages('care-stat', { value: 'Over 70%', label: 'respond[^study]' }), []);
    const card = { name: 'CAR-T', results: [{ value: 'Over 70%', source: { title: 'A study' } }, { value: 'Nearly half' }] };
    assert.deepEqual(messages('care-therapy-card', card), ['/results/1 is a figure without a source, so readers cannot check it']);
    const article = { lastReviewed: '2024-01-01', blocks: [{ type: 'stat', value: '1 in 3', label: 'x' }, { type: 'therapies', items: [card] }] };
    assert.deepEqual(messages('care-article', article), [
      '/blocks/0 is a figure without a source, so readers cannot check it',
      '/blocks/1/items/0/results/1 is a figure without a source, so readers cannot check it',
    ]);
  });

  it('an article without lastReviewed, or past its nextReview date', () => {
    const blocks = [{ type: 'paragraph', text: 'Text.' }];
    assert.deepEqual(messages('care-article', { title: 'T', blocks }), [' has no lastReviewed date, so readers cannot tell how current it is']);
    const reviewed = { title: 'T', blocks, lastReviewed: '2024-01-10', nextReview: '2025-01-10' };
    assert.deepEqual(messages('care-article', reviewed, '2025-01-10'), []);
    assert.deepEqual(messages('care-article', reviewed, '2025-01-11'), ['/nextReview review was due on 2025-01-10']);
  });

  it('links that are not https, in URL fields and in the inline markup', () => {
    const document = {
      sources: [{ title: 'A', url: 'http://example.org/a' }, { title: 'B', url: 'https://example.org/b' }, { title: 'C', url: 'www.example.org' }, { title: 'D', url: '/local' }],
      title: 'Note: a colon after the first word is not a scheme',
      body: 'See [this](http://example.org/x), [that](https://example.org/y), [mail](mailto:a@example.org) and [bad](javascript:alert(1)).',
    };
    assert.deepEqual(messages('care-callout', document), [
      '/sources/0/url links to http://example.org/a over http; use https',
      '/sources/2/url "www.example.org" has no https://, so it would link to a page of this site',
      '/body links to http://example.org/x over http; use https',
      '/body "javascript:alert(1)" is not a web link; it is shown as text, not as a link',
    ]);
  });

  it('headings with no visible text, or with nothing under them', () => {
    const article = {
      lastReviewed: '2024-01-01',
      blocks: [
        { type: 'heading', text: '**\u200b**' },
        { type: 'paragraph', text: 'Text.' },
        { type: 'heading', text: 'Empty section' },
        { type: 'heading', text: 'Next section' },
        { type: 'heading', text: 'Subsection', level: 3 },
        { type: 'paragraph', text: 'Text.' },
        { type: 'heading', text: 'Last' },
      ],
    };
    assert.deepEqual(messages('care-article', article), [
      '/blocks/0/text is a heading with no visible text',
      '/blocks/2 is a heading with nothing under it',
      '/blocks/6 is a heading with nothing under it',
    ]);
    assert.deepEqual(messages('care-callout', { title: ' _ ', body: 'x' }), ['/title is a heading with no visible text']);
  });
});

describe('plain-language checks', () => {
  // Hand-counted: 12 words, 2 sentences, 16 syllables (doc-tor 2, med-i-cine 3, bet-ter 2, the rest 1).
  const EASY = 'The doctor gave me a new medicine. It made me feel better.';
  // Flesch–Kincaid: 0.39 × 12/2 + 11.8 × 16/12 − 15.59 = 2.483…
  const EASY_GRADE = 2.5;
  const HARD =
    'Immunotherapeutic interventions demonstrate considerable effectiveness regarding hematological malignancies. Individualized administration necessitates comprehensive evaluation, particularly concerning investigational medications. Physicians recommend multidisciplinary consultation.';
  const faq = (...answers) => ({ items: answers.map((answer, index) => ({ question: `Question ${index + 1}?`, answer })) });
  const words = (count) => `${Array.from({ length: count }, () => 'word').join(' ')}.`;

  it('grades English with Flesch–Kincaid, as counted by hand, after leaving out the inline markup', () => {
    assert.deepEqual(
      { ...textStatistics(EASY), each: undefined },
      { words: 12, sentences: 2, syllables: 16, each: undefined },
    );
    assert.equal(Math.round(readingGrade(textStatistics(EASY)) * 1000) / 1000, 2.483);
    const marked = '**The** [doctor](https://example.org/a_(b)) gave me a new medicine.[^study-1] It made me *feel* [[better|b]].[^b.2]';
    assert.deepEqual({ ...textStatistics(marked), each: undefined }, { words: 12, sentences: 2, syllables: 16, each: undefined });
    const { report } = cliJson('--element', 'faq', write('grade/easy.json', faq(EASY)));
    assert.equal(report.results[0].plainLanguage.grade, EASY_GRADE);
    assert.equal(report.results[0].plainLanguage.formula, 'Flesch–Kincaid');
  });

  it('grades Spanish with Crawford’s formula, for "lang": "es" or --lang es', () => {
    // Hand-counted: 10 words, 2 sentences, 19 syllables (mé-di-co, u-na, me-di-ci-na, nue-va, sien-to, me-jor).
    // Crawford: −0.205 × 20 sentences per 100 words + 0.049 × 190 syllables per 100 words − 3.407 = 1.803.
    const spanish = 'El médico me dio una medicina nueva. Me siento mejor.';
    const inFile = cliJson('--element', 'faq', write('grade/es.json', { lang: 'es', ...faq(spanish) })).report.results[0].plainLanguage;
    assert.deepEqual([inFile.formula, inFile.lang, inFile.grade, inFile.words, inFile.sentences], ['Crawford', 'es', 1.8, 10, 2]);
    const byOption = cliJson('--element', 'faq', '--lang', 'es', write('grade/es-option.json', faq(spanish))).report.results[0].plainLanguage;
    assert.deepEqual([byOption.formula, byOption.grade], ['Crawford', 1.8]);
    assert.notEqual(cliJson('--element', 'faq', write('grade/es-as-en.json', faq(spanish))).report.results[0].plainLanguage.formula, 'Crawford');
    assert.match(cli('validate', '--help').stdout, /--max-grade[\s\S]*Crawford/);
  });

  it('warns of a sentence over 25 words at its field, and of a hard field’s grade', () => {
    const file = write('long/faq.json', faq(EASY, words(26), words(25), HARD));
    const { status, stdout } = cli('validate', '--element', 'faq', file);
    assert.equal(status, 0);
    const lines = stdout.split('\n');
    assert.deepEqual(
      lines.filter((line) => line.includes('words is hard to follow')),
      [`${file} /items/1/answer warning: has a sentence of 26 words ("word word word word word word…"); over 25 words is hard to follow, so split it`],
    );
    assert.equal(lines.filter((line) => line.includes(' warning: reads at grade')).length, 1);
    assert.match(stdout, new RegExp(`${file} /items/3/answer warning: reads at grade \\d+\\.\\d \\(Flesch–Kincaid\\), above 8`));
  });

  it('warns of a glossary term used before the text that marks it, or never marked', () => {
    const glossary = [
      { term: 'remission', definition: 'No sign of the cancer.', checkedAgainst: { title: 'NCI Dictionary of Cancer Terms', url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms' } },
      { id: 'car-t', term: 'CAR T-cell therapy', definition: 'A treatment that changes a person’s own immune cells to fight cancer.', checkedAgainst: { title: 'NCI Dictionary of Cancer Terms', url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms' } },
      { term: 'antigen', definition: 'A marker the immune system can recognise.', checkedAgainst: { title: 'NCI Dictionary of Cancer Terms', url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms' } },
    ];
    const content = { glossary, ...faq('Remission is the goal.', 'A [[remission]] is good news. Ask about [[the new treatment|car-t]].', 'Antigens help.', 'CAR T-cell therapy again, and remission.') };
    const { report } = cliJson('--element', 'faq', write('terms/faq.json', content));
    const terms = report.results[0].warnings.filter(({ message }) => message.includes('glossary term'));
    assert.deepEqual(terms, [
      { path: '/items/0/answer', message: 'uses the glossary term "remission" before the text that marks it (/items/1/answer), so readers meet it undefined; mark its first use as [[remission]]' },
      { path: '/items/2/answer', message: 'uses the glossary term "antigen", which no text marks, so readers never see its definition; mark its first use as [[antigen]]' },
    ]);
    assert.equal(report.results[0].plainLanguage.termsBeforeDefinition, 2);
  });

  it('--max-grade turns a field above that grade into an error at its pointer, exit code 1', () => {
    const file = write('strict/faq.json', faq(EASY, HARD));
    assert.equal(cli('validate', '--element', 'faq', file).status, 0);
    const strict = cli('validate', '--element', 'faq', '--max-grade', '10', file);
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, new RegExp(`${file} /items/1/answer error: reads at grade \\d+\\.\\d \\(Flesch–Kincaid\\), above 10`));
    assert.doesNotMatch(strict.stdout, /\/items\/0\/answer/);
    assert.equal(cli('validate', '--element', 'faq', '--max-grade', '50', file).status, 0);
    const wrong = cli('validate', '--element', 'faq', '--max-grade', 'easy', file);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--max-grade: "easy" is not a grade/);
  });

  it('sums up each file with long text in one line', () => {
    const file = write('summary/faq.json', faq(EASY, words(26)));
    const { stdout } = cli('validate', '--element', 'faq', file);
    assert.ok(
      stdout.includes(
        `${file}: grade ${cliJson('--element', 'faq', file).report.results[0].plainLanguage.grade.toFixed(1)} (Flesch–Kincaid, en) in 2 long text fields, 38 words, 3 sentences; 0 fields above grade 8, 1 sentence over 25 words, 0 glossary terms used before marked\n`,
      ),
      stdout,
    );
    const easy = write('summary/easy.json', faq(EASY));
    assert.ok(cli('validate', '--element', 'faq', easy).stdout.includes(`${easy}: grade 2.5 (Flesch–Kincaid, en) in 1 long text field, 12 words, 2 sentences;`));
  });
});
