// Not yet written in this language: the English stands in, and the language is not offered.
export { guidance } from '../../en/guidance';
