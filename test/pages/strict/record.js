// Loaded first by the strict-policies page: records every policy violation and error.
window.violations = [];
window.errors = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample} (${event.sourceFile}:${event.lineNumber})`),
  true,
);
addEventListener('error', (event) => window.errors.push(event.message));
addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
// Whether Trusted Types are enforced here: a plain string into innerHTML must throw.
try {
  document.createElement('div').innerHTML = '<b>x</b>';
  window.trustedTypesEnforced = false;
} catch {
  window.trustedTypesEnforced = true;
}
window.warnings = [];
const warn = console.warn;
console.warn = (...args) => (window.warnings.push(args.join(' ')), warn(...args));
window.contentErrors = [];
document.addEventListener('care-content-error', (event) => window.contentErrors.push({ id: event.composedPath()[0].id, errors: event.detail.errors }), true);
