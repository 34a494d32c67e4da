import type { QuestionsCatalog } from '../../question-text';

// The same three answers wherever a question asks yes or no, as in the English.
const yesNoNotSure = { yes: { label: 'Sim' }, no: { label: 'Não' }, 'not-sure': { label: 'Não tenho certeza' } };

export const questions: QuestionsCatalog = {
  'emergency-signs': {
    questions: {
      emergencySigns: {
        legend: 'Você tem algum destes sinais agora?',
        hint: 'São raros, mas precisam de ajuda imediata. Selecione todas as opções que se aplicam.',
        summary: 'Sinais de alerta urgentes',
        required: 'Selecione os sinais que você tem ou selecione “Nenhum destes”',
        options: {
          'saddle-numbness': {
            label: 'Dormência ou formigamento na região dos genitais, das nádegas ou da parte interna das coxas',
            hint: 'A pele dessa região fica dormente, como se tivesse adormecido. Não é o mesmo que dor muscular nos glúteos.',
          },
          'bladder-bowel': {
            label: 'Dificuldade nova para fazer xixi, escape de xixi ou cocô, ou não sentir quando precisa ir ao banheiro',
            hint: 'Algo novo para você, como não conseguir começar a fazer xixi.',
          },
          'both-legs': {
            label: 'Dor, dormência ou formigamento que desce das costas pelas duas pernas',
            hint: 'Não é dor muscular nas pernas por causa do treino, como posteriores da coxa tensos depois do levantamento terra.',
          },
          'leg-weakness': {
            label: 'Fraqueza nova em uma perna ou um pé',
            hint: 'A perna falha, o pé arrasta ou bate no chão, ou você não consegue ficar na ponta dos pés ou sobre os calcanhares. Não é a sensação de pernas cansadas ou pesadas depois de um treino puxado.',
          },
          'dark-urine': {
            label: 'Xixi marrom-escuro ou cor de Coca-Cola, ou quase nenhum xixi por 12 horas, mesmo bebendo líquidos',
            hint: 'Não é só xixi amarelo-escuro, que geralmente quer dizer que você precisa beber mais líquidos.',
          },
          'chest-symptoms': {
            label: 'Dor no peito ou pressão no peito, falta de ar, tosse com sangue, dor que se espalha para o braço ou a mandíbula, ou suor frio',
            hint: 'Não é a respiração ofegante de um exercício puxado, que passa quando você para.',
          },
          'swollen-muscles': {
            label: 'Os músculos doloridos das costas estão inchados, duros ou tensos como um tambor, ou a pele sobre eles está dormente',
            hint: 'Muito mais do que a rigidez normal depois do treino: eles parecem inchados ou ficam duros como pedra quando você aperta.',
          },
          none: {
            label: 'Nenhum destes',
          },
        },
      },
    },
  },
  where: {
    heading: 'Onde dói?',
    questions: {
      area: {
        legend: 'Qual parte das costas?',
        summary: 'Parte das costas',
        required: 'Selecione qual parte das costas dói',
        options: {
          lower: {
            label: 'Parte baixa das costas',
            hint: 'Na altura da cintura, acima das nádegas',
          },
          middle: {
            label: 'Meio das costas',
            hint: 'Atrás das costelas de baixo',
          },
          upper: {
            label: 'Parte alta das costas',
            hint: 'Entre as omoplatas',
          },
        },
      },
      side: {
        legend: 'De que lado?',
        summary: 'Lado',
        required: 'Selecione de que lado dói',
        options: {
          center: {
            label: 'No meio, sobre a coluna',
          },
          'one-side': {
            label: 'Só de um lado',
          },
          'both-sides': {
            label: 'Dos dois lados',
          },
        },
      },
    },
  },
  workout: {
    questions: {
      activity: {
        legend: 'Que treino você fez antes de a dor começar?',
        summary: 'O que você estava fazendo',
        required: 'Selecione o treino que você fez',
        options: {
          lifting: {
            label: 'Musculação ou CrossFit',
          },
          running: {
            label: 'Corrida',
          },
          cycling: {
            label: 'Ciclismo ou spinning',
          },
          sport: {
            label: 'Um esporte de campo, de quadra ou de contato',
            hint: 'Por exemplo, futebol, rúgbi, tênis ou basquete',
          },
          other: {
            label: 'Outra coisa',
            hint: 'Por exemplo, natação, ioga ou uma aula coletiva',
          },
        },
      },
    },
  },
  onset: {
    heading: 'Como começou?',
    questions: {
      timing: {
        legend: 'Quando a dor começou?',
        summary: 'Quando começou',
        required: 'Selecione quando a dor começou',
        options: {
          during: {
            label: 'Durante o treino',
          },
          'hours-after': {
            label: 'Nas primeiras horas depois do treino',
          },
          'next-day': {
            label: 'Aos poucos, 1 a 3 dias depois do treino',
            hint: 'Por exemplo, você acordou com dor ou rigidez',
          },
          unclear: {
            label: 'Não tem uma ligação clara com um treino',
          },
        },
      },
      suddenMoment: {
        legend: 'Você consegue dizer o momento em que começou?',
        hint: 'Por exemplo, uma fisgada, um estalo, uma travada ou a sensação de que algo cedeu durante um movimento',
        summary: 'Consegue dizer o momento em que começou?',
        required: 'Selecione sim se você consegue dizer o momento em que começou',
        options: yesNoNotSure,
      },
    },
  },
  feeling: {
    questions: {
      character: {
        legend: 'Como é a dor?',
        hint: 'Escolha a opção que mais combina.',
        summary: 'Como é a dor',
        required: 'Selecione como é a dor',
        options: {
          dull: {
            label: 'Uma dor surda e incômoda',
          },
          tight: {
            label: 'Sensação de tensão ou rigidez',
          },
          sharp: {
            label: 'Dor aguda ou em pontadas',
          },
          shooting: {
            label: 'Dor em choque ou como uma descarga elétrica',
          },
          burning: {
            label: 'Queimação',
          },
        },
      },
    },
  },
  'how-bad': {
    questions: {
      severity: {
        legend: 'Qual foi a intensidade da dor no pior momento nas últimas 24 horas?',
        hint: '0 é nenhuma dor. 10 é a pior dor que você consegue imaginar.',
        summary: 'Pior dor, numa escala até 10',
        required: 'Selecione um número de 0 a 10',
      },
    },
  },
  painkillers: {
    questions: {
      painkillers: {
        legend: 'Os analgésicos ajudaram?',
        hint: 'Qualquer um que você pode comprar sem receita.',
        summary: 'Os analgésicos ajudaram?',
        required: 'Selecione se os analgésicos ajudaram',
        options: {
          helped: {
            label: 'Sim, eles ajudam',
          },
          'not-helped': {
            label: 'Não, não ajudaram',
          },
          'not-taken': {
            label: 'Não tomei nenhum',
          },
        },
      },
    },
  },
  spread: {
    questions: {
      radiation: {
        legend: 'A dor se espalha para algum lugar?',
        summary: 'Para onde se espalha',
        required: 'Selecione se a dor se espalha',
        options: {
          none: {
            label: 'Não, fica nas costas',
          },
          'buttock-thigh': {
            label: 'Para uma nádega ou uma coxa, mas não passa do joelho',
          },
          'below-knee': {
            label: 'Abaixo do joelho, para a panturrilha ou o pé',
          },
        },
      },
    },
  },
  rest: {
    questions: {
      rest: {
        legend: 'Como fica quando você descansa?',
        summary: 'Como fica em repouso',
        required: 'Selecione como fica quando você descansa',
        options: {
          eases: {
            label: 'Só dói quando eu me mexo, me curvo ou me alongo',
            hint: 'Fico bem quando não me mexo',
          },
          partly: {
            label: 'Melhora quando descanso, mas ainda dói',
          },
          'no-relief': {
            label: 'Descansar não ajuda, ou nenhuma posição é confortável',
          },
        },
      },
    },
  },
  'trained-area': {
    questions: {
      loadedArea: {
        legend: 'A dor está onde seus músculos mais trabalharam nesse treino?',
        hint: 'Por exemplo, na parte baixa das costas depois do levantamento terra, ou entre as omoplatas depois da remada.',
        summary: 'Está onde os músculos mais trabalharam?',
        required: 'Selecione sim se a dor está onde seus músculos mais trabalharam',
        options: yesNoNotSure,
      },
    },
  },
  'how-long': {
    heading: 'Há quanto tempo você tem essa dor?',
    questions: {
      daysSince: {
        legend: 'Há quantos dias a dor começou?',
        hint: 'Digite 0 se começou hoje.',
        summary: 'Dias desde o início',
        required: 'Digite há quantos dias a dor começou',
        invalid: 'O número de dias deve ser um número inteiro de 0 a 365',
        suffix: {
          one: 'dia',
          many: 'de dias',
          other: 'dias',
        },
      },
      trend: {
        legend: 'Desde que começou, está melhorando ou piorando?',
        summary: 'Melhorando ou piorando',
        required: 'Selecione se está melhorando, continua igual ou está piorando',
        options: {
          better: {
            label: 'Melhorando',
          },
          same: {
            label: 'Mais ou menos igual',
          },
          worse: {
            label: 'Piorando',
          },
          'not-sure': {
            label: 'Difícil dizer',
          },
        },
      },
    },
  },
  'other-signs': {
    questions: {
      otherSigns: {
        legend: 'Algum destes se aplica a você?',
        hint: 'Selecione todas as opções que se aplicam.',
        summary: 'Outros sinais de alerta',
        required: 'Selecione as opções que se aplicam ou selecione “Nenhum destes”',
        options: {
          trauma: {
            label: 'A dor começou com uma queda, uma colisão, uma pancada ou um peso caindo em cima de você',
            hint: 'Não é um levantamento ou um movimento que deu errado sem que nada tenha batido em você.',
          },
          fever: {
            label: 'Febre, calafrios ou mal-estar geral',
            hint: 'Por exemplo, sentir calor e ter tremores. Não é só cansaço depois do treino.',
          },
          urinary: {
            label: 'Ardência ao fazer xixi, sangue no xixi ou dor na lateral do corpo, abaixo das costelas',
            hint: 'Dor na lateral do corpo que não muda quando você se mexe ou se alonga, e não dor muscular.',
          },
          'cannot-walk': {
            label: 'Você não consegue andar nem ficar de pé, ou não consegue cuidar de si por causa da dor',
            hint: 'Não é andar de forma rígida ou devagar por estar com dor muscular.',
          },
          'breathing-pain': {
            label: 'Dor aguda na parte alta das costas, na lateral do corpo ou no peito quando você respira fundo',
            hint: 'Não é uma pontada do lado durante a corrida que passa quando você para. Se você também estiver com falta de ar ou tosse com sangue, ligue agora para o número de emergência.',
          },
          'cancer-history': {
            label: 'Você tem ou já teve câncer',
          },
          'weight-loss': {
            label: 'Você perdeu peso sem tentar',
            hint: 'Não é o peso que você quis perder com dieta ou treino.',
          },
          'night-pain': {
            label: 'Dor constante à noite que nenhuma posição alivia',
            hint: 'Não é rigidez ao acordar, nem uma fisgada ao se virar na cama que depois passa.',
          },
          steroids: {
            label: 'Você toma comprimidos de corticoide há muito tempo ou tem osteoporose (ossos enfraquecidos)',
          },
          immune: {
            label: 'Sistema imunológico enfraquecido, ou você usa drogas injetáveis',
          },
          none: {
            label: 'Nenhum destes',
          },
        },
      },
    },
  },
  age: {
    questions: {
      age: {
        legend: 'Quantos anos você tem? (opcional)',
        hint: 'Um médico pode perguntar. Deixe em branco se preferir não dizer.',
        summary: 'Idade',
        required: '',
        invalid: 'A idade deve ser um número inteiro de 10 a 100',
        suffix: {
          one: 'ano',
          many: 'de anos',
          other: 'anos',
        },
      },
    },
  },
};
