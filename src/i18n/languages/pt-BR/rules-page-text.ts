import type { Level, Urgency } from '../../../triage';
import type { RulesPageText } from '../../en/rules-page-text';

export const rulesPage: RulesPageText = {
  title: 'Como o Backcheck decide',
  lead: 'O Backcheck calcula cada resultado no seu dispositivo, a partir de uma lista fixa de regras. Esta página mostra todas as regras: o que ativa cada uma, o resultado a que ela leva, por quê e de onde ela vem.',
  /** The date is in words, such as "4 de dezembro de 2026". */
  rulesVersion: (version: number, date: string) => `Regras na versão ${version}, alteradas pela última vez em ${date}.`,

  howHeading: 'Como um resultado é calculado',
  warningSignsFirst: 'Os sinais de alerta são perguntados primeiro. Qualquer um deles leva a um médico, por mais inofensivas que pareçam as outras respostas.',
  mostSerious:
    'O resultado é o mais sério entre os que as regras dão: uma emergência; depois, no mesmo dia; depois, em poucos dias; depois, uma provável distensão muscular; e, por fim, dor muscular normal.',
  sorenessPicture:
    'A resposta só é dor muscular normal quando todas as partes do quadro de dor muscular se confirmam. Se alguma parte não se confirma, uma distensão é mais provável.',
  notSure:
    'Quando você responde “Não tenho certeza”, o Backcheck considera a resposta mais cautelosa, e o resultado informa que você não tinha certeza. As regras para dor forte consideram qualquer resposta que você possa ter querido dar, então a dúvida nunca diminui a orientação para dor forte.',
  painkillersAsked: (severe: number) => `Só se pergunta se os analgésicos ajudaram quando a pior dor é ${severe} de 10 ou mais.`,
  resultLinks: 'O resultado lista todas as regras que o decidiram, com um link para cada uma delas aqui.',

  notHeading: 'O que o Backcheck não é',
  notADiagnosis: 'Não é um diagnóstico. Ele não pode examinar você e só sabe o que você conta.',
  notADevice:
    'Não é um dispositivo médico e não substitui um médico, um enfermeiro ou um fisioterapeuta. Se algo preocupar você, ou se algo mudar, procure um deles.',
  afterTraining: 'É para dor nas costas que aparece depois do treino. Não avalia outras dores, nem dor nas costas na gravidez.',
  seriousCausesRare:
    'Causas graves de dor nas costas são raras. Entre 1.172 pessoas que procuraram um médico de família com uma dor nova na parte baixa das costas, menos de 1 em 100 (0,9%) tinha uma delas, mas 80% do total tinham pelo menos um sinal de alerta. Por isso, aqui um sinal de alerta quer dizer “vale a pena avaliar”, e não “há algo errado”.',
  /** A citation, kept in English as it was published. */
  source: (citation: string) => `Fonte: ${citation}`,

  contentsHeading: 'As regras, por resultado',
  groups: {
    emergency: {
      heading: 'Ligue agora para o número de emergência',
      result: 'Ligue agora para o número de emergência ou vá a um pronto-socorro.',
      intro: 'Qualquer um destes encerra as perguntas na hora. São raros, mas precisam de ajuda imediata.',
    },
    today: {
      heading: 'Procure ajuda médica hoje',
      result: 'Procure ajuda médica no mesmo dia.',
      intro: 'Qualquer um destes precisa ser avaliado por um médico no mesmo dia.',
    },
    soon: {
      heading: 'Consulte um médico nos próximos dias',
      result: 'Marque uma consulta com um médico para os próximos dias.',
      intro: 'Qualquer um destes quer dizer que um médico deve avaliar a dor, mas isso pode esperar alguns dias.',
    },
    strain: {
      heading: 'Uma provável distensão muscular',
      result: 'Uma provável distensão muscular, a menos que uma regra acima se aplique.',
      intro:
        'Cada um destes é uma forma de o quadro de dor muscular não se confirmar. Sem motivo para consultar um médico, qualquer um deles leva a uma provável distensão muscular.',
    },
    soreness: {
      heading: 'Dor muscular normal',
      result: 'Parte do quadro de dor muscular normal.',
      intro: 'Estas são as partes do quadro de dor muscular. A resposta só é dor muscular normal quando todas elas se confirmam.',
    },
  } satisfies Record<Urgency | Exclude<Level, 'doctor'>, { heading: string; result: string; intro: string }>,
  ruleTerms: { when: 'Quando', result: 'Resultado', why: 'Por quê', sources: 'Fontes' },
  ruleId: (id: string) => `Identificador da regra: ${id}`,

  notARuleHeading: 'Orientação que não é uma regra',
  youngAthletes:
    'Atletas jovens (com menos de 18 anos) que estão com dor há 2 semanas ou mais recebem a orientação de que um médico pode verificar se há uma pequena fratura por estresse na coluna, e de que devem decidir com um médico ou fisioterapeuta quando voltar ao treino completo. É uma causa comum de dor na parte baixa das costas nessa idade: foi encontrada em 47 de 100 atletas jovens com dor na parte baixa das costas, contra 5 de 100 adultos.',

  changesHeading: 'Mudanças nas regras',
  changesVersion: (version: number, date: string) => `Versão ${version}, ${date}`,
  changes: {
    3: [
      'Nova pergunta, feita só quando a pior dor é 8 de 10 ou mais: os analgésicos ajudaram?',
      'Novo, uma emergência: dor forte nos músculos depois de um treino, sem um momento súbito, nos 7 primeiros dias, em que os analgésicos não ajudaram.',
      'Novo, para avaliação no mesmo dia: dor forte em que os analgésicos não ajudaram, e dor forte que não está aliviando 4 a 13 dias depois de começar.',
      'Dor forte que nada alivia agora é avaliada no mesmo dia até 13 dias depois de começar, seja qual for a causa, e não só nos 3 primeiros dias depois de um treino.',
      'Quando a pessoa não tem certeza de uma resposta, as regras de dor forte agora consideram qualquer resposta que ela possa ter querido dar, então a dúvida nunca diminui a orientação para dor forte.',
    ],
    2: [
      'Novo sinal de alerta, uma emergência: músculos doloridos das costas que estão inchados, duros ou tensos como um tambor, ou com a pele sobre eles dormente.',
      'Novo sinal de alerta, para avaliação no mesmo dia: dor aguda na parte alta das costas, na lateral do corpo ou no peito ao puxar o ar.',
      'Tosse com sangue agora conta como emergência, junto com dor no peito e falta de ar.',
      'Novo: dor forte nos músculos (8 de 10 ou pior) nos 3 primeiros dias depois de um treino pesado, e dor forte que nada alivia logo depois de um treino assim, são avaliadas no mesmo dia.',
      'Novo: quem tem 50 anos ou mais e dor sem ligação com um treino é avaliado em poucos dias.',
      'Os sinais de alerta agora dizem o que não conta (dor muscular nas pernas, xixi amarelo-escuro), para que a dor muscular comum não seja encaminhada ao número de emergência.',
      'Quando a pessoa não tinha certeza de uma resposta, os motivos dizem isso, em vez de apresentá-la como um fato.',
    ],
    1: ['As primeiras regras: 15 sinais de alerta, 5 outros motivos para consultar um médico e o quadro de dor muscular.'],
  } satisfies Record<number, string[]>,
};
