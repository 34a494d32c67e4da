import type { ReactNode } from 'react';
import { mixedPicture, rules, RULES_CHANGES, RULES_DATE, RULES_VERSION, SEVERE, SOURCES, type RuleDescription } from '../../triage';
import { formatIsoDate } from '../../dates/dates';
import { useTitle } from '../../components/use-title';
import { dates } from '../../i18n/en/dates';
// The rules page's text, not a page: its name only looks like one to the rule against importing pages.
import { rulesPage, type RulesPageText } from '../../i18n/en/rules-page-text';
import { englishRules } from '../../i18n/rule-text';
import { useText } from '../../state/language';

/*
 * "How Backcheck decides": every rule, drawn from the rules table itself, so the page cannot
 * say one thing while the code does another.
 */

type Group = keyof RulesPageText['groups'];

const groupOf = ({ outcome }: RuleDescription): Group => (outcome.level === 'doctor' ? outcome.urgency : outcome.level);

const GROUPS: readonly Group[] = ['emergency', 'today', 'soon', 'strain', 'soreness'];

// Each rule's title, what sets it off and why, in English from the rules table itself.
const englishRulesText = englishRules();

const SEVERITY_ORDER: RuleDescription[] = [...rules, mixedPicture];

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{term}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
}

function RuleEntry({ rule, result, focused }: { rule: RuleDescription; result: string; focused: boolean }) {
  const t = useText('rulesPage', rulesPage);
  const words = useText('rules', englishRulesText)[rule.id];
  return (
    <section className="rule" id={`rule-${rule.id}`} aria-labelledby={`rule-${rule.id}-title`}>
      <h3 id={`rule-${rule.id}-title`} tabIndex={-1} data-focus-on-open={focused ? true : undefined}>
        {words?.title ?? rule.title}
      </h3>
      <dl className="summary-list">
        <Row term={t.ruleTerms.when}>{words?.trigger ?? rule.trigger}</Row>
        <Row term={t.ruleTerms.result}>{result}</Row>
        <Row term={t.ruleTerms.why}>{words?.why ?? rule.why}</Row>
        <Row term={t.ruleTerms.sources}>
          <ul className="list rule__sources">
            {rule.sources.map((key) => {
              const source: { citation: string; url?: string } = SOURCES[key];
              // A source is cited in its own language, English, whatever language the page is in.
              return (
                <li key={key} lang="en">
                  {source.url ? (
                    <a href={source.url} rel="noreferrer">
                      {source.citation}
                    </a>
                  ) : (
                    source.citation
                  )}
                </li>
              );
            })}
          </ul>
        </Row>
      </dl>
      <p className="small rule__id">{t.ruleId(rule.id)}</p>
    </section>
  );
}

/** What changed in a version, in the language shown; a version the text has no notes for yet shows the rules module's English. */
const changeNotes = (t: RulesPageText): Partial<Record<number, readonly string[]>> => t.changes;

/** Every rule in the order it is applied, grouped by the result it leads to. */
export function RulesPage({ query }: { query: string }) {
  const t = useText('rulesPage', rulesPage);
  const words = useText('dates', dates);
  useTitle(t.title);
  // `?rule=<id>` opens the page at that rule, as the link beside each reason on a result does.
  const focusedRule = new URLSearchParams(query).get('rule');

  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>{t.rulesVersion(RULES_VERSION, formatIsoDate(RULES_DATE, words))}</p>

      <h2>{t.howHeading}</h2>
      <ul className="list list--bullet">
        <li>{t.warningSignsFirst}</li>
        <li>{t.mostSerious}</li>
        <li>{t.sorenessPicture}</li>
        <li>{t.notSure}</li>
        <li>{t.painkillersAsked(SEVERE)}</li>
        <li>{t.resultLinks}</li>
      </ul>

      <h2>{t.notHeading}</h2>
      <ul className="list list--bullet">
        <li>{t.notADiagnosis}</li>
        <li>{t.notADevice}</li>
        <li>{t.afterTraining}</li>
        <li>{t.seriousCausesRare}</li>
      </ul>
      <p className="small">{t.source(SOURCES.HENSCHKE.citation)}</p>

      <nav aria-labelledby="rules-contents">
        <h2 id="rules-contents">{t.contentsHeading}</h2>
        <ul className="list list--bullet">
          {GROUPS.map((group) => (
            <li key={group}>
              <a href={`#/rules?rule=group-${group}`}>{t.groups[group].heading}</a>
            </li>
          ))}
          <li>
            <a href="#/rules?rule=group-changes">{t.changesHeading}</a>
          </li>
        </ul>
      </nav>

      {GROUPS.map((group) => (
        <section key={group} className="rule-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} tabIndex={-1} data-focus-on-open={focusedRule === `group-${group}` ? true : undefined}>
            {t.groups[group].heading}
          </h2>
          <p>{t.groups[group].intro}</p>
          {SEVERITY_ORDER.filter((rule) => groupOf(rule) === group).map((rule) => (
            <RuleEntry key={rule.id} rule={rule} result={t.groups[group].result} focused={focusedRule === rule.id} />
          ))}
        </section>
      ))}

      <h2>{t.notARuleHeading}</h2>
      <p>{t.youngAthletes}</p>
      <p className="small">{t.source(SOURCES.SPONDY.citation)}</p>

      <section aria-labelledby="group-changes">
        <h2 id="group-changes" tabIndex={-1} data-focus-on-open={focusedRule === 'group-changes' ? true : undefined}>
          {t.changesHeading}
        </h2>
        {RULES_CHANGES.map((change) => (
          <section key={change.version} aria-labelledby={`version-${change.version}`}>
            <h3 id={`version-${change.version}`}>{t.changesVersion(change.version, formatIsoDate(change.date, words))}</h3>
            <ul className="list list--bullet">
              {(changeNotes(t)[change.version] ?? change.changes).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  );
}
