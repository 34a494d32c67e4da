import type { RulesCatalog } from '../../rule-text';

export const rules: RulesCatalog = {
  'red-flag-saddle-numbness': {
    title: 'Entumecimiento alrededor de los genitales o el trasero',
    trigger: 'Entumecimiento u hormigueo alrededor de los genitales, el trasero, los glúteos o la parte interna de los muslos.',
    why: 'Con dolor de espalda, esto puede significar que algo está presionando los nervios de la parte más baja de la columna (síndrome de la cola de caballo). Hay que tratarlo en pocas horas para proteger la vejiga, el intestino y las piernas.',
  },
  'red-flag-bladder-bowel': {
    title: 'Problemas nuevos con la orina o las heces',
    trigger: 'Problemas nuevos para orinar, escapes de orina o de heces, o no notar cuándo necesitas ir al baño.',
    why: 'Con dolor de espalda, esto puede significar que algo está presionando los nervios de la parte más baja de la columna (síndrome de la cola de caballo). Hay que tratarlo en pocas horas para proteger la vejiga, el intestino y las piernas.',
  },
  'red-flag-both-legs': {
    title: 'Dolor o entumecimiento que baja por las dos piernas',
    trigger: 'Dolor, entumecimiento u hormigueo que baja desde la espalda por las dos piernas (no el dolor en los músculos de las piernas por entrenar).',
    why: 'Con dolor de espalda, esto puede significar que algo está presionando los nervios de la parte más baja de la columna (síndrome de la cola de caballo). Hay que tratarlo en pocas horas para proteger la vejiga, el intestino y las piernas.',
  },
  'red-flag-leg-weakness': {
    title: 'Debilidad nueva en una pierna o un pie',
    trigger:
      'Debilidad nueva en una pierna o un pie: la pierna se dobla, el pie se arrastra o cae de golpe al pisar, o la persona no puede mantenerse de puntillas ni sobre los talones.',
    why: 'Si un nervio está tan presionado que debilita un músculo, un médico debe valorarlo pronto. Las guías clínicas admiten que se valore en el mismo día cuando afecta a una sola pierna; Backcheck lo trata como una urgencia, por seguridad.',
  },
  'red-flag-dark-urine': {
    title: 'Orina de color cola, o casi nada de orina',
    trigger: 'Orina marrón oscuro o de color cola (no solo amarilla oscura), o casi nada de orina durante 12 horas a pesar de beber.',
    why: 'Después de un ejercicio intenso, esto puede significar que el músculo se está destruyendo (rabdomiólisis por esfuerzo), algo que puede dañar los riñones y necesita atención de inmediato. Puede empezar días después de una sesión nueva o con mucha carga, y los músculos afectados pueden ser los de la espalda.',
  },
  'red-flag-chest-symptoms': {
    title: 'Dolor en el pecho o falta de aire',
    trigger: 'Dolor o presión en el pecho, falta de aire, toser sangre, dolor que se extiende al brazo o a la mandíbula, o sudor frío.',
    why: 'Si hay dolor de espalda con cualquiera de estos síntomas, puede venir del corazón, de un desgarro en el vaso sanguíneo principal del cuerpo (disección aórtica) o de un coágulo en el pulmón (embolia pulmonar). Cada uno de ellos necesita atención de urgencia.',
  },
  'red-flag-swollen-muscles': {
    title: 'Músculos de la espalda hinchados o duros como una piedra',
    trigger: 'Los músculos de la espalda que duelen están hinchados, se notan duros o tensos como un tambor, o la piel que los cubre está entumecida.',
    why: 'Después de hacer peso muerto, remo o extensiones de espalda, puede acumularse presión dentro de los músculos de la espalda (síndrome compartimental), y algunas personas necesitan una operación de inmediato. La hinchazón también es una señal de que el músculo se está destruyendo (rabdomiólisis).',
  },
  'muscle-pain-despite-painkillers': {
    title: 'Dolor muscular intenso después de un entrenamiento, y los analgésicos no han ayudado',
    trigger:
      '8 sobre 10 o más; se han tomado analgésicos y no han ayudado; no empezó en un momento concreto; está relacionado con un entrenamiento; y han pasado 7 días o menos desde que empezó.',
    why: 'Un dolor totalmente desproporcionado que los analgésicos no alivian en absoluto es la primera señal de que se está acumulando presión dentro de los músculos de la espalda (síndrome compartimental), que puede necesitar una operación de inmediato. Después de una sesión dura, también es así como se manifiesta la destrucción del músculo (rabdomiólisis). En los dos casos hay que ir a urgencias.',
  },
  'red-flag-trauma': {
    title: 'Empezó con una caída o un golpe',
    trigger: 'El dolor empezó con una caída, un choque, un golpe o un peso que le cayó encima a la persona.',
    why: 'Puede haber un hueso roto, y un médico debería revisarlo el mismo día. Ante un accidente grave, hay que llamar al número de emergencias.',
  },
  'red-flag-fever': {
    title: 'Fiebre o sentirse mal',
    trigger: 'Fiebre, escalofríos o sentirse mal en general.',
    why: 'El dolor de espalda con fiebre puede deberse a una infección, en la columna o en los riñones. Entre 1.000 personas atendidas en urgencias por dolor de espalda, la fiebre fue la señal que más claramente apuntaba a una causa grave.',
  },
  'red-flag-urinary': {
    title: 'Ardor o sangre al orinar, o dolor en el costado',
    trigger: 'Ardor al orinar, sangre en la orina o dolor en el costado por debajo de las costillas.',
    why: 'Estos síntomas apuntan a los riñones o a la vejiga más que a los músculos de la espalda, y una infección de riñón necesita tratamiento el mismo día.',
  },
  'red-flag-cannot-walk': {
    title: 'No puedes caminar, o no puedes cuidar de ti',
    trigger: 'No poder caminar ni mantenerse de pie, o no poder cuidarse a causa del dolor.',
    why: 'Un dolor que impide a una persona moverse o cuidarse necesita la ayuda de un médico el mismo día, sea cual sea la causa.',
  },
  'red-flag-breathing-pain': {
    title: 'Dolor agudo al tomar aire',
    trigger: 'Dolor agudo en la parte alta de la espalda, el costado o el pecho al respirar hondo.',
    why: 'Lo más frecuente es que sea una distensión muscular entre las costillas. Pero en corredores, un coágulo en el pulmón (embolia pulmonar) ha empezado como un dolor en un solo omóplato, agudo al tomar aire, y un pulmón colapsado duele de la misma manera. Si además te falta el aire o toses sangre, es una urgencia.',
  },
  'severe-delayed-muscle-pain': {
    title: 'Dolor muscular intenso en los días después de un entrenamiento duro',
    trigger:
      'No empezó en un momento concreto; apareció unas horas o un día después del entrenamiento, en los músculos que más trabajaron; 8 sobre 10 o más; y han pasado 3 días o menos desde que empezó.',
    why: 'La destrucción del músculo (rabdomiólisis por esfuerzo) y la acumulación de presión en los músculos de la espalda (síndrome compartimental) empiezan como el dolor muscular, pero mucho peor. Ha habido casos después de hacer peso muerto, extensiones de espalda, remo y clases de spinning que acabaron en el hospital. Un simple análisis de sangre que mide el daño muscular (CK) lo detecta, así que hay que revisarlo el mismo día.',
  },
  'severe-unrelenting': {
    title: 'Dolor intenso que nada alivia',
    trigger: '8 sobre 10 o más, no mejora al descansar ni en ninguna postura, y han pasado 13 días o menos desde que empezó.',
    why: 'Un dolor que no se alivia ni con descanso, ni cambiando de postura, ni con analgésicos es la forma en que se han manifestado la presión en los músculos de la espalda (síndrome compartimental) y la destrucción del músculo (rabdomiólisis), tanto días después de entrenar como poco después. Un dolor tan fuerte que nada alivia debería revisarse el mismo día, sea cual sea su origen.',
  },
  'severe-not-easing': {
    title: 'Dolor intenso que no se alivia después de 3 días',
    trigger: '8 sobre 10 o más, han pasado entre 4 y 13 días desde que empezó, y no está mejorando.',
    why: 'El dolor muscular es más fuerte en los primeros 3 días y después se alivia, y una distensión también debería empezar a aliviarse. Un dolor intenso que para entonces no se alivia no es lo que provoca el entrenamiento, y una persona que hacía pesas, cuyo dolor muscular se convirtió el día 4 en un dolor constante de 9 sobre 10, necesitó ir a urgencias. Debería revisarse el mismo día.',
  },
  'severe-despite-painkillers': {
    title: 'Dolor intenso, y los analgésicos no han ayudado',
    trigger: '8 sobre 10 o más, se han tomado analgésicos y no han ayudado, y han pasado 13 días o menos desde que empezó.',
    why: 'Un dolor desproporcionado que no se alivia con analgésicos es una señal temprana típica de que se está acumulando presión en los músculos (síndrome compartimental). Si empezó con un pinchazo repentino, es más probable que sea una distensión fuerte, pero un dolor tan fuerte sigue necesitando que lo vea un médico el mismo día.',
  },
  'red-flag-cancer-history': {
    title: 'Tener o haber tenido cáncer',
    trigger: 'Tener o haber tenido cáncer.',
    why: 'Tener o haber tenido cáncer es una señal que buscan los médicos, porque hace más probable una causa grave poco frecuente (una fractura, una infección o un cáncer). No es una urgencia, pero un médico debería revisarlo en unos pocos días.',
  },
  'red-flag-weight-loss': {
    title: 'Pérdida de peso sin intentarlo',
    trigger: 'Haber perdido peso sin intentarlo.',
    why: 'Perder peso sin intentarlo es una señal que buscan los médicos, porque hace más probable una causa grave poco frecuente (una fractura, una infección o un cáncer). No es una urgencia, pero un médico debería revisarlo en unos pocos días.',
  },
  'red-flag-night-pain': {
    title: 'Dolor constante por la noche',
    trigger: 'Dolor constante por la noche que no se alivia con ninguna postura.',
    why: 'El dolor por entrenar se alivia con el descanso y cambiando de postura. Un dolor que no se alivia así es una señal que buscan los médicos, porque hace más probable una causa grave poco frecuente (una fractura, una infección o un cáncer). No es una urgencia, pero un médico debería revisarlo en unos pocos días.',
  },
  'red-flag-steroids': {
    title: 'Corticoides durante mucho tiempo, o huesos frágiles',
    trigger: 'Tomar pastillas de corticoides de forma prolongada, o tener osteoporosis (huesos frágiles).',
    why: 'Los huesos más frágiles pueden romperse con las cargas del entrenamiento, así que esta es una señal que buscan los médicos, porque hace más probable una causa grave poco frecuente (una fractura, una infección o un cáncer). No es una urgencia, pero un médico debería revisarlo en unos pocos días.',
  },
  'red-flag-immune': {
    title: 'Sistema inmunitario débil, o inyectarse drogas',
    trigger: 'Tener el sistema inmunitario debilitado, o inyectarse drogas.',
    why: 'Las dos cosas hacen más probable una infección en la columna, así que esta es una señal que buscan los médicos, porque hace más probable una causa grave poco frecuente (una fractura, una infección o un cáncer). No es una urgencia, pero un médico debería revisarlo en unos pocos días.',
  },
  'over-50-not-linked': {
    title: '50 años o más, y sin relación con un entrenamiento',
    trigger: 'Tener 50 años o más, y que el dolor no esté claramente relacionado con un entrenamiento.',
    why: 'A partir de los 50 años, una causa grave poco frecuente de dolor de espalda, como el cáncer, se vuelve más probable, y un dolor que no vino después de un entrenamiento no tiene ningún entrenamiento que lo explique.',
  },
  'pain-below-knee': {
    title: 'Dolor que se extiende por debajo de la rodilla',
    trigger: 'El dolor se extiende por debajo de la rodilla, hacia la pantorrilla o el pie.',
    why: 'Así se manifiesta un nervio presionado en la espalda (ciática). Suele mejorar en un plazo de 4 a 6 semanas, pero un médico debería revisar los nervios.',
  },
  'no-relief-at-rest': {
    title: 'No se alivia al descansar',
    trigger: 'Descansar no ayuda, o ninguna postura es cómoda.',
    why: 'El dolor de los músculos que han trabajado se alivia cuando descansan. Un dolor que no se alivia puede tener otra causa.',
  },
  'worse-after-3-days': {
    title: 'Empeora después de 3 días',
    trigger: 'Está empeorando, y han pasado 3 días o más desde que empezó.',
    why: 'El dolor muscular es más fuerte entre 1 y 3 días después de un entrenamiento, y después se alivia. Un dolor que sigue aumentando pasado ese tiempo no es el dolor muscular normal.',
  },
  'not-improving-after-7-days': {
    title: 'No mejora después de una semana',
    trigger: 'No está mejorando, y han pasado 7 días o más desde que empezó.',
    why: 'El dolor muscular desaparece en unos 5 a 7 días, y la mayoría de las distensiones empiezan a mejorar en una semana.',
  },
  'lasting-14-days': {
    title: 'Sigue ahí después de 2 semanas',
    trigger: 'Han pasado 14 días o más desde que empezó.',
    why: 'Casi todo el dolor de espalda por entrenar está mucho mejor en 2 semanas, un plazo que supera con creces lo que dura el dolor muscular.',
  },
  'sudden-moment': {
    title: 'Empezó de golpe',
    trigger: 'La persona puede señalar el momento en que empezó: un pinchazo, un chasquido, un bloqueo o la sensación de que algo cedió.',
    why: 'Una distensión empieza en un momento concreto, durante el movimiento que la causó. El dolor muscular aparece poco a poco.',
  },
  'started-during-workout': {
    title: 'Empezó durante el entrenamiento',
    trigger: 'El dolor empezó durante el entrenamiento.',
    why: 'Una distensión empieza justo después del movimiento que la causó. El dolor muscular aparece entre 12 y 24 horas más tarde.',
  },
  'not-linked-to-workout': {
    title: 'Sin relación con un entrenamiento',
    trigger: 'El dolor no está claramente relacionado con un entrenamiento.',
    why: 'El dolor muscular llega después de un entrenamiento, entre 12 y 24 horas más tarde. Sin esa relación, no es el dolor muscular normal.',
  },
  'sharp-pain': {
    title: 'Dolor agudo, como un latigazo o con ardor',
    trigger: 'El dolor es agudo o punzante, como un latigazo o una descarga eléctrica, o con ardor.',
    why: 'El dolor muscular se nota como un dolor sordo o una rigidez repartidos por los músculos. Una distensión es más aguda.',
  },
  'one-side': {
    title: 'Solo de un lado',
    trigger: 'El dolor está solo de un lado.',
    why: 'Una distensión suele estar en un punto concreto, a menudo de un lado. El dolor muscular se reparte por los músculos que trabajaron, a menudo de los dos lados.',
  },
  'aches-at-rest': {
    title: 'Duele en reposo',
    trigger: 'Mejora al descansar, pero sigue doliendo.',
    why: 'El dolor muscular se nota cuando los músculos se mueven o se estiran, no en reposo. Una distensión también duele en reposo.',
  },
  'not-where-you-trained': {
    title: 'No está donde más trabajaron los músculos',
    trigger: 'El dolor no está donde más trabajaron los músculos en ese entrenamiento.',
    why: 'El dolor muscular se nota justo en los músculos que soportaron la carga.',
  },
  'spreads-to-buttock-or-thigh': {
    title: 'Se extiende hacia un glúteo o un muslo',
    trigger: 'El dolor se extiende hacia un glúteo o un muslo, pero no pasa de la rodilla.',
    why: 'El dolor muscular se queda en los músculos que trabajaron. Un dolor que se desplaza hace menos probable que sea dolor muscular.',
  },
  'severe-pain': {
    title: '8 sobre 10 o más',
    trigger: 'El dolor máximo de las últimas 24 horas es de 8 sobre 10 o más.',
    why: 'Un dolor en los músculos más fuerte de lo esperado no es el dolor muscular normal. Si nada lo alivia, si no se alivia después de 3 días, si los analgésicos no han ayudado o si apareció en los primeros días después de un entrenamiento duro, las reglas de arriba indican que lo vea un médico.',
  },
  'outlasting-soreness': {
    title: 'Dura más que el dolor muscular',
    trigger: 'Han pasado 7 días o más desde que empezó, o 4 días o más y no está mejorando.',
    why: 'El dolor muscular es más fuerte en los primeros 3 días, después se alivia y desaparece en más o menos una semana.',
  },
  'came-on-gradually': {
    title: 'Apareció poco a poco, después del entrenamiento',
    trigger: 'No empezó en un momento concreto, y apareció unas horas o entre 1 y 3 días después del entrenamiento.',
    why: 'El dolor muscular empieza entre 12 y 24 horas después de un esfuerzo duro o al que los músculos no están acostumbrados, y es más fuerte entre 1 y 3 días después.',
  },
  'dull-or-tight': {
    title: 'Un dolor sordo, o tirantez y rigidez',
    trigger: 'El dolor es sordo, o se nota como tirantez o rigidez.',
    why: 'El dolor muscular se nota sordo, repartido y con rigidez.',
  },
  'eases-at-rest': {
    title: 'Bien en reposo',
    trigger: 'Solo duele al moverse, inclinarse o estirarse, y en reposo está bien.',
    why: 'El dolor muscular se nota cuando los músculos se mueven, no cuando descansan.',
  },
  'where-you-trained': {
    title: 'En los músculos que trabajaron',
    trigger: 'Está donde más trabajaron los músculos, se queda en la espalda y está en el centro o de los dos lados.',
    why: 'El dolor muscular se nota justo donde los músculos soportaron la carga, a menudo de los dos lados.',
  },
  'within-soreness-window': {
    title: 'Dentro de los días que dura el dolor muscular',
    trigger: 'Han pasado menos de 4 días desde que empezó, o menos de 7 y está mejorando.',
    why: 'El dolor muscular es más fuerte entre 1 y 3 días después de un entrenamiento y desaparece en un plazo de 5 a 7 días.',
  },
  'mixed-picture': {
    title: 'Algunas respuestas encajan con el dolor muscular y otras no',
    trigger: 'Al menos una respuesta encaja con el cuadro del dolor muscular y al menos una lo contradice.',
    why: 'El dolor muscular solo explica el dolor de espalda cuando se cumple todo su cuadro. Cualquier cosa repentina, aguda, de un solo lado o que duela en reposo apunta más bien a una distensión.',
  },
};
