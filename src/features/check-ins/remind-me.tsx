import { download } from '../../components/download';
import { now } from '../../state/clock';
import { useText } from '../../state/language';
import { reminderCalendar, REMIND_AFTER_DAYS } from '../../checks/reminder';
import { localDate } from '../../dates/dates';
import { checks } from '../../i18n/en/checks';

/** "Remind me": a calendar file for the day to check again, linking back to the person's checks. Offered by "Your checks" and by a person's own result. */
export function RemindMe() {
  const t = useText('checks', checks);
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        const made = now();
        const checksUrl = `${window.location.origin}${window.location.pathname}#/checks`;
        download('backcheck-reminder.ics', reminderCalendar({ from: localDate(made), checksUrl, made }, t), 'text/calendar');
      }}
    >
      {t.remindMe(REMIND_AFTER_DAYS)}
    </button>
  );
}
