// Loaded first by the test pages: the tests read what the page warned and what failed in it.
window.warnings = [];
window.errors = [];
const warn = console.warn;
console.warn = (...args) => (window.warnings.push(args.join(' ')), warn(...args));
addEventListener('error', (event) => window.errors.push(event.message));
