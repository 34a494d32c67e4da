import { useState } from 'react';

type Status = { text: string; showLink?: boolean } | null;

/** Copies text, or returns false where the browser will not (no permission, not a secure page). */
export async function copyText(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sharing a result: the link carries the answers in its fragment, so it is the person, never
 * Backcheck, who decides where they go.
 */
export function SharePanel({ url, coachName, onForgetCoach }: { url: string; coachName?: string | undefined; onForgetCoach?: (() => void) | undefined }) {
  const [status, setStatus] = useState<Status>(null);
  const canShare = typeof navigator.share === 'function';

  const copyLink = async () => setStatus((await copyText(url)) ? { text: 'Link copied.' } : { text: 'Copy the link below.', showLink: true });

  const share = async (text: string) => {
    try {
      await navigator.share({ title: 'My Backcheck result', text, url });
    } catch {
      // Closing the share sheet is a choice, not an error.
    }
  };

  const coachMessage = `Hi ${coachName ?? ''}, here is my Backcheck result: ${url}`;
  const sendToCoach = async () => {
    if (canShare) return share(`Hi ${coachName ?? ''}, here is my Backcheck result.`);
    setStatus((await copyText(coachMessage)) ? { text: 'Message copied. Paste it into a message to your coach.' } : { text: 'Copy the link below and send it to your coach.', showLink: true });
  };

  return (
    <section className="share no-print" aria-labelledby="share-title">
      <h2 id="share-title">Share this result</h2>
      <p>The link holds your answers. They stay in the part of the link after the # sign, which is never sent to a website, so only the people you send it to can see them.</p>
      <div className="button-group">
        {canShare ? (
          <button type="button" className="button" onClick={() => share('My Backcheck result')}>
            Share
          </button>
        ) : null}
        <button type="button" className={`button${canShare ? ' button--secondary' : ''}`} onClick={copyLink}>
          Copy link
        </button>
        {coachName ? (
          <button type="button" className="button button--secondary" onClick={sendToCoach}>
            Send to my coach {coachName}
          </button>
        ) : null}
      </div>
      <p role="status" className="share__status">
        {status?.text}
      </p>
      {status?.showLink ? (
        <div className="form-group">
          <label className="label" htmlFor="share-link">
            Link to this result
          </label>
          <input className="input" id="share-link" type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
        </div>
      ) : null}
      {coachName && onForgetCoach ? (
        <p>
          <button type="button" className="link-button" onClick={onForgetCoach}>
            {`Forget coach ${coachName}`}
          </button>
        </p>
      ) : null}
    </section>
  );
}
