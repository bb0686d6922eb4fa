import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Vite compiles the elements with tsconfig.json's legacy decorators and
  // `useDefineForClassFields: false`; scripts/check-storybook.js proves it in the built site.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: {
      ...viteConfig.build,
      // Storybook's own bundles are large, and their plugins slow, by nature; the elements are measured in `npm run build`.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { ...viteConfig.build?.rolldownOptions, checks: { ...viteConfig.build?.rolldownOptions?.checks, pluginTimings: false } },
    },
    // Storybook's renderer imports lit/directive-helpers.js; pre-bundled with the rest of lit,
    // the dev server loads one copy of lit-html instead of two.
    optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
};

export default config;
