// Vite's import suffixes that the stories use to load content/ fixtures.

/** The file's text, for fixtures that are deliberately not valid JSON. */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** The file's URL in the built Storybook, for `src` stories. */
declare module '*?url' {
  const url: string;
  export default url;
}
