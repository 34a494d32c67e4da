import type { Answers } from '../../../triage';
import type { StartText } from '../../en/start';

export const start: StartText = {
  /** The page's name in the tab, and its heading. */
  title: 'Dor nas costas depois do treino?',
  damagedCoachLink: 'O link que você abriu estava danificado, então não foi possível ler os dados do seu treinador. Você ainda pode responder às perguntas.',
  sentByCoach: (name: string) => `Enviado pelo seu treinador ${name}`,
  sentByCoachFor: (name: string, activity: string) => `Enviado pelo seu treinador ${name}, para treinos de ${activity}`,
  /** The coach's sport, said after “para treinos de”. */
  activities: {
    lifting: 'musculação e CrossFit',
    running: 'corrida',
    cycling: 'ciclismo',
    sport: 'esportes',
    other: 'todo tipo',
  } satisfies Record<NonNullable<Answers['activity']>, string>,
  lead: 'Responda a algumas perguntas rápidas para descobrir se é uma dor muscular normal, uma provável distensão muscular ou um motivo para consultar um médico.',
  takesTwoMinutes: 'Leva cerca de 2 minutos. Não é preciso criar uma conta, e as suas respostas ficam neste dispositivo.',
  takesTwoMinutesNotSaving:
    'Leva cerca de 2 minutos. Não é preciso criar uma conta, e as suas respostas não são enviadas para lugar nenhum; mas este dispositivo não está salvando as respostas, então elas serão perdidas quando você fechar esta página.',
  notADiagnosis: 'Isto não é um diagnóstico.',
  callIfUnwell: (number: string) => `Se você se sentir muito mal, ligue agora para o ${number}.`,
  orLocalNumber: '(ou o número de emergência local)',
  startNow: 'Começar agora',
  forgetCoach: (name: string) => `Esquecer o treinador ${name}`,

  // Someone with answers or checks saved.
  countryLabel: 'Seu país, para o número de emergência',
  countryNotListed: (number: string) => `Não está na lista: use o ${number}`,
  countryOption: (country: string, number: string) => `${country} (${number})`,
  countryNotSaved: 'Este dispositivo não está salvando a sua escolha: ela vale até você fechar esta página.',
};
