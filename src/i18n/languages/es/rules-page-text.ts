import type { Level, Urgency } from '../../../triage';
import type { RulesPageText } from '../../en/rules-page-text';

/* El texto de la página de reglas, «Cómo decide Backcheck». */
export const rulesPage: RulesPageText = {
  /** The page's name in the tab, and its heading. */
  title: 'Cómo decide Backcheck',
  lead: 'Backcheck calcula cada resultado en tu dispositivo, a partir de una lista fija de reglas. En esta página están todas las reglas: qué las activa, a qué resultado llevan, por qué y de dónde salen.',
  /** The date is in words, such as "4 de diciembre de 2026". */
  rulesVersion: (version: number, date: string) => `Reglas, versión ${version}, cambiadas por última vez el ${date}.`,

  howHeading: 'Cómo se calcula un resultado',
  warningSignsFirst:
    'Primero se pregunta por las señales de alarma. Cualquiera de ellas lleva a ir al médico, por inofensivas que parezcan las demás respuestas.',
  mostSerious:
    'El resultado es el más grave que dé cualquiera de las reglas: primero, una urgencia; después, el mismo día; después, en unos pocos días; después, una probable distensión; y por último, dolor muscular normal.',
  sorenessPicture:
    'El dolor muscular normal es la respuesta solo cuando se cumplen todas las partes del cuadro de dolor muscular. Si alguna no se cumple, es más probable una distensión.',
  notSure:
    'Cuando respondes «No lo tengo claro», Backcheck elige la respuesta más prudente, y el resultado dice que no lo tenías claro. Las reglas sobre el dolor intenso tienen en cuenta cualquier respuesta que hayas podido querer dar, así que no tenerlo claro nunca rebaja el consejo ante un dolor intenso.',
  /** The worst pain, out of 10, from which painkillers are asked about. */
  painkillersAsked: (severe: number) => `Solo se pregunta si los analgésicos han ayudado cuando el dolor máximo es de ${severe} sobre 10 o más.`,
  resultLinks: 'El resultado enumera todas las reglas que lo decidieron, con un enlace a cada una en esta página.',

  notHeading: 'Lo que Backcheck no es',
  notADiagnosis: 'No es un diagnóstico. No puede explorarte, y solo sabe lo que le cuentas.',
  notADevice:
    'No es un producto sanitario, y no sustituye a un médico, a un profesional de enfermería ni a un fisioterapeuta. Si algo te preocupa, o si las cosas cambian, habla con uno de ellos.',
  afterTraining: 'Es para el dolor de espalda que aparece después de entrenar. No valora otros dolores, ni el dolor de espalda durante el embarazo.',
  seriousCausesRare:
    'Las causas graves de dolor de espalda son poco frecuentes. De 1.172 personas que fueron a su médico de familia por un dolor nuevo en la parte baja de la espalda, menos de 1 de cada 100 (el 0,9 %) tenía una, y sin embargo el 80 % del total tenía al menos una señal de alarma. Así que aquí una señal de alarma significa «hay que revisarlo», no «algo va mal».',
  /** A citation, kept in English as it was published. */
  source: (citation: string) => `Fuente: ${citation}`,

  contentsHeading: 'Las reglas, por resultado',
  /** Each group of rules, by the result the rules lead to. */
  groups: {
    emergency: {
      heading: 'Llama ahora al número de emergencias',
      result: 'Llama ahora al número de emergencias, o ve a urgencias.',
      intro: 'Cualquiera de estas termina las preguntas de inmediato. Son poco frecuentes, pero necesitan ayuda enseguida.',
    },
    today: {
      heading: 'Busca atención médica hoy',
      result: 'Busca atención médica el mismo día.',
      intro: 'Cualquiera de estas necesita que un médico la revise el mismo día.',
    },
    soon: {
      heading: 'Ve al médico en los próximos días',
      result: 'Pide cita con un médico para dentro de unos pocos días.',
      intro: 'Cualquiera de estas significa que un médico debería revisar el dolor, pero puede esperar unos días.',
    },
    strain: {
      heading: 'Una probable distensión',
      result: 'Una probable distensión, salvo que se aplique alguna de las reglas de arriba.',
      intro:
        'Cada una de estas es una forma en que el cuadro de dolor muscular deja de cumplirse. Si no hay motivo para ir al médico, cualquiera de ellas da como resultado una probable distensión.',
    },
    soreness: {
      heading: 'Dolor muscular normal',
      result: 'Parte del cuadro de dolor muscular normal.',
      intro: 'Estas son las partes del cuadro de dolor muscular. El dolor muscular normal es la respuesta solo cuando se cumplen todas ellas.',
    },
  } satisfies Record<Urgency | Exclude<Level, 'doctor'>, { heading: string; result: string; intro: string }>,
  /** The names beside each rule's parts. */
  ruleTerms: { when: 'Cuándo', result: 'Resultado', why: 'Por qué', sources: 'Fuentes' },
  ruleId: (id: string) => `Identificador de la regla: ${id}`,

  notARuleHeading: 'Consejos que no son una regla',
  youngAthletes:
    'A los deportistas jóvenes (menores de 18 años) cuyo dolor dura 2 semanas o más se les dice que un médico puede comprobar si hay una pequeña fractura por sobrecarga en la columna, y que deberían decidir con un médico o un fisioterapeuta cuándo volver a entrenar al máximo. A esa edad es una causa frecuente de dolor en la parte baja de la espalda: se encontró en 47 de cada 100 deportistas jóvenes con dolor en la parte baja de la espalda, frente a 5 de cada 100 adultos.',

  changesHeading: 'Cambios en las reglas',
  /** The date is in words, such as "4 de diciembre de 2026". */
  changesVersion: (version: number, date: string) => `Versión ${version}, ${date}`,
  /** What changed in each version of the rules, keyed by the version: 3 on 2026-12-04, 2 on 2026-11-30, 1 on 2026-11-21. */
  changes: {
    3: [
      'Pregunta nueva, que solo se hace cuando el dolor máximo es de 8 sobre 10 o más: ¿te han ayudado los analgésicos?',
      'Nueva urgencia: dolor muscular intenso después de un entrenamiento, que no empezó en un momento concreto, en los primeros 7 días, cuando los analgésicos no han ayudado.',
      'Nuevo, para revisar el mismo día: dolor intenso con el que los analgésicos no han ayudado, y dolor intenso que no se alivia entre 4 y 13 días después de empezar.',
      'El dolor intenso que nada alivia ahora se revisa el mismo día hasta 13 días después de empezar, sea cual sea su causa, y no solo en los primeros 3 días después de un entrenamiento.',
      'Cuando alguien no tiene clara una respuesta, las reglas sobre el dolor intenso ahora tienen en cuenta cualquier respuesta que haya podido querer dar, así que no tenerlo claro nunca rebaja el consejo ante un dolor intenso.',
    ],
    2: [
      'Nueva señal de alarma, una urgencia: músculos de la espalda que duelen y están hinchados, duros o tensos como un tambor, o con la piel que los cubre entumecida.',
      'Nueva señal de alarma, para revisar el mismo día: dolor agudo en la parte alta de la espalda, el costado o el pecho al tomar aire.',
      'Toser sangre ahora cuenta como una urgencia, junto con el dolor en el pecho y la falta de aire.',
      'Nuevo: el dolor muscular intenso (8 sobre 10 o más) en los primeros 3 días después de un entrenamiento duro, y el dolor intenso que nada alivia poco después de uno, se revisan el mismo día.',
      'Nuevo: a partir de los 50 años, un dolor no relacionado con un entrenamiento se revisa en unos pocos días.',
      'Las señales de alarma ahora dicen lo que no cuenta (los músculos de las piernas doloridos, la orina amarilla oscura), para que el dolor muscular normal no lleve a llamar al número de emergencias.',
      'Cuando alguien no tenía clara una respuesta, los motivos lo dicen, en lugar de presentarlo como un hecho.',
    ],
    1: ['Las primeras reglas: 15 señales de alarma, otros 5 motivos para ir al médico y el cuadro de dolor muscular.'],
  } satisfies Record<number, string[]>,
};
