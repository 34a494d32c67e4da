import type { QuestionsCatalog } from '../../question-text';

// The same three answers wherever a question asks yes or no, as in the English.
const yesNoNotSure = { yes: { label: 'Sí' }, no: { label: 'No' }, 'not-sure': { label: 'No lo tengo claro' } };

export const questions: QuestionsCatalog = {
  'emergency-signs': {
    questions: {
      emergencySigns: {
        legend: '¿Tienes alguno de estos síntomas ahora mismo?',
        hint: 'Son poco frecuentes, pero necesitan ayuda de inmediato. Selecciona todos los que correspondan.',
        summary: 'Señales de alarma urgentes',
        required: 'Selecciona los síntomas que tengas o selecciona «Nada de esto»',
        options: {
          'saddle-numbness': {
            label: 'Entumecimiento u hormigueo alrededor de los genitales, el trasero o la parte interna de los muslos',
            hint: 'La piel de esa zona se nota entumecida, como si se hubiera dormido. No es lo mismo que el dolor en los músculos de los glúteos.',
          },
          'bladder-bowel': {
            label: 'Problemas nuevos para orinar, escapes de orina o de heces, o no notar cuándo necesitas ir al baño',
            hint: 'Algo nuevo para ti, como no poder empezar a orinar.',
          },
          'both-legs': {
            label: 'Dolor, entumecimiento u hormigueo que baja desde la espalda por las dos piernas',
            hint: 'No se trata del dolor en los músculos de las piernas por entrenar, como los isquiotibiales tensos después de hacer peso muerto.',
          },
          'leg-weakness': {
            label: 'Debilidad nueva en una pierna o un pie',
            hint: 'La pierna se te dobla, el pie se te arrastra o cae de golpe al pisar, o no puedes mantenerte de puntillas ni sobre los talones. No se trata de piernas cansadas o pesadas después de una sesión dura.',
          },
          'dark-urine': {
            label: 'Orina de color cola o marrón oscuro, u orinar casi nada durante 12 horas aunque estés bebiendo',
            hint: 'No se trata solo de orina amarilla oscura, que suele indicar que necesitas beber más.',
          },
          'chest-symptoms': {
            label: 'Dolor o presión en el pecho, falta de aire, toser sangre, dolor que se extiende al brazo o a la mandíbula, o sudor frío',
            hint: 'No se trata de quedarte sin aliento por un ejercicio intenso, si se te pasa al parar.',
          },
          'swollen-muscles': {
            label: 'Los músculos de la espalda que te duelen están hinchados, duros o tensos como un tambor, o la piel que los cubre está entumecida',
            hint: 'Mucho más que la rigidez habitual después de entrenar: se ven hinchados o se notan duros como una piedra al presionarlos.',
          },
          none: {
            label: 'Nada de esto',
          },
        },
      },
    },
  },
  where: {
    heading: '¿Dónde te duele?',
    questions: {
      area: {
        legend: '¿En qué parte de la espalda?',
        summary: 'Zona de la espalda',
        required: 'Selecciona qué parte de la espalda te duele',
        options: {
          lower: {
            label: 'Parte baja de la espalda',
            hint: 'Alrededor de la cintura, por encima de los glúteos',
          },
          middle: {
            label: 'Parte media de la espalda',
            hint: 'Detrás de las costillas de abajo',
          },
          upper: {
            label: 'Parte alta de la espalda',
            hint: 'Entre los omóplatos',
          },
        },
      },
      side: {
        legend: '¿De qué lado?',
        summary: 'De qué lado',
        required: 'Selecciona de qué lado te duele',
        options: {
          center: {
            label: 'En el centro, a lo largo de la columna',
          },
          'one-side': {
            label: 'Solo de un lado',
          },
          'both-sides': {
            label: 'De los dos lados',
          },
        },
      },
    },
  },
  workout: {
    questions: {
      activity: {
        legend: '¿Qué entrenamiento hiciste antes de que empezara el dolor?',
        summary: 'Qué estabas haciendo',
        required: 'Selecciona el entrenamiento que hiciste',
        options: {
          lifting: {
            label: 'Pesas o CrossFit',
          },
          running: {
            label: 'Correr',
          },
          cycling: {
            label: 'Ciclismo o spinning',
          },
          sport: {
            label: 'Un deporte de campo, de cancha o de contacto',
            hint: 'Por ejemplo fútbol, rugby, tenis o baloncesto',
          },
          other: {
            label: 'Otra cosa',
            hint: 'Por ejemplo natación, yoga o una clase',
          },
        },
      },
    },
  },
  onset: {
    heading: '¿Cómo empezó?',
    questions: {
      timing: {
        legend: '¿Cuándo empezó el dolor?',
        summary: 'Cuándo empezó',
        required: 'Selecciona cuándo empezó el dolor',
        options: {
          during: {
            label: 'Durante el entrenamiento',
          },
          'hours-after': {
            label: 'Unas pocas horas después',
          },
          'next-day': {
            label: 'Poco a poco, entre 1 y 3 días después',
            hint: 'Por ejemplo, te despertaste con dolor o rigidez',
          },
          unclear: {
            label: 'No está claramente relacionado con un entrenamiento',
          },
        },
      },
      suddenMoment: {
        legend: '¿Puedes señalar el momento en que empezó?',
        hint: 'Por ejemplo, un pinchazo, un chasquido, un bloqueo o la sensación de que algo cedió durante un movimiento',
        summary: '¿Pudiste señalar el momento en que empezó?',
        required: 'Selecciona «Sí» si puedes señalar el momento en que empezó',
        options: yesNoNotSure,
      },
    },
  },
  feeling: {
    questions: {
      character: {
        legend: '¿Cómo es el dolor?',
        hint: 'Elige la opción que mejor lo describa.',
        summary: 'Cómo es el dolor',
        required: 'Selecciona cómo es el dolor',
        options: {
          dull: {
            label: 'Un dolor sordo',
          },
          tight: {
            label: 'Tirantez o rigidez',
          },
          sharp: {
            label: 'Un dolor agudo o punzante',
          },
          shooting: {
            label: 'Como un latigazo o una descarga eléctrica',
          },
          burning: {
            label: 'Ardor',
          },
        },
      },
    },
  },
  'how-bad': {
    questions: {
      severity: {
        legend: '¿Cuánto te ha dolido, como máximo, en las últimas 24 horas?',
        hint: '0 es nada de dolor. 10 es el peor dolor que te puedas imaginar.',
        summary: 'Dolor máximo, sobre 10',
        required: 'Selecciona un número del 0 al 10',
      },
    },
  },
  painkillers: {
    questions: {
      painkillers: {
        legend: '¿Te han ayudado los analgésicos?',
        hint: 'Cualquiera que puedas comprar sin receta.',
        summary: '¿Han ayudado los analgésicos?',
        required: 'Selecciona si los analgésicos te han ayudado',
        options: {
          helped: {
            label: 'Sí, me ayudan',
          },
          'not-helped': {
            label: 'No, no me han ayudado',
          },
          'not-taken': {
            label: 'No he tomado ninguno',
          },
        },
      },
    },
  },
  spread: {
    questions: {
      radiation: {
        legend: '¿El dolor se extiende a alguna parte?',
        summary: 'Hacia dónde se extiende',
        required: 'Selecciona si el dolor se extiende',
        options: {
          none: {
            label: 'No, se queda en la espalda',
          },
          'buttock-thigh': {
            label: 'Hacia un glúteo o un muslo, pero no pasa de la rodilla',
          },
          'below-knee': {
            label: 'Por debajo de la rodilla, hacia la pantorrilla o el pie',
          },
        },
      },
    },
  },
  rest: {
    questions: {
      rest: {
        legend: '¿Cómo está cuando descansas?',
        summary: 'Cómo está cuando descansas',
        required: 'Selecciona cómo está cuando descansas',
        options: {
          eases: {
            label: 'Solo me duele cuando me muevo, me inclino o me estiro',
            hint: 'Estoy bien si no me muevo',
          },
          partly: {
            label: 'Mejora cuando descanso, pero sigue doliendo',
          },
          'no-relief': {
            label: 'Descansar no me alivia, o ninguna postura es cómoda',
          },
        },
      },
    },
  },
  'trained-area': {
    questions: {
      loadedArea: {
        legend: '¿El dolor está donde más trabajaron tus músculos en ese entrenamiento?',
        hint: 'Por ejemplo, la parte baja de la espalda después de hacer peso muerto, o entre los omóplatos después de hacer remo.',
        summary: '¿Está donde más trabajaron los músculos?',
        required: 'Selecciona «Sí» si el dolor está donde más trabajaron tus músculos',
        options: yesNoNotSure,
      },
    },
  },
  'how-long': {
    heading: '¿Cuánto tiempo hace que lo tienes?',
    questions: {
      daysSince: {
        legend: '¿Hace cuántos días empezó?',
        hint: 'Escribe 0 si empezó hoy.',
        summary: 'Días desde que empezó',
        required: 'Escribe hace cuántos días empezó el dolor',
        invalid: 'El número de días debe ser un número entero del 0 al 365',
        suffix: {
          one: 'día',
          many: 'días',
          other: 'días',
        },
      },
      trend: {
        legend: 'Desde que empezó, ¿está mejorando o empeorando?',
        summary: 'Mejorando o empeorando',
        required: 'Selecciona si está mejorando, sigue igual o está empeorando',
        options: {
          better: {
            label: 'Está mejorando',
          },
          same: {
            label: 'Más o menos igual',
          },
          worse: {
            label: 'Está empeorando',
          },
          'not-sure': {
            label: 'Es difícil saberlo',
          },
        },
      },
    },
  },
  'other-signs': {
    questions: {
      otherSigns: {
        legend: '¿Alguna de estas cosas es tu caso?',
        hint: 'Selecciona todas las que correspondan.',
        summary: 'Otras señales de alarma',
        required: 'Selecciona las que correspondan o selecciona «Nada de esto»',
        options: {
          trauma: {
            label: 'El dolor empezó con una caída, un choque, un golpe o un peso que te cayó encima',
            hint: 'No se trata de un levantamiento o un movimiento que salió mal sin que nada te golpeara.',
          },
          fever: {
            label: 'Fiebre, escalofríos o sentirte mal en general',
            hint: 'Por ejemplo, sentir calor y tiritar. No se trata solo de cansancio después de entrenar.',
          },
          urinary: {
            label: 'Ardor al orinar, sangre en la orina o dolor en el costado por debajo de las costillas',
            hint: 'Un dolor en el costado que no cambia al moverte ni al estirarte, y no un dolor muscular.',
          },
          'cannot-walk': {
            label: 'No puedes caminar ni mantenerte de pie, o no puedes cuidar de ti a causa del dolor',
            hint: 'No se trata de caminar con rigidez o despacio porque te duele.',
          },
          'breathing-pain': {
            label: 'Dolor agudo en la parte alta de la espalda, el costado o el pecho al respirar hondo',
            hint: 'No se trata de una punzada en el costado al correr que se va cuando paras. Si además te falta el aire o toses sangre, llama ahora al número de emergencias.',
          },
          'cancer-history': {
            label: 'Tienes o has tenido cáncer',
          },
          'weight-loss': {
            label: 'Has perdido peso sin intentarlo',
            hint: 'No se trata del peso que querías perder con dieta o entrenamiento.',
          },
          'night-pain': {
            label: 'Dolor constante por la noche que no se alivia con ninguna postura',
            hint: 'No se trata de rigidez al despertarte, ni de un pinchazo al darte la vuelta que se pasa.',
          },
          steroids: {
            label: 'Tomas pastillas de corticoides de forma prolongada, o tienes osteoporosis (huesos frágiles)',
          },
          immune: {
            label: 'Tienes el sistema inmunitario debilitado, o te inyectas drogas',
          },
          none: {
            label: 'Nada de esto',
          },
        },
      },
    },
  },
  age: {
    questions: {
      age: {
        legend: '¿Cuántos años tienes? (opcional)',
        hint: 'Puede que un médico te lo pregunte. Déjalo en blanco si prefieres no decirlo.',
        summary: 'Edad',
        required: '',
        invalid: 'La edad debe ser un número entero del 10 al 100',
        suffix: {
          one: 'año',
          many: 'años',
          other: 'años',
        },
      },
    },
  },
};
