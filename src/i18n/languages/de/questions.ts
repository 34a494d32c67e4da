import type { QuestionsCatalog } from '../../question-text';

// The same three answers wherever a question asks yes or no, as in the English.
const yesNoNotSure = { yes: { label: 'Ja' }, no: { label: 'Nein' }, 'not-sure': { label: 'Ich bin mir nicht sicher' } };

export const questions: QuestionsCatalog = {
  'emergency-signs': {
    questions: {
      emergencySigns: {
        legend: 'Hast du gerade eines dieser Anzeichen?',
        hint: 'Sie sind selten, aber dann brauchst du sofort Hilfe. Wähle alles aus, was zutrifft.',
        summary: 'Dringende Warnzeichen',
        required: 'Wähle die Anzeichen aus, die du hast, oder wähle „Nichts davon“',
        options: {
          'saddle-numbness': {
            label: 'Taubheitsgefühl oder Kribbeln rund um deine Geschlechtsteile, deinen Po oder die Innenseiten deiner Oberschenkel',
            hint: 'Die Haut dort fühlt sich taub an, als wäre sie eingeschlafen. Das ist nicht dasselbe wie schmerzende Gesäßmuskeln.',
          },
          'bladder-bowel': {
            label: 'Neue Probleme beim Urinlassen, ungewollt Urin oder Stuhl verlieren, oder nicht spüren, wann du auf die Toilette musst',
            hint: 'Etwas, das neu für dich ist, zum Beispiel, dass du nicht anfangen kannst, Urin zu lassen.',
          },
          'both-legs': {
            label: 'Schmerzen, Taubheitsgefühl oder Kribbeln, die vom Rücken in beide Beine hinunterziehen',
            hint: 'Nicht gemeint: schmerzende Beinmuskeln vom Training, zum Beispiel eine feste Oberschenkelrückseite nach dem Kreuzheben.',
          },
          'leg-weakness': {
            label: 'Neue Schwäche in einem Bein oder Fuß',
            hint: 'Das Bein oder der Fuß knickt weg, dein Fuß schleift oder klatscht auf den Boden, oder du kannst nicht auf den Zehenspitzen oder den Fersen stehen. Nicht gemeint: Beine, die sich nach einer harten Einheit müde oder schwer anfühlen.',
          },
          'dark-urine': {
            label: 'Dunkelbrauner oder colafarbener Urin, oder 12 Stunden lang kaum Urin, obwohl du trinkst',
            hint: 'Nicht gemeint: Urin, der nur dunkelgelb ist. Das heißt meist, dass du mehr trinken musst.',
          },
          'chest-symptoms': {
            label: 'Brustschmerzen oder Druck auf der Brust, Atemnot, Blut husten, Schmerzen, die in den Arm oder Kiefer ausstrahlen, oder kalter Schweiß',
            hint: 'Nicht gemeint: Du bist bei harter Anstrengung außer Atem, und das legt sich, wenn du aufhörst.',
          },
          'swollen-muscles': {
            label: 'Deine schmerzenden Rückenmuskeln sind geschwollen, hart oder gespannt wie eine Trommel, oder die Haut darüber ist taub',
            hint: 'Viel mehr als die übliche Steifheit nach dem Training: Sie sehen geschwollen aus oder fühlen sich steinhart an, wenn du darauf drückst.',
          },
          none: {
            label: 'Nichts davon',
          },
        },
      },
    },
  },
  where: {
    heading: 'Wo tut es weh?',
    questions: {
      area: {
        legend: 'Welcher Teil deines Rückens?',
        summary: 'Wo am Rücken',
        required: 'Wähle aus, welcher Teil deines Rückens wehtut',
        options: {
          lower: {
            label: 'Unterer Rücken',
            hint: 'Rund um die Taille, über dem Gesäß',
          },
          middle: {
            label: 'Mittlerer Rücken',
            hint: 'Hinter deinen unteren Rippen',
          },
          upper: {
            label: 'Oberer Rücken',
            hint: 'Zwischen deinen Schulterblättern',
          },
        },
      },
      side: {
        legend: 'Welche Seite?',
        summary: 'Welche Seite',
        required: 'Wähle aus, welche Seite wehtut',
        options: {
          center: {
            label: 'Entlang der Mitte, über der Wirbelsäule',
          },
          'one-side': {
            label: 'Nur auf einer Seite',
          },
          'both-sides': {
            label: 'Auf beiden Seiten',
          },
        },
      },
    },
  },
  workout: {
    questions: {
      activity: {
        legend: 'Was für ein Training hast du gemacht, bevor die Schmerzen angefangen haben?',
        summary: 'Was du gemacht hast',
        required: 'Wähle das Training aus, das du gemacht hast',
        options: {
          lifting: {
            label: 'Training mit Gewichten oder CrossFit',
          },
          running: {
            label: 'Laufen',
          },
          cycling: {
            label: 'Radfahren oder Spinning',
          },
          sport: {
            label: 'Ein Sport auf dem Platz oder ein Kontaktsport',
            hint: 'Zum Beispiel Fußball, Rugby, Tennis oder Basketball',
          },
          other: {
            label: 'Etwas anderes',
            hint: 'Zum Beispiel Schwimmen, Yoga oder ein Kurs',
          },
        },
      },
    },
  },
  onset: {
    heading: 'Wie hat es angefangen?',
    questions: {
      timing: {
        legend: 'Wann haben die Schmerzen angefangen?',
        summary: 'Wann es angefangen hat',
        required: 'Wähle aus, wann die Schmerzen angefangen haben',
        options: {
          during: {
            label: 'Während des Trainings',
          },
          'hours-after': {
            label: 'Innerhalb weniger Stunden danach',
          },
          'next-day': {
            label: 'Nach und nach, 1 bis 3 Tage danach',
            hint: 'Zum Beispiel: Du bist mit Schmerzen oder steif aufgewacht',
          },
          unclear: {
            label: 'Es hängt nicht klar mit einem Training zusammen',
          },
        },
      },
      suddenMoment: {
        legend: 'Kannst du den Moment benennen, in dem es angefangen hat?',
        hint: 'Zum Beispiel ein Zwicken, ein Knacken, ein Einklemmen oder das Gefühl, dass bei einer Bewegung etwas nachgegeben hat',
        summary: 'Konntest du den Moment benennen, in dem es angefangen hat?',
        required: 'Wähle „Ja“, wenn du den Moment benennen kannst, in dem es angefangen hat',
        options: yesNoNotSure,
      },
    },
  },
  feeling: {
    questions: {
      character: {
        legend: 'Wie fühlen sich die Schmerzen an?',
        hint: 'Wähle aus, was am besten passt.',
        summary: 'Wie es sich anfühlt',
        required: 'Wähle aus, wie sich die Schmerzen anfühlen',
        options: {
          dull: {
            label: 'Ein dumpfer Schmerz',
          },
          tight: {
            label: 'Verspannt oder steif',
          },
          sharp: {
            label: 'Scharf oder stechend',
          },
          shooting: {
            label: 'Einschießend oder elektrisierend',
          },
          burning: {
            label: 'Brennend',
          },
        },
      },
    },
  },
  'how-bad': {
    questions: {
      severity: {
        legend: 'Wie stark waren die Schmerzen in den letzten 24 Stunden, als sie am schlimmsten waren?',
        hint: '0 heißt gar keine Schmerzen. 10 sind die schlimmsten Schmerzen, die du dir vorstellen kannst.',
        summary: 'Stärkste Schmerzen, auf einer Skala bis 10',
        required: 'Wähle eine Zahl von 0 bis 10',
      },
    },
  },
  painkillers: {
    questions: {
      painkillers: {
        legend: 'Haben Schmerzmittel geholfen?',
        hint: 'Gemeint sind alle, die du ohne Rezept kaufen kannst.',
        summary: 'Haben Schmerzmittel geholfen?',
        required: 'Wähle aus, ob Schmerzmittel geholfen haben',
        options: {
          helped: {
            label: 'Ja, sie helfen',
          },
          'not-helped': {
            label: 'Nein, sie haben nicht geholfen',
          },
          'not-taken': {
            label: 'Ich habe keine genommen',
          },
        },
      },
    },
  },
  spread: {
    questions: {
      radiation: {
        legend: 'Strahlen die Schmerzen irgendwohin aus?',
        summary: 'Wohin es ausstrahlt',
        required: 'Wähle aus, ob die Schmerzen ausstrahlen',
        options: {
          none: {
            label: 'Nein, sie bleiben im Rücken',
          },
          'buttock-thigh': {
            label: 'In eine Gesäßhälfte oder einen Oberschenkel, aber nicht über das Knie hinaus',
          },
          'below-knee': {
            label: 'Bis unter das Knie, in die Wade oder den Fuß',
          },
        },
      },
    },
  },
  rest: {
    questions: {
      rest: {
        legend: 'Wie ist es, wenn du dich ausruhst?',
        summary: 'Wie es in Ruhe ist',
        required: 'Wähle aus, wie es ist, wenn du dich ausruhst',
        options: {
          eases: {
            label: 'Es tut nur weh, wenn ich mich bewege, beuge oder dehne',
            hint: 'Wenn ich stillhalte, geht es mir gut',
          },
          partly: {
            label: 'Es ist besser, wenn ich mich ausruhe, aber es schmerzt noch',
          },
          'no-relief': {
            label: 'Ausruhen hilft nicht, oder keine Position ist bequem',
          },
        },
      },
    },
  },
  'trained-area': {
    questions: {
      loadedArea: {
        legend: 'Sind die Schmerzen dort, wo deine Muskeln in diesem Training am meisten gearbeitet haben?',
        hint: 'Zum Beispiel dein unterer Rücken nach dem Kreuzheben oder zwischen deinen Schulterblättern nach dem Rudern.',
        summary: 'Ist es dort, wo deine Muskeln am meisten gearbeitet haben?',
        required: 'Wähle „Ja“, wenn die Schmerzen dort sind, wo deine Muskeln am meisten gearbeitet haben',
        options: yesNoNotSure,
      },
    },
  },
  'how-long': {
    heading: 'Wie lange hast du es schon?',
    questions: {
      daysSince: {
        legend: 'Vor wie vielen Tagen hat es angefangen?',
        hint: 'Gib 0 ein, wenn es heute angefangen hat.',
        summary: 'Tage, seit es angefangen hat',
        required: 'Gib ein, vor wie vielen Tagen die Schmerzen angefangen haben',
        invalid: 'Die Anzahl der Tage muss eine ganze Zahl von 0 bis 365 sein',
        suffix: {
          one: 'Tag',
          other: 'Tage',
        },
      },
      trend: {
        legend: 'Wird es, seit es angefangen hat, besser oder schlechter?',
        summary: 'Besser oder schlechter',
        required: 'Wähle aus, ob es besser wird, gleich bleibt oder schlechter wird',
        options: {
          better: {
            label: 'Es wird besser',
          },
          same: {
            label: 'Ungefähr gleich',
          },
          worse: {
            label: 'Es wird schlechter',
          },
          'not-sure': {
            label: 'Schwer zu sagen',
          },
        },
      },
    },
  },
  'other-signs': {
    questions: {
      otherSigns: {
        legend: 'Trifft etwas davon auf dich zu?',
        hint: 'Wähle alles aus, was zutrifft.',
        summary: 'Weitere Warnzeichen',
        required: 'Wähle alles aus, was zutrifft, oder wähle „Nichts davon“',
        options: {
          trauma: {
            label: 'Die Schmerzen haben mit einem Sturz, einem Zusammenstoß, einem Schlag oder einem Gewicht angefangen, das auf dich gefallen ist',
            hint: 'Nicht gemeint: Beim Heben oder bei einer Bewegung ist etwas schiefgegangen, ohne dass dich etwas getroffen hat.',
          },
          fever: {
            label: 'Fieber, Schüttelfrost oder du fühlst dich allgemein krank',
            hint: 'Zum Beispiel: Dir ist heiß und du fröstelst. Nicht gemeint: nur müde nach dem Training.',
          },
          urinary: {
            label: 'Brennen beim Urinlassen, Blut im Urin oder Schmerzen in der Seite unterhalb der Rippen',
            hint: 'Gemeint sind Schmerzen in der Seite, die sich beim Bewegen und Dehnen nicht verändern, und keine schmerzenden Muskeln.',
          },
          'cannot-walk': {
            label: 'Du kannst nicht gehen oder stehen, oder du kannst dich wegen der Schmerzen nicht selbst versorgen',
            hint: 'Nicht gemeint: Du gehst steif oder langsam, weil es wehtut.',
          },
          'breathing-pain': {
            label: 'Scharfe Schmerzen im oberen Rücken, in der Seite oder in der Brust, wenn du tief einatmest',
            hint: 'Nicht gemeint: Seitenstechen beim Laufen, das weggeht, wenn du aufhörst. Wenn du auch Atemnot hast oder Blut hustest, ruf jetzt den Notruf an.',
          },
          'cancer-history': {
            label: 'Du hast Krebs oder hattest schon einmal Krebs',
          },
          'weight-loss': {
            label: 'Du hast abgenommen, ohne es zu versuchen',
            hint: 'Nicht gemeint: Gewicht, das du durch Ernährung oder Training verlieren wolltest.',
          },
          'night-pain': {
            label: 'Ständige Schmerzen in der Nacht, die in keiner Position besser werden',
            hint: 'Nicht gemeint: Steifheit beim Aufwachen oder ein Zwicken beim Umdrehen, das wieder vergeht.',
          },
          steroids: {
            label: 'Du nimmst über lange Zeit Kortisontabletten oder hast Osteoporose (Knochenschwund)',
          },
          immune: {
            label: 'Ein geschwächtes Immunsystem, oder du spritzt dir Drogen',
          },
          none: {
            label: 'Nichts davon',
          },
        },
      },
    },
  },
  age: {
    questions: {
      age: {
        legend: 'Wie alt bist du? (freiwillig)',
        hint: 'Ein Arzt oder eine Ärztin fragt vielleicht danach. Lass das Feld leer, wenn du es lieber nicht sagen möchtest.',
        summary: 'Alter',
        required: '',
        invalid: 'Das Alter muss eine ganze Zahl von 10 bis 100 sein',
        suffix: {
          one: 'Jahr',
          other: 'Jahre',
        },
      },
    },
  },
};
