import type { ReactNode } from 'react';
import { Disclosure, FoldedList } from '../../components/disclosure';
import { SummaryList } from '../../components/summary-list';
import { ruleFragment } from '../../navigation/fragments';
import { now } from '../../state/clock';
import { useLanguageState, useText } from '../../state/language';
import { formatIsoDate, localDate, type IsoDate } from '../../dates/dates';
import { forAHelper } from '../../guidance/for-a-helper';
import { forTheCoach } from '../../guidance/for-the-coach';
import { guidanceFor, resultHeading, resultLead, type Section } from '../../guidance/guidance';
import { dates } from '../../i18n/en/dates';
import { guidance } from '../../i18n/en/guidance';
import { result as english, type ResultText } from '../../i18n/en/result';
import { sayReason } from '../../i18n/say-reason';
import type { SummaryRow } from '../../questions/summary';
import { mixedPicture, rules, RULES_DATE, RULES_VERSION, type Answers, type Triage } from '../../triage';
import type { UnsureField } from '../../triage/vocabulary';
import { EmergencyCountry } from '../emergency-call/emergency-country';
import { useEmergencyNumber } from '../emergency-call/use-emergency-number';
import { SharePanel } from './share-panel';

const RULE_TITLES = new Map([...rules, mixedPicture].map((rule) => [rule.id, rule.title]));

/** Whose answers these are, as far as Backcheck can tell: said on the printout. */
export type ResultOrigin = 'own' | 'earlier' | 'kept' | 'link';

const originLine = (t: ResultText, origin: ResultOrigin, keptOn?: string, from?: string) =>
  ({
    own: t.origin.own,
    earlier: t.origin.earlier,
    kept: keptOn ? t.origin.keptOn(keptOn) : t.origin.kept,
    link: from ? t.origin.linkFrom(from) : t.origin.link,
  })[origin];

function SectionItems({ section }: { section: Section }) {
  const items = section.items.map((item) =>
    typeof item === 'string' ? (
      <li key={item}>{item}</li>
    ) : (
      <li key={item.name} className="exercise">
        <span className="exercise__name">{item.name}</span>
        <span className="exercise__how">{item.how}</span>
      </li>
    ),
  );
  return (
    <>
      {section.intro ? <p>{section.intro}</p> : null}
      {section.ordered ? <ol className="list list--number">{items}</ol> : <ul className="list list--bullet">{items}</ul>}
    </>
  );
}

function GuidanceSection({ section }: { section: Section }) {
  if (section.later)
    return (
      <Disclosure heading={section.heading} className="guidance">
        <SectionItems section={section} />
      </Disclosure>
    );
  return (
    <section className="guidance" aria-labelledby={`section-${section.id}`}>
      <h2 id={`section-${section.id}`}>{section.heading}</h2>
      <SectionItems section={section} />
    </section>
  );
}

function ForTheCoach({ result, answers, callNumber, name }: { result: Triage; answers: Partial<Answers>; callNumber: string; name?: string | undefined }) {
  const text = useText('guidance', guidance);
  const { heading, lead: coachLead, items } = forTheCoach(result, answers, callNumber, name, text);
  return (
    <section id="for-the-coach" className="for-the-coach" aria-labelledby="for-the-coach-title">
      <h2 id="for-the-coach-title">{heading}</h2>
      <p>{coachLead}</p>
      <ul className="list list--bullet">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function ForAHelper({ result, answers, callNumber, name }: { result: Triage; answers: Partial<Answers>; callNumber: string; name?: string | undefined }) {
  const text = useText('guidance', guidance);
  const { heading, lead: helperLead, items } = forAHelper(result, answers, callNumber, name, text);
  return (
    <section className="for-a-helper" aria-labelledby="for-a-helper-title">
      <h2 id="for-a-helper-title">{heading}</h2>
      <p>{helperLead}</p>
      <ul className="list list--bullet">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** Reasons shown before the rest fold away: enough to see why, without pushing the advice down. */
const REASONS_SHOWN = 2;

interface ResultViewProps {
  result: Triage;
  answers: Partial<Answers>;
  rows: SummaryRow[];
  /** The full address of this result, where it can be shared, and the one "Send to my coach" sends, with the sender's first name if they give it. */
  share?: { url: string; urlForCoach: (from?: string) => string } | undefined;
  coachName?: string | undefined;
  /** The questions the person was not sure about, as they were asked, each with the words of the option they chose. */
  notSure?: { question: string; answer: string }[] | undefined;
  /** The answers the person was not sure of, for the guidance: their values are the careful ones. */
  unsure?: readonly UnsureField[] | undefined;
  /** Said before the result, where it was worked out again from a link made under older rules. */
  rulesNote?: string | undefined;
  origin?: ResultOrigin;
  /** The date of the kept check these answers are, in words. */
  keptOn?: string | undefined;
  /** The local date the answers were given, which every count of days starts from; undefined where a link does not say. */
  answeredOn?: IsoDate | undefined;
  /** Whether this result is kept as a check, in one line under the answer. */
  checkLine?: ReactNode;
  /** Shown after what to do now: what changed since the last check. */
  afterFirstAction?: ReactNode;
  /** Shown after the reasons: the place on the return-to-training ladder. */
  afterReasons?: ReactNode;
  /**
   * Who opened someone's link, after what to do now: their coach (a link sent with "Send to my
   * coach"), or anyone else helping them. Undefined for a person's own result.
   */
  reader?: { kind: 'coach' | 'helper'; name?: string | undefined } | undefined;
  /** The first name the sender put in the link. */
  from?: string | undefined;
  /** Forgets the remembered coach; a remembered coach can be forgotten wherever they are named. */
  onForgetCoach?: () => void;
  /** The last groups of actions: checking again and changing the answers on a person's own result, keeping it in a coach's list on theirs. */
  moreActions?: ReactNode;
}

export function ResultView({
  result,
  answers,
  rows,
  share,
  coachName,
  notSure = [],
  unsure,
  rulesNote,
  origin = 'own',
  keptOn,
  answeredOn,
  from,
  reader,
  checkLine,
  afterFirstAction,
  afterReasons,
  onForgetCoach,
  moreActions,
}: ResultViewProps) {
  const t = useText('result', english);
  const words = useText('dates', dates);
  const guidanceText = useText('guidance', guidance);
  const catalog = useLanguageState((state) => state.catalog);
  const { number, local } = useEmergencyNumber();
  const callNumber = local ? number : t.callOrLocal(number);
  const heading = resultHeading(result, number, guidanceText);
  const [first, ...rest] = guidanceFor(result, answers, {
    activity: answers.activity,
    daysSince: answers.daysSince,
    answeredOn,
    callNumber,
    unsure,
    text: guidanceText,
  });
  const urgent = result.level === 'doctor' && result.urgency === 'emergency';
  const printed = formatIsoDate(localDate(now()), words);
  // Paper outlives the day it is printed on, so it says the date the answers were given.
  const answered = answeredOn ? t.answersGivenOn(formatIsoDate(answeredOn, words)) : t.answersUndated;

  return (
    <>
      <p className="print-only">
        {t.printedOn(printed)} {originLine(t, origin, keptOn, from)} {answered}
      </p>
      {rulesNote ? (
        <p className="inset-text" role="note">
          {rulesNote}
        </p>
      ) : null}
      <div className={`result-panel result-panel--${result.level === 'doctor' ? result.urgency : result.level}`}>
        <h1 tabIndex={-1} data-triage={result.level} data-urgency={result.level === 'doctor' ? result.urgency : undefined} data-rules-version={RULES_VERSION}>
          {heading}
        </h1>
        <p className="result-panel__lead">{resultLead(result, answers, callNumber, guidanceText)}</p>
        {urgent ? (
          <p>
            <a className="button button--call" href={`tel:${number}`}>
              {t.callNumber(number)}
            </a>
          </p>
        ) : null}
        {urgent && !local ? <p>{t.works112}</p> : null}
        {urgent ? <EmergencyCountry /> : null}
      </div>

      {first ? <GuidanceSection section={first} /> : null}
      {checkLine}
      {afterFirstAction}
      {reader?.kind === 'coach' ? <ForTheCoach result={result} answers={answers} callNumber={callNumber} name={reader.name} /> : null}
      {reader?.kind === 'helper' ? <ForAHelper result={result} answers={answers} callNumber={callNumber} name={reader.name} /> : null}

      <section aria-labelledby="why-this-result">
        <h2 id="why-this-result">{t.whyThisResult}</h2>
        <FoldedList
          className="reasons"
          shown={REASONS_SHOWN}
          more={t.showMoreReasons}
          items={result.reasons.map((reason) => ({
            key: reason.id,
            node: (
              <>
                {sayReason(reason, answers, unsure ?? [], catalog)}{' '}
                <a className="no-print" href={ruleFragment(reason.id)}>
                  {/* The whole name in one text, so no engine adds or loses a space between its parts. */}
                  <span aria-hidden="true">{t.aboutThisRule}</span>
                  <span className="visually-hidden">{t.aboutRule(catalog?.rules[reason.id]?.title ?? RULE_TITLES.get(reason.id) ?? reason.id)}</span>
                </a>
              </>
            ),
          }))}
        />
        {notSure.length > 0 ? (
          <div className="inset-text">
            <p>{t.whereNotSure}</p>
            <ul className="list list--bullet">
              {notSure.map(({ question, answer }) => (
                <li key={question}>{t.youAnswered(question, answer)}</li>
              ))}
            </ul>
            <p>{t.carefulAnswer}</p>
          </div>
        ) : null}
        <p className="rules-version">
          {t.workedOut(RULES_VERSION, formatIsoDate(RULES_DATE, words))}{' '}
          <a className="no-print" href="#/rules">
            {t.howBackcheckDecides}
          </a>
        </p>
      </section>
      {afterReasons}

      {rest.map((section) => (
        <GuidanceSection key={section.id} section={section} />
      ))}

      <p className="disclaimer">
        <strong>{t.notADiagnosis}</strong> {t.ifWorried}
      </p>

      <section className="answers" aria-labelledby="your-answers">
        <h2 id="your-answers">{t.yourAnswers}</h2>
        <SummaryList rows={rows.map((row) => ({ id: row.questionId, key: row.key, value: row.value }))} />
      </section>

      <div className="result-actions no-print">
        {share ? <SharePanel url={share.url} urlForCoach={share.urlForCoach} coachName={coachName} onForgetCoach={onForgetCoach} /> : null}
        <section aria-labelledby="keep-a-copy">
          <h2 id="keep-a-copy">{t.keepACopy}</h2>
          <p>{t.printForDoctor}</p>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t.printOrSave}
          </button>
        </section>
        {moreActions}
      </div>
    </>
  );
}
