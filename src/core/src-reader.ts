/**
 * Reading a `src` document. Pages that give content inline never need it,
 * so the browser bundles load it from beside themselves (care-elements-src.js)
 * only when an element names a `src`.
 */

/** The largest `src` document read; reading stops at this size, so a runaway response cannot fill the reader's memory. */
export const MAX_SRC_BYTES = 5 * 1024 * 1024;

/** A response's text, refused once it passes MAX_SRC_BYTES (by its Content-Length, or while it streams). */
const readLimited = async (response: Response): Promise<string> => {
  const tooLarge = () => new Error(`is larger than ${MAX_SRC_BYTES / 1024 / 1024} MB`);
  if (Number(response.headers.get('content-length')) > MAX_SRC_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_SRC_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
};

/**
 * The JSON document at `url`, given up after `timeout` ms or when `controller`
 * aborts. It fails with what went wrong, worded to follow `src "<url>"`.
 */
export const readSrc = async (url: string, controller: AbortController, timeout: number): Promise<unknown> => {
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
  let answered = false;
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    answered = true;
    if (!response.ok) throw new Error(`answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const text = await readLimited(response);
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`did not return JSON (content type ${response.headers.get('content-type') ?? 'unknown'})`);
    }
  } catch (error) {
    const reason = controller.signal.reason as DOMException | undefined;
    throw new Error(
      reason?.name === 'TimeoutError'
        ? `did not answer within ${timeout} ms`
        : error instanceof TypeError
          ? answered
            ? 'stopped before the end of the document (network error)'
            : 'could not be reached (network error)'
          : (error as Error).message,
    );
  } finally {
    clearTimeout(timer);
  }
};
