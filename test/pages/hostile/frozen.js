// A hardened host page (SES-style lockdown): the shared built-ins are frozen before the elements load.
// All but the Symbol constructor: lit adds Symbol.metadata where the browser lacks it, and cannot on a
// frozen Symbol (the page would have to define Symbol.metadata before freezing it).
for (const intrinsic of [Object, Object.prototype, Array, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype, Symbol.prototype, Promise, Promise.prototype, JSON, Math, Reflect, Map.prototype, Set.prototype, WeakMap.prototype, Error.prototype, RegExp.prototype, Date.prototype]) {
  Object.freeze(intrinsic);
}
