import { answersSchema, type Answers } from '../triage';
import { questions, type Choices, type FlowContext, type Question } from './questions';

const answersOf = (question: Question, choice: string | string[]): Partial<Answers> =>
  question.kind === 'checkboxes'
    ? Array.isArray(choice) ? question.toAnswers(choice) : {}
    : typeof choice === 'string' ? question.toAnswers(choice) : {};

/** The questions the person answered, as contract answers; red flags from both lists together. */
export function answersFrom(choices: Choices, context: FlowContext): Partial<Answers> {
  const answers: Partial<Answers> = context.coachActivity ? { activity: context.coachActivity } : {};
  for (const question of questions) {
    const choice = choices[question.id];
    if (choice === undefined) continue;
    const { redFlags, ...rest } = answersOf(question, choice);
    Object.assign(answers, rest);
    if (redFlags) answers.redFlags = [...(answers.redFlags ?? []), ...redFlags];
  }
  return answers;
}

/** Complete answers once every question is answered, checked against the contract. */
export function completeAnswers(choices: Choices, context: FlowContext): Answers | undefined {
  const parsed = answersSchema.safeParse(answersFrom(choices, context));
  return parsed.success ? parsed.data : undefined;
}
