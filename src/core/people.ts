// Who wrote and reviewed content, and when: shared by every element that names them.
import { either, object, oneOf, optional, string, type Infer } from './schema.js';

export const personSchema = object(
  {
    name: string({ title: 'Name', description: 'The person’s or organisation’s name: "Dr. Jane Roe" or "Editorial team".' }),
    kind: optional(oneOf(['person', 'organization'] as const, { title: 'Kind', description: 'A person (the default) or an organisation.' })),
    credentials: optional(string({ title: 'Credentials', description: 'Degrees or qualifications as they are written after the name: "MD, PhD".' })),
    role: optional(string({ title: 'Role', description: 'What they do: "Consultant haematologist" or "Medical editor".' })),
    organization: optional(string({ title: 'Organisation', description: 'Where they work.' })),
  },
  { title: 'Person or organisation', description: 'Who wrote or reviewed the content, with the credentials and role a reader needs to trust it.' },
);

const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * "4 March 2024" in the reader's language; bare English uses day-month-year. A date-only ISO date is read as UTC.
 * English is written without Intl, whose first date costs a phone about 80 ms (it loads the locale's data).
 */
export const formatDate = (iso: string, lang: string) => {
  const date = new Date(iso);
  return /^en(-gb)?$/i.test(lang)
    ? `${date.getUTCDate()} ${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
    : date.toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
};

/** A person or organisation: a bare name (as before) or the full object. */
export type Person = string | Infer<typeof personSchema>;

export const personField = (title: string, description: string) =>
  optional(either(string({ description: 'A name alone.' }), personSchema, 'expected a name or an object with a name', { title, description }));

/** "Dr. Jane Roe, MD (Consultant haematologist, Example Hospital)". */
export const personText = (person: Person): string => {
  if (typeof person === 'string') return person;
  const { name, credentials, role, organization } = person;
  const about = [role, organization].filter(Boolean).join(', ');
  return `${name}${credentials ? `, ${credentials}` : ''}${about ? ` (${about})` : ''}`;
};
