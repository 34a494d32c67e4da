import type { QuestionsCatalog } from '../../question-text';

// The same three answers wherever a question asks yes or no, as in the English.
const yesNoNotSure = { yes: { label: 'Oui' }, no: { label: 'Non' }, 'not-sure': { label: 'Je ne sais pas' } };

export const questions: QuestionsCatalog = {
  'emergency-signs': {
    questions: {
      emergencySigns: {
        legend: 'Avez-vous l’un de ces signes en ce moment ?',
        hint: 'Ils sont rares, mais ils demandent une aide immédiate. Sélectionnez tout ce qui vous concerne.',
        summary: 'Signes d’alerte urgents',
        required: 'Sélectionnez les signes que vous avez, ou sélectionnez « Rien de tout cela »',
        options: {
          'saddle-numbness': {
            label: 'Engourdissement ou fourmillements autour des parties génitales, des fesses ou de l’intérieur des cuisses',
            hint: 'La peau à cet endroit est engourdie, comme si elle s’était endormie. Ce n’est pas la même chose que des courbatures dans les muscles des fesses.',
          },
          'bladder-bowel': {
            label: 'De nouvelles difficultés pour uriner, des fuites d’urine ou de selles, ou vous ne sentez pas quand vous avez besoin d’aller aux toilettes',
            hint: 'Quelque chose de nouveau pour vous, par exemple ne pas réussir à commencer à uriner.',
          },
          'both-legs': {
            label: 'Douleur, engourdissement ou fourmillements qui descendent du dos dans les deux jambes',
            hint: 'Il ne s’agit pas de courbatures dans les jambes dues à l’entraînement, comme des ischio-jambiers tendus après du soulevé de terre.',
          },
          'leg-weakness': {
            label: 'Une nouvelle faiblesse dans une jambe ou un pied',
            hint: 'Votre jambe se dérobe, votre pied traîne ou claque au sol, ou vous ne pouvez pas vous tenir sur la pointe des pieds ou sur les talons. Il ne s’agit pas de jambes fatiguées ou lourdes après une séance difficile.',
          },
          'dark-urine': {
            label: 'Urine couleur cola ou brun foncé, ou presque pas d’urine pendant 12 heures alors que vous buvez',
            hint: 'Il ne s’agit pas simplement d’une urine jaune foncé, qui veut généralement dire que vous devez boire davantage.',
          },
          'chest-symptoms': {
            label:
              'Douleur ou pression dans la poitrine, difficulté à respirer, crachats de sang, douleur qui s’étend au bras ou à la mâchoire, ou sueurs froides',
            hint: 'Il ne s’agit pas d’un essoufflement dû à un effort intense, qui passe quand vous vous arrêtez.',
          },
          'swollen-muscles': {
            label: 'Les muscles de votre dos qui vous font mal sont gonflés, durs ou tendus comme un tambour, ou la peau qui les recouvre est engourdie',
            hint: 'Bien plus que la raideur habituelle après l’entraînement : ils ont l’air gonflés ou sont durs comme de la pierre quand vous appuyez dessus.',
          },
          none: {
            label: 'Rien de tout cela',
          },
        },
      },
    },
  },
  where: {
    heading: 'Où avez-vous mal ?',
    questions: {
      area: {
        legend: 'Dans quelle partie du dos ?',
        summary: 'Zone du dos',
        required: 'Sélectionnez la partie du dos qui vous fait mal',
        options: {
          lower: {
            label: 'Bas du dos',
            hint: 'Autour de la taille, au-dessus des fesses',
          },
          middle: {
            label: 'Milieu du dos',
            hint: 'Derrière les côtes du bas',
          },
          upper: {
            label: 'Haut du dos',
            hint: 'Entre les omoplates',
          },
        },
      },
      side: {
        legend: 'De quel côté ?',
        summary: 'Côté',
        required: 'Sélectionnez le côté qui vous fait mal',
        options: {
          center: {
            label: 'Au milieu, sur la colonne vertébrale',
          },
          'one-side': {
            label: 'D’un seul côté',
          },
          'both-sides': {
            label: 'Des deux côtés',
          },
        },
      },
    },
  },
  workout: {
    questions: {
      activity: {
        legend: 'Quelle séance avez-vous faite avant que la douleur commence ?',
        summary: 'Ce que vous faisiez',
        required: 'Sélectionnez la séance que vous avez faite',
        options: {
          lifting: {
            label: 'Musculation ou CrossFit',
          },
          running: {
            label: 'Course à pied',
          },
          cycling: {
            label: 'Vélo ou spinning',
          },
          sport: {
            label: 'Un sport sur terrain ou sur court, ou un sport de contact',
            hint: 'Par exemple football, rugby, tennis ou basket',
          },
          other: {
            label: 'Autre chose',
            hint: 'Par exemple natation, yoga ou un cours collectif',
          },
        },
      },
    },
  },
  onset: {
    heading: 'Comment cela a-t-il commencé ?',
    questions: {
      timing: {
        legend: 'Quand la douleur a-t-elle commencé ?',
        summary: 'Quand elle a commencé',
        required: 'Sélectionnez quand la douleur a commencé',
        options: {
          during: {
            label: 'Pendant la séance',
          },
          'hours-after': {
            label: 'Dans les quelques heures qui ont suivi',
          },
          'next-day': {
            label: 'Petit à petit, 1 à 3 jours après',
            hint: 'Par exemple, au réveil, vous aviez mal ou vous étiez raide',
          },
          unclear: {
            label: 'Elle n’est pas clairement liée à une séance',
          },
        },
      },
      suddenMoment: {
        legend: 'Pouvez-vous dire à quel moment précis elle a commencé ?',
        hint: 'Par exemple un pincement, un claquement, un blocage, ou la sensation que quelque chose a lâché pendant un mouvement',
        summary: 'Pouvez-vous dire à quel moment elle a commencé ?',
        required: 'Sélectionnez « Oui » si vous pouvez dire à quel moment précis elle a commencé',
        options: yesNoNotSure,
      },
    },
  },
  feeling: {
    questions: {
      character: {
        legend: 'Comment est la douleur ?',
        hint: 'Choisissez la réponse qui correspond le mieux.',
        summary: 'Ce que vous ressentez',
        required: 'Sélectionnez ce que vous ressentez',
        options: {
          dull: {
            label: 'Une douleur sourde',
          },
          tight: {
            label: 'Tension ou raideur',
          },
          sharp: {
            label: 'Vive, comme un coup de couteau',
          },
          shooting: {
            label: 'Fulgurante, comme une décharge électrique',
          },
          burning: {
            label: 'Comme une brûlure',
          },
        },
      },
    },
  },
  'how-bad': {
    questions: {
      severity: {
        legend: 'Au cours des 24 dernières heures, quelle a été la force de la douleur au pire moment ?',
        hint: '0 veut dire aucune douleur. 10 est la pire douleur que vous puissiez imaginer.',
        summary: 'Douleur la plus forte, sur 10',
        required: 'Sélectionnez un nombre de 0 à 10',
      },
    },
  },
  painkillers: {
    questions: {
      painkillers: {
        legend: 'Les antidouleurs ont-ils soulagé la douleur ?',
        hint: 'Ceux que vous pouvez acheter sans ordonnance.',
        summary: 'Les antidouleurs ont-ils soulagé la douleur ?',
        required: 'Indiquez si les antidouleurs ont soulagé la douleur',
        options: {
          helped: {
            label: 'Oui, ils la soulagent',
          },
          'not-helped': {
            label: 'Non, ils ne l’ont pas soulagée',
          },
          'not-taken': {
            label: 'Je n’en ai pas pris',
          },
        },
      },
    },
  },
  spread: {
    questions: {
      radiation: {
        legend: 'La douleur s’étend-elle ailleurs ?',
        summary: 'Où elle s’étend',
        required: 'Indiquez si la douleur s’étend ailleurs',
        options: {
          none: {
            label: 'Non, elle reste dans le dos',
          },
          'buttock-thigh': {
            label: 'Dans une fesse ou une cuisse, mais pas plus bas que le genou',
          },
          'below-knee': {
            label: 'En dessous du genou, dans le mollet ou le pied',
          },
        },
      },
    },
  },
  rest: {
    questions: {
      rest: {
        legend: 'Comment est la douleur quand vous vous reposez ?',
        summary: 'Comment elle est au repos',
        required: 'Sélectionnez comment est la douleur au repos',
        options: {
          eases: {
            label: 'J’ai mal seulement quand je bouge, me penche ou m’étire',
            hint: 'Tout va bien quand je ne bouge pas',
          },
          partly: {
            label: 'C’est mieux quand je me repose, mais j’ai encore mal',
          },
          'no-relief': {
            label: 'Le repos n’aide pas, ou aucune position n’est confortable',
          },
        },
      },
    },
  },
  'trained-area': {
    questions: {
      loadedArea: {
        legend: 'La douleur est-elle là où vos muscles ont le plus travaillé pendant cette séance ?',
        hint: 'Par exemple, le bas du dos après du soulevé de terre, ou entre les omoplates après du rowing.',
        summary: 'Est-ce là où vos muscles ont le plus travaillé ?',
        required: 'Sélectionnez « Oui » si la douleur est là où vos muscles ont le plus travaillé',
        options: yesNoNotSure,
      },
    },
  },
  'how-long': {
    heading: 'Depuis combien de temps avez-vous mal ?',
    questions: {
      daysSince: {
        legend: 'Il y a combien de jours que la douleur a commencé ?',
        hint: 'Saisissez 0 si elle a commencé aujourd’hui.',
        summary: 'Jours depuis le début',
        required: 'Saisissez le nombre de jours écoulés depuis le début de la douleur',
        invalid: 'Le nombre de jours doit être un nombre entier de 0 à 365',
        suffix: {
          one: 'jour',
          many: 'jours',
          other: 'jours',
        },
      },
      trend: {
        legend: 'Depuis le début, est-ce que ça s’améliore ou s’aggrave ?',
        summary: 'Amélioration ou aggravation',
        required: 'Indiquez si ça s’améliore, reste pareil ou s’aggrave',
        options: {
          better: {
            label: 'Ça s’améliore',
          },
          same: {
            label: 'À peu près pareil',
          },
          worse: {
            label: 'Ça s’aggrave',
          },
          'not-sure': {
            label: 'Difficile à dire',
          },
        },
      },
    },
  },
  'other-signs': {
    questions: {
      otherSigns: {
        legend: 'L’une de ces situations vous concerne-t-elle ?',
        hint: 'Sélectionnez tout ce qui vous concerne.',
        summary: 'Autres signes d’alerte',
        required: 'Sélectionnez ce qui vous concerne, ou sélectionnez « Rien de tout cela »',
        options: {
          trauma: {
            label: 'La douleur a commencé avec une chute, une collision, un coup, ou un poids qui vous est tombé dessus',
            hint: 'Il ne s’agit pas d’une charge mal soulevée ou d’un mouvement qui a mal tourné, sans que rien ne vous ait heurté.',
          },
          fever: {
            label: 'De la fièvre, des frissons, ou vous ne vous sentez pas bien de manière générale',
            hint: 'Par exemple, vous avez chaud et vous frissonnez. Il ne s’agit pas simplement de fatigue après l’entraînement.',
          },
          urinary: {
            label: 'Des brûlures quand vous urinez, du sang dans l’urine, ou une douleur sur le côté, sous les côtes',
            hint: 'Une douleur sur le côté qui ne change pas quand vous bougez ou vous étirez, et non des courbatures.',
          },
          'cannot-walk': {
            label: 'Vous ne pouvez pas marcher ni tenir debout, ou vous ne pouvez pas vous occuper de vous à cause de la douleur',
            hint: 'Il ne s’agit pas de marcher raide ou lentement à cause des courbatures.',
          },
          'breathing-pain': {
            label: 'Douleur vive dans le haut du dos, sur le côté ou dans la poitrine quand vous inspirez profondément',
            hint: 'Il ne s’agit pas d’un point de côté pendant la course, qui passe quand vous vous arrêtez. Si vous avez aussi des difficultés à respirer ou des crachats de sang, appelez tout de suite le numéro d’urgence.',
          },
          'cancer-history': {
            label: 'Vous avez ou vous avez eu un cancer',
          },
          'weight-loss': {
            label: 'Vous avez perdu du poids sans le vouloir',
            hint: 'Il ne s’agit pas d’un poids que vous vouliez perdre grâce à un régime ou à l’entraînement.',
          },
          'night-pain': {
            label: 'Une douleur constante la nuit, qu’aucune position ne soulage',
            hint: 'Il ne s’agit pas de raideur au réveil, ni d’un pincement quand vous vous retournez dans le lit, qui passe ensuite.',
          },
          steroids: {
            label: 'Vous prenez des corticoïdes en comprimés depuis longtemps, ou vous avez de l’ostéoporose (des os qui s’amincissent)',
          },
          immune: {
            label: 'Un système immunitaire affaibli, ou vous vous injectez des drogues',
          },
          none: {
            label: 'Rien de tout cela',
          },
        },
      },
    },
  },
  age: {
    questions: {
      age: {
        legend: 'Quel âge avez-vous ? (facultatif)',
        hint: 'Un médecin pourrait vous le demander. Laissez vide si vous préférez ne pas répondre.',
        summary: 'Âge',
        required: '',
        invalid: 'L’âge doit être un nombre entier de 10 à 100',
        suffix: {
          one: 'an',
          many: 'ans',
          other: 'ans',
        },
      },
    },
  },
};
