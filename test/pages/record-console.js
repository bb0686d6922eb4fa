// Loaded first by the test pages: the tests read what the page warned and what failed in it
// (console errors, uncaught errors and unhandled rejections).
window.warnings = [];
window.errors = [];
const warn = console.warn;
const error = console.error;
console.warn = (...args) => (window.warnings.push(args.join(' ')), warn(...args));
console.error = (...args) => (window.errors.push(args.join(' ')), error(...args));
addEventListener('error', (event) => window.errors.push(event.message));
addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
