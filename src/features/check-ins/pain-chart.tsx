import { useId } from 'react';
import { daysBetween, describeDate, formatIsoDate, type IsoDate } from '../../dates/dates';
import { checks, type ChecksText } from '../../i18n/en/checks';
import { dates, type DatesText } from '../../i18n/en/dates';
import { useText } from '../../state/language';

export interface PainPoint {
  date: IsoDate;
  severity: number;
}

const WIDTH = 320;
const HEIGHT = 170;
const LEFT = 34;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 34;

/** A date under the chart: its day and month, and its year where it is not this year's. */
function chartDate(date: IsoDate, today: IsoDate, words: DatesText, t: ChecksText) {
  if (today.slice(0, 4) !== date.slice(0, 4)) return formatIsoDate(date, words);
  const [, month = 1, day = 0] = date.split('-').map(Number);
  return t.chartDate(day, words.months[month - 1] ?? '');
}

/**
 * The pain score over the days, as one line of points. An image to a screen reader, whose text
 * alternative reads the same figures; the list beside it has them too. `title` and `each` say
 * whose pain and what each point is: the person's own checks on "Your checks" (the title by
 * default), a trainee's results on the trainees' list.
 */
export function PainChart({
  points,
  today,
  title,
  each = 'check',
}: {
  points: readonly PainPoint[];
  today: IsoDate;
  title?: string;
  each?: 'check' | 'result';
}) {
  const id = useId();
  const t = useText('checks', checks);
  const words = useText('dates', dates);
  const first = points[0];
  if (!first) return null;
  const span = Math.max(1, daysBetween(first.date, points.at(-1)?.date ?? first.date));
  const x = (date: IsoDate) => LEFT + (daysBetween(first.date, date) / span) * (WIDTH - LEFT - RIGHT);
  const y = (severity: number) => TOP + ((10 - severity) / 10) * (HEIGHT - TOP - BOTTOM);
  const said = points.map((point) => t.chartPoint(point.severity, describeDate(point.date, today, words)));

  return (
    <figure className="pain-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{title ?? t.chartTitle}</title>
        <desc id={`${id}-desc`}>{t.chartDescription(said)}</desc>
        {[0, 5, 10].map((level) => (
          <g key={level} aria-hidden="true">
            <line className="pain-chart__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} />
            <text className="pain-chart__label" x={LEFT - 6} y={y(level) + 4} textAnchor="end">
              {level}
            </text>
          </g>
        ))}
        <polyline className="pain-chart__line" points={points.map((point) => `${x(point.date)},${y(point.severity)}`).join(' ')} aria-hidden="true" />
        {/* In order, and never reordered: two checks on one day with the same pain are two points. */}
        {points.map((point, index) => (
          <g key={index} aria-hidden="true">
            <circle className="pain-chart__point" cx={x(point.date)} cy={y(point.severity)} r="4" />
          </g>
        ))}
        <text className="pain-chart__label" x={LEFT} y={HEIGHT - 10} aria-hidden="true">
          {chartDate(first.date, today, words, t)}
        </text>
        {points.length > 1 ? (
          <text className="pain-chart__label" x={WIDTH - RIGHT} y={HEIGHT - 10} textAnchor="end" aria-hidden="true">
            {chartDate(points.at(-1)?.date ?? first.date, today, words, t)}
          </text>
        ) : null}
      </svg>
      <figcaption className="small" aria-hidden="true">
        {t.chartCaption[each](said)}
      </figcaption>
    </figure>
  );
}
