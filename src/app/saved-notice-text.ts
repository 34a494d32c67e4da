import type { NoticesText } from '../i18n/en/notices';
import type { QuestionsCatalog } from '../i18n/question-text';
import type { LeftOutPart, SavedNotice } from '../state/saved';

const partText = (part: LeftOutPart, t: NoticesText, questions: QuestionsCatalog | undefined): string => {
  switch (part.part) {
    case 'answer':
      return part.question
        ? t.leftOutPart.answer(questions?.[part.question.page]?.questions[part.question.id]?.summary ?? part.question.summary)
        : t.leftOutPart.retiredAnswer;
    case 'coach-activity':
      return t.leftOutPart.coachActivity(part.coach);
    case 'coach':
      return t.leftOutPart.coach;
    case 'checks':
      return t.leftOutPart.checks(part.count);
    case 'all-checks':
      return t.leftOutPart.allChecks;
    case 'future-checks':
      return t.leftOutPart.futureChecks(part.count);
    case 'contradicted-checks':
      return t.leftOutPart.contradictedChecks(part.count);
    case 'team':
      return t.leftOutPart.team(part.count);
    case 'all-team':
      return t.leftOutPart.allTeam;
  }
};

/** The notice about saved data, in the page's language; the questions' names from the shown translation where there is one. */
export function savedNoticeText(notice: SavedNotice, t: NoticesText, questions?: QuestionsCatalog): string {
  switch (notice.kind) {
    case 'unreadable':
      return t.savedNotice.unreadable;
    case 'older':
      return t.savedNotice.older;
    case 'newer':
      return t.savedNotice.newer;
    case 'not-read-yet':
      return t.savedNotice.notReadYet;
    case 'other-tab':
      return t.savedNotice.otherTab;
    case 'left-out':
      return [
        ...(notice.newer ? [t.savedNotice.newer] : []),
        t.leftOut(notice.parts.map((part) => partText(part, t, questions))),
        ...(notice.wrongClock ? [t.savedNotice.wrongClock] : []),
      ].join(' ');
  }
}
