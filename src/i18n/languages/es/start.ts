import type { StartText } from '../../en/start';
import type { Answers } from '../../../triage';

export const start: StartText = {
  title: '¿Dolor de espalda después de entrenar?',
  damagedCoachLink:
    'El enlace que has seguido estaba dañado, así que no se han podido leer los datos de quien te entrena. Aun así, puedes responder las preguntas.',
  sentByCoach: (name: string) => `Te lo envía ${name}, que te entrena`,
  sentByCoachFor: (name: string, activity: string) => `Te lo envía ${name}, que te entrena en ${activity}`,
  /** As `sentByCoachFor` names it: "Te lo envía Sam, que te entrena en ciclismo". */
  activities: {
    lifting: 'pesas y CrossFit',
    running: 'carrera a pie',
    cycling: 'ciclismo',
    sport: 'tu deporte',
    other: 'tu actividad',
  } satisfies Record<NonNullable<Answers['activity']>, string>,
  lead: 'Responde unas pocas preguntas cortas para saber si es un dolor muscular normal, una probable distensión o un motivo para ir al médico.',
  takesTwoMinutes: 'Se tarda unos 2 minutos. No hace falta crear una cuenta, y tus respuestas se quedan en este dispositivo.',
  takesTwoMinutesNotSaving:
    'Se tarda unos 2 minutos. No hace falta crear una cuenta, y tus respuestas no se envían a ningún sitio; pero este dispositivo no las está guardando, así que se perderán cuando cierres esta página.',
  notADiagnosis: 'Esto no es un diagnóstico.',
  callIfUnwell: (number: string) => `Si te encuentras muy mal, llama ahora al ${number}.`,
  orLocalNumber: '(o el número de emergencias de tu zona)',
  startNow: 'Empezar ahora',
  forgetCoach: (name: string) => `Olvidar a ${name}, que te entrena`,

  // Someone with answers or checks saved.
  countryLabel: 'Tu país, para el número de emergencias',
  countryNotListed: (number: string) => `No está en la lista: usa el ${number}`,
  countryOption: (country: string, number: string) => `${country} (${number})`,
  countryNotSaved: 'Este dispositivo no está guardando tu elección: se mantiene hasta que cierres esta página.',
};
