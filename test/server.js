// Test endpoints for `src` loading: slow, failing and wrong answers.
export const testServer = async (context, next) => {
  const match = /^\/test-server\/([a-z-]+)/.exec(context.path);
  if (!match) return next();
  switch (match[1]) {
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
