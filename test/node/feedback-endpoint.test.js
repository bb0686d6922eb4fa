import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { FEEDBACK_PATH, feedbackEndpoint } from '../../scripts/feedback-endpoint.js';

/** A Koa-like context, as the dev server hands its middleware. */
const request = async (middleware, method, body, path = FEEDBACK_PATH) => {
  const headers = {};
  const context = { path, method, req: Readable.from(body === undefined ? [] : [body]), status: 404, body: undefined, set: (name, value) => (headers[name] = value) };
  let passedOn = false;
  await middleware(context, async () => {
    passedOn = true;
  });
  return { status: context.body !== undefined && context.status === 404 ? 200 : context.status, body: context.body, headers, passedOn };
};

describe('the demo feedback endpoint', () => {
  it('keeps each answer care-feedback posts and lists them newest first', async () => {
    const endpoint = feedbackEndpoint();
    assert.deepEqual((await request(endpoint, 'GET')).body, []);
    const posted = await request(endpoint, 'POST', JSON.stringify({ helpful: true, comment: 'Clear', page: 'http://localhost/demo/' }));
    assert.equal(posted.status, 201);
    await request(endpoint, 'POST', JSON.stringify({ helpful: false, comment: '', page: 'http://localhost/demo/' }));
    const listed = await request(endpoint, 'GET');
    assert.deepEqual(
      listed.body.map(({ helpful, comment }) => [helpful, comment]),
      [
        [false, ''],
        [true, 'Clear'],
      ],
    );
    assert.match(listed.body[0].receivedAt, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(listed.headers['cache-control'], 'no-store');
  });

  it('refuses what care-feedback never sends, keeping nothing of it', async () => {
    const endpoint = feedbackEndpoint();
    for (const body of ['not json', '{"helpful": "yes", "comment": "", "page": "/"}', JSON.stringify({ helpful: true, comment: 'x'.repeat(501), page: '/' }), 'x'.repeat(5000)])
      assert.equal((await request(endpoint, 'POST', body)).status, 400, body.slice(0, 40));
    assert.equal((await request(endpoint, 'DELETE')).status, 405);
    assert.deepEqual((await request(endpoint, 'GET')).body, []);
  });

  it('leaves every other path to the rest of the server', async () => {
    assert.equal((await request(feedbackEndpoint(), 'GET', undefined, '/demo/')).passedOn, true);
  });

  it('keeps only the latest 20 answers', async () => {
    const endpoint = feedbackEndpoint();
    for (let index = 0; index < 25; index++) await request(endpoint, 'POST', JSON.stringify({ helpful: true, comment: `${index}`, page: '/' }));
    const { body } = await request(endpoint, 'GET');
    assert.equal(body.length, 20);
    assert.equal(body[0].comment, '24');
  });
});
