/** What each identifier of a cited work looks like, and the resolver that references.ts links it to. */
export const IDENTIFIERS = {
  pmid: { label: 'PMID', pattern: /^[1-9]\d{0,8}$/, message: 'expected a PubMed ID: digits only, such as 31562422', resolver: 'https://pubmed.ncbi.nlm.nih.gov/' },
  doi: { label: 'DOI', pattern: /^10\.\d{4,9}\/\S+$/, message: 'expected a DOI such as 10.1056/NEJMoa1709866', resolver: 'https://doi.org/' },
  nct: { label: 'ClinicalTrials.gov', pattern: /^NCT\d{8}$/, message: 'expected a ClinicalTrials.gov number: NCT and 8 digits', resolver: 'https://clinicaltrials.gov/study/' },
} as const;
