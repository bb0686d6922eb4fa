import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';

// Docs pages list each element's attributes, properties, events, parts and
// CSS custom properties from the manifest that the sources' JSDoc generates.
setCustomElementsManifest(manifest);

const DARK_PAGE = { colorScheme: 'dark', background: '#16191d', color: '#e7e9ec', padding: '1.5rem', borderRadius: '0.5rem' };

/**
 * Shows the story the way a reader's page might: light or dark, left-to-right
 * or right-to-left, English or Spanish, full width or a 320 px phone column.
 * The toolbar sets these for every story; a story can pin them with `globals`.
 */
const withReadingContext: Decorator = (story, { globals }) => {
  const dark = globals.scheme === 'dark';
  const style = {
    ...(dark ? DARK_PAGE : { colorScheme: 'light' }),
    ...(globals.width === 'narrow' ? { inlineSize: '320px', maxInlineSize: '100%' } : {}),
  };
  return html`<div dir=${globals.direction ?? 'ltr'} lang=${globals.locale ?? 'en'} style=${styleMap(style)}>${story()}</div>`;
};

/**
 * Events, slots, parts and CSS custom properties are documented, not set from
 * a story, and a property row (`headingLevel`) repeats its attribute's row
 * (`heading-level`), which has the control: these rows get none unless a story
 * asks for one.
 */
const DOCUMENTED_ONLY = new Set(['events', 'slots', 'css shadow parts', 'css custom properties', 'properties']);
const withControlsOnAttributes: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      argType.control === undefined && DOCUMENTED_ONLY.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
    ]),
  );

const toolbar = (title: string, icon: 'contrast' | 'transfer' | 'globe' | 'mobile', items: Record<string, string>) => ({
  description: title,
  toolbar: { title, icon, dynamicTitle: true, items: Object.entries(items).map(([value, itemTitle]) => ({ value, title: itemTitle })) },
});

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withReadingContext, withActions],
  argTypesEnhancers: [withControlsOnAttributes],
  globalTypes: {
    scheme: toolbar('Colour scheme', 'contrast', { light: 'Light', dark: 'Dark' }),
    direction: toolbar('Direction', 'transfer', { ltr: 'Left to right', rtl: 'Right to left' }),
    locale: toolbar('Language', 'globe', { en: 'English', es: 'Español' }),
    width: toolbar('Width', 'mobile', { full: 'Full width', narrow: '320 px' }),
  },
  initialGlobals: { scheme: 'light', direction: 'ltr', locale: 'en', width: 'full' },
  parameters: {
    // Every element fires these; the Actions panel lists them with their detail.
    actions: { handles: ['care-content-load', 'care-content-error'] },
    // Violations are failures, here and in test/stories.test.ts.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    options: { storySort: { order: ['Getting started', 'Elements'] } },
  },
};

export default preview;
