// Gives the marked elements their content as a property before the elements are defined, then loads the bundle.
Promise.all(
  [...document.querySelectorAll('[data-fixture]')].map(async (element) => {
    element.content = await (await fetch(element.dataset.fixture)).json();
  }),
).then(() => {
  const script = document.createElement('script');
  script.src = '/dist/care-elements.js';
  document.head.append(script);
});
