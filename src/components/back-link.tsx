import { components } from '../i18n/en/components';
import { useText } from '../state/language';

export function BackLink({ href }: { href: string }) {
  const t = useText('components', components);
  return (
    <a className="back-link" href={href}>
      {t.back}
    </a>
  );
}
