import { notices } from '../i18n/en/notices';
import { useLanguageState, useText } from '../state/language';
import type { SavedNotice } from '../state/saved';
import { savedNoticeText } from './saved-notice-text';

/** The notice's words, fetched only when there is a notice: most visits never need them. */
export default function SavedNoticeWords({ notice }: { notice: SavedNotice }) {
  const t = useText('notices', notices);
  const catalog = useLanguageState((state) => state.catalog);
  return savedNoticeText(notice, t, catalog?.questions);
}
