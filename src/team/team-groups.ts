import { readResultQuery, type ResultLink } from '../share-link/result-link';
import { triage, type Triage } from '../triage';
import { describeDate, type IsoDate } from '../dates/dates';
import { coach, type CoachText } from '../i18n/en/coach';
import { dates, type DatesText } from '../i18n/en/dates';
import type { TeamEntry } from './team-entry';

/*
 * The trainees' list as a coach reads it: each trainee's results together, by the first name
 * they sent (`from`), newest first. A result sent without a name could be anyone's, so it stays
 * on its own and is never put with another. Every date is the day the answers were given
 * (`on`), read from the link; a link without one is placed by the day it was kept.
 */

interface Read extends ResultLink {
  entry: TeamEntry;
  result: Triage;
  on?: IsoDate | undefined;
  from?: string | undefined;
}

export interface TeamResult extends Read {
  /** Who and when, different for every result on the list: for the names of its link and buttons. */
  label: string;
}

export type TeamCard = { kind: 'trainee'; name: string; results: TeamResult[] } | { kind: 'unnamed'; result: TeamResult };

/** When a result was, for its place on the list: the day of the answers, or the day it was kept where the link does not say. */
const sortKey = (one: Read) => `${one.on ?? one.entry.kept} ${one.entry.id}`;
const newestFirst = (a: Read, b: Read) => (sortKey(a) < sortKey(b) ? 1 : sortKey(a) > sortKey(b) ? -1 : 0);
const firstSent = (a: Read, b: Read) => (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);

/** Who and when: the date of the answers, or the day it was kept where the link does not say. */
function labelOf(text: CoachText, name: string | undefined, on: string | undefined, kept: string) {
  if (name === undefined) return on === undefined ? text.unnamedLabelUndated(kept) : text.unnamedLabel(on);
  return on === undefined ? text.resultLabelUndated(name, kept) : text.resultLabel(name, on);
}

/** Names differ by case and spacing as people type them; "alex" and "Alex " are one trainee. */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * The list's results on `today`, grouped and newest first; a kept link that no longer reads is left out.
 * Labels are written in `text` and `words` (English by default).
 */
export function teamCards(team: readonly TeamEntry[], today: IsoDate, text: CoachText = coach, words: DatesText = dates): TeamCard[] {
  const read: Read[] = team
    .flatMap((entry) => {
      const link = readResultQuery(entry.query, today);
      if (!link.ok) return [];
      return [{ entry, answers: link.answers, unsure: link.unsure, on: link.on, from: link.from, result: triage(link.answers, { unsure: link.unsure }) }];
    })
    .sort(newestFirst);

  // A trainee's group sits where their newest result does, under the name they last used.
  const groups: { name?: string; results: Read[] }[] = [];
  const byName = new Map<string, Read[]>();
  for (const one of read) {
    const key = one.from === undefined ? undefined : nameKey(one.from);
    const known = key === undefined ? undefined : byName.get(key);
    if (known) known.push(one);
    else {
      const group = { ...(one.from === undefined ? {} : { name: one.from }), results: [one] };
      if (key !== undefined) byName.set(key, group.results);
      groups.push(group);
    }
  }

  // Labels say who and when; two that would sound the same are numbered in the order they were sent.
  const base = new Map(
    groups.flatMap((group) =>
      group.results.map(
        (one) => [one, labelOf(text, group.name, one.on ? describeDate(one.on, today, words) : undefined, describeDate(one.entry.kept, today, words))] as const,
      ),
    ),
  );
  const labelled = (one: Read): TeamResult => {
    const label = base.get(one) ?? '';
    const alike = [...base]
      .filter(([, other]) => other.toLocaleLowerCase() === label.toLocaleLowerCase())
      .map(([other]) => other)
      .sort(firstSent);
    return { ...one, label: alike.length < 2 ? label : text.numberedLabel(label, alike.indexOf(one) + 1, alike.length) };
  };

  return groups.flatMap((group): TeamCard[] => {
    const results = group.results.map(labelled);
    if (group.name !== undefined) return [{ kind: 'trainee', name: group.name, results }];
    return results.map((result) => ({ kind: 'unnamed', result }));
  });
}
