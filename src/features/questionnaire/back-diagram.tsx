import type { Option } from '../../questions/questions';

/*
 * A back seen from behind, in three bands that match the area options. Tapping a band
 * chooses it; the radios beside it stay the accessible control, so the picture is hidden
 * from screen readers rather than announced twice.
 */

const BANDS: Record<string, { y: number; height: number }> = {
  upper: { y: 62, height: 46 },
  middle: { y: 108, height: 40 },
  lower: { y: 148, height: 44 },
};

export function BackDiagram({ options, value, onChoose }: { options: Option[]; value: string | undefined; onChoose: (value: string) => void }) {
  return (
    <svg className="back-diagram" viewBox="0 0 160 230" width="128" height="184" aria-hidden="true" focusable="false">
      <path
        className="back-diagram__body"
        d="M80 6c-12 0-20 9-20 21 0 9 4 15 9 19-20 3-36 9-44 17-4 4-5 9-5 14l2 58c0 5 4 8 8 8h6l1 40c0 8 4 14 10 17l3 40h60l3-40c6-3 10-9 10-17l1-40h6c4 0 8-3 8-8l2-58c0-5-1-10-5-14-8-8-24-14-44-17 5-4 9-10 9-19 0-12-8-21-20-21z"
      />
      {options.map((option) => {
        const band = BANDS[option.value];
        if (!band) return null;
        return (
          <rect
            key={option.value}
            className={`back-diagram__band${value === option.value ? ' back-diagram__band--chosen' : ''}`}
            x="44"
            y={band.y}
            width="72"
            height={band.height}
            rx="8"
            onClick={() => onChoose(option.value)}
          />
        );
      })}
      <line className="back-diagram__spine" x1="80" y1="56" x2="80" y2="196" />
    </svg>
  );
}
