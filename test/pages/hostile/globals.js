// A host page that patches built-ins the way old libraries did, before the elements load.
/* eslint-disable no-extend-native */
// Prototype.js and MooTools style: enumerable additions to Array and Object.
Array.prototype.each = function (fn) {
  for (let i = 0; i < this.length; i++) fn(this[i], i);
};
Object.prototype.polluted = 'from the page';
// ES3-era polyfills that replace the native methods: they work, but ignore thisArg and holes.
Array.prototype.map = function (fn) {
  const out = [];
  for (let i = 0; i < this.length; i++) out.push(fn(this[i], i, this));
  return out;
};
Array.prototype.forEach = function (fn) {
  for (let i = 0; i < this.length; i++) fn(this[i], i, this);
};
Array.prototype.filter = function (fn) {
  const out = [];
  for (let i = 0; i < this.length; i++) if (fn(this[i], i, this)) out.push(this[i]);
  return out;
};
Array.prototype.includes = function (value) {
  for (let i = 0; i < this.length; i++) if (this[i] === value) return true;
  return false;
};
// Prototype 1.6 made arrays serialise themselves as strings.
Array.prototype.toJSON = function () {
  return `[${this.map((item) => JSON.stringify(item)).join(', ')}]`;
};
// A logging wrapper around JSON.parse.
const parse = JSON.parse;
JSON.parse = function (text, reviver) {
  window.parsed = (window.parsed ?? 0) + 1;
  return parse(text, reviver);
};
