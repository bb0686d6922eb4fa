import { object, optional, string, type OptionalSchema } from './schema.js';

/** UI strings for each supported language; English is complete and the fallback. */
export type Translations<K extends string> = { en: Record<K, string> } & Partial<Record<string, Partial<Record<K, string>>>>;

/** Strings every element may show. */
export const coreTranslations = {
  en: {
    contentError: 'This content could not be shown.',
    sources: 'Sources',
    source: 'Source',
    backToText: 'Back to the text',
  },
  es: {
    contentError: 'No se ha podido mostrar este contenido.',
    sources: 'Fuentes',
    source: 'Fuente',
    backToText: 'Volver al texto',
  },
} satisfies Translations<string>;

/**
 * The language of an element: its own `lang`, else the nearest ancestor's,
 * crossing shadow roots, else the document's. Only the primary subtag is
 * used for picking translations ("es-MX" → "es").
 */
export const languageOf = (element: Element): string => {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return document.documentElement.lang || 'en';
};

export const pickLabels = <K extends string>(
  translations: Translations<K>,
  lang: string,
  overrides?: Partial<Record<K, string>>,
): Record<K, string> => ({
  ...translations.en,
  ...translations[lang.toLowerCase().split('-')[0]!],
  ...overrides,
});

/** The `labels` field of a content type: every key optional, every value text. */
export const labelsSchema = <K extends string>(translations: Translations<K>): OptionalSchema<Partial<Record<K, string>>> =>
  optional(
    object(
      Object.fromEntries(
        Object.keys(translations.en).map((key) => [
          key,
          optional(string({ title: `"${translations.en[key as K]}" label`, description: `Replaces the "${translations.en[key as K]}" label.` })),
        ]),
      ) as Record<K, OptionalSchema<string>>,
      { title: 'Labels', description: 'Overrides for the built-in interface strings, by key.' },
    ),
  ) as OptionalSchema<Partial<Record<K, string>>>;
