// Gives the elements marked data-fixture their content through the property.
for (const element of document.querySelectorAll('[data-fixture]')) {
  fetch(element.dataset.fixture)
    .then((response) => response.json())
    .then((content) => (element.content = content))
    .catch((error) => window.errors.push(String(error)));
}
