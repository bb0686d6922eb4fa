// A host page whose JSON.parse is broken: elements must say so clearly, and still take objects.
JSON.parse = () => {
  throw new SyntaxError('JSON.parse is disabled on this page');
};
