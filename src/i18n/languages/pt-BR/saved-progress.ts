import { countWith } from '../../count';
import type { SavedProgressText } from '../../en/saved-progress';

export const savedProgress: SavedProgressText = {
  resultToday: 'Você tem um resultado de hoje.',
  lastCheckOn: (date: string) => `Sua última verificação foi em ${date}.`,
  seeResult: 'Ver seu resultado',
  checkAgain: 'Verificar de novo',
  startAboutNewProblem: 'Começar sobre uma dor nova',
  begunOn: (date: string) =>
    `Você começou a responder em ${date}. O Backcheck vai perguntar de novo como a dor está agora e calcular os dias desde que ela começou.`,
  answersSaved: 'Você tem respostas salvas neste dispositivo.',
  continueWhereLeft: 'Continuar de onde parou',
  startAgain: 'Começar de novo',
  checksKept: (count: number) =>
    `Você tem ${countWith('pt-BR', count, { one: 'verificação guardada', many: 'de verificações guardadas', other: 'verificações guardadas' })} neste dispositivo.`,
  seeChecks: 'Ver suas verificações ou verificar de novo',

  // A link from a different coach from the one remembered.
  switchCoachQuestion: (from: string, to: string) => `Trocar o treinador ${from} por ${to}?`,
  switchCoachWhy: (to: string) =>
    `Este link é de ${to}. O Backcheck guarda só um treinador neste dispositivo e oferece enviar o seu resultado para essa pessoa.`,
  switchTo: (name: string) => `Trocar para ${name}`,
  keepCoach: (name: string) => `Manter ${name}`,
};
