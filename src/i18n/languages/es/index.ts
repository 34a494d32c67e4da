export { glossary } from './glossary';
export { questions } from './questions';
