// Main-thread time of one page load, by kind, from a Chromium trace: what
// DevTools' Performance panel shows as Scripting, Rendering and Parsing.
//
// The trace is needed for script time because CDP `Performance.getMetrics`
// leaves out JavaScript resumed after an `await` (its ScriptDuration counts
// 0.1 ms for a 100 ms loop after `await null`), and Lit renders there.

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'blink.user_timing', 'loading'];

/**
 * Layouts that script forced by reading layout after a change (layout
 * thrash), counted when the script is `scriptUrl`. Chromium records the
 * script's stack on such a layout; a frame's own layout has none.
 */
export const forcedLayouts = (traceEvents, scriptUrl) =>
  traceEvents.filter((event) => event.name === 'Layout' && event.args?.beginData?.stackTrace?.some((frame) => frame.url === scriptUrl)).length;

const KINDS = [
  ['parse', /^(ParseHTML)$/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout)$/],
  ['script', /^(EvaluateScript|FunctionCall|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|MinorGC|MajorGC|GCEvent|BlinkGC\..*|V8\..*|v8\..*)$/],
];
const kindOf = (name) => KINDS.find(([, pattern]) => pattern.test(name))?.[0];

/**
 * Self time (ms) by kind on the page's main thread between navigation start
 * and the `until` user-timing mark. Time inside an event of no known kind
 * (a task, a paint) is not counted.
 */
export const mainThreadTime = (traceEvents, { url, until }) => {
  const parse = traceEvents.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!parse) throw new Error(`no ParseHTML for ${url} in the trace`);
  const { pid, tid } = parse;
  const thread = traceEvents.filter((event) => event.pid === pid && event.tid === tid);
  const start = thread.find((event) => event.name === 'navigationStart')?.ts ?? parse.ts;
  const end = thread.find((event) => event.name === until && event.ph !== 'E')?.ts;
  if (end === undefined) throw new Error(`no "${until}" mark in the trace of ${url}`);

  // Complete events (X) and begin/end pairs (B/E) become intervals, nested by time.
  const intervals = [];
  const open = [];
  for (const event of thread) {
    if (event.ph === 'X' && event.dur) intervals.push({ name: event.name, start: event.ts, end: event.ts + event.dur });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin) intervals.push({ name: begin.name, start: begin.ts, end: event.ts });
    }
  }
  intervals.sort((a, b) => a.start - b.start || b.end - a.end);

  // Each interval's self time (its time minus its children's) goes to its
  // kind, or to its nearest ancestor's kind when its own is unknown (a
  // preload inside parsing is parsing).
  const clip = ({ start: from, end: to }) => Math.max(0, Math.min(to, end) - Math.max(from, start));
  const totals = { script: 0, style: 0, layout: 0, parse: 0 };
  const stack = [];
  const close = (node) => {
    const kind = node.kind;
    if (kind) totals[kind] += Math.max(0, clip(node) - node.children);
  };
  for (const interval of intervals) {
    while (stack.length && stack[stack.length - 1].end <= interval.start) close(stack.pop());
    const parent = stack[stack.length - 1];
    if (parent) parent.children += clip(interval);
    stack.push({ ...interval, children: 0, kind: kindOf(interval.name) ?? parent?.kind });
  }
  while (stack.length) close(stack.pop());
  return Object.fromEntries(Object.entries(totals).map(([kind, microseconds]) => [kind, microseconds / 1000]));
};
