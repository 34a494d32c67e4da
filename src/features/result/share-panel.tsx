import { useState, type FormEvent } from 'react';
import { copyText } from '../../components/copy-text';
import { TextField } from '../../components/text-field';
import { coachNameSchema } from '../../share-link/coach-schema';

type Status = { text: string; showLink?: boolean } | null;

/**
 * Sharing a result: the link carries the answers in its fragment, so it is the person, never
 * Backcheck, who decides where they go. The link sent to the coach says so (`to=coach`), so it
 * opens with the coach's part; any other is read as by someone helping.
 */
export function SharePanel({
  url,
  urlForCoach,
  coachName,
  onForgetCoach,
}: {
  url: string;
  urlForCoach: (from?: string) => string;
  coachName?: string | undefined;
  onForgetCoach?: (() => void) | undefined;
}) {
  const [status, setStatus] = useState<Status>(null);
  const canShare = typeof navigator.share === 'function';

  const copyLink = async () => {
    setLink(url);
    setStatus((await copyText(url)) ? { text: 'Link copied.' } : { text: 'Copy the link below.', showLink: true });
  };

  const [asking, setAsking] = useState(false);
  const [sender, setSender] = useState('');
  const [senderError, setSenderError] = useState<string | null>(null);
  const [link, setLink] = useState(url);

  const share = async (text: string, address = url) => {
    try {
      await navigator.share({ title: 'My Backcheck result', text, url: address });
    } catch {
      // Closing the share sheet is a choice, not an error.
    }
  };

  // The first name, if given, goes in the link's fragment as `from`: never anywhere else.
  const sendToCoach = async (event: FormEvent) => {
    event.preventDefault();
    const name = sender.trim();
    const parsed = name === '' ? undefined : coachNameSchema.safeParse(name);
    if (parsed && !parsed.success) {
      setSenderError(parsed.error.issues[0]?.message ?? 'Enter your first name, or leave it empty');
      return;
    }
    setSenderError(null);
    const address = urlForCoach(parsed?.data);
    setLink(address);
    if (canShare) return share(`Hi ${coachName ?? ''}, here is my Backcheck result.`, address);
    const message = `Hi ${coachName ?? ''}, here is my Backcheck result: ${address}`;
    setStatus(
      (await copyText(message))
        ? { text: 'Message copied. Paste it into a message to your coach.' }
        : { text: 'Copy the link below and send it to your coach.', showLink: true },
    );
  };

  return (
    <section className="share no-print" aria-labelledby="share-title">
      <h2 id="share-title">Share this result</h2>
      <p>
        The link holds your answers. They stay in the part of the link after the # sign, which is never sent to a website, so only the people you send it to can
        see them.
      </p>
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
          <button type="button" className="button button--secondary" aria-expanded={asking} aria-controls="send-to-coach" onClick={() => setAsking(!asking)}>
            Send to my coach {coachName}
          </button>
        ) : null}
      </div>
      {coachName && asking ? (
        <form id="send-to-coach" className="send-to-coach" onSubmit={(event) => void sendToCoach(event)} noValidate>
          <TextField
            id="sender-name"
            label="Your first name (optional)"
            hint={`So ${coachName} knows whose result it is. It goes in the link you send, and nowhere else.`}
            error={senderError}
            value={sender}
            onChange={setSender}
            autoComplete="given-name"
          />
          <button type="submit" className="button">
            {`Send to ${coachName}`}
          </button>
        </form>
      ) : null}
      <p role="status" className="share__status">
        {status?.text}
      </p>
      {status?.showLink ? (
        <div className="form-group">
          <label className="label" htmlFor="share-link">
            Link to this result
          </label>
          <input className="input" id="share-link" type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
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
