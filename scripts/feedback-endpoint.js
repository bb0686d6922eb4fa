// The demo's feedback endpoint, served by `npm start` (and by the test
// runner, for the demo's test): care-feedback POSTs each answer to
// /api/feedback as JSON; the latest are kept in memory and listed by a GET,
// so the demo page can show exactly what arrived. Nothing is written to disk.

export const FEEDBACK_PATH = '/api/feedback';
/** How many answers are kept, newest first. */
const KEPT = 20;
/** The largest body read: an answer is a yes/no, a 500-character comment and an address. */
const MAX_BODY_BYTES = 4096;

const readBody = async (request) => {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) throw new Error('too large');
  }
  return body;
};

/** The answer when the body is one care-feedback sends (`{ helpful, comment, page }`), else undefined. */
const asAnswer = (text) => {
  try {
    const { helpful, comment, page } = JSON.parse(text);
    if (typeof helpful === 'boolean' && typeof comment === 'string' && comment.length <= 500 && typeof page === 'string') return { helpful, comment, page };
  } catch {
    // Not JSON: refused below like any other body that is not an answer.
  }
  return undefined;
};

/** Creates the middleware with its own list of answers. */
export const feedbackEndpoint = () => {
  const received = [];
  return async (context, next) => {
    if (context.path !== FEEDBACK_PATH) return next();
    if (context.method === 'GET') {
      context.set('cache-control', 'no-store');
      context.body = received;
      return undefined;
    }
    if (context.method !== 'POST') {
      context.status = 405;
      context.set('allow', 'GET, POST');
      return undefined;
    }
    const answer = await readBody(context.req).then(asAnswer, () => undefined);
    if (!answer) {
      context.status = 400;
      context.body = { error: 'expected JSON { helpful: boolean, comment: string (at most 500 characters), page: string }' };
      return undefined;
    }
    received.unshift({ ...answer, receivedAt: new Date().toISOString() });
    received.length = Math.min(received.length, KEPT);
    context.status = 201;
    context.body = { received: true };
    return undefined;
  };
};
