/** The questionnaire's first page, the warning signs: named apart from the questions so the start page can link to it without loading them. */
export const FIRST_PAGE_ID = 'emergency-signs';
