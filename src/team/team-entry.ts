import type { IsoDate } from '../dates/dates';

/*
 * A result a trainee sent, kept on the coach's device. Only what cannot be worked out again is
 * kept: the link's query, and the day it was kept; the name, the result, the date the answers
 * were given (`on`) and the days come from reading the link again.
 */
export interface TeamEntry {
  /** Unique on this device: when it was kept, to the millisecond. */
  id: string;
  kept: IsoDate;
  /** The result link's query, after `#/result?`. */
  query: string;
}
