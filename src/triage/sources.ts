/*
 * Where each rule comes from, as readable citations. The rules table names these keys, so the
 * rules page, the tests and the code all read one list. A link is given only where the source
 * is public and its address is stable.
 */

export interface Source {
  /** Who said it, and where, in words a reader can look up. */
  citation: string;
  url?: string;
}

export const SOURCES = {
  'NHS-BP': {
    citation: 'NHS: Back pain, the lists of when to call 999 and when to get an urgent GP appointment.',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  BASS: { citation: 'British Association of Spine Surgeons: cauda equina syndrome pathway (2018), as used in NHS referral criteria.' },
  CKS: { citation: 'NICE Clinical Knowledge Summaries: sciatica, interpreting red flags.' },
  LOTH: { citation: 'NHS Lothian RefHelp: serious conditions of the lower spine.' },
  HSE: { citation: 'HSE Ireland: symptoms of aortic dissection.' },
  PE: {
    citation: 'NHS: pulmonary embolism symptoms; British Lung Foundation.',
    url: 'https://www.nhs.uk/conditions/pulmonary-embolism/',
  },
  'PE-RUN': {
    citation:
      'Landesberg (2012). Pulmonary embolism in a female collegiate cross-country runner presenting as nonspecific back pain. Journal of Chiropractic Medicine 11(3), 215–220.',
  },
  CDC: {
    citation: 'CDC / NIOSH: symptoms of rhabdomyolysis (muscle pain more severe than expected, dark urine; seek medical care immediately).',
    url: 'https://www.cdc.gov/niosh/topics/rhabdo/symptoms.html',
  },
  PCS: {
    citation:
      'LaGreca and others (2024). Paralumbar compartment syndrome, a rare sequela of deadlifting. Journal of Orthopaedic Surgery and Research. Also a case report of acute paraspinal compartment syndrome after deadlifting (Cetinkaya, Grundnes, Dolatowski).',
    url: 'https://doi.org/10.1186/s13018-024-04860-3',
  },
  'RHABDO-CASE': {
    citation: 'American Journal of Medicine, case report: exertional rhabdomyolysis of the back muscles after resistance training in a 21-year-old.',
  },
  SHAW: { citation: 'Shaw and others (2020). Red flags in 1,000 emergency department patients with back pain. European Spine Journal.' },
  'NHS-KI': { citation: 'NHS: kidney infection, treatment.', url: 'https://www.nhs.uk/conditions/kidney-infection/' },
  ACP2007: { citation: 'American College of Physicians and American Pain Society (2007). Low back pain guideline: red flags and when to image.' },
  HENSCHKE: {
    citation:
      'Henschke and others (2009). Prevalence of and screening for serious spinal pathology in patients presenting to primary care with acute low back pain. Arthritis & Rheumatism.',
  },
  'NHS-SC': { citation: 'NHS: Sciatica.', url: 'https://www.nhs.uk/conditions/sciatica/' },
  ACSM: { citation: 'American College of Sports Medicine: delayed onset muscle soreness.' },
  DOMS: { citation: 'Reviews of delayed onset muscle soreness: how it starts, feels and eases.' },
  MOVE: { citation: 'Sports physiotherapy clinic guidance: muscle soreness or muscle strain.' },
  CHEUNG: {
    citation: 'Cheung, Hume and Maxwell (2003). Delayed onset muscle soreness: treatment strategies and performance factors. Sports Medicine 33(2).',
  },
  SPONDY: {
    citation:
      'Micheli and Wood (1995). Back pain in young athletes: significant differences from adults in causes and patterns. Archives of Pediatrics & Adolescent Medicine 149(1), 15–18.',
  },
  'ARTICLE-WAIST': {
    citation: 'Sports medicine article: causes and treatment of low back pain after training, and when to see a doctor.',
  },
  'ARTICLE-RUNNING': { citation: 'Running article: back ache when running, its causes, and 12 exercises to deal with it.' },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
