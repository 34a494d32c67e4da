import { mixedPicture, rules, RULES_DATE, RULES_VERSION, type Answers, type Triage } from '../triage';
import { guidanceFor } from '../guidance/guidance';
import { useEmergencyNumber } from '../emergency-number/use-emergency-number';
import type { SummaryRow } from '../questionnaire/summary';
import { SharePanel } from './share-panel';
import { SummaryList } from './summary-list';
import { formatIsoDate } from './format-date';

const RULE_TITLES = new Map([...rules, mixedPicture].map((rule) => [rule.id, rule.title]));

export const ruleFragment = (id: string) => `#/rules?rule=${id}`;

const HEADINGS = {
  soreness: 'This sounds like normal soreness',
  strain: 'This sounds like a strain',
  today: 'Get medical help today',
  soon: 'See a doctor in the next few days',
} as const;

function lead(result: Triage, call: string) {
  switch (result.level) {
    case 'soreness':
      return 'Muscles that worked hard often ache for a few days afterwards. That is normal, and it gets better on its own.';
    case 'strain':
      return 'You have most likely strained a muscle or ligament in your back. Most strains get better on their own within 1 to 2 weeks with the right care.';
    case 'doctor':
      return result.urgency === 'emergency'
        ? `Some of your answers need checking straight away. Call ${call} now, or go to the nearest emergency department.`
        : result.urgency === 'today'
          ? 'Some of your answers need a doctor to check them today. It does not mean something serious is wrong, but it should not wait.'
          : 'Back pain like this is rarely serious, but some of your answers mean a doctor should check it. Book an appointment in the next few days.';
  }
}

interface ResultViewProps {
  result: Triage;
  answers: Partial<Answers>;
  rows: SummaryRow[];
  /** The full address of this result, where it can be shared. */
  shareUrl?: string | undefined;
  coachName?: string | undefined;
  /** Short names of the questions the person was not sure about. */
  notSure?: string[] | undefined;
  /** Said before the result, where it was worked out again from a link made under older rules. */
  rulesNote?: string | undefined;
}

export function ResultView({ result, answers, rows, shareUrl, coachName, notSure = [], rulesNote }: ResultViewProps) {
  const { number, local } = useEmergencyNumber();
  const callNumber = local ? number : `${number} (or your local emergency number)`;
  const heading = result.level === 'doctor' ? (result.urgency === 'emergency' ? `Call ${number} now` : HEADINGS[result.urgency]) : HEADINGS[result.level];
  const sections = guidanceFor(result, answers, { activity: answers.activity, daysSince: answers.daysSince, callNumber });
  const urgent = result.level === 'doctor' && result.urgency === 'emergency';

  return (
    <>
      <p className="print-only">Backcheck result, printed {new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}</p>
      {rulesNote ? (
        <p className="inset-text" role="note">
          {rulesNote}
        </p>
      ) : null}
      <div className={`result-panel result-panel--${result.level === 'doctor' ? result.urgency : result.level}`}>
        <h1
          tabIndex={-1}
          data-triage={result.level}
          data-urgency={result.level === 'doctor' ? result.urgency : undefined}
          data-rules-version={RULES_VERSION}
        >
          {heading}
        </h1>
        <p className="result-panel__lead">{lead(result, callNumber)}</p>
        {urgent ? (
          <p>
            <a className="button button--call" href={`tel:${number}`}>
              Call {number}
            </a>
          </p>
        ) : null}
        {urgent && !local ? <p>112 works from most mobile phones. If you know your local emergency number, you can call that instead.</p> : null}
      </div>

      <h2>Why this result</h2>
      <ul className="list list--bullet reasons">
        {result.reasons.map((reason) => (
          <li key={reason.id}>
            {reason.text}{' '}
            <a className="no-print" href={ruleFragment(reason.id)}>
              {/* The whole name in one text, so no engine adds or loses a space between its parts. */}
              <span aria-hidden="true">About this rule</span>
              <span className="visually-hidden">{`About this rule: ${RULE_TITLES.get(reason.id) ?? reason.id}`}</span>
            </a>
          </li>
        ))}
      </ul>
      {notSure.length > 0 ? (
        <p className="inset-text">
          You were not sure about: {notSure.map((name) => name.toLowerCase()).join('; ')}. For these, Backcheck took the more careful answer, so this result errs on the side of caution.
        </p>
      ) : null}
      <p className="rules-version">
        Worked out on this device with Backcheck’s rules, version {RULES_VERSION}, last changed {formatIsoDate(RULES_DATE)}.{' '}
        <a className="no-print" href="#/rules">
          How Backcheck decides
        </a>
      </p>

      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.heading}</h2>
          {section.intro ? <p>{section.intro}</p> : null}
          {section.ordered ? (
            <ol className="list list--number">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          ) : (
            <ul className="list list--bullet">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}

      <h2>Your answers</h2>
      <SummaryList rows={rows} />

      {shareUrl ? <SharePanel url={shareUrl} coachName={coachName} /> : null}

      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </div>
      <p className="small no-print">Backcheck gives general advice, not a diagnosis. If you are worried, or things change, contact a doctor.</p>
    </>
  );
}
