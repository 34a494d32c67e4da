import type { ReactNode } from 'react';
import { mixedPicture, rules, RULES_CHANGES, RULES_DATE, RULES_VERSION, SEVERE, SOURCES, type RuleDescription } from '../../triage';
import { formatIsoDate } from '../../dates/dates';
import { useTitle } from '../../components/use-title';

/*
 * "How Backcheck decides": every rule, drawn from the rules table itself, so the page cannot
 * say one thing while the code does another.
 */

type Group = 'emergency' | 'today' | 'soon' | 'strain' | 'soreness';

const groupOf = ({ outcome }: RuleDescription): Group => (outcome.level === 'doctor' ? outcome.urgency : outcome.level);

const GROUPS: { id: Group; heading: string; result: string; intro: string }[] = [
  {
    id: 'emergency',
    heading: 'Call the emergency number now',
    result: 'Call the emergency number now, or go to an emergency department.',
    intro: 'Any one of these ends the questions at once. They are rare, but they need help straight away.',
  },
  {
    id: 'today',
    heading: 'Get medical help today',
    result: 'Get medical help the same day.',
    intro: 'Any one of these needs a doctor to check it the same day.',
  },
  {
    id: 'soon',
    heading: 'See a doctor in the next few days',
    result: 'Book an appointment with a doctor within a few days.',
    intro: 'Any one of these means a doctor should check the pain, but it can wait a few days.',
  },
  {
    id: 'strain',
    heading: 'A likely strain',
    result: 'A likely strain, unless a rule above applies.',
    intro: 'Each of these is one way the soreness picture breaks. With no reason to see a doctor, any one of them gives a likely strain.',
  },
  {
    id: 'soreness',
    heading: 'Normal soreness',
    result: 'Part of the normal soreness picture.',
    intro: 'These are the parts of the soreness picture. Normal soreness is the answer only when every one of them holds.',
  },
];

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
  return (
    <section className="rule" id={`rule-${rule.id}`} aria-labelledby={`rule-${rule.id}-title`}>
      <h3 id={`rule-${rule.id}-title`} tabIndex={-1} data-focus-on-open={focused ? true : undefined}>
        {rule.title}
      </h3>
      <dl className="summary-list">
        <Row term="When">{rule.trigger}</Row>
        <Row term="Result">{result}</Row>
        <Row term="Why">{rule.why}</Row>
        <Row term="Sources">
          <ul className="list rule__sources">
            {rule.sources.map((key) => {
              const source: { citation: string; url?: string } = SOURCES[key];
              return (
                <li key={key}>
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
      <p className="small rule__id">Rule id: {rule.id}</p>
    </section>
  );
}

/** Every rule in the order it is applied, grouped by the result it leads to. */
export function RulesPage({ query }: { query: string }) {
  useTitle('How Backcheck decides');
  // `?rule=<id>` opens the page at that rule, as the link beside each reason on a result does.
  const focusedRule = new URLSearchParams(query).get('rule');

  return (
    <main id="main" className="main">
      <h1 tabIndex={-1}>How Backcheck decides</h1>
      <p className="lead">
        Backcheck works out every result on your device, from a fixed list of rules. This page shows every rule: what sets it off, the result it leads to, why,
        and where it comes from.
      </p>
      <p>
        Rules version {RULES_VERSION}, last changed {formatIsoDate(RULES_DATE)}.
      </p>

      <h2>How a result is worked out</h2>
      <ul className="list list--bullet">
        <li>Warning signs are asked first. Any one of them leads to a doctor, however harmless the other answers look.</li>
        <li>
          The result is the most serious one that any rule gives: an emergency, then the same day, then within a few days, then a likely strain, then normal
          soreness.
        </li>
        <li>Normal soreness is the answer only when every part of the soreness picture holds. If any part does not, a strain is more likely.</li>
        <li>
          Where you answer ‘I’m not sure’, Backcheck takes the more careful answer, and the result says that you were not sure. The rules for severe pain count
          any answer you might have meant, so being unsure never lowers the advice for severe pain.
        </li>
        <li>{`Whether painkillers have helped is asked only when the worst pain is ${SEVERE} out of 10 or more.`}</li>
        <li>The result lists every rule that decided it, and links to it here.</li>
      </ul>

      <h2>What Backcheck is not</h2>
      <ul className="list list--bullet">
        <li>It is not a diagnosis. It cannot examine you, and it knows only what you tell it.</li>
        <li>It is not a medical device, and it does not replace a doctor, nurse or physiotherapist. If you are worried, or things change, contact one.</li>
        <li>It is for back pain that follows training. It does not judge other pain, or back pain in pregnancy.</li>
        <li>
          Serious causes of back pain are rare. In 1,172 people who saw a family doctor with new low back pain, fewer than 1 in 100 (0.9%) had one, yet 80% of
          them had at least one warning sign. So a warning sign here means ‘get it checked’, not ‘something is wrong’.
        </li>
      </ul>
      <p className="small">Source: {SOURCES.HENSCHKE.citation}</p>

      <nav aria-labelledby="rules-contents">
        <h2 id="rules-contents">The rules, by result</h2>
        <ul className="list list--bullet">
          {GROUPS.map((group) => (
            <li key={group.id}>
              <a href={`#/rules?rule=group-${group.id}`}>{group.heading}</a>
            </li>
          ))}
          <li>
            <a href="#/rules?rule=group-changes">Changes to the rules</a>
          </li>
        </ul>
      </nav>

      {GROUPS.map((group) => (
        <section key={group.id} className="rule-group" aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`} tabIndex={-1} data-focus-on-open={focusedRule === `group-${group.id}` ? true : undefined}>
            {group.heading}
          </h2>
          <p>{group.intro}</p>
          {SEVERITY_ORDER.filter((rule) => groupOf(rule) === group.id).map((rule) => (
            <RuleEntry key={rule.id} rule={rule} result={group.result} focused={focusedRule === rule.id} />
          ))}
        </section>
      ))}

      <h2>Advice that is not a rule</h2>
      <p>
        Young athletes (under 18) whose pain has lasted 2 weeks or more are told that a doctor can check for a small stress fracture in the spine, and that they
        should decide when to return to full training with a doctor or physiotherapist. It is a common cause of low back pain at that age: it was found in 47 of
        100 young athletes with low back pain, against 5 of 100 adults.
      </p>
      <p className="small">Source: {SOURCES.SPONDY.citation}</p>

      <section aria-labelledby="group-changes">
        <h2 id="group-changes" tabIndex={-1} data-focus-on-open={focusedRule === 'group-changes' ? true : undefined}>
          Changes to the rules
        </h2>
        {RULES_CHANGES.map((change) => (
          <section key={change.version} aria-labelledby={`version-${change.version}`}>
            <h3 id={`version-${change.version}`}>
              Version {change.version}, {formatIsoDate(change.date)}
            </h3>
            <ul className="list list--bullet">
              {change.changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  );
}
