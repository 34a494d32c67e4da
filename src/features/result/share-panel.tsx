import { useState, type FormEvent } from 'react';
import { copyText } from '../../components/copy-text';
import { TextField } from '../../components/text-field';
import { result } from '../../i18n/en/result';
import { useText } from '../../state/language';
import { coachNameSchemaIn } from '../../share-link/coach-schema';
import { coach } from '../../i18n/en/coach';

/** What the last action did, said in the language shown when it is drawn; where copying failed, the link shows to copy by hand. */
type Status = 'linkCopied' | 'copyBelow' | 'messageCopied' | 'copyBelowForCoach' | null;

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
  const t = useText('result', result);
  const coachText = useText('coach', coach);
  const [status, setStatus] = useState<Status>(null);
  const canShare = typeof navigator.share === 'function';

  const copyLink = async () => {
    setLink(url);
    setStatus((await copyText(url)) ? 'linkCopied' : 'copyBelow');
  };

  const [asking, setAsking] = useState(false);
  const [sender, setSender] = useState('');
  const [senderError, setSenderError] = useState<string | null>(null);
  const [link, setLink] = useState(url);

  const share = async (text: string, address = url) => {
    try {
      await navigator.share({ title: t.myResult, text, url: address });
    } catch {
      // Closing the share sheet is a choice, not an error.
    }
  };

  // The first name, if given, goes in the link's fragment as `from`: never anywhere else.
  const sendToCoach = async (event: FormEvent) => {
    event.preventDefault();
    const name = sender.trim();
    const parsed = name === '' ? undefined : coachNameSchemaIn(coachText).safeParse(name);
    if (parsed && !parsed.success) {
      setSenderError(parsed.error.issues[0]?.message ?? t.firstNameError);
      return;
    }
    setSenderError(null);
    const address = urlForCoach(parsed?.data);
    setLink(address);
    if (canShare) return share(t.messageToCoach(coachName ?? ''), address);
    setStatus((await copyText(t.messageToCoachWithLink(coachName ?? '', address))) ? 'messageCopied' : 'copyBelowForCoach');
  };

  return (
    <section className="share no-print" aria-labelledby="share-title">
      <h2 id="share-title">{t.shareThisResult}</h2>
      <p>{t.linkHoldsAnswers}</p>
      <div className="button-group">
        {canShare ? (
          <button type="button" className="button" onClick={() => share(t.myResult)}>
            {t.share}
          </button>
        ) : null}
        <button type="button" className={`button${canShare ? ' button--secondary' : ''}`} onClick={copyLink}>
          {t.copyLink}
        </button>
        {coachName ? (
          <button type="button" className="button button--secondary" aria-expanded={asking} aria-controls="send-to-coach" onClick={() => setAsking(!asking)}>
            {t.sendToMyCoach(coachName)}
          </button>
        ) : null}
      </div>
      {coachName && asking ? (
        <form id="send-to-coach" className="send-to-coach" onSubmit={(event) => void sendToCoach(event)} noValidate>
          <TextField
            id="sender-name"
            label={t.yourFirstName}
            hint={t.firstNameHint(coachName)}
            error={senderError}
            value={sender}
            onChange={setSender}
            autoComplete="given-name"
          />
          <button type="submit" className="button">
            {t.sendTo(coachName)}
          </button>
        </form>
      ) : null}
      <p role="status" className="share__status">
        {status === null
          ? null
          : { linkCopied: t.linkCopied, copyBelow: t.copyBelow, messageCopied: t.messageCopied, copyBelowForCoach: t.copyBelowForCoach }[status]}
      </p>
      {status === 'copyBelow' || status === 'copyBelowForCoach' ? (
        <div className="form-group">
          <label className="label" htmlFor="share-link">
            {t.linkToResult}
          </label>
          <input className="input" id="share-link" type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        </div>
      ) : null}
      {coachName && onForgetCoach ? (
        <p>
          <button type="button" className="link-button" onClick={onForgetCoach}>
            {t.forgetCoach(coachName)}
          </button>
        </p>
      ) : null}
    </section>
  );
}
