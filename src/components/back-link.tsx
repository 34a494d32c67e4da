import { app } from '../i18n/en/app';
import { useText } from '../state/language';

export function BackLink({ href }: { href: string }) {
  const t = useText('app', app);
  return (
    <a className="back-link" href={href}>
      {t.back}
    </a>
  );
}
