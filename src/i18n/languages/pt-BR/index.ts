export { glossary } from './glossary';
export { questions } from './questions';
export { rules } from './rules';
