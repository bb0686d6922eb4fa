/**
 * Schema.org JSON-LD: the graphs the elements publish and the call that
 * writes them. Only elements with `structured-data` need it and no reader
 * sees it, so the bundle loads it on demand (see load-structured-data.ts)
 * from dist/care-elements-structured-data.js, and the npm build keeps it in a
 * module of its own; server rendering imports it directly.
 */
import type { ArticleContent } from '../article/content.js';
import type { FaqItem } from '../faq/content.js';
import type { TherapyCardContent } from '../therapy-card/content.js';
import type { Source } from './content.js';
import type { Person } from './people.js';
import { identifierUrls } from './references.js';
import { toPlainText } from './rich-text.js';
import { structuredDataOwnedAbove, writeStructuredData } from './structured-data.js';

/** The schema.org Person or Organization for a person. */
const personData = (person: Person | undefined) => {
  if (person === undefined) return undefined;
  if (typeof person === 'string') return { '@type': 'Person', name: person };
  const { name, kind, credentials, role, organization } = person;
  return kind === 'organization'
    ? { '@type': 'Organization', name }
    : { '@type': 'Person', name, honorificSuffix: credentials, jobTitle: role, affiliation: organization && { '@type': 'Organization', name: organization } };
};

/** Questions and answers as schema.org FAQPage data, answers in plain text. */
const faqPage = (items: FaqItem[]) => ({
  '@type': 'FAQPage',
  mainEntity: items.map(({ question, answer }) => ({
    '@type': 'Question',
    name: question,
    acceptedAnswer: { '@type': 'Answer', text: toPlainText(answer) },
  })),
});

/** schema.org entities of one type named by each item's `key`; none for no items. */
const entities = <K extends string>(type: string, items: Record<K, string>[] | undefined, key: K) =>
  items?.length ? items.map((item) => ({ '@type': type, name: item[key] })) : undefined;

/** A therapy card as schema.org MedicalTherapy data. */
const medicalTherapy = ({ name, summary, usedFor, sideEffects }: TherapyCardContent) => ({
  '@type': 'MedicalTherapy',
  name,
  description: toPlainText(summary),
  indication: entities('MedicalIndication', usedFor, 'condition'),
  adverseOutcome: entities('MedicalEntity', sideEffects, 'name'),
});

/** A cited work as a schema.org CreativeWork; its PMID, DOI and NCT number as the resolvers' addresses. */
const creativeWork = (source: Source, sameAs = identifierUrls(source)) => ({
  '@type': 'CreativeWork',
  name: source.title,
  author: source.authors,
  publisher: source.publisher,
  datePublished: source.date,
  url: source.url,
  sameAs: sameAs.length ? sameAs : undefined,
});

/** One schema.org MedicalWebPage graph for the whole article, with its FAQ and therapies inside. */
const medicalWebPage = (content: ArticleContent) => {
  const faq = content.blocks.find((block) => block.type === 'faq');
  const therapies = content.blocks.flatMap((block) =>
    block.type === 'therapy' ? [block] : block.type === 'therapies' ? block.items : [],
  );
  return {
    '@type': 'MedicalWebPage',
    headline: content.title,
    description: content.subtitle && toPlainText(content.subtitle),
    datePublished: content.published,
    lastReviewed: content.lastReviewed,
    reviewedBy: personData(content.reviewedBy),
    author: personData(content.author),
    audience: content.audience && `https://schema.org/${content.audience === 'patient' ? 'Patient' : 'Clinician'}`,
    mainEntity: faq && faqPage(faq.items),
    about: therapies.length ? therapies.map(medicalTherapy) : undefined,
    citation: content.sources?.length ? content.sources.map((source) => creativeWork(source)) : undefined,
  };
};

export const graphs = { faqPage, medicalTherapy, medicalWebPage };

/** What an element's structuredDataGraph() returns: its graph, built from these builders once they are loaded. */
export type StructuredDataBuilder = (builders: typeof graphs) => object | undefined;

/**
 * Writes the element's graph as JSON-LD into its light DOM, replaces it, or
 * removes it when `build` is undefined or an ancestor care element writes
 * structured data for the whole page (one graph per page).
 */
export const publishStructuredData = (host: Element, build: StructuredDataBuilder | undefined): void =>
  writeStructuredData(host, build && !structuredDataOwnedAbove(host) ? build(graphs) : undefined);
