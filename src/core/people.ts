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

/** "4 March 2024" in the reader's language; bare English uses day-month-year. A date-only ISO date is read as UTC. */
export const formatDate = (iso: string, lang: string) =>
  new Date(iso).toLocaleDateString(lang.toLowerCase() === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

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
