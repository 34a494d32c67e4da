import type { CoachText } from '../../en/coach';
import { countWith } from '../../count';

const characters = (count: number) => countWith('es', count, { one: 'carácter', many: 'caracteres', other: 'caracteres' });

export const coach: CoachText = {
  // The coach's page
  makeLinkTitle: 'Crea un enlace para tus deportistas',
  makeLinkIntro: 'Envía a tus deportistas un enlace a Backcheck con tu nombre, o pon su código QR en la pared.',
  traineesAnswer: 'Tus deportistas responden unas pocas preguntas cortas en su propio teléfono, y ven qué hacer. No se envía nada, ni a ti ni a nadie más.',
  theySendResult: 'Si quieren, te envían su resultado como un enlace, con su nombre si lo desean.',
  youSeeWhatItMeans: 'Ves qué significa para su entrenamiento, y puedes guardarlo en tu lista de deportistas, solo en este dispositivo.',
  seeTraineesList: 'Ver tu lista de deportistas',
  yourName: 'Tu nombre',
  nameHint: (max: number) => `Tus deportistas verán este nombre en «Te lo envía…, que te entrena». Como máximo, ${characters(max)}.`,
  sportLegend: '¿Qué deporte entrenas?',
  sportHint: 'A tus deportistas no se les preguntará por su entrenamiento.',
  sportRequired: 'Selecciona el deporte que entrenas, o deja que cada deportista lo diga',
  letEachTraineeSay: 'Que cada deportista lo diga',
  makeLink: 'Crear enlace',
  yourLink: 'Tu enlace',
  sendThisLink: 'Envía este enlace a tus deportistas',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado.',
  selectAndCopy: 'Selecciona el enlace de arriba y cópialo.',

  // A coach's name, as the coach types it and as a trainee's first name is checked
  nameRequired: 'Escribe tu nombre',
  nameTooLong: (max: number) => `Tu nombre debe tener ${characters(max)} como máximo`,
  nameStartsWithLetter: 'Tu nombre debe empezar por una letra',
  nameCharacters: 'Tu nombre solo puede tener letras, números, espacios, puntos, guiones y apóstrofos',
  nameAccents: 'Tu nombre solo puede tener hasta 3 acentos en cada letra',

  // The QR code and the poster
  qrHeading: 'Código QR',
  qrScan: 'Tus deportistas pueden escanearlo con la cámara del teléfono para abrir tu enlace.',
  qrLabel: (url: string) => `Código QR de tu enlace: ${url}`,
  downloadSvg: 'Descargar el código QR (SVG)',
  downloadPng: 'Descargar el código QR (PNG)',
  printPoster: 'Imprimir un cartel',
  posterTitle: '¿Dolor de espalda después de entrenar?',
  posterLead: 'Escanea el código para saber en 2 minutos si es un dolor muscular normal, una probable distensión o un motivo para ir al médico.',
  posterSentBy: (name: string) => `Te lo envía ${name}, que te entrena. Sin cuenta: tus respuestas se quedan en tu teléfono, a menos que decidas enviarlas.`,

  // The trainees' list
  teamTitle: 'Los resultados de tus deportistas',
  keptHere:
    'Guardados solo en este dispositivo. No se envía nada a ningún sitio: cada resultado llegó en un enlace que alguno de tus deportistas decidió enviarte, y se queda aquí hasta que lo borres.',
  noResultsYet:
    'Todavía no hay resultados guardados. Cuando alguno de tus deportistas te envíe su resultado, abre el enlace y elige «Guardar en mi lista de deportistas».',
  newestFirst: 'Los más recientes primero. Los resultados enviados sin nombre aparecen uno a uno, porque Backcheck no puede saber de quién son.',
  /** `result` is the result in words ("una probable distensión"); `on` the date of the answers. */
  latestResult: (result: string, on: string) => `Último resultado: ${result}, del ${on}.`,
  /** `result` is the result in words, from a link that does not say the date of the answers. */
  latestResultUndated: (result: string) => `Último resultado: ${result}, de una fecha desconocida.`,
  /** The pain chart of one trainee's results. */
  painChartTitle: (name: string) => `Dolor de ${name} sobre 10, resultado a resultado`,
  dateNotKnown: 'Fecha desconocida',
  /** A result sent without a name, by the date of the answers. */
  unnamedHeading: (on: string) => `Deportista sin nombre, ${on}`,
  unnamedHeadingUndated: 'Deportista sin nombre, fecha desconocida',
  sentWithoutName: 'Enviado sin nombre, así que aparece por separado.',
  /** One result: the result in words, the pain out of 10, when the pain began and the day it was kept. */
  summary: (result: string, severity: number, began: string, kept: string) =>
    `Resultado: ${result}. Dolor: ${severity} sobre 10. Empezó ${began}. Guardado el ${kept}.`,
  /* The name of one result, for its link and buttons, said after «Ver» and «Borrar». */
  resultLabel: (name: string, on: string) => `el resultado de ${name} del ${on}`,
  resultLabelUndated: (name: string, kept: string) => `el resultado de ${name} de una fecha desconocida, guardado el ${kept}`,
  unnamedLabel: (on: string) => `el resultado sin nombre del ${on}`,
  unnamedLabelUndated: (kept: string) => `el resultado sin nombre de una fecha desconocida, guardado el ${kept}`,
  /** Two results whose names would sound the same, numbered in the order they were sent. */
  numberedLabel: (label: string, position: number, count: number) => `${label}, ${position} de ${count}`,
  seeTheResult: 'Ver el resultado',
  /** `label` is a result's name, from `resultLabel` and the like. */
  seeResult: (label: string) => `Ver ${label}`,
  deleteFromTheList: 'Borrar de la lista',
  /** `label` is a result's name, from `resultLabel` and the like. */
  deleteResult: (label: string) => `Borrar ${label} de la lista`,
  /** `label` is a result's name, from `resultLabel` and the like. */
  deleteQuestion: (label: string) => `¿Borrar ${label} de tu lista?`,
  yesDeleteIt: 'Sí, borrarlo',
  deleteAll: 'Borrar todos',
  deleteAllQuestion: '¿Borrar todos los resultados de tu lista de deportistas en este dispositivo?',
  yesDeleteAll: 'Sí, borrarlos todos',
};
