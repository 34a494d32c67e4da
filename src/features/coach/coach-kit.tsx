import { useMemo } from 'react';
import { download } from '../../components/download';
import type { Coach } from '../../share-link/coach-link';
import { readableLink } from '../../share-link/readable-link';
import { coach as coachText } from '../../i18n/en/coach';
import { useText } from '../../state/language';
import { qrGrid, qrPngFile, qrSvgFile } from './qr-code';

/**
 * The link as a QR code, to download or print as a poster for the gym wall. The poster is what
 * this page prints: one A4 page with the title, the code, the link and what it is for. The code
 * holds the exact link; the printed link is written to be read and typed, and opens the same page.
 */
export function CoachKit({ url, coach }: { url: string; coach: Coach }) {
  const t = useText('coach', coachText);
  const grid = useMemo(() => qrGrid(url), [url]);
  const file = `backcheck-${coach.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}`;
  const code = (className: string) => (
    <svg className={className} viewBox={`0 0 ${grid.size} ${grid.size}`} shapeRendering="crispEdges" role="img" aria-label={t.qrLabel(url)} data-qr-code>
      <rect width={grid.size} height={grid.size} fill="#fff" />
      <path d={grid.path} fill="#000" />
    </svg>
  );

  return (
    <>
      <section className="coach-kit no-print" aria-labelledby="qr-title">
        <h2 id="qr-title">{t.qrHeading}</h2>
        <p>{t.qrScan}</p>
        {code('qr-code')}
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => download(`${file}.svg`, qrSvgFile(grid), 'image/svg+xml')}>
            {t.downloadSvg}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void qrPngFile(grid).then((png) => png && download(`${file}.png`, png))}>
            {t.downloadPng}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t.printPoster}
          </button>
        </div>
      </section>
      <div className="poster print-only" aria-hidden="true">
        <p className="poster__title">{t.posterTitle}</p>
        <p className="poster__lead">{t.posterLead}</p>
        {code('poster__code')}
        <p className="poster__link">{readableLink(url)}</p>
        <p className="poster__small">{t.posterSentBy(coach.name)}</p>
      </div>
    </>
  );
}
